// The part of a sentence an appeal's target may come from: its addressee, before the "to VERB" complement.
import type { Doc, Sentence } from '../../nlp/doc.js';
import { complementOf } from './controlled-complement.js';

/**
 * The sentence cut at the "to VERB" complement after an appeal's addressee (controlled-complement.ts `complementOf`),
 * for the fallback and place targets of an appeal (CAMEO 02) whose addressee has no actor code. The addressee is whom
 * an appeal is made to, and a place in its phrase is its country ("calls on all parties in Sierra Leone to…"); an actor
 * or place inside the complement is in the act asked for ("called on the producers to avoid competition with OPEC",
 * "urged the world to help reinforce the AU troops", "called on the agency to end its work in Gaza").
 * Twelfth hand check (reut2-006, reut2-009, TempEval-3 silver part 2): in those and reut2-005 + TempEval-3 silver
 * part 1, of 24 appeals given a fallback target 13 were wrong, 11 of them with the target inside the complement (1 right
 * one too); of 8 given a place target 5 were wrong, 4 of them with the place inside the complement, the 3 right before it.
 * @param doc the parsed article
 * @param sentence the trigger's sentence
 * @param t the appeal's trigger token
 * @returns the sentence with `endToken` at the complement's verb, or `sentence` itself when there is no complement
 */
export function appealScope(doc: Doc, sentence: Sentence, t: number): Sentence {
  const v = complementOf(doc, t + 1, sentence.endToken, 'appeal');
  return v < 0 ? sentence : { ...sentence, endToken: v };
}
