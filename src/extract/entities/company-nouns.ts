import type { DocView } from './doc-view.js';
import { GUESSED_PERSON_RULES, retypedFromPerson, type RawMention } from './raw-mention.js';

/** Lower-case nouns naming a business that a company's name modifies ("the Naftohaz company", "the Parmalat group's"). */
const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'carrier', 'airline', 'retailer', 'lender', 'insurer', 'carmaker', 'automaker',
  'manufacturer', 'conglomerate', 'corporation', 'broadcaster', 'publisher', 'utility', 'monopoly', 'giant',
]);

/** Words that open the noun phrase: the definite article or a possessive's "'s" ("an Asian airline" is any airline). */
const OPENERS: ReadonlySet<string> = new Set(['the', "'s", '’s']);

/** Most words allowed between the opener and the name ("the Ukrainian state-owned Naftohaz company"). */
const MAX_BETWEEN = 4;

/**
 * A guessed person (tagger, given name or capitalisation: {@link GUESSED_PERSON_RULES}) of one or two words that
 * modifies a lower-case business noun inside a noun phrase opened by "the" or a possessive ("the Ukrainian
 * state-owned Naftohaz company", "the Parmalat group's") is the business's name: ORG
 * (rule `company-noun`). A person's name modifies such a noun only as an owner, which English writes with a
 * possessive ("the Murdoch company" is rare; "Murdoch's company" is not matched: the possessive stands between).
 * The words between the article and the name may be adjectives, nouns and hyphenated modifiers, not a comma or a
 * finite verb. Found on BBC business news, in the shape "the head of the Moldovan state-owned Varnel company, Ion Tarcu"
 * had the company a person (and the tagger's organisation the person: see appositive-persons.ts).
 * @param view the article's DocView (keys, part-of-speech tags, sentences)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such persons retyped ORG, in the same order
 */
export function companyNouns(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  return mentions.map((m) => {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.tokEnd - m.tokStart > 2 || !GUESSED_PERSON_RULES.has(m.rule)) return m;
    const n = m.tokEnd;
    if (n >= doc.tokenCount || sentenceOf[n] !== m.sentence || !BUSINESS_NOUNS.has(keys[n]) || !/^\p{Ll}/u.test(doc.text.slice(doc.starts[n], doc.ends[n]))) return m;
    for (let p = m.tokStart - 1, seen = 0; p >= 0 && sentenceOf[p] === m.sentence && seen <= MAX_BETWEEN; p--, seen++) {
      if (OPENERS.has(keys[p])) return retypedFromPerson(m, 'ORG', 'company-noun');
      const pos = doc.pos[p];
      if (!(pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || (pos === 'PUNCT' && keys[p] === '-') || (pos === 'VERB' && keys[p].endsWith('ed')))) return m;
    }
    return m;
  });
}
