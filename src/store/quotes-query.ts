import type { Quote } from '../model/quote.js';
import { likePrefix, limitClause, startsWith, whereClause, wherePublished } from './sql-clauses.js';
import type { SqlDialect } from './sql-dialect.js';
import { ARTICLE_COLUMNS, articleFieldsOf, type ArticleColumnsRow } from './article-columns.js';
import { createSqlParams, type SqlParams, type SqlQuery } from './sql-query.js';
import type { MentionedEntity, QuoteFilter, StoredQuote } from './store.js';

/**
 * What a speaker is found by: the name of its resolved entity, else the phrase naming it in the text, so that an unnamed
 * group or official ("officials", "the company", "critics", "a spokesman for the ministry") is found by its words.
 */
const speakerWords = (dialect: SqlDialect, alias: string): string => `COALESCE(${alias}.speaker_name, ${dialect.jsonText(`${alias}.json`, 'speaker.mention.text')})`;
/** The distinct speaker words ({@link speakerWords}), for the whole-word `speaker` filter (sql-query.ts NameFilter). */
const speakerNames = (dialect: SqlDialect): string => `SELECT DISTINCT ${speakerWords(dialect, 's')} FROM quotes s`;
/** The distinct co-speaker words of the stored quotes (co_speakers.words), for the `speaker` filter's second name list. */
const CO_SPEAKER_NAMES = 'SELECT DISTINCT words FROM co_speakers';
/**
 * A named query (WITH) of the keys (article_seq, id) of the quotes whose primary speaker meets one of `primary` (on
 * alias `p`) or one of whose co-speakers meets one of `co` (on alias `c` of the co_speakers table, SQLite migration 11,
 * PostgreSQL 7): one indexed select a condition rather than an OR over every quote, which would parse every joint
 * quote's JSON (PostgreSQL reads a whole table for an OR whose terms include a subquery).
 */
const speakerHits = (name: string, primary: readonly string[], co: readonly string[]): string =>
  `${name} (article_seq, id) AS (${[
    ...primary.map((w) => `SELECT p.article_seq, p.id FROM quotes p WHERE ${w}`),
    ...co.map((w) => `SELECT c.article_seq, c.quote_id FROM co_speakers c WHERE ${w}`),
  ].join('\n    UNION ALL ')})`;
/**
 * SQL true when quote `q` is among the keys of {@link speakerHits} `name`. The article_seq test lets both SQLite and
 * PostgreSQL look the quotes up by their primary key rather than test every quote (100,000 stored quotes, a `--speaker`
 * filter: 40 ms so, 60 ms before co-speakers through the speaker-words index, 500-850 ms as an OR reading each JSON).
 */
const inHits = (name: string): string => `q.article_seq IN (SELECT article_seq FROM ${name}) AND (q.article_seq, q.id) IN (SELECT article_seq, id FROM ${name})`;
/** The distinct entity names, for the whole-word `mentions` filter. */
const ENTITY_NAMES = 'SELECT DISTINCT name FROM entities';
/** The distinct texts of the stored name mentions ("Tories", "Lib Dems", "Mr Howard"), for {@link aliasedNames}. */
const NAME_MENTION_TEXTS = "SELECT DISTINCT text FROM mentions WHERE kind = 'name'";
/**
 * SELECT of the names of the entities that some stored article names by a name mention holding `words` (whole words, as
 * `speaker`): an entity is found by any name the articles call it, not its canonical name alone. `quotes --mentions
 * tories` finds the quotes mentioning the "Conservative Party" entity, in every article, once one stored article wrote
 * "Tories" for it; "lib dems" the "Liberal Democrats". Names mentions only: a pronoun or description linked to an entity
 * names nothing.
 * @param p the statement's parameters (the mention texts holding the words are bound as a name filter)
 * @param words what the user typed
 */
const aliasedNames = (p: SqlParams, words: string): string =>
  `SELECT ea.name FROM mentions ma JOIN entities ea ON ea.article_seq = ma.article_seq AND ea.id = ma.entity_id
    WHERE ma.kind = 'name' AND ${p.nameHas('ma.text', NAME_MENTION_TEXTS, words)}`;
/**
 * Whether a `speaker` filter is written as an actor code ("GBRPTY", "USA": three or more capital letters as typed), which
 * then also finds speakers whose actor code starts with it; "Berg", "berg" or "xi" are names only.
 */
const ACTOR_CODE_QUERY = /^[A-Z]{3,}$/;

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
 *   company"; a name filter: bind the names with sql-query.ts withNames), of the primary speaker or of a co-speaker
 *   (`coSpeakers`: "Ruritania and Freedonia said" is found by either); also
 *   a speaker whose entity some stored article names by a name holding the words ({@link aliasedNames}: "tories" finds
 *   the Conservative Party), and, for a query written as an actor code ("GBRPTY"), a speaker whose code starts with it;
 * - `actor`: the actor code prefix of the primary speaker or of a co-speaker;
 * - `mentions`: an entity of the quote's `mentions` by name words, any other name the articles give it ({@link
 *   aliasedNames}), actor code prefix or country code ("quotes by Blinken
 *   mentioning China");
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
  // (a joint quote is found by any of its speakers: the primary's columns, or a co-speaker's row in co_speakers)
  // (the named query opens the statement, so its values are bound first, in text order: SQLite's `?` are bound in order)
  const named: string[] = [];
  if (filter.speaker) {
    // the speaker's words, any other name the articles give its entity (aliasedNames), and a query written as an actor
    // code; each term reads an index (quotes_speaker_words, quotes_speaker, quotes_speaker_actor; co_speakers_words,
    // co_speakers_actor)
    const code = ACTOR_CODE_QUERY.test(filter.speaker) ? filter.speaker : undefined;
    // (each list is written in its text order, the primary's before the co-speakers': the values are bound so)
    const speakerMatch = (words: string, wordsOf: string, nameCol: string, actorCol: string): string[] => [
      p.nameHas(words, wordsOf, filter.speaker!, { possessorsOut: true }),
      `${nameCol} IN (${aliasedNames(p, filter.speaker!)})`,
      ...(code ? [startsWith(actorCol, code, p.add)] : []),
    ];
    const primary = speakerMatch(speakerWords(dialect, 'p'), speakerNames(dialect), 'p.speaker_name', 'p.speaker_actor');
    named.push(speakerHits('speaker_hits', primary, speakerMatch('c.words', CO_SPEAKER_NAMES, 'c.words', 'c.actor')));
    where.push(inHits('speaker_hits'));
  }
  if (filter.actor) {
    // two index ranges (quotes_speaker_actor, co_speakers_actor); a wide prefix (RUS) finds many keys, still fewer
    // rows read than every quote
    const prefix = filter.actor.toUpperCase();
    named.push(speakerHits('actor_hits', [startsWith('p.speaker_actor', prefix, p.add)], [startsWith('c.actor', prefix, p.add)]));
    where.push(inHits('actor_hits'));
  }
  if (filter.mentions) {
    where.push(`EXISTS (SELECT 1 FROM ${dialect.jsonArrayRows('q.json', 'mentions', 'm')} JOIN entities e ON e.article_seq = q.article_seq AND e.id = m.value
      WHERE ${p.nameHas('e.name', ENTITY_NAMES, filter.mentions)} OR e.name IN (${aliasedNames(p, filter.mentions)}) OR e.actor LIKE ${p.add(likePrefix(filter.mentions.toUpperCase()))} ESCAPE '\\'
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
  return p.query(`${named.length ? `WITH ${named.join(', ')} ` : ''}SELECT q.json, q.article_id, ${ARTICLE_COLUMNS}, ${mentioned} AS mentioned FROM quotes q JOIN articles a ON a.seq = q.article_seq
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
