import { articleFromText } from './article-id.js';
import { IngestCode, failure } from './errors.js';
import { joinDanglingDateline, titleFromText } from './paragraphs.js';
import type { ReadResult } from './read-result.js';

/** Article fields a reader found besides the body. */
export interface ArticleMeta {
  title?: string | null;
  published?: string | null;
  url?: string | null;
  source?: string | null;
  lang?: string | null;
  byline?: string | null;
  origin: string;
}

/**
 * Builds the read result for one article body: normalises the text (NFC, one paragraph per line), joins a dangling
 * wire dateline to its paragraph, takes the title from the first sentence when none is given, and fails with
 * E_INGEST_NO_ARTICLE when no text is left.
 * @param body article body (paragraphs one per line or separated by blank lines)
 * @param meta title, published `YYYY-MM-DD`, url, source, lang, byline, origin
 * @returns `{ ok: true, article }` or `{ ok: false, code: 'E_INGEST_NO_ARTICLE' }`
 */
export function articleResult(body: string, meta: ArticleMeta): ReadResult {
  body = joinDanglingDateline(body);
  const probe = articleFromText(body, { title: '' });
  if (!probe.text) {
    return failure(meta.origin, IngestCode.NoArticle, `${meta.origin} has no article text${meta.title ? ` (title "${meta.title}")` : ''}; nothing to analyse`);
  }
  const title = meta.title?.trim() ? meta.title : titleFromText(probe.text);
  const article = articleFromText(body, {
    title,
    published: meta.published ?? null,
    url: meta.url ?? undefined,
    source: meta.source ?? undefined,
    lang: meta.lang ?? undefined,
    byline: meta.byline ?? undefined,
    origin: meta.origin,
  });
  return { ok: true, article };
}
