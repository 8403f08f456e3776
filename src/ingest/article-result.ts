import { articleFromNormalisedText, normaliseText } from './article-id.js';
import { IngestCode, failure } from './errors.js';
import { languageTag } from './language-tag.js';
import { modificationDate } from './modification-date.js';
import { joinDanglingDateline, titleFromText } from './paragraphs.js';
import type { ReadResult } from './read-result.js';

/**
 * Longest article body accepted, in UTF-16 code units (1,000,000 ≈ 170,000 words; the longest long-form news
 * stories are under a third of that). Analysis holds per-token arrays for the whole text at once, so memory grows
 * with the body (a 13 MB one-line file took 1.1 GB); a longer body is almost always many articles in one file.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** Longest title quoted in an error message, in UTF-16 code units (longer ones end in "…"). */
const TITLE_IN_MESSAGE = 100;

/** Article fields a reader found besides the body. */
export interface ArticleMeta {
  title?: string | null;
  published?: string | null;
  /** the day the source says the article was last changed (kept only when after `published`: modification-date.ts) */
  modified?: string | null;
  url?: string | null;
  source?: string | null;
  lang?: string | null;
  byline?: string | null;
  /** the id the source gives the article (a JSON Lines record's `id`) */
  externalId?: string | null;
  origin: string;
}

/**
 * Builds the read result for one article body: normalises the text (NFC, one paragraph per line), joins a dangling
 * wire dateline to its paragraph, takes the title from the first sentence when none is given, writes the declared
 * language as a BCP 47 tag (languageTag: `en-gb` → `en-GB`, `SW_ke` → `sw-KE`, `eng` → `en`; every reader comes here), and fails with
 * E_INGEST_NO_ARTICLE when no text is left, E_INGEST_TOO_LARGE when the body is over {@link MAX_ARTICLE_CHARS}.
 * @param body article body (paragraphs one per line or separated by blank lines)
 * @param meta title, published `YYYY-MM-DD`, modified (kept when a later day), url, source, lang, byline, origin, external id
 * @returns `{ ok: true, article }` or `{ ok: false, code: 'E_INGEST_NO_ARTICLE' | 'E_INGEST_TOO_LARGE' }`
 */
export function articleResult(body: string, meta: ArticleMeta): ReadResult {
  if (body.length > MAX_ARTICLE_CHARS) {
    return failure(
      meta.origin,
      IngestCode.TooLarge,
      `${meta.origin}: the article body is ${body.length.toLocaleString('en')} characters, over the ${MAX_ARTICLE_CHARS.toLocaleString('en')}-character limit for one article; if it holds many articles, split it (one file each, or JSON Lines)`,
    );
  }
  // normalised once: the text, its id and the title taken from it (a probe Article built first normalised and
  // hashed the text a second time)
  const text = normaliseText(joinDanglingDateline(body));
  if (!text) {
    // the title is quoted clipped: a one-line file is all title, and the message must stay one readable line
    const title = meta.title && meta.title.length > TITLE_IN_MESSAGE ? `${meta.title.slice(0, TITLE_IN_MESSAGE - 1)}…` : meta.title;
    return failure(meta.origin, IngestCode.NoArticle, `${meta.origin} has no article text${title ? ` (title "${title}")` : ''}; nothing to analyse`);
  }
  const title = meta.title?.trim() ? meta.title : titleFromText(text);
  const article = articleFromNormalisedText(text, {
    title,
    published: meta.published ?? null,
    modified: modificationDate(meta.published, meta.modified) ?? undefined,
    url: meta.url ?? undefined,
    source: meta.source ?? undefined,
    lang: meta.lang?.trim() ? languageTag(meta.lang) : undefined,
    byline: meta.byline ?? undefined,
    origin: meta.origin,
    externalId: meta.externalId ?? undefined,
  });
  return { ok: true, article };
}
