/**
 * What differs between the SQL of the SQLite store and of the PostgreSQL store, and nothing else: the query builders
 * (events-query.ts, quotes-query.ts, entities-query.ts, store-statements.ts) write each statement once and ask the
 * dialect for these pieces. Everything else is written in SQL both accept and answer alike (`NULLS FIRST`,
 * `string_agg(… ORDER BY …)` and `ON CONFLICT` are SQLite's since 3.30, 3.44 and 3.24; better-sqlite3 12 bundles
 * 3.53), with the PostgreSQL schema's `COLLATE "C"` making comparisons and sorting byte-wise as SQLite's are
 * (postgres-migrations.ts).
 */
export interface SqlDialect {
  readonly name: 'sqlite' | 'postgres';
  /** The placeholder of the n-th bind parameter (1-based): SQLite `?` (bound in order), PostgreSQL `$n`. */
  placeholder(n: number): string;
  /**
   * SQL that is true when `expr` equals one of the values of a list bound at `placeholder` (bound as
   * {@link listValue} gives it); false for an empty list. SQLite has no array parameters: the list is a JSON array
   * read back with json_each; PostgreSQL binds an array (`= ANY($n)`).
   */
  inList(expr: string, placeholder: string): string;
  /** A list of values as {@link inList}'s parameter binds it: SQLite a JSON array text, PostgreSQL the array itself. */
  listValue(values: readonly unknown[]): unknown;
  /**
   * The text under `key` of the JSON text in `column`: a top-level key (a plain name) or a dotted path of plain names
   * (`speaker.mention.text`); NULL when absent.
   */
  jsonText(column: string, key: string): string;
  /**
   * A FROM item named `alias` whose rows are the elements of the JSON array under the top-level key `key` of the
   * JSON text in `column`, each in column `value` (text for string elements); no rows when the key is absent.
   */
  jsonArrayRows(column: string, key: string, alias: string): string;
  /**
   * The last day (YYYY-MM-DD) of the period that starts on the day `date` and is `precision` long ('year', 'season': three months, 'month',
   * 'week'; any other value or NULL: the day itself), as SQLite's date() modifiers count it ('+1 month', '-1 day').
   * A `date` that is no YYYY-MM-DD day gives NULL for a year, season, month or week (SQLite's date() does), else itself.
   */
  periodLastDay(date: string, precision: string): string;
  /**
   * An aggregate giving the rows as one JSON array text of objects, one per row, with the given keys and column
   * expressions (SQLite json_group_array, PostgreSQL json_agg; NULL in PostgreSQL when there are no rows). The
   * elements come in no particular order.
   * @param fields [key, SQL expression] pairs, keys plain names
   */
  jsonObjectsAgg(fields: ReadonlyArray<readonly [string, string]>): string;
  /**
   * The column that orders an article's entities and events as the analysis listed them: SQLite's rowid (rows are
   * inserted in that order), PostgreSQL's `ord` column (its tables keep no insertion order).
   */
  readonly analysisOrder: string;
}

/** SQLite's dialect (better-sqlite3). */
export const SQLITE_DIALECT: SqlDialect = Object.freeze({
  name: 'sqlite',
  placeholder: () => '?',
  inList: (expr: string, placeholder: string) => `${expr} IN (SELECT value FROM json_each(${placeholder}))`,
  listValue: (values: readonly unknown[]) => JSON.stringify(values),
  jsonText: (column: string, key: string) => `json_extract(${column}, '$.${key}')`,
  jsonArrayRows: (column: string, key: string, alias: string) => `json_each(${column}, '$.${key}') AS ${alias}`,
  periodLastDay: (date: string, precision: string) =>
    `(CASE ${precision} WHEN 'year' THEN date(${date}, '+1 year', '-1 day') WHEN 'season' THEN date(${date}, '+3 months', '-1 day')
      WHEN 'month' THEN date(${date}, '+1 month', '-1 day') WHEN 'week' THEN date(${date}, '+6 days') ELSE ${date} END)`,
  jsonObjectsAgg: (fields: ReadonlyArray<readonly [string, string]>) => `json_group_array(json_object(${fields.map(([k, e]) => `'${k}', ${e}`).join(', ')}))`,
  analysisOrder: 'rowid',
} as const);

/**
 * PostgreSQL's dialect (pg). JSON is stored as text (so that it reads back with its keys in the order written) and
 * cast where it is read; dates are ISO text, so a period's last day is computed on a `date` and formatted back.
 */
export const POSTGRES_DIALECT: SqlDialect = Object.freeze({
  name: 'postgres',
  placeholder: (n: number) => `$${n}`,
  inList: (expr: string, placeholder: string) => `${expr} = ANY(${placeholder})`,
  listValue: (values: readonly unknown[]) => [...values],
  jsonText: (column: string, key: string) => `(${column}::json #>> '{${key.split('.').join(',')}}')`,
  jsonArrayRows: (column: string, key: string, alias: string) => `json_array_elements_text(${column}::json -> '${key}') AS ${alias}(value)`,
  periodLastDay: (date: string, precision: string) =>
    `(CASE WHEN ${date} !~ '^\\d{4}-\\d{2}-\\d{2}$' THEN (CASE WHEN ${precision} IN ('year', 'season', 'month', 'week') THEN NULL ELSE ${date} END)
      WHEN ${precision} = 'year' THEN to_char(${date}::date + interval '1 year' - interval '1 day', 'YYYY-MM-DD')
      WHEN ${precision} = 'season' THEN to_char(${date}::date + interval '3 months' - interval '1 day', 'YYYY-MM-DD')
      WHEN ${precision} = 'month' THEN to_char(${date}::date + interval '1 month' - interval '1 day', 'YYYY-MM-DD')
      WHEN ${precision} = 'week' THEN to_char(${date}::date + 6, 'YYYY-MM-DD') ELSE ${date} END)`,
  jsonObjectsAgg: (fields: ReadonlyArray<readonly [string, string]>) => `json_agg(json_build_object(${fields.map(([k, e]) => `'${k}', ${e}`).join(', ')}))::text`,
  analysisOrder: 'ord',
} as const);
