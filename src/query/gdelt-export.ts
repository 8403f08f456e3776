import { createHash } from 'node:crypto';
import { actorCountry } from '../store/actor-country.js';
import { loadFipsCodes } from './fips-codes.js';
import type { StoredEvent } from '../store/store.js';

/**
 * The 61 columns of a GDELT 2.0 Events record, in order (GDELT Event Codebook V2.0,
 * GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016). The only place GDELT column names appear.
 */
export const GDELT_EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'),
  ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map(
    (c) => `${p}${c}`,
  );
}
function geoColumns(p: string): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${p}_${c}`);
}

/** The agent (type) codes of a CAMEO actor code: "USAGOVMIL" → ["GOV", "MIL"]. */
function agentCodes(actor: string | null): string[] {
  if (!actor) return [];
  const rest = actorCountry(actor) ? actor.slice(3) : actor;
  return rest.match(/.{3}/g) ?? [];
}

/**
 * A stable GLOBALEVENTID for a stored event: the first 52 bits of SHA-1 over `articleId:eventId`, as a
 * decimal integer below 2^52. The same event gets the same number in every export, whatever the filter
 * (GDELT's own ids are running numbers; ours must survive `--dyad` and `--from` subsets), so exports join
 * back to detente's events (`detente events --format jsonl` carries `articleId` and `id`).
 * @param articleId the article's id
 * @param eventId the event's id within the article
 * @returns an integer in [0, 2^52)
 */
export function gdeltEventId(articleId: string, eventId: string): number {
  return Number.parseInt(createHash('sha1').update(`${articleId}:${eventId}`).digest('hex').slice(0, 13), 16);
}

/**
 * Maps a stored event to a GDELT 2.0 Events row (61 values, in {@link GDELT_EVENT_COLUMNS} order).
 * GLOBALEVENTID is {@link gdeltEventId} unless the caller gives one; mention/source/article counts are 1 (one
 * article per row); geo type 1 = country, 4 = city/landmark (GDELT codebook), ActionGeo_CountryCode the place's
 * FIPS 10-4 code as GDELT has it (CHN → CH; empty when the country has none), lat/long left empty.
 * FractionDate follows GDELT's own approximation (MONTH * 30 + DAY) / 365.
 * @param fips ISO alpha-3 → FIPS 10-4 codes ({@link loadFipsCodes}); pass one map for a whole export
 */
export function toGdeltRow(
  ev: StoredEvent,
  globalEventId: number = gdeltEventId(ev.articleId, ev.id),
  fips: ReadonlyMap<string, string> = loadFipsCodes(),
): (string | number)[] {
  const date = (ev.date ?? ev.published ?? '').slice(0, 10);
  const [y, m, d] = date ? date.split('-').map(Number) : [NaN, NaN, NaN];
  const sqlDate = date ? date.replaceAll('-', '') : '';
  const actor = (a: StoredEvent['source'] | null) => {
    const types = agentCodes(a?.actor ?? null);
    return [a?.actor ?? '', a?.name?.toUpperCase() ?? '', actorCountry(a?.actor ?? null) ?? '', '', '', '', '', types[0] ?? '', types[1] ?? '', types[2] ?? ''];
  };
  const loc = ev.location;
  const geo = loc ? [loc.name === loc.country ? 1 : 4, loc.name, (loc.country && fips.get(loc.country)) ?? '', '', '', '', '', ''] : [0, '', '', '', '', '', '', ''];
  const emptyGeo = [0, '', '', '', '', '', '', ''];
  const added = ev.storedAt.replace(/[-:T]/g, '').slice(0, 14);
  return [
    globalEventId,
    sqlDate,
    date ? sqlDate.slice(0, 6) : '',
    date ? y : '',
    date ? Math.round((y + (m * 30 + d) / 365) * 10000) / 10000 : '',
    ...actor(ev.source),
    ...actor(ev.target),
    ev.isRoot ? 1 : 0,
    ev.code,
    ev.baseCode,
    ev.rootCode,
    ev.quadClass,
    ev.goldstein,
    1,
    1,
    1,
    ev.articleTone ?? 0,
    ...emptyGeo,
    ...emptyGeo,
    ...geo,
    added,
    ev.articleUrl ?? ev.articleId,
  ];
}

/** Formats rows as GDELT's tab-separated text (no header, as GDELT ships it; `header` adds one). */
export function toGdeltTsv(events: readonly StoredEvent[], { header = false } = {}): string {
  const clean = (v: string | number) => String(v).replace(/[\t\n\r]/g, ' ');
  const fips = loadFipsCodes();
  const lines = events.map((ev) => toGdeltRow(ev, undefined, fips).map(clean).join('\t'));
  if (header) lines.unshift(GDELT_EVENT_COLUMNS.join('\t'));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
