import { z } from 'zod';
import { ArticleSchema, type Article } from '../model/article.js';
import { externalIdKey } from '../store/external-id.js';
import { copyFills } from '../store/copy-fills.js';
import { IssueSchema } from '../model/analysis.js';
import { DetenteError } from '../pipeline/errors.js';

/**
 * The data of one queue job: the article itself as the readers produced it (id, title, publication date, URL,
 * origin, NFC-normalised text…), not a path to it, so that a worker on any machine can analyse it, and the
 * readers' non-fatal issues about it (a date not understood), which are stored with its analysis as `ingest`
 * stores them. Version 1; a worker refuses data of another version.
 */
export const ArticleJobSchema = z.object({
  v: z.literal(1),
  article: ArticleSchema,
  issues: z.array(IssueSchema).default([]),
});
export type ArticleJob = z.infer<typeof ArticleJobSchema>;

/** The bullmq job name of article jobs. */
export const ARTICLE_JOB_NAME = 'analyze';

/**
 * The bullmq job id of an article: its id, so that the same article enqueued twice is one job (bullmq ignores
 * an add whose job id exists). bullmq refuses custom ids that read as integers or contain ':'; detente's own ids
 * (16 hex digits, article-id.ts) are all decimal digits, an integer to bullmq, in about 1 of 1,900 articles, and an
 * `Article` built by a library user may carry any id. Those ids, and ids starting with the prefix itself, are
 * written `article-` + encodeURIComponent(id) (':' → `%3A`), which keeps the mapping one-to-one.
 * @param articleId the article's id
 * @returns the job id
 */
export function jobIdOf(articleId: string): string {
  const integer = `${Number.parseInt(articleId, 10)}` === articleId;
  if (!integer && !articleId.includes(':') && !articleId.startsWith('article-') && articleId !== '') return articleId;
  return `article-${encodeURIComponent(articleId)}`;
}

/**
 * The bullmq job id of an article as read: {@link jobIdOf} its id, and for an article that carries what a copy fills
 * in on a stored one ({@link copyFills}: an external id with its source, a publication or modification date) those as
 * well, so that two copies of one story read in one run (a plain-text file and the JSON Lines record naming its source,
 * source id and date: the same text, so the same article id) are two jobs, and the worker of the second fills in what
 * the first left empty, as `ingest` does (before, the second copy was counted as already queued and its source never
 * reached the store). The same copy enqueued twice is still one job. Written `article-` + the encoded article id, then
 * `%_` + each of source, external id, publication date and modification date encoded (empty when absent):
 * encodeURIComponent never writes `%_`, so no other article and no other copy shares it.
 * @param article the article's id, external id, source and dates
 * @returns the job id
 */
export function jobIdOfArticle(article: Pick<Article, 'id' | 'externalId' | 'source' | 'published' | 'modified'>): string {
  if (!copyFills(article)) return jobIdOf(article.id);
  const [externalId, source] = externalIdKey(article) ?? ['', ''];
  const parts = [source, externalId, article.published ?? '', article.modified ?? ''].map((p) => encodeURIComponent(p));
  return [`article-${encodeURIComponent(article.id)}`, ...parts].join('%_');
}

/**
 * Reads and checks a job's data.
 * @param data the job's `data` as bullmq returns it (parsed JSON)
 * @returns the article job
 * @throws DetenteError E_QUEUE_JOB saying what is wrong (another detente version's data, a foreign job in the queue)
 */
export function parseArticleJob(data: unknown): ArticleJob {
  const parsed = ArticleJobSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new DetenteError(
    'E_QUEUE_JOB',
    `the job holds no detente article (version 1): ${issue ? `${issue.path.join('.') || 'data'}: ${issue.message}` : 'invalid data'}; enqueue articles with \`detente enqueue\``,
  );
}
