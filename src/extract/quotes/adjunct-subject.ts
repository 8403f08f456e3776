import type { Doc } from '../../nlp/doc.js';
import type { TokenRange } from './noun-phrase.js';

/** Prepositions that open an adjunct (place, time, medium) between a subject and its verb: "who in a radio interview said". */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'at', 'on', 'since', 'after', 'before', 'over', 'throughout', 'via']);

/**
 * The relative pronoun that is the subject of a cue when the phrase the chunker found before the cue is the object of an
 * adjunct preposition right after that pronoun ("Tom Hale, who in the past has criticized the port" gave the speaker "the
 * past", "a union that in its newsletter denounced the deal" gave "its newsletter"): the pronoun, which the speaker step
 * then reads as the phrase before it; null when the phrase is no such adjunct. A comma may set the adjunct off
 * ("who, in a letter, criticized"). "that" counts only after a noun or name (a relative, not a complementiser).
 * Source: PolNeAR train speaker errors (issue 5; gold source a relative pronoun, ours the adjunct's noun phrase).
 * @param doc the token layer; `found` the phrase the chunker ended before the cue; `s0` the sentence's first token
 * @param quoted per-token flags: 1 inside a quotation
 * @returns a one-token range over the relative pronoun, or null
 */
export function relativeBeforeAdjunct(doc: Doc, found: TokenRange, s0: number, quoted: Uint8Array): TokenRange | null {
  let k = found.start - 1;
  if (k <= s0 || quoted[k] || doc.pos[k] !== 'ADP' || !ADJUNCT_PREPOSITIONS.has(doc.lower[k])) return null;
  k--;
  if (k > s0 && doc.lower[k] === ',') k--;
  if (k < s0 || quoted[k]) return null;
  const w = doc.lower[k];
  if (w === 'who' || w === 'which') return { start: k, end: k + 1, head: k };
  if (w === 'that' && k > s0 && (doc.pos[k - 1] === 'NOUN' || doc.pos[k - 1] === 'PROPN')) return { start: k, end: k + 1, head: k };
  return null;
}
