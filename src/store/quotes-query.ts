import type { Quote } from '../model/quote.js';
import { likePrefix, limitClause, whereClause, wherePublished } from './sql-clauses.js';
import type { SqlDialect } from './sql-dialect.js';
import { ARTICLE_COLUMNS, articleFieldsOf, type ArticleColumnsRow } from './article-columns.js';
import { createSqlParams, type SqlQuery } from './sql-query.js';
import type { MentionedEntity, QuoteFilter, StoredQuote } from './store.js';

/**
 * What a speaker is found by: the name of its resolved entity, else the phrase naming it in the text, so that an unnamed
 * group or official ("officials", "the company", "critics", "a spokesman for the ministry") is found by its words.
 */
const speakerWords = (dialect: SqlDialect, alias: string): string => `COALESCE(${alias}.speaker_name, ${dialect.jsonText(`${alias}.json`, 'speaker.mention.text')})`;
/** The distinct speaker words ({@link speakerWords}), for the whole-word `speaker` filter (sql-query.ts NameFilter). */
const speakerNames = (dialect: SqlDialect): string => `SELECT DISTINCT ${speakerWords(dialect, 's')} FROM quotes s`;
/** The distinct entity names, for the whole-word `mentions` filter. */
const ENTITY_NAMES = 'SELECT DISTINCT name FROM entities';

/** A row of {@link quotesQuery}. */
export interface QuoteRow extends ArticleColumnsRow {
  json: string;
  /** the entities of the quote's `mentions` as a JSON array text of {id, name, actor} (any order), or null */
  mentioned: string | null;
}

/**
 * The query of Store.listQuotes, in either dialect: the stored quotes that `filter` keeps (see QuoteFilter in
 * store.ts), undated articles first, then by publication date, article id and the quote's start.
 * - `speaker`: whole words of the speaker's name, or of the phrase naming an unresolved speaker ("officials", "the
 *   company"; a name filter: bind the names with sql-query.ts withNames);
 * - `actor`: the speaker's actor code prefix;
 * - `mentions`: an entity of the quote's `mentions` by name words, actor code prefix or country code ("quotes by
 *   Blinken mentioning China");
 * - `negated`: only quotes whose cue is negated (true) or only the others (false);
 * - `kinds`, `cueClasses` (quotes stored without a cue class have none and are left out), `from`/`to` on the
 *   publication date, `limit`.
 * @param filter the filter
 * @param dialect the SQL dialect of the store
 * @returns the statement, its values and its name filters
 */
export function quotesQuery(filter: QuoteFilter, dialect: SqlDialect): SqlQuery {
  const p = createSqlParams(dialect);
  const where: string[] = [];
  // (an unresolved speaker's phrase is matched without its possessors: "Brown's closest ally" is not Brown)
  if (filter.speaker) where.push(p.nameHas(speakerWords(dialect, 'q'), speakerNames(dialect), filter.speaker, { possessorsOut: true }));
  if (filter.actor) where.push(`q.speaker_actor LIKE ${p.add(likePrefix(filter.actor.toUpperCase()))} ESCAPE '\\'`);
  if (filter.mentions) {
    where.push(`EXISTS (SELECT 1 FROM ${dialect.jsonArrayRows('q.json', 'mentions', 'm')} JOIN entities e ON e.article_seq = q.article_seq AND e.id = m.value
      WHERE ${p.nameHas('e.name', ENTITY_NAMES, filter.mentions)} OR e.actor LIKE ${p.add(likePrefix(filter.mentions.toUpperCase()))} ESCAPE '\\'
        OR e.country = ${p.add(filter.mentions.toUpperCase())})`);
  }
  if (filter.kinds?.length) where.push(p.inList('q.kind', filter.kinds));
  if (filter.cueClasses?.length) where.push(p.inList(dialect.jsonText('q.json', 'cueClass'), filter.cueClasses));
  if (filter.negated !== undefined) {
    // a JSON true reads as 1 in SQLite's json_extract and as 'true' in PostgreSQL's ->>
    const negated = `COALESCE(CAST(${dialect.jsonText('q.json', 'negated')} AS TEXT), '') IN ('1', 'true')`;
    where.push(filter.negated ? negated : `NOT ${negated}`);
  }
  wherePublished(filter, where, p.add);
  // the names and actor codes of the entities the quote mentions, so that an export names them (its ids are the article's)
  const mentioned = `(SELECT ${dialect.jsonObjectsAgg([['id', 'me.id'], ['name', 'me.name'], ['actor', 'me.actor']])}
    FROM ${dialect.jsonArrayRows('q.json', 'mentions', 'mm')} JOIN entities me ON me.article_seq = q.article_seq AND me.id = mm.value)`;
  return p.query(`SELECT q.json, q.article_id, ${ARTICLE_COLUMNS}, ${mentioned} AS mentioned FROM quotes q JOIN articles a ON a.seq = q.article_seq
    ${whereClause(where)} ORDER BY a.published NULLS FIRST, q.article_id, q.start ${limitClause(filter.limit)}`);
}

/**
 * A stored quote from a row of {@link quotesQuery}: the quote as analysed (its JSON) with its article's fields (id,
 * title, date, modification day, URL, origin, source, source id), as an event's in events-query.ts, and the entities
 * it mentions by name and actor code, in the order of the quote's `mentions`.
 * @param r the row
 */
export function storedQuoteOf(r: QuoteRow): StoredQuote {
  const quote = JSON.parse(r.json) as Quote;
  const byId = new Map((r.mentioned ? (JSON.parse(r.mentioned) as MentionedEntity[]) : []).map((e) => [e.id, e]));
  const mentionedEntities = (quote.mentions ?? []).flatMap((id) => {
    const e = byId.get(id);
    return e ? [{ id, name: e.name, actor: e.actor ?? null }] : [];
  });
  return { ...quote, ...articleFieldsOf(r), mentionedEntities };
}
