/**
 * A quote's content as text output shows it, at most `max` characters of it: a longer content is cut at the last word
 * boundary before `max` and followed, outside its quotation marks, by `[+N characters]` (the characters left out).
 * The cut is not written `…`: a content in several parts joins them with ` … ` (PART_JOINER in
 * extract/quotes/quote-parts.ts, the words between them are the attribution), so a reader must tell the speaker's own
 * gap from ours (fresh-eyes review 20: a fact-checker read a cut as a gap in the quote).
 * @param text the quote's `text` (parts already joined)
 * @param direct true for a direct quote: the shown words go inside “ ”
 * @param max the most characters of `text` shown (default 160)
 * @returns the text to print, e.g. `“We will act soon” [+42 characters]`
 */
export function quoteExcerpt(text: string, direct: boolean, max = 160): string {
  let shown = text;
  if (text.length > max) {
    const space = text.lastIndexOf(' ', max);
    shown = text.slice(0, space > max / 2 ? space : max).trimEnd();
  }
  const marked = direct ? `“${shown}”` : shown;
  return shown.length < text.length ? `${marked} [+${text.length - shown.length} characters]` : marked;
}
