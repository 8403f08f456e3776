import type { Doc } from '../../nlp/doc.js';
import type { CueMatch } from './find-cues.js';

/** Irregular past participles of raising cues ("thought to …", "said to …", "known to …", "seen to …"). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['thought', 'said', 'known', 'seen']);

/**
 * True for a past participle of a raising cue set off by a comma after a noun phrase and followed by "to": a reduced
 * passive relative clause ("The bill, expected to pass easily, would raise the minimum wage", "the old mine, thought to
 * contain little copper, was sold …"). The noun phrase is what is expected or thought, not who expects it, and no holder is
 * named, so the cue makes no quote (it gave the noun phrase as speaker: "The bill" expecting "to pass easily, would raise
 * …"). Taken as such only when the sentence goes on after the participle clause with a comma and a verb of the noun
 * phrase ("…, is its biggest find"), or when a verb stands between the speaker found and the comma ("the budget was
 * published before the vote, expected to take place in June"): an active past tense after an apposition keeps its quote
 * ("Jo Doe, a lawyer, expected to win").
 * Source: user report ("a noun-phrase subject of 'expected' read as its own quote"); BBC News hand check (see commit).
 * @param doc the token layer; `c` a cue
 * @returns true when the cue should make no quote
 */
export function isReducedPassive(doc: Doc, c: CueMatch): boolean {
  if (!c.speaker || c.side !== 'left' || c.passive || c.raised || c.auxStart !== c.start || c.end !== c.start + 1) return false;
  if (c.start < 1 || doc.lower[c.start - 1] !== ',' || doc.lower[c.after] !== 'to' || !c.entry.frames.has('raise')) return false;
  const word = doc.lower[c.start];
  if (!(word.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word))) return false;
  // the speaker found lies before a verb of its own: the phrase before the comma is not the cue's subject
  for (let t = c.speaker.end; t < c.start - 1; t++) if (doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') return true;
  // the participle clause closes on a comma and the noun phrase's own verb follows
  const s1 = c.sentence.endToken;
  for (let t = c.after + 2; t < s1 - 1; t++) {
    if (doc.lower[t] !== ',') continue;
    let v = t + 1;
    while (v < s1 && doc.pos[v] === 'ADV') v++;
    return v < s1 && (doc.pos[v] === 'AUX' || (doc.pos[v] === 'VERB' && !/(ing|ed)$/.test(doc.lower[v])));
  }
  return false;
}
