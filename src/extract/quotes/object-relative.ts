import type { Doc } from '../../nlp/doc.js';
import type { CueMatch } from './find-cues.js';

/**
 * Relative pronouns that can be the object of what a cue after them reports. Not "that": after a noun it opens a
 * complement as often as a relative clause ("the claim that Doe opposed the war", "the same day that Roe railed
 * against the judge": PolNeAR train, 3 right and 8 wrong as a first part).
 */
const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'whom', 'who', 'what']);

/**
 * The relative pronoun that stands for a gap in the content of cue `c`: "a sea wall, which the mayor said the state
 * should pay for", "the harbour town, which she calls her real home", "twins, whom they named Ana and Eva", "the ruling,
 * which the ministry has vowed to ignore". The pronoun comes right before the cue's speaker, and the content the rules
 * read starts after the cue; the pronoun is what the reported words are about, so it is the content's first part (as
 * PolNeAR annotates it: a discontinuous content of the pronoun and the clause; PolNeAR train: 39 contents matched at
 * overlap lacked only the pronoun). Not after a preposition ("a speech in which she said that …": the pronoun is the
 * preposition's, the cue's object is its clause), nor before a content opening with "that" (the that-clause is the
 * object), nor for a subject relative ("a result that she said surprised them": the rule `indirect-relative` reads that
 * one) or a relative with nothing after the cue (`relativeObject`).
 * @param doc the article's token layer
 * @param c a cue with its speaker on its left
 * @param s0 the first token of the cue's clause
 * @param contentStart the first token of the content read after the cue
 * @param quoted tokens inside quotation marks
 * @param covered tokens another attribution holds
 * @returns the pronoun's token index, or -1 when there is none
 */
export function objectRelativeBefore(doc: Doc, c: CueMatch, s0: number, contentStart: number, quoted: Uint8Array, covered: Uint8Array): number {
  if (c.side !== 'left' || !c.speaker || c.speaker.end !== c.auxStart || c.coordinated || contentStart < c.end) return -1;
  const rel = c.speaker.start - 1;
  if (rel < s0 || quoted[rel] || covered[rel] || !OBJECT_RELATIVES.has(doc.lower[rel])) return -1;
  if (rel > 0 && doc.pos[rel - 1] === 'ADP') return -1;
  if (doc.lower[contentStart] === 'that') return -1;
  return rel;
}
