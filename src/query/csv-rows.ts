import { stringify } from 'csv-stringify/sync';
import type { EntitySummary, StoredEvent, StoredQuote } from '../store/store.js';
import type { Speaker } from '../model/quote.js';

/** One CSV column: its header and how a row's value is taken from a stored record. */
export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * The columns of `--format csv` for events: one row per coded event, with the article it came from and the
 * sentence and trigger that explain it. Field names are detente's own (snake_case); the GDELT layout is
 * `export --format gdelt`.
 */
export const EVENT_CSV_COLUMNS: readonly CsvColumn<StoredEvent & { globalEventId?: number }>[] = [
  { header: 'event_id', value: (e) => e.id },
  { header: 'article_id', value: (e) => e.articleId },
  { header: 'date', value: (e) => e.date },
  { header: 'date_precision', value: (e) => e.datePrecision },
  { header: 'source_actor', value: (e) => e.source.actor },
  { header: 'source_name', value: (e) => e.source.name },
  { header: 'target_actor', value: (e) => e.target?.actor },
  { header: 'target_name', value: (e) => e.target?.name },
  { header: 'cameo_code', value: (e) => e.code },
  { header: 'root_code', value: (e) => e.rootCode },
  { header: 'label', value: (e) => e.label },
  { header: 'quad_class', value: (e) => e.quadClass },
  { header: 'goldstein', value: (e) => e.goldstein },
  { header: 'negated', value: (e) => e.negated },
  { header: 'location', value: (e) => e.location?.name },
  { header: 'location_country', value: (e) => e.location?.country },
  { header: 'trigger', value: (e) => e.trigger.text },
  { header: 'sentence', value: (e) => e.sentence.text },
  { header: 'rule', value: (e) => e.rule },
  { header: 'confidence', value: (e) => e.confidence },
  { header: 'article_title', value: (e) => e.articleTitle },
  { header: 'published', value: (e) => e.published },
  // the article's URL only, as in the quotes' CSV; a file or input it was read from is `article_origin`, at the end
  { header: 'article_url', value: (e) => e.articleUrl },
  { header: 'article_external_id', value: (e) => e.articleExternalId },
  // after the older columns, so that readers of them by position keep working: the GDELT row (GLOBALEVENTID) the event
  // is counted in, shared by an article's repeats and a re-issued story's same sentence (withGlobalEventIds)
  { header: 'global_event_id', value: (e) => e.globalEventId },
  // the day the page says it was updated, when after `published` (which stays the date of record); last for the same reason
  { header: 'article_modified', value: (e) => e.articleModified },
  // where the article was read from (file path, `path:line`, URL) and the publication it came from, as the quotes' CSV
  // names them; last so that readers by position keep working
  { header: 'article_origin', value: (e) => e.articleOrigin },
  { header: 'article_source', value: (e) => e.articleSource },
  // 'before' when the text tells the act as done before the report and states no date of it ("had imposed"): `date` is
  // then only the latest day it can have (CodedEvent.dateRelation); empty otherwise. Last, as the columns above
  { header: 'date_relation', value: (e) => e.dateRelation },
  // the tone of the event's article (docs/tone.md: positive − negative % of words, −100…+100), as GDELT's AvgTone of a
  // row of one article; empty when the article has none
  { header: 'article_tone', value: (e) => e.articleTone },
];

/** The columns of `--format csv` for quotes: one row per quote, with its speaker, cue and article. */
export const QUOTE_CSV_COLUMNS: readonly CsvColumn<StoredQuote>[] = [
  { header: 'quote_id', value: (q) => q.id },
  { header: 'article_id', value: (q) => q.articleId },
  { header: 'published', value: (q) => q.published },
  { header: 'speaker_name', value: (q) => q.speaker.name },
  { header: 'speaker_actor', value: (q) => q.speaker.actor },
  { header: 'speaker_mention', value: (q) => q.speaker.mention?.text },
  { header: 'kind', value: (q) => q.kind },
  { header: 'cue', value: (q) => q.cue?.text },
  { header: 'cue_class', value: (q) => q.cueClass },
  { header: 'addressee', value: (q) => q.addressee },
  { header: 'text', value: (q) => q.text },
  { header: 'start', value: (q) => q.start },
  { header: 'end', value: (q) => q.end },
  { header: 'article_title', value: (q) => q.articleTitle },
  // after the older columns, so that readers of them by position keep working
  { header: 'negated', value: (q) => q.negated === true },
];

/**
 * The columns of `entities --format csv`: one row per entity summed over the stored articles (`EntitySummary`), most
 * articles first. `other_actors` joins the other codes its articles gave it with `; ` ("USAGOV; USAELI"); the first
 * and last publication days are `YYYY-MM-DD`, empty when none of its articles is dated.
 */
export const ENTITY_CSV_COLUMNS: readonly CsvColumn<EntitySummary>[] = [
  { header: 'name', value: (e) => e.name },
  { header: 'type', value: (e) => e.type },
  { header: 'actor', value: (e) => e.actor },
  { header: 'other_actors', value: (e) => e.otherActors.join('; ') || null },
  { header: 'country', value: (e) => e.country },
  { header: 'agent', value: (e) => e.agent },
  { header: 'articles', value: (e) => e.articles },
  { header: 'mentions', value: (e) => e.mentions },
  { header: 'first_published', value: (e) => e.firstPublished?.slice(0, 10) },
  { header: 'last_published', value: (e) => e.lastPublished?.slice(0, 10) },
];

/**
 * The CSV column of a discontinuous content's pieces (`Quote.parts`: "The levy, she said, will rise." → two parts), as
 * half-open offsets into the article text, `start-end` joined by `;` ("10-18;31-43"); empty for a content in one piece.
 * Written after every other quote column (the article's citation columns too), so readers by position keep working.
 */
export const QUOTE_PARTS_CSV_COLUMN: CsvColumn<StoredQuote> = {
  header: 'parts',
  value: (q) => (q.parts ? q.parts.map((p) => `${p.start}-${p.end}`).join(';') : null),
};

/**
 * The CSV column of the day a quote's article was last changed (`StoredQuote.articleModified`, after `published`), as
 * the events' `article_modified`. Written last, after {@link QUOTE_PARTS_CSV_COLUMN}, so readers by position keep working.
 */
export const QUOTE_MODIFIED_CSV_COLUMN: CsvColumn<StoredQuote> = { header: 'article_modified', value: (q) => q.articleModified };

/**
 * The CSV column of the entities a quote's content mentions (`StoredQuote.mentionedEntities`), each as its name with its
 * actor code in brackets when it has one, joined by `; ` ("China (CHN); Xi Jinping (CHNGOV)"); empty when none. Written
 * last, after {@link QUOTE_MODIFIED_CSV_COLUMN}, so readers by position keep working.
 */
export const QUOTE_MENTIONS_CSV_COLUMN: CsvColumn<StoredQuote> = {
  header: 'mentions',
  value: (q) => mentionLabels(q).join('; ') || null,
};

/**
 * The CSV column of a quote's co-speakers (`Quote.coSpeakers`: the other speakers of a joint speaker phrase, "Ruritania
 * and Freedonia said"), each as its name, else the phrase naming it, with its actor code in brackets when it has one,
 * joined by `; ` ("Freedonia (FRD); officials in Lisbon (PRTGOV)"); empty for a quote of one speaker. The primary speaker
 * stays in `speaker_name` / `speaker_actor` / `speaker_mention`. Written last, after {@link QUOTE_MENTIONS_CSV_COLUMN}, so
 * readers by position keep working.
 */
export const QUOTE_CO_SPEAKERS_CSV_COLUMN: CsvColumn<StoredQuote> = {
  header: 'co_speakers',
  value: (q) => (q.coSpeakers ?? []).map(speakerLabel).join('; ') || null,
};

/**
 * A speaker as people read it: its name, else the phrase naming it, with its actor code in brackets when it has one
 * ("Xi Jinping (CHNGOV)", "officials in Lisbon (PRTGOV)", "critics").
 * @param speaker a quote's speaker or co-speaker
 * @returns the label, empty for a speaker with neither name nor phrase (unattributed)
 */
export function speakerLabel(speaker: Speaker): string {
  const name = speaker.name ?? speaker.mention?.text ?? '';
  return name && speaker.actor ? `${name} (${speaker.actor})` : name;
}

/**
 * The entities a stored quote mentions as people read them: each name with its actor code in brackets when it has
 * one ("Xi Jinping (CHNGOV)"), in the order of the quote's `mentions`.
 * @param quote a stored quote
 * @returns the labels, empty when it mentions none
 */
export function mentionLabels(quote: Pick<StoredQuote, 'mentionedEntities'>): string[] {
  return (quote.mentionedEntities ?? []).map((e) => (e.actor ? `${e.name} (${e.actor})` : e.name));
}

/**
 * Writes records as CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted, CRLF-free
 * `\n` line ends), with a header line; empty fields for null and undefined.
 * @param rows the stored events or quotes
 * @param columns their columns ({@link EVENT_CSV_COLUMNS}, {@link QUOTE_CSV_COLUMNS})
 * @returns the CSV text, ending in a line break (just the header when there are no rows)
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  return stringify(
    rows.map((r) => columns.map((c) => c.value(r) ?? null)),
    { header: true, columns: columns.map((c) => c.header), cast: { boolean: (b) => (b ? 'true' : 'false') } },
  );
}
