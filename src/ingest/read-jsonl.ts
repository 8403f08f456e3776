import { MAX_ARTICLE_CHARS, articleResult } from './article-result.js';
import { decodeBytes } from './decode-bytes.js';
import { IngestCode, failure, failureFromError } from './errors.js';
import { normaliseDate } from './publication-date.js';
import { unwrapParagraphs } from './paragraphs.js';
import { readLines } from './read-lines.js';
import { htmlFragmentParagraphs } from './html-fragment.js';
import type { ReadResult } from './read-result.js';

/** Longest JSON Lines record read, in bytes (16 MiB); a longer line is one E_INGEST_TOO_LARGE error. */
export const MAX_JSONL_LINE_BYTES = 16 * 1024 * 1024;

/**
 * Records without a text field that open a JSON Lines file before it is judged a metadata file (a manifest, an
 * index) rather than an article export, and reported once instead of once per line.
 */
export const NOT_ARTICLES_AFTER = 3;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/**
 * Maps one parsed JSON record to an article. Fields: `text` (or `body`, `content`, `articleBody`, JSON Feed's
 * `content_text` / `content_html`, `description`, `summary`) required; `title` (null or missing → first sentence),
 * `published`, `date`, `publishedAt` or `date_published` (any form
 * {@link normaliseDate} reads, e.g. `1990-08-15T13:37` → 1990-08-15), `modified`, `date_modified` (JSON Feed),
 * `dateModified`, `updated`, `updated_at` or `updatedAt` (kept when a later day: modification-date.ts), `url`, `source` (a string or `{ name }`, as
 * news APIs give it), `lang`, `id` (a string or a number: the article's `externalId`; the article id is always the
 * content hash); other fields are ignored.
 * @param record the parsed JSON value
 * @param origin `path:line`
 * @returns the article (with a W_INGEST_DATE issue when a date is given but not understood: it is read as undated),
 *   or E_INGEST_JSON when the record is not an object with a text string
 */
export function articleFromRecord(record: unknown, origin: string): ReadResult {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return failure(origin, IngestCode.Json, `${origin}: expected a JSON object per line, got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}`);
  }
  const r = record as Record<string, unknown>;
  const html = str(r.content_html);
  // a text is a string: a number under "text" (a word count, a wrong column) is no article text of "42"
  const prose = (v: unknown) => (typeof v === 'string' ? v : null);
  const text = prose(r.text) ?? prose(r.body) ?? prose(r.content) ?? prose(r.articleBody) ?? prose(r.content_text)
    ?? (html !== null ? htmlFragmentParagraphs(html).join('\n') : null) ?? prose(r.description) ?? prose(r.summary);
  if (text === null) {
    return failure(origin, IngestCode.Json, `${origin}: the object has no "text" string (keys: ${Object.keys(r).slice(0, 8).join(', ') || 'none'}); each line needs {"title", "text", …}`);
  }
  const givenDate = r.published ?? r.date ?? r.published_at ?? r.publishedAt ?? r.date_published;
  const published = normaliseDate(givenDate);
  const result = articleResult(unwrapParagraphs(text.replace(/\r\n?/g, '\n')), {
    title: str(r.title) ?? str(r.headline),
    published,
    modified: normaliseDate(r.modified ?? r.date_modified ?? r.dateModified ?? r.updated ?? r.updated_at ?? r.updatedAt),
    url: str(r.url),
    source: str(r.source) ?? str((r.source as { name?: unknown } | null)?.name),
    lang: str(r.lang) ?? str(r.language),
    externalId: str(r.id)?.trim() || null,
    origin,
  });
  if (!result.ok || published !== null || givenDate === undefined || givenDate === null || givenDate === '') return result;
  const message = `${origin}: publication date ${JSON.stringify(givenDate)} not understood (e.g. 2024-02-06, 2024-02-06T09:30Z or an RFC 822 date); the article is read as undated`;
  return { ...result, issues: [{ code: 'W_INGEST_DATE', message, source: 'ingest' }] };
}

/**
 * Streams articles from JSON Lines, one record per line, never holding the whole input in memory.
 * Blank lines are skipped; a line that is not valid JSON, not UTF-8, or too long gives one failure
 * `path:line` and the following lines are still read. A file whose first {@link NOT_ARTICLES_AFTER} records are
 * objects without any text field is not an article export (a manifest, an index): it gives one failure for the
 * file and is not read further, instead of one failure per line.
 * @param stream the bytes (a file stream, stdin, or a gunzip stream)
 * @param origin the file path or `-`; results carry `origin:line`
 * @param maxLineBytes longest line accepted (default {@link MAX_JSONL_LINE_BYTES})
 * @returns an async iterable of read results, in line order; a stream error ends it with one failure
 */
export async function* readJsonLines(stream: AsyncIterable<Buffer | string>, origin: string, maxLineBytes = MAX_JSONL_LINE_BYTES): AsyncGenerator<ReadResult> {
  // leading records without text, held back until the file proves to be an article export or not
  let leading: ReadResult[] | null = [];
  try {
    for await (const line of readLines(stream, maxLineBytes)) {
      const where = `${origin}:${line.lineNo}`;
      if (line.tooLong) {
        yield failure(where, IngestCode.TooLarge, `${where}: the line is longer than ${maxLineBytes.toLocaleString('en')} bytes, the limit for one record; split the record (one article's text may hold at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters)`);
        continue;
      }
      let text: string;
      try {
        text = decodeBytes(line.bytes, where).text;
      } catch (error) {
        yield failureFromError(where, error);
        continue;
      }
      if (!text.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        yield failure(where, IngestCode.Json, `${where}: invalid JSON (${(error as Error).message}); each line must be one JSON object`);
        continue;
      }
      const result = articleFromRecord(value, where);
      if (leading && !result.ok && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        leading.push(result);
        if (leading.length < NOT_ARTICLES_AFTER) continue;
        const keys = Object.keys(value).slice(0, 8).join(', ') || 'none';
        yield failure(origin, IngestCode.Json, `${origin}: not an article export: its first ${leading.length} records have no "text" string (keys: ${keys}); stopped reading it`);
        return;
      }
      if (leading) yield* leading;
      leading = null;
      yield result;
    }
    if (leading) yield* leading;
  } catch (error) {
    if (leading) yield* leading;
    yield failureFromError(origin, error);
  }
}

/**
 * Reads a whole JSON document of articles: an array of records, an object with an `articles`, `items`, `results` or
 * `data` array (news-API exports, JSON Feed 1.x), or one record. Records are `origin#n`.
 * @param bytes file content (size-limited by the caller)
 * @param origin file path or `-`
 * @returns one result per record, or one E_INGEST_JSON failure when the document is not valid JSON
 */
export function readJsonDocument(bytes: Uint8Array, origin: string): ReadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(decodeBytes(bytes, origin).text);
  } catch (error) {
    if ((error as { code?: string }).code === IngestCode.Encoding) throw error;
    return [failure(origin, IngestCode.Json, `${origin}: invalid JSON (${(error as Error).message}); give an array of {"title", "text", …} objects or JSON Lines`)];
  }
  const o = value as Record<string, unknown> | null;
  const list = Array.isArray(value) ? value
    : [o?.articles, o?.items, o?.results, o?.data].find((v): v is unknown[] => Array.isArray(v)) ?? [value];
  return list.map((record, i) => articleFromRecord(record, list.length === 1 && !Array.isArray(value) ? origin : `${origin}#${i + 1}`));
}
