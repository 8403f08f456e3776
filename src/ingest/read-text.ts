import { articleResult } from './article-result.js';
import { IngestCode, failure } from './errors.js';
import { normaliseDate } from './publication-date.js';
import { unwrapParagraphs } from './paragraphs.js';
import type { ReadResult } from './read-result.js';

/** The seed layout's first line: `date YYYY-MM-DD Title`. */
const SEED_HEAD = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*?)\s*$/;

/**
 * Tells whether text is in the seed layout (first non-empty line `date YYYY-MM-DD Title`).
 * @param text decoded file content
 */
export function looksLikeSeed(text: string): boolean {
  const first = /^\s*([^\n]*)/.exec(text)?.[1] ?? '';
  return SEED_HEAD.test(first);
}

/**
 * Reads one article in the seed layout: first line `date YYYY-MM-DD Title`, a line `- Published`
 * (any `- …` metadata lines right after the head are skipped), then one paragraph per line.
 * @param text decoded file content
 * @param origin file path or `-`
 * @returns the article, or E_INGEST_FORMAT when the head line is missing or its date is not a calendar day,
 *   E_INGEST_NO_ARTICLE when there is no body
 */
export function readSeedText(text: string, origin: string): ReadResult {
  const lines = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n');
  let i = 0;
  while (i < lines.length && !lines[i].trim()) i++;
  const head = SEED_HEAD.exec(lines[i] ?? '');
  if (!head) {
    return failure(origin, IngestCode.Format, `${origin} is not in the seed layout: the first line must be "date YYYY-MM-DD Title"; use --input-format txt for plain text`);
  }
  const published = normaliseDate(head[1]);
  if (!published) {
    // a seed file is defined by its date: an impossible one (2023-02-30) is a broken file, not an undated article
    return failure(origin, IngestCode.Format, `${origin}: the seed head line's date ${head[1]} is not a calendar date; fix it (YYYY-MM-DD)`);
  }
  i++;
  while (i < lines.length && (/^\s*-\s*\S/.test(lines[i]) || !lines[i].trim())) i++;
  return articleResult(unwrapParagraphs(lines.slice(i).join('\n')), {
    title: head[2],
    published,
    origin,
  });
}

/**
 * Reads one plain-text article: the first non-empty line is the title, the rest the body (hard-wrapped lines are
 * joined into paragraphs; the BBC full-text layout — title, blank line, paragraphs separated by blank lines — fits).
 * A single-line file is all body, titled by its first sentence.
 * @param text decoded file content
 * @param origin file path or `-`
 * A file whose every non-empty line is a URL or a `#` comment (a crawler's seed list, a feed list) is no article.
 * @returns the article (published null: plain text carries no date), or E_INGEST_NO_ARTICLE when empty or a URL list
 */
export function readPlainText(text: string, origin: string): ReadResult {
  const urls = urlListSize(text);
  if (urls > 0) {
    return failure(origin, IngestCode.NoArticle, `${origin} is a list of ${urls} URL(s), not an article; to read the pages or feeds it lists, pass the URLs themselves (detente ingest $(grep -v '^#' ${origin}))`);
  }
  const clean = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').replace(/^\s*\n/, '');
  const nl = clean.indexOf('\n');
  const first = (nl < 0 ? clean : clean.slice(0, nl)).trim();
  const rest = nl < 0 ? '' : clean.slice(nl + 1);
  if (!rest.trim()) return articleResult(first, { origin });
  return articleResult(unwrapParagraphs(rest), { title: first, origin });
}

const URL_LINE = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;
const COMMENT_LINE = /^\s*#/;

/**
 * How many URLs a text lists when it is a URL list: every non-empty line a lone URL or a `#` comment line.
 * @param text decoded file content
 * @returns the number of URL lines, or 0 when any other line is present (or no URL is)
 */
function urlListSize(text: string): number {
  let urls = 0;
  for (const line of text.split(/\r\n?|\n/)) {
    if (!line.trim() || COMMENT_LINE.test(line)) continue;
    if (!URL_LINE.test(line)) return 0;
    urls++;
  }
  return urls;
}
