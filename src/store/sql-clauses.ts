// Clauses the store's query builders share, written alike in both dialects (sql-dialect.ts).

/**
 * `WHERE a AND b …` of a query's conditions, '' for none.
 * @param where the conditions, each a SQL boolean expression
 */
export function whereClause(where: readonly string[]): string {
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

/**
 * `LIMIT n` for a positive limit (rounded down), '' for none (0 or undefined: every row).
 * @param limit the most rows wanted
 */
export function limitClause(limit: number | undefined): string {
  return limit ? `LIMIT ${Math.floor(limit)}` : '';
}

/**
 * Adds the conditions of a publication-date range on the joined `articles a` to a query's WHERE terms. A
 * publication date may carry a time ("2023-06-19T08:00:00Z"): the whole `to` day is in the range.
 * @param range `from`, `to` as YYYY-MM-DD, either optional
 * @param where the WHERE terms, appended to
 * @param add binds a value and returns its placeholder
 */
export function wherePublished(range: { from?: string; to?: string }, where: string[], add: (value: unknown) => string): void {
  if (range.from) where.push(`a.published >= ${add(range.from)}`);
  if (range.to) where.push(`substr(a.published, 1, 10) <= ${add(range.to)}`);
}

/**
 * A LIKE pattern matching values that start with `prefix`, with LIKE's wildcards in it escaped (use with
 * `ESCAPE '\\'`), so "USA_" matches only a literal underscore.
 * @param prefix what the value must start with
 */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
}

/**
 * SQL true when the text in `column` starts with `prefix`, written as a range that a B-tree index on the column serves
 * in both stores: `>= prefix AND < prefix + U+10FFFF`. Both compare text byte-wise (SQLite's BINARY collation,
 * PostgreSQL's `COLLATE "C"`), and no UTF-8 text after `prefix` sorts above U+10FFFF's bytes. Unlike
 * {@link likePrefix}, whose LIKE is case-insensitive in SQLite and reads no index on a BINARY column there, it is
 * case-sensitive in both (actor codes are stored in capitals).
 * @param column the column (or expression) tested
 * @param prefix what the text must start with
 * @param add binds a value and returns its placeholder
 */
export function startsWith(column: string, prefix: string, add: (value: unknown) => string): string {
  return `${column} >= ${add(prefix)} AND ${column} < ${add(`${prefix}\u{10FFFF}`)}`;
}
