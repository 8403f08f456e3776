import type { DocView } from './doc-view.js';
import { copyMention, GUESSED_PERSON_RULES, retypedFromPerson, type RawMention } from './raw-mention.js';

/** Lower-case nouns naming a business that a company's name modifies ("the Naftohaz company", "the Parmalat group's"). */
const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'carrier', 'airline', 'retailer', 'lender', 'insurer', 'carmaker', 'automaker',
  'manufacturer', 'conglomerate', 'corporation', 'broadcaster', 'publisher', 'utility', 'monopoly', 'giant',
]);

/** Lower-case nouns naming news media, whose name is an organisation of agent MED (CAMEO "MED": news media). */
const MEDIA_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'radio', 'television', 'broadcaster']);

/** Words before "agency" or "service" that make it a news medium: "news agency", "press agency", "wire service". */
const NEWS_WORDS: ReadonlySet<string> = new Set(['news', 'press', 'wire']);

/** Words that open the noun phrase: the definite article or a possessive's "'s" ("an Asian airline" is any airline). */
const OPENERS: ReadonlySet<string> = new Set(['the', "'s", '’s']);

/** Most words allowed between the opener and the name ("the Ukrainian state-owned Naftohaz company"). */
const MAX_BETWEEN = 4;

/** An organisation noun found beside a name: its first and last token and the agent it gives (MED for news media). */
interface OrgNoun {
  start: number;
  end: number;
  agent: string | null;
}

/**
 * A guessed person (tagger, given name or capitalisation: {@link GUESSED_PERSON_RULES}), or a place the tagger guessed
 * without a country, of one or two words that modifies a lower-case organisation noun inside a noun phrase opened by
 * "the" or a possessive ("the Ukrainian state-owned Naftohaz company", "the Parmalat group's", "the official Zorvak news
 * agency") is that organisation's name: ORG (rule `company-noun`), of agent MED after a news-media noun ("news agency",
 * "newspaper", "radio"). A name right after a news-media noun in such a phrase is the medium too ("the official news
 * agency Pelmira"). A person's name modifies such a noun only as an owner, which English writes with a possessive ("the
 * Murdoch company" is rare; "Murdoch's company" is not matched: the possessive stands between). A one-word lower-case
 * title ("the official Zorvak news agency": "official" read as a person's title) does not make the name a person here.
 * The words between the article and the name may be adjectives, nouns and hyphenated modifiers, not a comma or a
 * finite verb. Every other mention of the same words that is only a guess (a person, a place without a country) is the
 * same organisation, unless a person's full name ends in them ("the Lerner group" beside "Alfred Lerner": "Lerner said" is
 * the person): a news agency cited as a source ("Zorvak said …") was read as a person by the tagger, and the
 * agency's reports went to a "person" (Reuters-21578, a Yugoslav agency; issue 3). Found on BBC business news, in the
 * shape "the head of the Moldovan state-owned Varnel company, Ion Tarcu" had the company a person (and the tagger's
 * organisation the person: see appositive-persons.ts).
 * @param view the article's DocView (keys, part-of-speech tags, sentences)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such persons retyped ORG, in the same order
 */
export function companyNouns(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const named = new Map<string, RawMention>();
  const out = mentions.map((m) => {
    if (!guessed(m, true)) return m;
    const after = nounAfter(view, m.tokEnd, m.sentence);
    const before = after ? null : nounBefore(view, m.tokStart, m.sentence);
    const noun = after ?? before;
    if (!noun || (before && before.agent !== 'MED')) return m;
    const from = after ? m.tokStart : noun.start;
    for (let p = from - 1, seen = 0; p >= 0 && sentenceOf[p] === m.sentence && seen <= MAX_BETWEEN; p--, seen++) {
      if (OPENERS.has(keys[p])) {
        const org = copyMention(retypedFromPerson(m, 'ORG', 'company-noun'), { country: null, actor: null, role: null, agent: noun.agent ?? m.agent });
        const words = keys.slice(m.tokStart, m.tokEnd).join(' ');
        if (!named.has(words)) named.set(words, org);
        return org;
      }
      const pos = doc.pos[p];
      if (!(pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || (pos === 'PUNCT' && keys[p] === '-') || (pos === 'VERB' && keys[p].endsWith('ed')))) return m;
    }
    return m;
  });
  if (named.size === 0) return out;
  // a person's full name ending in the words ("the Lerner group" beside "Alfred Lerner"): "Lerner said" is the person
  for (const m of out) {
    if (m.kind !== 'name' || m.type !== 'PERSON') continue;
    for (const words of named.keys()) {
      const n = words.split(' ').length;
      if (m.tokEnd - m.tokStart > n && keys.slice(m.tokEnd - n, m.tokEnd).join(' ') === words) named.delete(words);
    }
  }
  // the same words elsewhere, "Zorvak said …": the organisation where the mention is only a guess
  return out.map((m) => {
    const org = guessed(m, false) ? named.get(keys.slice(m.tokStart, m.tokEnd).join(' ')) : undefined;
    return org ? copyMention(m, { type: 'ORG', key: org.key, name: org.name, actor: null, country: null, agent: org.agent, role: null, gender: null, personTokens: [], evidence: [{ start: org.start, end: org.end }], rule: 'company-noun-name', confidence: 0.7 }) : m;
  });
}

/**
 * Whether mention `m` is a one- or two-word name that is only a guess: a guessed person, or a tagged place without a
 * country or code; with `titled`, also a person whose title is one lower-case word ("official").
 */
function guessed(m: RawMention, titled: boolean): boolean {
  if (m.kind !== 'name' || m.tokEnd - m.tokStart > 2) return false;
  if (m.type === 'GPE') return m.rule === 'ner-tagger' && m.country === null && m.actor === null;
  if (m.type !== 'PERSON') return false;
  return GUESSED_PERSON_RULES.has(m.rule) || (titled && m.rule === 'titled-person' && !!m.role && /^\p{Ll}+$/u.test(m.role));
}

/** Whether token `i` is in sentence `sentence` and written in lower case. */
function lowerAt(view: DocView, i: number, sentence: number): boolean {
  return i >= 0 && i < view.doc.tokenCount && view.sentenceOf[i] === sentence && /^\p{Ll}/u.test(view.doc.text.slice(view.doc.starts[i], view.doc.ends[i]));
}

/** The organisation noun starting at token `i` ("company", "news agency", "newspaper"), or null. */
function nounAfter(view: DocView, i: number, sentence: number): OrgNoun | null {
  const { keys } = view;
  if (!lowerAt(view, i, sentence)) return null;
  if (NEWS_WORDS.has(keys[i]) && lowerAt(view, i + 1, sentence) && (keys[i + 1] === 'agency' || keys[i + 1] === 'service')) return { start: i, end: i + 2, agent: 'MED' };
  if (MEDIA_NOUNS.has(keys[i])) return { start: i, end: i + 1, agent: 'MED' };
  return BUSINESS_NOUNS.has(keys[i]) ? { start: i, end: i + 1, agent: null } : null;
}

/** The organisation noun ending right before token `i` ("the news agency Pelmira"), or null. */
function nounBefore(view: DocView, i: number, sentence: number): OrgNoun | null {
  const { keys } = view;
  const last = i - 1;
  if (!lowerAt(view, last, sentence)) return null;
  if ((keys[last] === 'agency' || keys[last] === 'service') && lowerAt(view, last - 1, sentence) && NEWS_WORDS.has(keys[last - 1])) return { start: last - 1, end: i, agent: 'MED' };
  if (MEDIA_NOUNS.has(keys[last])) return { start: last, end: i, agent: 'MED' };
  return BUSINESS_NOUNS.has(keys[last]) ? { start: last, end: i, agent: null } : null;
}
