import type { Analysis } from '../model/analysis.js';
import type { FeedState, PipelineRun, StoreCounts } from './store.js';

/** The rows of one stored article as store-statements.ts reads them (numbers may come as strings from PostgreSQL). */
export interface AnalysisRows {
  article: Record<string, any>;
  entities: Record<string, any>[];
  mentions: Record<string, any>[];
  /** The `json` column of each quote row. */
  quotes: string[];
  /** The `json` column of each event row. */
  events: string[];
}

/**
 * The analysis of a stored article from its rows, as either store reads it back: entities and events in their
 * rows' order, each entity with its mentions, quotes and events as stored (their JSON).
 * @param rows the rows (see {@link AnalysisRows})
 * @returns the analysis
 */
export function analysisOf(rows: AnalysisRows): Analysis {
  const art = rows.article;
  const article: Analysis['article'] = {
    id: art.id as string,
    title: art.title as string,
    published: (art.published as string | null) ?? null,
    text: art.text as string,
  };
  for (const k of ['url', 'source', 'origin', 'lang'] as const) if (art[k] != null) article[k] = art[k] as string;
  if (art.external_id != null) article.externalId = art.external_id as string;
  if (art.byline != null) article.byline = art.byline as string;
  if (art.modified != null) article.modified = art.modified as string;
  return {
    article,
    entities: rows.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      actor: e.actor,
      country: e.country,
      agent: e.agent,
      role: e.role,
      gender: e.gender,
      provenance: JSON.parse(e.provenance),
      mentions: rows.mentions
        .filter((m) => m.entity_id === e.id)
        .map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, provenance: JSON.parse(m.provenance) })),
    })),
    quotes: rows.quotes.map((q) => JSON.parse(q)),
    events: rows.events.map((e) => JSON.parse(e)),
    tone: {
      tone: art.tone as number,
      positive: art.positive as number,
      negative: art.negative as number,
      polarity: art.polarity as number,
      wordCount: art.word_count as number,
    },
    issues: JSON.parse(art.issues as string),
  };
}

/**
 * The store's counts from the row of store-statements.ts `counts` (PostgreSQL's COUNT is a bigint string).
 * @param r the row
 */
export function storeCountsOf(r: Record<keyof StoreCounts, number | string>): StoreCounts {
  return {
    articles: Number(r.articles),
    entities: Number(r.entities),
    mentions: Number(r.mentions),
    quotes: Number(r.quotes),
    events: Number(r.events),
    duplicates: Number(r.duplicates),
  };
}

/**
 * A feed's state from its feed_state row, or undefined for no row.
 * @param r the row of store-statements.ts `feedState`
 */
export function feedStateOf(r: Record<string, any> | undefined): FeedState | undefined {
  return r ? { url: r.url, etag: r.etag, lastModified: r.last_modified, lastChecked: r.last_checked, lastStatus: r.last_status, itemsSeen: r.items_seen } : undefined;
}

/** The values of store-statements.ts `setFeedState`, in order. */
export function feedStateValues(st: FeedState): unknown[] {
  return [st.url, st.etag, st.lastModified, st.lastChecked, st.lastStatus, st.itemsSeen];
}

/** The values of store-statements.ts `insertRun`, in order. */
export function runValues(run: PipelineRun): unknown[] {
  return [run.id, run.startedAt, run.detenteVersion, JSON.stringify(run.components), run.fingerprint ?? null, run.settings ? JSON.stringify(run.settings) : null];
}
