/** The fields of an attribution that {@link dropRepeatedQuotes} reads: content character offsets, speaker and cue. */
export interface RepeatableQuote {
  readonly start: number;
  readonly end: number;
  readonly speaker: unknown;
  readonly cue: unknown;
}

/** Fewest words a repeated content must have to count as the same words twice (shorter ones recur by chance). */
const MIN_WORDS = 5;

/** A content's words, lower-cased, punctuation and quotation marks dropped, joined by single spaces. */
function wordsOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Leaves out a pull quote (words of the body set apart in large type, often before the paragraph that attributes them):
 * a quote with neither speaker nor cue whose words stand inside another quote that has a speaker or cue is dropped, the
 * attributed one holds them. Words are compared lower-cased, without punctuation, from {@link MIN_WORDS} words up.
 * The same words attributed twice both stay: a live blog repeats its items, and PolNeAR annotates each (dropping the
 * later copy lost 3 exact matches on PolNeAR dev). Review finding: a pull quote stored as an unattributed quote beside
 * the same words attributed two paragraphs later (TheIntercept_2023_04_28).
 * @param text the article text; `quotes` attributions with character offsets `[start, end)`, in text order
 * @returns the attributions kept, in the same order (the input array when none is dropped)
 */
export function dropRepeatedQuotes<T extends RepeatableQuote>(text: string, quotes: readonly T[]): readonly T[] {
  if (quotes.length < 2) return quotes;
  // only a quote with neither speaker nor cue can be dropped: with none, no words are needed
  if (quotes.every((q) => q.speaker || q.cue)) return quotes;
  const words = quotes.map((q) => wordsOf(text.slice(q.start, q.end)));
  const drop = new Uint8Array(quotes.length);
  for (let i = 0; i < quotes.length; i++) {
    const w = words[i];
    if (quotes[i].speaker || quotes[i].cue || w.split(' ').length < MIN_WORDS) continue;
    for (let j = 0; j < quotes.length; j++) {
      if (j !== i && (quotes[j].speaker || quotes[j].cue) && ` ${words[j]} `.includes(` ${w} `)) {
        drop[i] = 1;
        break;
      }
    }
  }
  return drop.includes(1) ? quotes.filter((_, i) => !drop[i]) : quotes;
}
