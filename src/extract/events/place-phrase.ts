// The place phrase an actor phrase belongs to: "in Jakarta", "in the Central Java town of Yogyakarta".
import type { Doc } from '../../nlp/doc.js';
import { COMPASS, type ActorChunk } from './actor-chunks.js';

/** Prepositions that open the place where someone is or something happens ("police in Jakarta", "troops near Basra"). */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'throughout', 'across']);

/** Words of a noun phrase between a place opener and "of" ("in the Central Java town of", "in the northern city of"). */
function phraseWord(doc: Doc, k: number): boolean {
  const pos = doc.pos[k];
  return pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'NOUN' || pos === 'PROPN' || COMPASS.has(doc.lower[k]);
}

/**
 * The token of the preposition that opens the place phrase of `ch`, or −1: the phrase's own preposition when it is one
 * of {@link PLACE_OPENERS} ("in Jakarta", "in northern Iraq"), or, for a name after "of", the opener of the noun
 * phrase "of" completes ("in the Central Java town of Yogyakarta", "at the village of Qana": a common noun between).
 * "The president of France", "supporters of the protesters" open no place phrase (no opener before the noun).
 * @param doc the parsed article; `ch` an actor phrase of the sentence; `first` the sentence's first token
 * @returns the opener's token index, or −1 when the phrase is not (part of) a place phrase
 */
export function placePhraseOpener(doc: Doc, ch: ActorChunk, first: number): number {
  if (ch.prep === null || (ch.prep !== 'of' && !PLACE_OPENERS.has(ch.prep))) return -1;
  let k = ch.first - 1;
  while (k >= first && doc.lower[k] !== ch.prep) k--;
  if (k < first) return -1;
  if (ch.prep !== 'of') return k;
  let j = k - 1;
  let noun = false;
  while (j >= first && j >= k - 7 && phraseWord(doc, j)) {
    if (doc.pos[j] === 'NOUN') noun = true;
    j--;
  }
  return j >= first && noun && doc.pos[j] === 'ADP' && PLACE_OPENERS.has(doc.lower[j]) ? j : -1;
}
