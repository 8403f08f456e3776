import { DetenteError } from '../pipeline/errors.js';
import type { Article } from '../model/article.js';
import { normaliseDate } from './publication-date.js';

/** Error code of an article or article text handed to the library that it cannot analyse. */
export const INPUT_ERROR = 'E_INPUT';

/**
 * Error code of an article, or article text, with nothing to analyse: its text is empty or only white space. The
 * library throws it where the CLI reports an empty input file as a failed input (`E_INGEST_EMPTY`): an empty
 * analysis would look like an article in which nothing happened.
 */
export const EMPTY_INPUT_ERROR = 'E_INPUT_EMPTY';

/** A short description of a value for an error message: its type, or `null`/`array`. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * Checks raw article text given to the library ({@link articleFromText}, `analyze(text)`).
 * @param raw the value given as the text
 * @param where the function's name for the message, e.g. "articleFromText"
 * @throws DetenteError `E_INPUT` when the value is not a string
 */
export function checkArticleText(raw: unknown, where: string): asserts raw is string {
  if (typeof raw !== 'string') {
    throw new DetenteError(INPUT_ERROR, `${where}: expected the article text as a string, got ${kindOf(raw)}`);
  }
}

/**
 * Checks a publication date given to the library: absent, null, blank (no date), or a date that the readers' {@link normaliseDate}
 * reads (`2023-06-19`, `2023-06-19T10:00Z`, `Mon, 19 Jun 2023 …`). The value is kept as given; this only refuses a date
 * that every date in the analysis would silently lose ("yesterday", "2025-13-45"), as the CLI's `--published` does.
 * @param published the value given as `published`
 * @param where the function's name for the message
 * @throws DetenteError `E_INPUT` naming the value and the expected form
 */
export function checkPublished(published: unknown, where: string): asserts published is string | null | undefined {
  // absent, and blank as the JSON Lines reader reads it ("published": "")
  if (published === undefined || published === null || (typeof published === 'string' && !published.trim())) return;
  if (typeof published !== 'string' || normaliseDate(published) === null) {
    const shown = typeof published === 'string' ? `"${published}"` : kindOf(published);
    throw new DetenteError(INPUT_ERROR, `${where}: invalid published date ${shown}: expected a date YYYY-MM-DD, e.g. 2023-06-19, or null`);
  }
}

/**
 * How an error message names an article given to the library: its id, and where it was read from when it says
 * (`article "3f2a…" (news/harbour.txt)`), else its title, else "the article".
 * @param a the value given as an article (any of its fields may be missing or of another type)
 */
function articleLabel(a: Record<string, unknown>): string {
  const origin = typeof a.origin === 'string' && a.origin ? ` (${a.origin})` : '';
  if (typeof a.id === 'string' && a.id) return `article "${a.id}"${origin}`;
  if (typeof a.title === 'string' && a.title.trim()) return `article "${a.title.trim().slice(0, 60)}"${origin}`;
  return `the article${origin}`;
}

/**
 * Checks raw text given to `analyze(text)` for something to analyse, before it is normalised (normalising white space
 * leaves '', and the message would call the text empty).
 * @param raw the text given
 * @param where the function's name for the message
 * @throws DetenteError {@link EMPTY_INPUT_ERROR} naming the text as empty or only white space, with its length
 */
export function checkTextNotBlank(raw: string, where: string): void {
  if (/\S/.test(raw)) return;
  const shown = raw === '' ? 'empty' : `only white space (${raw.length} character${raw.length === 1 ? '' : 's'})`;
  throw new DetenteError(EMPTY_INPUT_ERROR, `${where}: the text given is ${shown}: nothing to analyse`);
}

/**
 * Checks that a value handed to `Analyzer.analyze`/`analyzeBatch` has the fields of an {@link Article} the pipeline
 * reads (`id`, `title` and `text` strings, `published` a date or null) and a text with something to analyse. Cheap:
 * no schema parse per article.
 * @param value the value given as an article
 * @param where the function's name for the message
 * @param expected what the function takes, for the message when `value` is no object (default "an Article")
 * @throws DetenteError `E_INPUT` naming the article (id, origin) and saying which field is missing or of the wrong type
 *   (use `articleFromText` to build one); {@link EMPTY_INPUT_ERROR} naming it when the text is empty or only white space
 */
export function checkArticle(value: unknown, where: string, expected = 'an Article'): asserts value is Article {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DetenteError(INPUT_ERROR, `${where}: expected ${expected} (see articleFromText), got ${kindOf(value)}`);
  }
  const a = value as Record<string, unknown>;
  for (const field of ['id', 'title', 'text'] as const) {
    if (typeof a[field] !== 'string') {
      throw new DetenteError(INPUT_ERROR, `${where}: ${articleLabel(a)}: its ${field} must be a string, got ${kindOf(a[field])} (build articles with articleFromText)`);
    }
  }
  checkPublished(a.published, `${where}: ${articleLabel(a)}`);
  if (!/\S/.test(a.text as string)) {
    const text = a.text as string;
    const shown = text === '' ? 'empty' : `only white space (${text.length} character${text.length === 1 ? '' : 's'})`;
    throw new DetenteError(EMPTY_INPUT_ERROR, `${where}: ${articleLabel(a)}: its text is ${shown}: nothing to analyse (a title alone is not analysed)`);
  }
}
