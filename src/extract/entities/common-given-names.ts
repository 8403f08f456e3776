import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { GUESSED_PERSON_RULES, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Tags of a capitalised word that a given name after it may close a name of ("the Finance Bill"; not "Thanks From Bill"). */
const NAME_HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);

/**
 * One-word person guesses on a given name that is also an ordinary word ("Bill", "Nil", "Mark", "Grant"): a
 * mention guessed to be a person ({@link GUESSED_PERSON_RULES}) of one word that the given-name lists hold
 * (`res.firstNames`) and that news mostly writes in lower case (`res.commonWords`) is dropped when
 * - it is written in lower case itself ("two goals to nil": the tagger's lower-case person), or
 * - it closes a run of capitalised words that is no person's name ("the Finance Bill", "the Hunting Bill": the
 *   word before it, not the sentence's first, is capitalised and in no person mention), or
 * - the article also writes the word in lower case (`view.lowercaseSeen`: "the Bill … the bill's report stage")
 *   and no person name of two or more words in the article holds it ("Bill Gates … Bill", "Stuart Rose … Rose"
 *   keep their short forms).
 * The given-name lists hold such words on purpose ("Bill Clinton", "Will Young"), and word-names.ts leaves the
 * curated given names alone, so a lone "Bill" opening "the Mental Capacity Bill" or "The Bill will next go to a
 * third reading" was a person. Found on BBC politics (2004–05): 18 "Bill" persons for parliamentary bills in 120
 * articles.
 * @param view the article's DocView (keys, letter case seen); `res` entity resources (`firstNames`, `commonWords`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions without such persons
 */
export function dropCommonGivenNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, lowercaseSeen, sentenceOf } = view;
  const isCandidate = (m: RawMention) => m.kind === 'name' && m.type === 'PERSON' && m.tokEnd - m.tokStart === 1 && GUESSED_PERSON_RULES.has(m.rule) && res.commonWords.has(keys[m.tokStart]) && res.firstNames.has(keys[m.tokStart]);
  if (!mentions.some(isCandidate)) return [...mentions];
  const inFullNames = new Set<string>();
  const personEnds = new Set<number>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    personEnds.add(m.tokEnd);
    if (m.personTokens.length >= 2) for (const t of m.personTokens) inFullNames.add(t);
  }
  return mentions.filter((m) => {
    if (!isCandidate(m)) return true;
    const k = keys[m.tokStart];
    if (!startsUpper(doc.text.slice(m.start, m.end))) return false;
    const p = m.tokStart - 1;
    if (p > 0 && sentenceOf[p] === m.sentence && sentenceOf[p - 1] === m.sentence && !personEnds.has(m.tokStart) && NAME_HEAD_POS.has(doc.pos[p]) && startsUpper(doc.text.slice(doc.starts[p], doc.ends[p]))) return false;
    return !lowercaseSeen.has(k) || inFullNames.has(k);
  });
}
