import { z } from 'zod';

/**
 * A half-open `[start, end)` range of UTF-16 code units in `Article.text`,
 * with the surface form `text === article.text.slice(start, end)`.
 */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

/**
 * Builds a {@link Span} from offsets into `text`.
 * @param text the article text the offsets refer to
 * @param start first code unit (inclusive)
 * @param end last code unit (exclusive)
 * @throws RangeError when the offsets are out of order or out of bounds (E_SPAN_MISALIGNED)
 */
export function spanOf(text: string, start: number, end: number): Span {
  if (start < 0 || end < start || end > text.length) {
    throw new RangeError(`E_SPAN_MISALIGNED: span [${start}, ${end}) does not fit a text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}
