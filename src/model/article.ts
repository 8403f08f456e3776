import { z } from 'zod';

/**
 * One news article as read by ingest/.
 * - `id`: stable id, a hash of the normalised text and URL (see ingest/article-id.ts)
 * - `published`: publication date `YYYY-MM-DD` (or full ISO 8601 when the source gives a time), null if unknown
 * - `modified`: the day the source says the article was last changed (`YYYY-MM-DD`: HTML `dateModified` /
 *   `article:modified_time`, Atom `updated`, JSON Feed `date_modified`), only when later than `published`, which stays
 *   the date of record (ingest/modification-date.ts)
 * - `text`: NFC-normalised body text; every span offset in detente refers to it
 * - `byline`: the authors as the page credits them (HTML readers), when known
 * - `origin`: where it was read from (file path, `path:line` for JSON Lines, `-` for stdin, a URL)
 * - `externalId`: the id the article's source gives it (a JSON Lines record's `id`), when given; stored, shown where
 *   the article is cited, and a second copy from the same `source` with the same external id is linked to the first
 *   (store/external-id.ts)
 */
export const ArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  published: z.string().nullable(),
  modified: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  lang: z.string().optional(),
  byline: z.string().optional(),
  origin: z.string().optional(),
  externalId: z.string().optional(),
  text: z.string(),
});
export type Article = z.infer<typeof ArticleSchema>;
