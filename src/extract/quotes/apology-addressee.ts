import type { Doc } from '../../nlp/doc.js';
import type { CueMatch } from './find-cues.js';

/**
 * Where the content of an apology starts when "to" follows the cue: the people apologised to are its addressee, never
 * its content, and what the apology is for is the content ("apologised to customers for the delays": the content is
 * "the delays"). Scans the addressee phrase after "to" (nouns, names, determiners, adjectives, numbers, pronouns,
 * possessives, "and", a second "to") up to "for".
 * Source: reviewer's hand check of BBC/Reuters quotes ("apologised to investors who lost money …" gave the investors
 * as content); PolNeAR annotates the cue "apologized for" with what follows "for" as the content.
 * @param doc the token layer; `c` a cue; `k` the first token after the cue; `s1` the clause end (exclusive)
 * @returns `k` when the rule does not apply (no apology, or no "to" at `k`), the index of "for" when the addressee
 *   phrase is followed by one, -1 when it is not (an apology with no stated reason: no content)
 */
export function apologyReasonAt(doc: Doc, c: CueMatch, k: number, s1: number): number {
  if (c.entry.lemma !== 'apologize' || doc.lower[k] !== 'to' || c.side !== 'left') return k;
  for (let t = k + 1; t < s1; t++) {
    const w = doc.lower[t];
    if (w === 'for') return t;
    if (w === 'and' || w === 'to' || ADDRESSEE_POS.has(doc.pos[t]) || /^['\u2019]s?$/.test(w)) continue;
    return -1;
  }
  return -1;
}

/** Parts of speech of an addressee phrase ("all those affected", "the families of the victims", "Mr Roe"). */
const ADDRESSEE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PRON', 'ADP']);
