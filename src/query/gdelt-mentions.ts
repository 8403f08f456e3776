import type { StoredEvent } from '../store/store.js';
import type { EventMentions } from './event-mentions.js';
import { gdeltEventId } from './gdelt-export.js';
import { articleLocator } from './article-locator.js';

/**
 * The 16 columns of a GDELT 2.0 Mentions record, in order (GDELT Event Codebook V2.0, Mentions table;
 * GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016). GDELT column names appear only at the export edge.
 */
export const GDELT_MENTION_COLUMNS = [
  'GLOBALEVENTID', 'EventTimeDate', 'MentionTimeDate', 'MentionType', 'MentionSourceName', 'MentionIdentifier',
  'SentenceID', 'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence',
  'MentionDocLen', 'MentionDocTone', 'MentionDocTranslationInfo', 'Extras',
] as const;

/** A stored time (ISO 8601, UTC) as GDELT's YYYYMMDDHHMMSS. */
const gdeltTime = (iso: string) => iso.replace(/[-:T]/g, '').slice(0, 14);

/**
 * The Mentions rows of one GDELT Events row: one per coded event it stands for (its `members`: an article's repeats
 * and the same sentence in a re-issued story), so that the rows of a GLOBALEVENTID number its NumMentions, as in GDELT.
 * EventTimeDate is the Events row's DATEADDED (its first event's article's storing time), MentionTimeDate the storing
 * time of the mention's own article. MentionType 1 (WEB) with the page's host name (without `www.`) as
 * MentionSourceName when the article has an http(s) URL, else 2 (CITATIONONLY) with the article's source (empty when
 * unknown) and its origin or id as MentionIdentifier. The char offsets are UTF-16 offsets into the stored article text
 * of the source and target actor mentions (empty when the actor was inferred, not named) and of the trigger.
 * InRawText 1 (detente codes the text as written), Confidence the event's confidence in percent, MentionDocTone the
 * article's tone. SentenceID and MentionDocLen are left empty (NULLABLE in the codebook): the stored events keep their
 * sentence's span and text, not its number, and not the article's length. MentionDocTranslationInfo and Extras empty
 * (English originals; reserved).
 * @param g an Events row's events ({@link groupEventMentions}); its GLOBALEVENTID is that of `g.event`
 * @returns one row of 16 values per coded event, in the members' order
 */
export function toGdeltMentionRows(g: EventMentions): (string | number)[][] {
  const id = gdeltEventId(g.event.articleId, g.event.id);
  const eventTime = gdeltTime(g.event.storedAt);
  return (g.members ?? [g.event]).map((m) => mentionRow(m, id, eventTime));
}

/** One Mentions row of a coded event (see {@link toGdeltMentionRows}). */
function mentionRow(m: StoredEvent, id: number, eventTime: string): (string | number)[] {
  const url = m.articleUrl && /^https?:\/\//i.test(m.articleUrl) ? m.articleUrl : null;
  let host = '';
  if (url) {
    try {
      host = new URL(url).hostname.replace(/^www\./i, '');
    } catch {
      host = '';
    }
  }
  return [
    id,
    eventTime,
    gdeltTime(m.storedAt),
    url ? 1 : 2,
    url ? host : (m.articleSource ?? ''),
    url ?? articleLocator(m),
    '',
    m.source?.mention?.start ?? '',
    m.target?.mention?.start ?? '',
    m.trigger.start,
    1,
    Math.round(m.confidence * 100),
    '',
    m.articleTone ?? 0,
    '',
    '',
  ];
}

/**
 * Formats the Mentions rows of Events rows as GDELT's tab-separated text (no header unless `header`).
 * @param rows the Events rows' events (groupEventMentions, or `{ event, mentions: 1 }` each)
 * @param options `header`: add the column names as a first line
 * @returns the TSV text, '' for no rows
 */
export function toGdeltMentionsTsv(rows: readonly EventMentions[], { header = false } = {}): string {
  const clean = (v: string | number) => String(v).replace(/[\t\n\r]/g, ' ');
  const lines = rows.flatMap((g) => toGdeltMentionRows(g).map((r) => r.map(clean).join('\t')));
  if (header) lines.unshift(GDELT_MENTION_COLUMNS.join('\t'));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
