import type { EntityType } from '../model/entity.js';
import { likePrefix, limitClause, whereClause, wherePublished } from './sql-clauses.js';
import type { SqlDialect } from './sql-dialect.js';
import { createSqlParams, type SqlQuery } from './sql-query.js';
import type { EntityFilter, EntitySummary } from './store.js';

/** The distinct entity names, for the whole-word `name` filter (sql-query.ts NameFilter). */
const ENTITY_NAMES = 'SELECT DISTINCT name FROM entities';

/** A row of {@link entitiesQuery}; counts may come as strings (PostgreSQL's bigint). */
export interface EntityRow {
  name: string;
  type: EntityType;
  actor: string | null;
  other_actors: string | null;
  country: string | null;
  agent: string | null;
  articles: number | string;
  mentions: number | string;
  first_published: string | null;
  last_published: string | null;
}

/**
 * The query of Store.listEntities, in either dialect: entities summed over the stored articles that `filter` keeps
 * (name words — a name filter, bind it with sql-query.ts withNames —, type, actor code prefix, publication dates),
 * most articles first, then most mentions, then name and type.
 *
 * One row per name in any case ("NEW YORK" in a dateline and "New York" in the text) and type, shown in the form
 * most articles write that is not all capitals, with the actor code most of its articles gave it (the others listed
 * after it: "Charles Kennedy" coded by his title in some articles only, a person whose office changed), and the
 * country and agent most of its articles gave it, the agent among the articles of that code or of none (an entity
 * without an actor code may have a country or an agent alone: "New York", a titled "Michael Howard"); mentions are
 * counted per entity through the mentions table's key (article_seq, entity_id, …). `lower`/`upper` map ASCII only,
 * in SQLite and on PostgreSQL's "C" collation alike.
 * @param filter the filter
 * @param dialect the SQL dialect of the store
 * @returns the statement, its values and its name filters
 */
export function entitiesQuery(filter: EntityFilter, dialect: SqlDialect): SqlQuery {
  const p = createSqlParams(dialect);
  const where: string[] = [];
  if (filter.name) where.push(p.nameHas('e.name', ENTITY_NAMES, filter.name));
  if (filter.type) where.push(`e.type = ${p.add(filter.type)}`);
  if (filter.actor) where.push(`e.actor LIKE ${p.add(likePrefix(filter.actor.toUpperCase()))} ESCAPE '\\'`);
  wherePublished(filter, where, p.add);
  return p.query(`WITH forms AS (
      SELECT e.name, lower(e.name) AS name_key, e.type, e.actor, e.country, e.agent, COUNT(*) AS articles,
        SUM((SELECT COUNT(*) FROM mentions m WHERE m.article_seq = e.article_seq AND m.entity_id = e.id)) AS mentions,
        MIN(a.published) AS first_published, MAX(a.published) AS last_published
      FROM entities e JOIN articles a ON a.seq = e.article_seq
      ${whereClause(where)}
      GROUP BY e.name, e.type, e.actor, e.country, e.agent
    ), ranked AS (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY name_key, type ORDER BY name = upper(name), articles DESC, name) AS form_rank FROM forms
    ), actors AS (
      SELECT name_key, type, actor, ROW_NUMBER() OVER (PARTITION BY name_key, type ORDER BY SUM(articles) DESC, actor) AS r
      FROM forms WHERE actor IS NOT NULL GROUP BY name_key, type, actor
    ), countries AS (
      SELECT name_key, type, country, ROW_NUMBER() OVER (PARTITION BY name_key, type ORDER BY SUM(articles) DESC, country) AS r
      FROM forms WHERE country IS NOT NULL GROUP BY name_key, type, country
    ), agents AS (
      SELECT f.name_key, f.type, f.agent, ROW_NUMBER() OVER (PARTITION BY f.name_key, f.type ORDER BY SUM(f.articles) DESC, f.agent) AS r
      FROM forms f LEFT JOIN actors t ON t.name_key = f.name_key AND t.type = f.type AND t.r = 1
      WHERE f.agent IS NOT NULL AND (f.actor IS NULL OR t.actor IS NULL OR f.actor = t.actor) GROUP BY f.name_key, f.type, f.agent
    )
    SELECT MAX(CASE WHEN form_rank = 1 THEN name END) AS name, k.type,
      (SELECT t.actor FROM actors t WHERE t.name_key = k.name_key AND t.type = k.type AND t.r = 1) AS actor,
      (SELECT string_agg(t.actor, ' ' ORDER BY t.r) FROM actors t WHERE t.name_key = k.name_key AND t.type = k.type AND t.r > 1) AS other_actors,
      (SELECT c.country FROM countries c WHERE c.name_key = k.name_key AND c.type = k.type AND c.r = 1) AS country,
      (SELECT g.agent FROM agents g WHERE g.name_key = k.name_key AND g.type = k.type AND g.r = 1) AS agent,
      CAST(SUM(articles) AS BIGINT) AS articles, CAST(SUM(mentions) AS BIGINT) AS mentions,
      MIN(first_published) AS first_published, MAX(last_published) AS last_published
    FROM ranked k GROUP BY k.name_key, k.type
    ORDER BY articles DESC, mentions DESC, name, type ${limitClause(filter.limit)}`);
}

/**
 * An entity summary from a row of {@link entitiesQuery}.
 * @param r the row
 */
export function entitySummaryOf(r: EntityRow): EntitySummary {
  return {
    name: r.name,
    type: r.type,
    actor: r.actor,
    otherActors: r.other_actors ? r.other_actors.split(' ') : [],
    country: r.country,
    agent: r.agent,
    articles: Number(r.articles),
    mentions: Number(r.mentions),
    firstPublished: r.first_published,
    lastPublished: r.last_published,
  };
}
