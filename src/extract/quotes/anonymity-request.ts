import type { Doc } from '../../nlp/doc.js';
import type { CueMatch } from './find-cues.js';

/** Participles of naming a source after "to be" ("declined to be named", "asked not to be identified", "to be quoted"). */
const NAMING: ReadonlySet<string> = new Set(['named', 'identified', 'quoted', 'cited']);

/** Parts of speech that open what someone is named as ("to be named chair", "to be named the new chief"): an appointment. */
const APPOINTED: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/**
 * True for a cue whose to-infinitive asks that the speaker stay unnamed ("a trader, who declined to be named, said …",
 * "a clerk who asked not to be identified", "refused to be quoted by name"): adverbs and `not` may stand between
 * the cue and `to be`, then a participle of naming. The request is about the source, not something said, so the cue
 * makes no quote; the speaker's own cue ("said …") keeps its quote.
 * Source: real-news hand check (Reuters-21578: "declined to be named" and "declined to be identified" listed as quotes);
 * PolNeAR train: 2 such phrases, no gold attribution on them, 1 spurious prediction ("to be identified and …").
 * @param doc the token layer; `c` a cue found by findCues
 * @returns true when the cue's to-infinitive is "to be named/identified/quoted/cited"
 */
export function isAnonymityRequest(doc: Doc, c: CueMatch): boolean {
  const end = c.sentence.endToken;
  let t = c.end;
  while (t < end && (doc.pos[t] === 'ADV' || doc.pos[t] === 'PART') && doc.lower[t] !== 'to') t++;
  if (!(t + 2 < end && doc.lower[t] === 'to' && doc.lower[t + 1] === 'be' && NAMING.has(doc.lower[t + 2]))) return false;
  // "asked to be named chair of the board" is an appointment: the participle takes a noun phrase
  const next = t + 3 < end ? doc.pos[t + 3] : 'PUNCT';
  return !APPOINTED.has(next);
}
