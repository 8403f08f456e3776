import type { Fingerprint } from '../ingest/fingerprint.js';
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { Entity, Mention } from '../model/entity.js';
import type { CodedEvent } from '../model/event.js';
import type { Quote } from '../model/quote.js';
import { actorCountry } from './actor-country.js';

// The columns both stores write and the values of one row in their order, so that an article, entity, mention,
// quote, event or duplicate is put into columns once for SQLite and PostgreSQL. `"end"` is quoted (a reserved word
// in PostgreSQL; SQLite takes the quoted name as well). PostgreSQL's entities and events also have `ord`, their
// position in the analysis (postgres-migrations.ts), which its store appends.

/** Columns of {@link articleValues}. */
export const ARTICLE_COLUMNS: readonly string[] = Object.freeze(['id', 'title', 'published', 'url', 'source', 'origin', 'lang', 'text', 'tone', 'positive', 'negative', 'polarity', 'word_count', 'issues', 'run_id', 'stored_at', 'text_hash', 'simhash', 'external_id', 'byline', 'modified']);
/** Columns of {@link duplicateValues}. */
export const DUPLICATE_COLUMNS: readonly string[] = Object.freeze(['id', 'duplicate_of', 'kind', 'distance', 'title', 'url', 'origin', 'published', 'seen_at']);
/** Columns of {@link entityValues}. */
export const ENTITY_COLUMNS: readonly string[] = Object.freeze(['article_seq', 'article_id', 'id', 'name', 'type', 'actor', 'country', 'agent', 'role', 'gender', 'provenance']);
/** Columns of {@link mentionValues}. */
export const MENTION_COLUMNS: readonly string[] = Object.freeze(['article_seq', 'article_id', 'entity_id', 'start', '"end"', 'text', 'kind', 'provenance']);
/** Columns of {@link quoteValues}. */
export const QUOTE_COLUMNS: readonly string[] = Object.freeze(['article_seq', 'article_id', 'id', 'start', '"end"', 'text', 'kind', 'speaker_entity', 'speaker_name', 'speaker_actor', 'cue', 'json']);
/** Columns of {@link coSpeakerRows}. */
export const CO_SPEAKER_COLUMNS: readonly string[] = Object.freeze(['article_seq', 'article_id', 'quote_id', 'ord', 'words', 'actor']);
/** Columns of {@link eventValues}. */
export const EVENT_COLUMNS: readonly string[] = Object.freeze(['article_seq', 'article_id', 'id', 'source_actor', 'target_actor', 'source_country', 'target_country', 'code', 'root_code', 'quad_class', 'goldstein', 'date', 'location', 'rule', 'json']);

/**
 * The articles row of an analysis: the article (with its source id, byline and modification day), its tone, issues (JSON), run, storing
 * time and fingerprint.
 * @param a the analysis; `runId` its pipeline run; `now` ISO time; `fp` the article's fingerprint
 */
export function articleValues(a: Analysis, runId: string, now: string, fp: Fingerprint): unknown[] {
  const art = a.article;
  return [
    art.id,
    art.title,
    art.published,
    art.url ?? null,
    art.source ?? null,
    art.origin ?? null,
    art.lang ?? null,
    art.text,
    a.tone.tone,
    a.tone.positive,
    a.tone.negative,
    a.tone.polarity,
    a.tone.wordCount,
    JSON.stringify(a.issues),
    runId,
    now,
    fp.textHash,
    fp.simhash,
    art.externalId ?? null,
    art.byline ?? null,
    art.modified ?? null,
  ];
}

/**
 * The articles row of a stored article that a fuller copy or a correction replaces (Store.saveBatch), as read for
 * its duplicates row: id, sequence number, title, URL, origin, publication date and the time it was stored.
 */
export interface StoredCopy {
  id: string;
  seq: number | string;
  title: string;
  url: string | null;
  origin: string | null;
  published: string | null;
  stored_at: string;
}

/**
 * The duplicates row of a copy not stored (or, kinds `fuller` and `revision`, of a stored copy replaced).
 * @param copy the copy's id, title, URL, origin and publication date
 * @param of the stored article it is a copy of; `kind`, `distance` as in DuplicateMatch; `now` ISO time (its
 *   `seen_at`: for a replaced earlier version, the time that version was stored)
 */
export function duplicateValues(copy: Pick<Article, 'id' | 'title' | 'published'> & { url?: string | null; origin?: string | null }, of: string, kind: string, distance: number, now: string): unknown[] {
  return [copy.id, of, kind, distance, copy.title, copy.url ?? null, copy.origin ?? null, copy.published, now];
}

/** The entities row of an entity of the article stored as `seq`. */
export function entityValues(seq: number | string | null, articleId: string, e: Entity): unknown[] {
  return [seq, articleId, e.id, e.name, e.type, e.actor, e.country, e.agent, e.role ?? null, e.gender ?? null, JSON.stringify(e.provenance)];
}

/** The mentions row of a mention of entity `entityId`. */
export function mentionValues(seq: number | string | null, articleId: string, entityId: string, m: Mention): unknown[] {
  return [seq, articleId, entityId, m.start, m.end, m.text, m.kind, JSON.stringify(m.provenance)];
}

/** The quotes row of a quote: its span, kind, speaker, cue and the whole quote as JSON. */
export function quoteValues(seq: number | string | null, articleId: string, q: Quote): unknown[] {
  return [seq, articleId, q.id, q.start, q.end, q.text, q.kind, q.speaker.entity, q.speaker.name, q.speaker.actor, q.cue?.text ?? null, JSON.stringify(q)];
}

/**
 * The co_speakers rows of a quote (SQLite migration 11, PostgreSQL 7), one per co-speaker in the order of its
 * `coSpeakers` (none for a quote with one speaker): its position, its words (the name of its entity, else the phrase
 * naming it: quotes-query.ts matches a primary speaker by the same) and its actor code, so that `quotes --speaker` and
 * `--actor` find a joint quote through indexes rather than by reading every quote's JSON.
 */
export function coSpeakerRows(seq: number | string | null, articleId: string, q: Quote): unknown[][] {
  return (q.coSpeakers ?? []).map((s, ord) => [seq, articleId, q.id, ord, s.name ?? s.mention?.text ?? null, s.actor]);
}

/** The events row of an event: actors and their countries (actor-country.ts), code, date, place, rule, the event as JSON. */
export function eventValues(seq: number | string | null, articleId: string, ev: CodedEvent): unknown[] {
  return [
    seq,
    articleId,
    ev.id,
    ev.source.actor,
    ev.target?.actor ?? null,
    actorCountry(ev.source.actor),
    actorCountry(ev.target?.actor ?? null),
    ev.code,
    ev.rootCode,
    ev.quadClass,
    ev.goldstein,
    ev.date,
    ev.location?.name ?? null,
    ev.rule,
    JSON.stringify(ev),
  ];
}
