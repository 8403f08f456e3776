import type { Doc } from '../../nlp/doc.js';
import { nounPhraseStartingAt, type TokenRange } from './noun-phrase.js';

/** Words opening a quantified agent ("by some of his rivals", "by most Democrats", "by many"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'all', 'both', 'several', 'few', 'half', 'none', 'each', 'others', 'more', 'much']);

/** Degree words before a quantifier or number ("by nearly 6 in 10", "by more than half", "by only a few"). */
const APPROXIMATORS: ReadonlySet<string> = new Set(['nearly', 'about', 'almost', 'roughly', 'only', 'just', 'over', 'around', 'some', 'more', 'at', 'least', 'than', 'a']);

/**
 * A passive's agent that opens with a quantifier or a number, which the noun-phrase chunker does not read: "by some of his
 * rivals", "by most Democrats", "by many", "by nearly 6 in 10 of the voters", "by both". PolNeAR train: 17 gold passive cues
 * with such an agent missed for want of a speaker.
 * @param doc the token layer; `from` the token after "by"; `max` the first token the phrase may not reach
 * @returns the agent phrase (head: the quantifier, or the noun after it), or null when none opens at `from`
 */
export function quantifiedAgent(doc: Doc, from: number, max: number): TokenRange | null {
  let q = from;
  while (q < max && q < from + 3 && APPROXIMATORS.has(doc.lower[q]) && (doc.pos[q + 1] === 'NUM' || APPROXIMATORS.has(doc.lower[q + 1] ?? '') || QUANTIFIERS.has(doc.lower[q + 1] ?? ''))) q++;
  if (q >= max || !(QUANTIFIERS.has(doc.lower[q]) || doc.pos[q] === 'NUM')) return null;
  let end = q + 1;
  // "6 in 10"
  if (doc.pos[q] === 'NUM' && doc.lower[end] === 'in' && doc.pos[end + 1] === 'NUM' && end + 2 <= max) end += 2;
  // "some of his rivals", "most Democrats"
  const np = end < max ? nounPhraseStartingAt(doc, doc.lower[end] === 'of' ? end + 1 : end, max) : null;
  if (np && (doc.lower[end] === 'of' || np.start === end)) return { start: from, end: np.end, head: np.head };
  return { start: from, end, head: q };
}
