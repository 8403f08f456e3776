import type { SqlDialect } from './sql-dialect.js';
import type { RunSettings } from '../resources/run-settings.js';
import type { ArticleCopy, ArticleRecord, ArticleRef, PipelineRun } from './store.js';

/** A statement to run and its values. */
export interface Statement {
  text: string;
  values: readonly unknown[];
}

/** The steps of {@link articleRecord}: each yields a statement and is given its rows back. */
export type RecordSteps = Generator<Statement, ArticleRecord | undefined, Record<string, unknown>[]>;

const COPY_COLUMNS = 'id, duplicate_of, kind, distance, title, url, origin, published, seen_at';

/**
 * Finds the stored article an id or URL names ({@link Store.findArticle}), in either store: the article itself, else
 * the article a linked copy with that id or URL (a row of `duplicates`; the latest when several have the URL) is
 * linked to. The copies come oldest first (seen_at, then id). Written as steps that yield their statements so that
 * SQLite runs them synchronously and PostgreSQL with await ({@link runSteps}, {@link runStepsAsync}).
 * @param ref the id or URL asked for
 * @param dialect the store's SQL dialect (placeholders)
 * @returns the steps; their result is the record, or undefined when no article and no copy has that id or URL
 */
export function* articleRecord(ref: ArticleRef, dialect: SqlDialect): RecordSteps {
  const $1 = dialect.placeholder(1);
  const column = ref.id !== undefined ? 'id' : 'url';
  const key = ref.id ?? ref.url;
  const articleSql = (where: string) =>
    `SELECT a.id, a.stored_at, a.run_id, r.started_at, r.detente_version, r.components, r.fingerprint, r.settings
      FROM articles a LEFT JOIN runs r ON r.id = a.run_id WHERE a.${where} = ${$1}`;
  let article = (yield { text: articleSql(column), values: [key] })[0];
  let requested: ArticleCopy | null = null;
  if (!article) {
    const copy = (yield { text: `SELECT ${COPY_COLUMNS} FROM duplicates WHERE ${column} = ${$1} ORDER BY seen_at DESC, id LIMIT 1`, values: [key] })[0];
    if (!copy) return undefined;
    requested = copyOf(copy);
    article = (yield { text: articleSql('id'), values: [copy.duplicate_of] })[0];
    if (!article) return undefined;
  }
  const copies = (yield { text: `SELECT ${COPY_COLUMNS} FROM duplicates WHERE duplicate_of = ${$1} ORDER BY seen_at, id`, values: [article.id] }).map(copyOf);
  return { id: String(article.id), storedAt: String(article.stored_at), runId: (article.run_id as string | null) ?? null, run: runOf(article), copies, requested };
}

/** The run record joined to an article row (null without one; settings and fingerprint null for a run stored before they were). */
function runOf(r: Record<string, unknown>): PipelineRun | null {
  if (r.run_id === null || r.run_id === undefined || r.started_at === null || r.started_at === undefined) return null;
  return {
    id: String(r.run_id),
    startedAt: String(r.started_at),
    detenteVersion: String(r.detente_version),
    components: JSON.parse(String(r.components)) as Record<string, string>,
    fingerprint: (r.fingerprint as string | null) ?? null,
    settings: typeof r.settings === 'string' ? (JSON.parse(r.settings) as RunSettings) : null,
  };
}

/**
 * Runs the steps of {@link articleRecord} with a synchronous statement runner (SQLite).
 * @param steps the steps
 * @param rows runs one statement and returns its rows
 * @returns the steps' result
 */
export function runSteps(steps: RecordSteps, rows: (s: Statement) => Record<string, unknown>[]): ArticleRecord | undefined {
  let step = steps.next();
  while (!step.done) step = steps.next(rows(step.value));
  return step.value;
}

/**
 * Runs the steps of {@link articleRecord} with an asynchronous statement runner (PostgreSQL).
 * @param steps the steps
 * @param rows runs one statement and resolves to its rows
 * @returns the steps' result
 */
export async function runStepsAsync(steps: RecordSteps, rows: (s: Statement) => Promise<Record<string, unknown>[]>): Promise<ArticleRecord | undefined> {
  let step = steps.next();
  while (!step.done) step = steps.next(await rows(step.value));
  return step.value;
}

/** A duplicates row as an {@link ArticleCopy}. */
function copyOf(r: Record<string, unknown>): ArticleCopy {
  return {
    id: String(r.id),
    kind: String(r.kind),
    distance: r.distance === null || r.distance === undefined ? null : Number(r.distance),
    title: String(r.title),
    url: (r.url as string | null) ?? null,
    origin: (r.origin as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    seenAt: String(r.seen_at),
  };
}
