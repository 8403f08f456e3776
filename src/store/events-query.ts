import type { CodedEvent } from '../model/event.js';
import type { SqlDialect } from './sql-dialect.js';
import { ARTICLE_COLUMNS, articleFieldsOf, type ArticleColumnsRow } from './article-columns.js';
import { limitClause, whereClause } from './sql-clauses.js';
import { createSqlParams, type SqlQuery } from './sql-query.js';
import type { EventFilter, StoredEvent } from './store.js';

/** A row of {@link eventsQuery}; numbers may come as strings (PostgreSQL's bigint), which {@link storedEventOf} reads. */
export interface EventRow extends ArticleColumnsRow {
  json: string;
  tone: number | null;
  stored_at: string;
}

/**
 * The query of Store.listEvents, in either dialect: the stored events that `filter` keeps, with their articles,
 * undated events first, then by date, article id and event id (the order of both stores).
 * - `dyad` [a, b]: source country a and target b, or (unless `directed`) the reverse;
 * - `from`/`to`: an event dated only to a week, month, season or year (`date` its first day, `datePrecision` says which) is
 *   within the range when its whole period is: first day on or after `from`, last day on or before `to` ("earlier
 *   this year" in June 2023 is no event of January 2023);
 * - `code`: CAMEO code prefix, or prefixes (any of them); `actor`: an actor code prefix the source or the target is under;
 *   `quadClasses`: any of these; `undated`: only events without a date; `limit`: at most that many (rounded down).
 * @param filter the filter (see EventFilter in store.ts)
 * @param dialect the SQL dialect of the store
 * @returns the statement and its values (no name filters)
 */
export function eventsQuery(filter: EventFilter, dialect: SqlDialect): SqlQuery {
  const p = createSqlParams(dialect);
  const where: string[] = [];
  if (filter.dyad) {
    const [a, b] = filter.dyad;
    if (filter.directed) where.push(`e.source_country = ${p.add(a)} AND e.target_country = ${p.add(b)}`);
    else where.push(`((e.source_country = ${p.add(a)} AND e.target_country = ${p.add(b)}) OR (e.source_country = ${p.add(b)} AND e.target_country = ${p.add(a)}))`);
  }
  if (filter.from) where.push(`e.date >= ${p.add(filter.from)}`);
  if (filter.to) where.push(`${dialect.periodLastDay('e.date', dialect.jsonText('e.json', 'datePrecision'))} <= ${p.add(filter.to)}`);
  const codes = typeof filter.code === 'string' ? [filter.code] : (filter.code ?? []);
  if (codes.length) where.push(`(${codes.map((c) => `e.code LIKE ${p.add(`${c}%`)}`).join(' OR ')})`);
  // a placeholder is bound once: SQLite's "?" cannot be written twice for one value
  if (filter.actor) where.push(`(e.source_actor LIKE ${p.add(`${filter.actor}%`)} OR e.target_actor LIKE ${p.add(`${filter.actor}%`)})`);
  if (filter.quadClasses?.length) where.push(p.inList('e.quad_class', filter.quadClasses));
  if (filter.undated) where.push('e.date IS NULL');
  return p.query(`SELECT e.json, e.article_id, ${ARTICLE_COLUMNS}, a.tone, a.stored_at FROM events e JOIN articles a ON a.seq = e.article_seq
    ${whereClause(where)} ORDER BY e.date NULLS FIRST, e.article_id, e.id ${limitClause(filter.limit)}`);
}

/**
 * A stored event from a row of {@link eventsQuery}: the event as analysed (its JSON) with its article's fields.
 * @param r the row
 * @returns the event
 */
export function storedEventOf(r: EventRow): StoredEvent {
  return {
    ...(JSON.parse(r.json) as CodedEvent),
    ...articleFieldsOf(r),
    articleTone: r.tone,
    storedAt: r.stored_at,
  };
}
