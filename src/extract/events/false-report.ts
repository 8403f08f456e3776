import type { Doc } from '../../nlp/doc.js';

/*
 * Acts named in a report the sentence calls false: "Reports that China had seized a Vietnamese fishing boat were
 * false, Hanoi said", "Claims that troops shelled the village are baseless". The sentence says the act did not
 * happen, as a denial does ("denied reports that…", unreal-clause.ts); CAMEO codes events that occurred or that an
 * actor said it would do (CAMEO 1.1b3 manual), so such an act is no event. Found in fresh-eyes review 28: a report
 * called false was coded 1711 (−9.2).
 */

/** Nouns of a report whose content the predicate judges. */
const REPORTS: ReadonlySet<string> = new Set([
  'report', 'reports', 'claim', 'claims', 'rumour', 'rumours', 'rumor', 'rumors', 'suggestion', 'suggestions',
  'allegation', 'allegations', 'story', 'stories', 'accusation', 'accusations', 'speculation', 'assertion', 'assertions',
]);

/** Parts of speech of the clause's subject phrase and auxiliaries between "that" (or the noun) and its verb. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['PRON', 'NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'ADV', 'AUX', 'PART']);

/** Predicates that call a report untrue. */
const FALSE_WORDS: ReadonlySet<string> = new Set([
  'false', 'untrue', 'baseless', 'unfounded', 'groundless', 'fabricated', 'incorrect', 'inaccurate', 'wrong',
  'fake', 'nonsense', 'lies', 'fiction', 'misleading',
]);

/** Copulas and verbs of turning out that link the report to its predicate ("were false", "proved untrue"). */
const LINKS: ReadonlySet<string> = new Set(['be', 'prove', 'remain']);

/** Tokens that end the search for the predicate: the report's clause is over. */
const BREAKS: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', ',', '—', '–']);

/** How many tokens after the act's verb the predicate is sought. */
const REACH = 20;

/**
 * True when the verb at `t` is the predicate of the content clause of a report noun ("reports (that) China had
 * seized…") and that report is called false after the clause ("… were false", "… are completely baseless", "…
 * proved untrue"). The subject phrase and auxiliaries may stand between the noun (or "that") and the verb; a comma
 * or other clause break ends the forward search.
 * @param doc the Doc
 * @param t the verb's token index
 * @param first the first token of the verb's sentence
 * @returns whether the act is one the sentence calls untrue
 */
export function inFalseReport(doc: Doc, t: number, first: number): boolean {
  let k = t - 1;
  while (k >= first && CLAUSE_WORDS.has(doc.pos[k]) && !REPORTS.has(doc.lower[k]) && doc.lower[k] !== 'that') k--;
  if (k < first) return false;
  if (doc.lower[k] === 'that') k--;
  if (k < first || !REPORTS.has(doc.lower[k])) return false;
  const end = Math.min(doc.tokenCount, t + 1 + REACH);
  for (let j = t + 1; j < end; j++) {
    if (BREAKS.has(doc.lower[j])) return false;
    if (!LINKS.has(doc.lemmas[j])) continue;
    let p = j + 1;
    while (p < end && (doc.pos[p] === 'ADV' || doc.pos[p] === 'AUX' || doc.pos[p] === 'PART' || doc.pos[p] === 'DET')) p++;
    if (p < end && FALSE_WORDS.has(doc.lower[p])) return true;
  }
  return false;
}
