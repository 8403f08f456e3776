import { nameHasWords, withoutPossessors } from './name-words.js';
import type { SqlDialect } from './sql-dialect.js';

/**
 * A whole-word name filter of a built query (`--speaker xi`, `--name`, `--mentions`): name-words.ts matches in
 * JavaScript, which neither SQL can call the same way, so the store lists the distinct stored names (`namesSql`,
 * one column), keeps those that hold `words`, and binds that list at parameter `slot` ({@link withNames}).
 */
export interface NameFilter {
  /** SELECT of the distinct stored names to match (one text column; NULLs never match). */
  readonly namesSql: string;
  /** What the user typed. */
  readonly words: string;
  /** Index into {@link SqlQuery.values} where the matching names are bound. */
  readonly slot: number;
  /** Match the names without their possessors ({@link withoutPossessors}): for phrases naming unresolved speakers. */
  readonly possessorsOut?: boolean;
}

/** A built statement: its text in one dialect, its bind values in order, and the name lists still to bind. */
export interface SqlQuery {
  readonly text: string;
  readonly values: readonly unknown[];
  readonly nameFilters: readonly NameFilter[];
}

/** Bind parameters collected while a statement is written ({@link createSqlParams}). */
export interface SqlParams {
  readonly dialect: SqlDialect;
  /** Binds `value`; returns its placeholder. */
  add(value: unknown): string;
  /** SQL true when `expr` is one of `values` ({@link SqlDialect.inList}). */
  inList(expr: string, values: readonly unknown[]): string;
  /**
   * SQL true when `expr` is a stored name (of those `namesSql` lists) holding `words` ({@link NameFilter}); with
   * `possessorsOut`, the words after a name's possessors ({@link withoutPossessors}).
   */
  nameHas(expr: string, namesSql: string, words: string, options?: { possessorsOut?: boolean }): string;
  /** The finished statement. */
  query(text: string): SqlQuery;
}

/**
 * Starts collecting the bind parameters of one statement.
 * @param dialect the SQL dialect whose placeholders and lists to write
 * @returns the collector; `query(text)` ends it
 */
export function createSqlParams(dialect: SqlDialect): SqlParams {
  const values: unknown[] = [];
  const nameFilters: NameFilter[] = [];
  const add = (value: unknown): string => {
    values.push(value);
    return dialect.placeholder(values.length);
  };
  return {
    dialect,
    add,
    inList: (expr, list) => dialect.inList(expr, add(dialect.listValue(list))),
    nameHas(expr, namesSql, words, options) {
      nameFilters.push({ namesSql, words, slot: values.length, possessorsOut: options?.possessorsOut === true });
      return dialect.inList(expr, add(null));
    },
    query: (text) => ({ text, values, nameFilters }),
  };
}

/**
 * The bind values of `query` with each name filter's list bound: of the names `storedNames[i]` (the rows of
 * `query.nameFilters[i].namesSql`), those holding the filter's words (name-words.ts).
 * @param query a built statement
 * @param storedNames for each name filter, in order, the names its `namesSql` selected
 * @param dialect the dialect the statement was built for
 * @returns the values to bind
 */
export function withNames(query: SqlQuery, storedNames: readonly (readonly (string | null)[])[], dialect: SqlDialect): unknown[] {
  const values = [...query.values];
  query.nameFilters.forEach((f, i) => {
    values[f.slot] = dialect.listValue(
      (storedNames[i] ?? []).filter((name): name is string => nameHasWords(name !== null && f.possessorsOut ? withoutPossessors(name) : name, f.words)),
    );
  });
  return values;
}
