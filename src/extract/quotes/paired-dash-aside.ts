import type { Doc } from '../../nlp/doc.js';

/**
 * Parts of speech that carry a clause on after a closing dash ("the vote — held in secret — was close", "the plan — a
 * costly one — of the council"): a verb, auxiliary, particle, preposition, pronoun, noun, adjective or number.
 * Measured on PolNeAR train (gold reported contents after their cue that meet an aside between two spaced dashes of one
 * form): the annotators ran the content over the whole aside 93 times and stopped at its first dash 26 times when one
 * of these opened what follows the aside (adverbs stepped over); after a conjunction (18 over, 15 stop), a determiner or
 * a name (6 over, 8 stop) about as often either way, so those asides still end the content.
 */
const CONTINUING_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PART', 'ADP', 'PRON', 'NOUN', 'ADJ', 'NUM']);

/**
 * The closing dash of an aside that interrupts a reported clause, when the clause carries on after it: token `t` is a
 * spaced dash (or an em dash), the same dash closes the aside before the sentence end `s1`, no token between them is
 * attributed already, and the first word after the closing dash that is no adverb opens a
 * continuation of the clause ({@link CONTINUING_POS}: "said the new rules — drafted in a hurry — would raise costs").
 * A single dash, or an aside that runs to the sentence end, opens an elaboration that PolNeAR mostly leaves out of
 * the content (train: 231 stop at such a dash, 124 run over it), so those return -1.
 * @param doc the token layer; `t` the opening dash; `s1` the end (exclusive) of the sentence's tokens
 * @param covered per-token flag, non-zero where another attribution holds the text; `quoted` non-zero inside quotation marks
 * @returns the index of the closing dash, or -1 when the content should end at `t`
 */
export function pairedAsideClose(doc: Doc, t: number, s1: number, covered: Uint8Array, quoted: Uint8Array): number {
  const dash = doc.lower[t];
  for (let k = t + 1; k < s1; k++) {
    if (covered[k]) return -1;
    if (doc.lower[k] !== dash || quoted[k]) continue;
    let v = k + 1;
    while (v < s1 && doc.pos[v] === 'ADV') v++;
    return v < s1 && CONTINUING_POS.has(doc.pos[v]) && !/^[.!?;:,]$/.test(doc.lower[v]) ? k : -1;
  }
  return -1;
}
