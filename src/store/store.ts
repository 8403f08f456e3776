import type { RunSettings } from '../resources/run-settings.js';
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { CodedEvent } from '../model/event.js';
import type { EntityType } from '../model/entity.js';
import type { CueClass, Quote, QuoteKind } from '../model/quote.js';
import type { PruneFilter } from './prune.js';

/**
 * A pipeline run: what produced the stored annotations, so each is reproducible. Runs recorded before migration 12
 * (SQLite) / 8 (PostgreSQL) have `fingerprint` and `settings` null.
 */
export interface PipelineRun {
  id: string;
  startedAt: string;
  detenteVersion: string;
  components: Record<string, string>;
  /** fingerprint of the code and built-in data that ran (resources/build-fingerprint.ts codeFingerprint), or null when unknown */
  fingerprint?: string | null;
  /** the analysis options that change output (resources/run-settings.ts), or null when unknown */
  settings?: RunSettings | null;
}

/**
 * Filter for {@link Store.listEvents}. `dyad` is "USA-CHN" (either direction unless `directed`); `undated` keeps only
 * the events without a date (no date in the text, none for the article), which no `from`/`to` range holds.
 */
export interface EventFilter {
  dyad?: [string, string];
  directed?: boolean;
  from?: string;
  to?: string;
  /** CAMEO code prefix ("14", "173"), or several: an event under any of them ("14", "17", "18"). */
  code?: string | readonly string[];
  /** An actor code prefix ("IRQ", "IRQMIL", "IGOUNO") the event's source or target is under (CAMEO codes nest by prefix). */
  actor?: string;
  /** Only events of these QuadClasses (1 verbal cooperation … 4 material conflict). */
  quadClasses?: readonly number[];
  undated?: boolean;
  limit?: number;
}

/**
 * Filter for {@link Store.listQuotes}: speaker name words (whole words, case- and accent-insensitive: "xi" finds
 * "Xi Jinping", not "Xie" or "Guangxi"; see name-words.ts), speaker actor code prefix, date range.
 */
export interface QuoteFilter {
  speaker?: string;
  actor?: string;
  /** Quotes whose content mentions an entity: name words (as `speaker`), actor code prefix or country code. */
  mentions?: string;
  /** Only these kinds (direct, indirect, mixed). */
  kinds?: readonly QuoteKind[];
  /**
   * Only quotes whose cue is of these classes (`['speech', 'writing']`: statements, no beliefs or requests); quotes
   * stored before detente recorded the class (0.1 stores) have none and are left out.
   */
  cueClasses?: readonly CueClass[];
  /**
   * true: only quotes whose cue is negated ("did not confirm", Quote.negated); false: only the others (quotes stored
   * before detente recorded negation count as not negated); undefined: both.
   */
  negated?: boolean;
  from?: string;
  to?: string;
  limit?: number;
}

/**
 * Filter for {@link Store.listEntities}: entity name words (whole words, as {@link QuoteFilter.speaker}), entity type,
 * actor code prefix ("USA" or "USAGOV"), the articles' publication dates, and at most `limit` rows.
 */
export interface EntityFilter {
  name?: string;
  type?: EntityType;
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/**
 * One entity as the stored articles name it, summed over them: entities of different articles with the same name
 * (in any case: a dateline's "NEW YORK" is "New York"), type and actor code are one row, with the country and agent
 * code some article gave it (an entity is per article; there is no cross-document linking beyond that).
 */
export interface EntitySummary {
  /** The name as most of the articles write it, all capitals (a dateline) only when none writes it otherwise. */
  name: string;
  type: EntityType;
  /** CAMEO actor code most of its articles gave it, e.g. "USAGOV"; null for entities that are no political actor. */
  actor: string | null;
  /** The other codes its articles gave it, most articles first (a title in some articles only, an office that changed). */
  otherActors: string[];
  country: string | null;
  agent: string | null;
  /** Number of stored articles that mention it. */
  articles: number;
  /** Its mentions in those articles (names, pronouns and descriptions resolved to it). */
  mentions: number;
  /** Publication dates (YYYY-MM-DD…) of the first and last of those articles; null when none is dated. */
  firstPublished: string | null;
  lastPublished: string | null;
}

/** A stored event with the article it came from. */
export interface StoredEvent extends CodedEvent {
  articleId: string;
  articleTitle: string;
  published: string | null;
  /** The day the article's source says it was last changed (`Article.modified`, after `published`), or null. */
  articleModified?: string | null;
  articleUrl: string | null;
  /** Where the article was read from (file path, `path:line`, URL), when known. */
  articleOrigin?: string | null;
  /** The publication the article came from (site name, feed title, agency: 'Reuters'), when known. */
  articleSource?: string | null;
  /** The id the article's source gives it (a JSON Lines record's `id`), when known. */
  articleExternalId?: string | null;
  /** The article's document tone (GDELT AvgTone). */
  articleTone: number | null;
  storedAt: string;
}

/** A stored quote with the article it came from, and what an analyst needs to cite it. */
export interface StoredQuote extends Quote {
  articleId: string;
  articleTitle: string;
  published: string | null;
  /** The day the article's source says it was last changed (`Article.modified`, after `published`), or null, as {@link StoredEvent.articleModified}. */
  articleModified?: string | null;
  /** the article's URL, or null (a file read from disk) */
  articleUrl: string | null;
  /** where the article was read from: an absolute file path (`path`, `path:line`, `path#record`) or the URL */
  articleOrigin: string | null;
  /** the publication (site name, feed title, agency), or null */
  articleSource: string | null;
  /** the id the article's source gives it (a JSON Lines record's `id`), or null */
  articleExternalId?: string | null;
  /**
   * The entities the quote's content mentions (its `mentions`, whose ids only mean something inside the article), by
   * name and actor code, in the order of `mentions`: what an export shows ("quotes by Blinken mentioning China").
   */
  mentionedEntities?: MentionedEntity[];
}

/** An entity a stored quote mentions ({@link StoredQuote.mentionedEntities}). */
export interface MentionedEntity {
  /** the entity's id in its article (`E3`) */
  id: string;
  name: string;
  /** its CAMEO actor code, or null */
  actor: string | null;
}

/**
 * Why an article was not stored: same id, same external id from the same source (external-id.ts), same URL, same
 * text, or a near-duplicate (SimHash), checked in that order; or why it replaces a stored article: kind `fuller`,
 * that article has the same URL but is a much shorter copy (a feed item's summary, a page cut off in download — see
 * {@link FULLER_COPY_RATIO}); kind `revision`, that article has the same source and source id and this one is a
 * correction of it (external-id.ts externalMatchKind), or a newer version of the page stored under its URL (the same rule: exact-copy.ts). A replacing article is analysed and stored in its place
 * ({@link replacesStored}).
 */
export interface DuplicateMatch {
  /** Id of the stored article: the first copy, or (kinds `fuller`, `revision`) the stored copy this article replaces. */
  of: string;
  kind: 'id' | 'url' | 'external' | 'text' | 'near' | 'fuller' | 'revision' | 'dated';
  /** Hamming distance of the SimHashes (0 for the exact kinds). */
  distance: number;
}

/**
 * True when saving an article of this match puts it in the stored article's place (kinds `fuller`, `revision` and
 * `dated`): it is analysed and stored, and the stored one is deleted ({@link Store.saveBatch}), or for `dated` (the
 * same article, stored without a publication date, read again with one: review 27, `ingest a.txt` then
 * `ingest a.txt --published 2024-03-12` left its events undated) its annotations are replaced in place by the new
 * analysis, which dates the events, and the article row keeps its place, its copies and its storing time; an article
 * of any other match is linked to the stored copy without analysis.
 * @param match a {@link DuplicateMatch}, or null/undefined (no copy: false)
 * @returns whether the article replaces the stored one
 */
export function replacesStored(match: Pick<DuplicateMatch, 'kind'> | null | undefined): boolean {
  return match?.kind === 'fuller' || match?.kind === 'revision' || match?.kind === 'dated';
}

/**
 * A stored article with the same URL is replaced by a new copy whose text is at least this many times as long
 * (UTF-16 code units): a feed item's summary (a few hundred characters) or a page cut off in download, stored
 * first, would otherwise stand for the full article for good. A copy less than a quarter longer is the same
 * story edited, and stays a duplicate of the first. Found in a review: a 142-character feed summary kept its
 * article's full page (11 quotes) out of the store.
 */
export const FULLER_COPY_RATIO = 1.25;

/** Result of {@link Store.saveBatch}. */
export interface SaveResult {
  /** Newly stored articles. */
  stored: number;
  /** Articles already stored under the same id (the same input again). */
  skipped: number;
  /** Copies of a stored article under another id (URL, text or near-duplicate): linked, not stored. */
  duplicates: number;
  /** Of `stored`, the articles that replaced a shorter stored copy from the same URL ({@link FULLER_COPY_RATIO}). */
  replaced: number;
  /**
   * Of `stored`, the corrections: articles that replaced an earlier version with the same source and source id
   * (DuplicateMatch kind `revision`), which is kept as a row of the duplicates table.
   */
  revised: number;
  /** Events stored with the `stored` articles (rows of `events` written by this batch). */
  events: number;
  /** Quotes stored with the `stored` articles (rows of `quotes` written by this batch). */
  quotes: number;
}

/** An article asked for by its id or by its URL. */
export type ArticleRef = { id: string; url?: undefined } | { url: string; id?: undefined };

/**
 * A row of the `duplicates` table: an article linked to a stored one instead of being stored (kind `url`, `external`,
 * `text`, `near`, `id`), or a stored version that a fuller copy (`fuller`) or a correction (`revision`) replaced.
 */
export interface ArticleCopy {
  id: string;
  kind: string;
  /** Hamming distance of the SimHashes (near copies), else 0 or null */
  distance: number | null;
  title: string;
  url: string | null;
  origin: string | null;
  published: string | null;
  /** when it was linked (ISO 8601); for a replaced version, when that version was stored */
  seenAt: string;
}

/** Where a stored article came from and what is linked to it ({@link Store.findArticle}). */
export interface ArticleRecord {
  /** the stored article's id (for {@link Store.getAnalysis}) */
  id: string;
  /** when it was stored (ISO 8601, UTC) */
  storedAt: string;
  /** the pipeline run that analysed it (runs table) */
  runId: string | null;
  /** that run's record, or null (no run id, or a run id with no record) */
  run: PipelineRun | null;
  /** the copies and replaced versions linked to it, oldest first */
  copies: ArticleCopy[];
  /** the copy the id or URL asked for named, when it named a copy rather than the article itself; else null */
  requested: ArticleCopy | null;
}

/** What the last poll of a feed returned: validators for the next conditional GET. */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastChecked: string;
  lastStatus: string;
  itemsSeen: number;
}

/** Row counts of the store. */
export interface StoreCounts {
  articles: number;
  entities: number;
  mentions: number;
  quotes: number;
  events: number;
  duplicates: number;
}

/** A value, or a promise of it: what a {@link Store} method returns (SQLite answers at once, PostgreSQL later). */
export type Awaitable<T> = T | Promise<T>;

/**
 * The storage interface shared by the SQLite (default) and PostgreSQL back ends. Every method may answer
 * asynchronously ({@link Awaitable}): callers `await` each call. The SQLite store answers synchronously
 * ({@link SyncStore}), the PostgreSQL store with promises.
 * Saving is idempotent: an article already stored (same id) is skipped, nothing is duplicated; when it carries an
 * external id and source that its stored row lacks (a store written before detente kept them: SQLite migration 6,
 * PostgreSQL 2), they are filled in, so ingesting the original export again back-fills the ids, and so is a
 * publication or modification date the row left empty (copy-fills.ts: filled, never overwritten).
 */
export interface Store {
  /** Records a pipeline run (idempotent on `run.id`). */
  recordRun(run: PipelineRun): Awaitable<void>;
  /** True when the article id is already stored. */
  hasArticle(id: string): Awaitable<boolean>;
  /**
   * The stored article this one duplicates, if any: same id, same external id and source, same URL, same normalised
   * text, or a SimHash within NEAR_DUPLICATE_BITS (ingest/fingerprint.ts); kind `fuller` when the stored article with
   * the same URL is a much shorter copy that this one will replace, kind `revision` when this one is a correction of
   * the stored article with the same external id and source, or an updated version of the one with the same URL (analyse both: {@link saveBatch} stores them in its place;
   * {@link replacesStored}).
   */
  findDuplicate(article: Article): Awaitable<DuplicateMatch | null>;
  /**
   * Stores analyses in one transaction: all or nothing. Duplicates of stored articles (including ones
   * earlier in the same batch) are recorded in `duplicates`, linked to the first copy. An article that is a fuller
   * copy of a stored one from the same URL ({@link FULLER_COPY_RATIO}) replaces it: the shorter copy's row and
   * annotations are deleted, it is recorded in `duplicates` (kind `fuller`) as a copy of the new one, and copies
   * linked to it are linked to the new one. A correction (kind `revision`) replaces the earlier version the same way;
   * that version's duplicates row (kind `revision`) keeps the time it was stored as `seen_at`.
   */
  saveBatch(analyses: readonly Analysis[], runId: string): Awaitable<SaveResult>;
  listEvents(filter?: EventFilter): Awaitable<StoredEvent[]>;
  listQuotes(filter?: QuoteFilter): Awaitable<StoredQuote[]>;
  /** Entities summed over the stored articles, most articles first (then most mentions, then name). */
  listEntities(filter?: EntityFilter): Awaitable<EntitySummary[]>;
  /** The full analysis of one stored article, or undefined. */
  getAnalysis(articleId: string): Awaitable<Analysis | undefined>;
  /**
   * The stored article an id or URL names, with when and by which run it was stored and the copies and earlier versions
   * linked to it; an id or URL of a linked copy (a row of `duplicates`) names the article it is linked to
   * ({@link ArticleRecord.requested}). Undefined when neither an article nor a copy has it.
   */
  findArticle(ref: ArticleRef): Awaitable<ArticleRecord | undefined>;
  counts(): Awaitable<StoreCounts>;
  /**
   * Deletes the articles a {@link PruneFilter} selects (published and/or stored before a day) and every row hanging
   * off them (entities, mentions, quotes, co-speakers, events, the copies and earlier versions linked to them in
   * `duplicates`) in one transaction; runs, feed state and other articles are kept. With `dryRun`, deletes nothing.
   * @returns the rows deleted (or, dry run, that would be) per table
   * @throws DetenteError E_STORE_FILTER when neither criterion is given or a day is no YYYY-MM-DD
   */
  prune(filter: PruneFilter): Awaitable<StoreCounts>;
  getFeedState(url: string): Awaitable<FeedState | undefined>;
  setFeedState(state: FeedState): Awaitable<void>;
  /** Releases the connection(s); the store cannot be used afterwards. */
  close(): Awaitable<void>;
}

/**
 * A {@link Store} whose methods answer synchronously (the SQLite store): each method returns the value its
 * `Store` counterpart promises. It satisfies `Store`, so code written for `Store` takes it as it is.
 */
export type SyncStore = { [K in keyof Store]: Store[K] extends (...args: infer A) => infer R ? (...args: A) => Awaited<R> : Store[K] };
