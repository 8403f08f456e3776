/** Nouns naming a work or a name whose title a quotation set off by a comma gives ("his memoir, “Tough Choices.”"). */
const WORK_NOUNS: ReadonlySet<string> = new Set([
  'book', 'memoir', 'memoirs', 'autobiography', 'biography', 'novel', 'column', 'essay', 'article', 'op-ed', 'editorial',
  'blog', 'podcast', 'newsletter', 'show', 'programme', 'program', 'series', 'documentary', 'film', 'movie', 'album',
  'song', 'play', 'poem', 'report', 'study', 'paper', 'speech', 'ad', 'advert', 'advertisement', 'nickname', 'slogan',
]);
/** Words a title may keep in lower case ("The Art of the Deal", "Long Walk to Freedom"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'at', 'by', 'with', 'from', 'as']);
/** Most words of a title. */
const MAX_TITLE_WORDS = 8;

/**
 * True when a quotation set off by a comma after a noun naming a work is that work's title, not words said: "she wrote
 * in her memoir, “Tough Choices.”", "Mr. Rubio said in his 2012 book, ''An American Son.''", "promoting his 12th book,
 * “Sin Miedo”", "referred to her by a nickname, “Gert.”". A title here is at most eight words, each capitalised but the
 * small words after the first, with no inner sentence end. Source: PolNeAR train, where such quotations after a cue's
 * adjunct were read as the cue's direct quote (7 of the 59 spurious `direct-cue-before` quotes); a quotation of what the
 * work says is a sentence ("wrote in his book, “The state must …”") and keeps its cue.
 * @param noun the lower-case word right before the comma that opens the quotation
 * @param quotation the quotation's text without its marks (a trailing period or comma allowed)
 * @returns whether the quotation is the title of the work the noun names
 */
export function isWorkTitle(noun: string, quotation: string): boolean {
  if (!WORK_NOUNS.has(noun)) return false;
  const words = quotation.replace(/[.,!?]+$/u, '').split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/[.!?]$/u.test(w)) return false;
    if (i > 0 && TITLE_SMALL_WORDS.has(w)) continue;
    if (!/^[\p{Lu}\p{N}“"'‘]/u.test(w)) return false;
  }
  return true;
}
