import { datelineAtToken } from '../../nlp/dateline.js';
import type { DocView } from './doc-view.js';
import { matchAt, type PlaceEntry } from './gazetteer.js';
import { startsUpper } from './letter-case.js';
import { copyMention, rawMention, type RawMention } from './raw-mention.js';
import { abbreviationKey, type EntityResources } from './resources.js';

/** Rules whose person mentions may be place names the tagger or a name rule took for a person. */
const GUESSED_PERSON = /^(?:ner-tagger|ner-tagger\+name|ner-repeat|given-name|capitalised-name)$/;
/** Rules whose place mentions got their country from the first (most populous) gazetteer entry. */
const GUESSED_PLACE = /^(?:ner-tagger|ner-repeat|known-place|place-name)$/;
/** Nouns after a capital that make it the city, not the government ("Kathmandu airport"; "Moscow officials" stays the government). */
const SEAT_PLACE_HEADS = new Set(['airport', 'residents', 'suburbs', 'metro', 'downtown', 'streets', 'hospital', 'hospitals', 'neighbourhood', 'neighborhood']);
/** Nouns after a town name that make it the town ("Charlotte residents", "Norfolk police"; not "officials": "Chelsea officials" are a club's). */
const PLACE_HEADS = new Set(['residents', 'police', 'mayor', 'council', 'county', 'suburbs', 'voters', 'airport', 'authorities', 'metro', 'metropolitan', 'downtown']);

/**
 * Document-level corrections of place names, after the rule and tagger mentions are merged
 * (tagged-mentions.ts) and before entities are built:
 * - a country name inside a longer place name is that place ("New Jersey", "Jersey City" are not Jersey);
 * - a country name that is also a first-level region of another country ("Georgia") is the region when
 *   the text says so ("Atlanta, Georgia", "the state of Georgia") or
 *   when the article names two or more towns of that country and nothing else names the country (no
 *   demonym, no capital);
 * - a town name of several countries ("Norfolk", "Valencia") takes the country the article names most
 *   (one sense per discourse, Gale, Church & Yarowsky 1992);
 * - a "person" that is a place: the place of a wire dateline (`doc.datelines`: "LA CROSSE, Wis. (AP) —";
 *   a capital there is the place, not its government: "WASHINGTON (AP)", as is a capital named as a
 *   city: "the Nepali capital Kathmandu", "Kathmandu airport"; the AP state abbreviation after a
 *   dateline town is a place of its country),
 *   a name of two or more words that is exactly a known place and does not start with a given name
 *   ("North Carolina"), a known town before a civic noun ("Charlotte residents"); then every other
 *   mention of that name alone;
 * - a tagged "place" of two or more capitalised words that opens with a given name and is no known place
 *   ("Pilar Bernabé" after "in Valencia,") is a person.
 * @param view the article; `mentions` the merged mentions in text order (not modified)
 * @param res entity resources (places, countries, given names)
 * @returns the corrected mentions in text order (new objects where changed)
 */
export function correctPlaceNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  let out = replaceCountriesInPlaces(view, res, mentions);
  const placeNames = new Map<string, PlaceEntry[]>();
  const entriesOf = (m: RawMention): PlaceEntry[] => {
    const k = m.name.toLowerCase();
    let e = placeNames.get(k);
    if (!e) {
      e = exactPlaces(view, res, m.tokStart, m.tokEnd);
      placeNames.set(k, e);
    }
    return e;
  };
  const votes = countryVotes(out, entriesOf);
  const placeVotes = countryVotes(out, entriesOf, true);
  // Country-name mentions by name: "Georgia" must not count as evidence for the country Georgia itself.
  const sameName = new Map<string, number>();
  for (const m of out) if (m.rule === 'country-name') sameName.set(m.name.toLowerCase(), (sameName.get(m.name.toLowerCase()) ?? 0) + 1);
  // Persons that are places; their country only when the article names it elsewhere ("Palm Beach" in a
  // story about Florida is no Australian town, even if the gazetteer only knows that one), except in a dateline.
  const supported = (c: string | null) => (c && (votes.get(c) ?? 0) > 0 ? c : null);
  const toPlace = new Set<string>();
  out = out.map((m) => {
    if (m.type !== 'PERSON' || m.kind !== 'name' || !GUESSED_PERSON.test(m.rule)) return m;
    const places = entriesOf(m);
    const n = m.tokEnd - m.tokStart;
    const dateline = isDateline(view, m, places.length > 0);
    // Two or more words that are exactly a known place ("North Carolina": "North" is in the given-name lists too), not after a title ("Prince Edward").
    const region = places.length > 0 && n >= 2 && !isTitleWord(res, view.keys[m.tokStart]);
    const civic = places.length > 0 && n === 1 && PLACE_HEADS.has(view.keys[m.tokEnd] ?? '');
    if (!dateline && !region && !civic) return m;
    toPlace.add(m.name.toLowerCase());
    // a dateline names where the story was filed, a city wire services name without its country ("GENEVA, March 3 -"):
    // the first (exonym or most populous) candidate needs no support from the article
    const country = pickCountry(places, votes, placeVotes, res.regionNames.get(m.name.toLowerCase()));
    // …unless the dateline names the town's region and that is elsewhere ("WOODLANDS, Texas" is no town in Singapore)
    const k = view.keys;
    const regionAfter = k[m.tokEnd] === ',' ? res.regionNames.get(k[m.tokEnd + 1] ?? '') : undefined;
    const datelineCountry = regionAfter !== undefined && regionAfter !== country ? null : country;
    return placeMention(m, dateline ? datelineCountry : supported(country), dateline ? 'dateline-place' : 'person-to-place');
  });
  if (toPlace.size > 0) {
    out = out.map((m) => (m.type === 'PERSON' && m.kind === 'name' && GUESSED_PERSON.test(m.rule) && toPlace.has(m.name.toLowerCase()) ? placeMention(m, supported(pickCountry(entriesOf(m), votes, placeVotes, res.regionNames.get(m.name.toLowerCase()))), 'person-to-place') : m));
  }
  // "WASHINGTON (AP) —": a capital in a dateline is where the story was filed, not the government.
  // Keyed as find-mentions keys a capital after "in" (LOC|country|capital), so all of them are one entity.
  const asCapital = (m: RawMention, rule: string): RawMention => (m.key.endsWith('|capital') ? copyMention(placeMention(m, m.country, rule), { key: `LOC|${m.country}|capital` }) : placeMention(m, m.country, rule));
  out = out.map((m) => {
    if (m.rule !== 'seat-metonym') return m;
    if (isDateline(view, m)) return asCapital(m, 'dateline-place');
    // "the Nepali capital Kathmandu", "Kathmandu airport": the city, not its government.
    const k = view.keys;
    const before = k[m.tokStart - 1] === ',' ? k[m.tokStart - 2] : k[m.tokStart - 1];
    if (before === 'capital' || SEAT_PLACE_HEADS.has(k[m.tokEnd] ?? '')) return asCapital(m, 'capital-location');
    return m;
  });
  out = datelineStates(view, res, out);
  out = townStates(view, res, out);
  // Surnames the article gives persons elsewhere ("Bernabé said"): a tagged place ending in one is a person.
  // Only names known to be persons count: a weak guess ("English" opening a sentence) would make "Middle English" one.
  const surnames = new Set<string>();
  for (const m of out) if (m.type === 'PERSON' && !m.weak && m.personTokens.length === 1 && m.tokEnd - m.tokStart === 1) surnames.add(m.personTokens[0]);
  // "Kingston, Ont.": the town's country is its state's, whatever the article names most.
  const stateFollows = new Set<number>();
  for (const m of out) if (m.rule === 'town-state' || m.rule === 'dateline-state') stateFollows.add(m.tokStart - 2);
  return out.map((m) => {
    if (m.kind !== 'name') return m;
    // Places tagged for persons: "Pilar Bernabé".
    if ((m.type === 'GPE' || m.type === 'LOC') && m.rule === 'ner-tagger' && m.tokEnd - m.tokStart >= 2 && looksLikePerson(view, res, m, surnames) && entriesOf(m).length === 0) {
      const tokens: string[] = [];
      for (let i = m.tokStart; i < m.tokEnd; i++) tokens.push(view.keys[i]);
      return rawMention(m, { kind: 'name', type: 'PERSON', key: '', name: m.name, actor: null, country: null, agent: null, personTokens: tokens, rule: 'place-to-person', confidence: 0.6 });
    }
    // A town name of several countries: the article's country.
    if ((m.type === 'GPE' || m.type === 'LOC') && !m.actor && GUESSED_PLACE.test(m.rule) && !stateFollows.has(m.tokEnd - 1)) {
      const places = entriesOf(m);
      const country = pickCountry(places, votes, placeVotes, res.regionNames.get(m.name.toLowerCase()));
      if (country && country !== m.country) return copyMention(m, { country });
    }
    // A country name that is also a region of another country ("Georgia").
    if (m.rule === 'country-name' && m.country) {
      const region = regionReading(view, res, m, entriesOf(m), votes, placeVotes, sameName.get(m.name.toLowerCase()) ?? 0);
      if (region) return placeMention(m, region, 'region-name');
    }
    return m;
  });
}

/** Titles of nobility the role lists do not hold. */
const ROYAL_TITLES = new Set(['prince', 'princess', 'duke', 'duchess', 'earl', 'count', 'countess', 'baron', 'emir', 'archduke']);

/** A title or honorific ("Prince Edward" is a person, not the Canadian county). */
function isTitleWord(res: EntityResources, key: string): boolean {
  return ROYAL_TITLES.has(key) || (res.gazetteer.get(key)?.some((p) => p.entries.some((e) => e.kind === 'personRole' || e.kind === 'honorific')) ?? false);
}

/**
 * The place entries of a token range that is exactly one known place name (any case).
 * @param view the article; `res` entity resources (`places`); `[a, b)` token indices
 * @returns the entries (empty when the range is no known place name)
 */
export function exactPlaces(view: DocView, res: EntityResources, a: number, b: number): PlaceEntry[] {
  const { doc, keys } = view;
  // Matched on the Doc in place (the surfaces' case read from the text), nothing sliced or copied.
  const m = matchAt(res.places, doc, keys, a, b).find((x) => x.end === b);
  return m ? (m.phrase.entries.filter((e) => e.kind === 'place') as PlaceEntry[]) : [];
}

/**
 * How often the article names each country, from mentions that name exactly one: country names,
 * demonyms, capitals and seats, titled persons' countries, places known in one country only.
 */
function countryVotes(mentions: readonly RawMention[], entriesOf: (m: RawMention) => PlaceEntry[], placesOnly = false): Map<string, number> {
  const votes = new Map<string, number>();
  for (const m of mentions) {
    let c = placesOnly ? null : m.country;
    if (GUESSED_PLACE.test(m.rule) && (m.type === 'GPE' || m.type === 'LOC')) {
      const countries = new Set(entriesOf(m).map((e) => e.country));
      c = countries.size === 1 ? [...countries][0] : null;
    }
    if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  return votes;
}

/** Below this many inhabitants a town takes a name it shares with a place abroad only with local evidence (see pickCountry). */
const SMALL_TOWN = 50_000;

/**
 * The country of a place name read without the article's votes (a name opening an organisation's, "Montana
 * Republicans"): the first candidate's, unless that is a small town (under {@link SMALL_TOWN} inhabitants) and a
 * first-level region bears the name, whose country then wins ("Montana" the US state, not the Bulgarian town of
 * 47,445; "Florida" the US state, not the Cuban town), as pickCountry decides when the article names neither.
 * @param places the candidates in gazetteer order (exonyms, GeoNames cities most populous first, then regions)
 * @returns an ISO alpha-3 / CAMEO country code, or null when there is no candidate
 */
export function placeCountryWithoutContext(places: readonly PlaceEntry[]): string | null {
  const first = places[0];
  if (!first) return null;
  if (first.population === undefined || first.population >= SMALL_TOWN) return first.country;
  // regions are the candidates without a population that come after the cities
  const region = places.slice(1).find((p) => p.population === undefined);
  return region?.country ?? first.country;
}

/**
 * The country of a place name: the one the article names most among its candidates; when the article
 * names none of them, the country of the first-level region of that name (`region`: "Florida" is the US
 * state before the Cuban town), else the first (most populous) candidate; null when several tie.
 * A country whose only candidates are small towns (under {@link SMALL_TOWN} inhabitants, GeoNames) is a
 * candidate only when the article names another place in it (`placeVotes`) or it is the first candidate:
 * news names a small town with local context, so "Geneva" in a wire story that names the US but no US place
 * is the Swiss city, not Geneva, Illinois (21,806), and "Venice" the Italian one (a researcher's review of
 * Reuters-21578: Venice was USA in 40 of 48 articles, Geneva in 25 of 41).
 * @param places the candidates, the first one first (exonyms, then GeoNames cities most populous first, then regions)
 * @param votes how often the article names each country ({@link countryVotes})
 * @param placeVotes how often it names places known in one country only
 * @param region the country whose first-level region has this name, if any
 */
function pickCountry(places: readonly PlaceEntry[], votes: ReadonlyMap<string, number>, placeVotes: ReadonlyMap<string, number>, region?: string): string | null {
  if (places.length === 0) return null;
  const largest = new Map<string, number>();
  for (const p of places) largest.set(p.country, Math.max(largest.get(p.country) ?? 0, p.population ?? Infinity));
  const countries = [...largest.keys()].filter((c) => c === places[0].country || largest.get(c)! >= SMALL_TOWN || (placeVotes.get(c) ?? 0) > 0);
  if (countries.length === 1) return countries[0];
  let best: string | null = null;
  let bestVotes = 0;
  let tie = false;
  for (const c of countries) {
    const v = votes.get(c) ?? 0;
    if (v > bestVotes) {
      best = c;
      bestVotes = v;
      tie = false;
    } else if (v === bestVotes && v > 0) tie = true;
  }
  return tie ? null : best ?? (region && countries.includes(region) ? region : places[0].country);
}

function placeMention(m: RawMention, country: string | null, rule: string): RawMention {
  return rawMention(m, { kind: 'name', type: 'GPE', key: `GPE|${m.name.toLowerCase()}`, name: m.name, actor: null, country, agent: null, rule, confidence: 0.7 });
}

/**
 * "LA CROSSE, Wis. (AP) —": a mention inside the place of a wire dateline, as the NLP layer found it
 * (`doc.datelines`, nlp/dateline.ts: a place opening a paragraph, then a region, a date or an agency, and a dash).
 * @param view the article; `m` a mention
 * @param known whether the name is a known place; when not, a news agency must stand in the dateline
 *   ("CROSSVILLE, Tenn. (AP)")
 */
export function isDateline(view: DocView, m: RawMention, known = true): boolean {
  const d = datelineAtToken(view.doc, m.tokStart);
  if (!d || m.tokStart < d.place.firstToken || m.tokEnd > d.place.endToken) return false;
  return known || (d.agency !== null && AGENCIES.has(view.keys[d.agency.firstToken]));
}

/** News agencies that follow a dateline in parentheses ("(AP)", "(Reuters)"), lower case. */
const AGENCIES = new Set(['ap', 'reuters', 'afp', 'upi', 'xinhua', 'dpa', 'ansa', 'efe', 'pti', 'ians', 'bloomberg', 'cnn', 'bbc', 'ips', 'tass', 'itar', 'kyodo', 'yonhap', 'cp', 'aap', 'nyt']);

/** First words of place names that are no given names ("Fort Davis", "Eastern Slavonia"). */
const PLACE_PREFIXES = new Set(['fort', 'mount', 'mt', 'port', 'lake', 'cape', 'saint', 'st', 'san', 'santa', 'sao', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'upper', 'lower', 'greater', 'old', 'little', 'great']);

/**
 * A tagged place that reads as a person's name: capitalised words, the last the name a person of the
 * article is called by alone ("Bernabé said") and never written in lower case, the first a proper noun,
 * no place word ("Fort Davis"), no brand ("Alfa Romeo") and no town unless after a comma ("Glasgow
 * Rangers", "Sydney Olympics"); no word a country or demonym, no place or organisation word at the end.
 */
function looksLikePerson(view: DocView, res: EntityResources, m: RawMention, surnames: ReadonlySet<string>): boolean {
  const { doc, keys } = view;
  const last = doc.text.slice(doc.starts[m.tokEnd - 1], doc.ends[m.tokEnd - 1]).toLowerCase();
  if (!surnames.has(last) && !surnames.has(keys[m.tokEnd - 1])) return false;
  if (PLACE_PREFIXES.has(keys[m.tokStart]) || res.brands.get(keys[m.tokStart])) return false;
  if (res.orgCues.has(keys[m.tokEnd - 1]) || view.lowercaseSeen.has(keys[m.tokEnd - 1]) || doc.pos[m.tokStart] !== 'PROPN') return false;
  // "Glasgow Rangers", "Sydney Olympics": a town opening the name makes a club or an event, unless the
  // name is an appositive after a comma ("the delegate in Valencia, Pilar Bernabé, said").
  if (keys[m.tokStart - 1] !== ',' && exactPlaces(view, res, m.tokStart, m.tokStart + 1).length > 0) return false;
  for (let i = m.tokStart; i < m.tokEnd; i++) {
    const w = doc.text.slice(doc.starts[i], doc.ends[i]);
    if (!startsUpper(w) || isAllCapsWord(w) || res.gazetteer.get(keys[i])?.some((p) => p.entries.some((e) => e.kind === 'country' || e.kind === 'demonym'))) return false;
  }
  return true;
}

/**
 * Replaces country names that are part of a longer known place ("New Jersey", "Jersey City", "New
 * Mexico") by that place; other mentions on the place's tokens are dropped.
 */
function replaceCountriesInPlaces(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  let out: RawMention[] | null = null;
  for (const m of mentions) {
    if (m.rule !== 'country-name') continue;
    const s = doc.sentences[m.sentence];
    let best: { a: number; b: number; entries: PlaceEntry[] } | null = null;
    for (let a = Math.max(s.firstToken, m.tokStart - 2); a <= m.tokStart; a++) {
      let ok = true;
      for (let i = a; i < m.tokStart && ok; i++) ok = startsUpper(doc.text.slice(doc.starts[i], doc.ends[i]));
      if (!ok) continue;
      // matched on the Doc itself: copying the rest of the sentence for every country name was quadratic in
      // sentence length (a 400,000-character text without full stops spent 2.8 s here)
      const found = matchAt(res.places, doc, keys, a, s.endToken);
      if (found.length === 0) continue;
      const b = found[0].end;
      if (b < m.tokEnd || b - a <= m.tokEnd - m.tokStart) continue;
      // A place name that is a capitalised phrase: every word of it capitalised ("Jersey City", not "Jersey city").
      let caps = true;
      for (let i = m.tokEnd; i < b && caps; i++) caps = startsUpper(doc.text.slice(doc.starts[i], doc.ends[i]));
      if (!caps) continue;
      best = { a, b, entries: found[0].phrase.entries.filter((e) => e.kind === 'place') as PlaceEntry[] };
      break;
    }
    if (!best) continue;
    const { a, b, entries } = best;
    out ??= [...mentions];
    out = out.filter((x) => x.tokEnd <= a || x.tokStart >= b);
    const start = doc.starts[a];
    const end = doc.ends[b - 1];
    const name = doc.text.slice(start, end);
    const country = [...new Set(entries.map((e) => e.country))].length === 1 ? entries[0].country : null;
    out.push(rawMention({ start, end, tokStart: a, tokEnd: b, sentence: m.sentence, evidence: [] }, { kind: 'name', type: 'GPE', key: `GPE|${name.toLowerCase()}`, name, actor: null, country: country ?? entries[0]?.country ?? null, agent: null, rule: 'place-name', confidence: 0.8 }));
  }
  return out ? out.sort((x, y) => x.start - y.start) : [...mentions];
}

/**
 * The region reading of a country name: its country code when the name is also a region of another
 * country and the text says so ("Atlanta, Georgia", "the state of Georgia", "Georgia state") or the
 * article names that country more often than the country itself and never names the country otherwise
 * (its demonym, capital or other names) and names two or more towns of the region's country; else null.
 */
function regionReading(view: DocView, res: EntityResources, m: RawMention, places: readonly PlaceEntry[], votes: ReadonlyMap<string, number>, placeVotes: ReadonlyMap<string, number>, sameName: number): string | null {
  // Only first-level regions ("Georgia"), not towns named after countries ("Lebanon, Pennsylvania").
  const region = res.regionNames.get(m.name.toLowerCase());
  if (!region || region === m.country || !places.some((p) => p.country === region)) return null;
  const { doc, keys } = view;
  const a = m.tokStart;
  const b = m.tokEnd;
  if (keys[a - 1] === 'of' && (keys[a - 2] === 'state' || keys[a - 2] === 'province')) return region;
  if (keys[b] === 'state' && doc.text[doc.starts[b]] === 's') return region;
  // "Atlanta, Georgia": a known place of that country right before the comma.
  if (keys[a - 1] === ',') {
    let k = a - 2;
    while (k > 0 && startsUpper(doc.text.slice(doc.starts[k - 1], doc.ends[k - 1])) && view.sentenceOf[k - 1] === m.sentence) k--;
    for (let s = k; s <= a - 2; s++) if (exactPlaces(view, res, s, a - 1).some((p) => p.country === region)) return region;
  }
  // Two or more towns of the region's country and nothing else naming the country (its demonym, capital).
  const own = (votes.get(m.country!) ?? 0) - sameName;
  return own <= 0 && (placeVotes.get(region) ?? 0) >= 2 ? region : null;
}

/** Lower-case words for the area around a town that may follow "Town, ST" ("the Dayton, OH area"). */
const AREA_WORDS: ReadonlySet<string> = new Set(['area', 'region', 'metro', 'vicinity', 'suburbs']);

/**
 * "Kingston, Ont.;", "in Waco, Tex., police said": a capitalised name, a comma and a state or province
 * abbreviation of the AP list with its full stop ("Ont.", "N.Y.", or two capitals: "Dallas, TX"), then punctuation or
 * the sentence end (or a ZIP code: "Baltimore, MD 21202", or an area word: "the Chillicothe, OH area"), is a town of that country, and the abbreviation
 * a place of it (rule `town-state`), also inside sentences; after a town already taken for a place, a
 * two-letter postal code counts too ("Chillicothe, OH." : `res.postalAbbreviations`); a town read as a person ("Kingston") becomes the place, but not a person named
 * in full with a given name ("Tom Molomby, SC," is a barrister, SC his title).
 * @returns the mentions with the town as a place and the abbreviation as a GPE mention
 */
function townStates(view: DocView, res: EntityResources, mentions: RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  let out = mentions;
  for (const town of mentions) {
    if (town.kind !== 'name' || (town.type !== 'GPE' && town.type !== 'PERSON') || keys[town.tokEnd] !== ',' || town.rule === 'dateline-place') continue;
    // "Tom Molomby, SC,": a person named in full with a given name, then a post-nominal ("SC", "QC"), is no town.
    if (town.type === 'PERSON' && town.tokEnd - town.tokStart >= 2 && res.givenNames.has(keys[town.tokStart])) continue;
    const a = town.tokEnd + 1;
    if (a >= doc.tokenCount || sentenceOf[a] !== town.sentence) continue;
    const word = doc.text.slice(doc.starts[a], doc.ends[a]);
    let b = a + 1;
    let text = word;
    // The tokenizer may split the full stop off ("Ont" "."); the abbreviation is written with it.
    if (keys[b] === '.' && doc.starts[b] === doc.ends[a]) {
      text += '.';
      b++;
    }
    // "Tulsa, OK.": two capitals before the sentence's full stop.
    if (text !== word && /^\p{Lu}{2}$/u.test(word) && !res.datelineAbbreviations.has(abbreviationKey(text))) {
      text = word;
      b = a + 1;
    }
    if (!/^\p{Lu}[\p{Ll}]{1,4}\.$/u.test(text) && !/^(?:\p{Lu}\.){2,3}$/u.test(text) && !/^\p{Lu}{2}$/u.test(text)) continue;
    // A postal code ("OH", "ON") only after a town already taken for a place: "Smith, MD" is a doctor.
    const country = res.datelineAbbreviations.get(abbreviationKey(text)) ?? (town.type === 'GPE' ? res.postalAbbreviations.get(text) : undefined);
    if (!country) continue;
    const after = b < doc.tokenCount && sentenceOf[b] === town.sentence ? keys[b] : '';
    // A ZIP code may follow ("Baltimore, MD 21202"), or a word for the area around the town ("the Chillicothe, OH area").
    if (after !== '' && !/^[,;:.)(\u2014\u2013-]$/.test(after) && !/^\d{5}(?:-\d{4})?$/.test(after) && !AREA_WORDS.has(after)) continue;
    if (out.some((x) => x.tokStart < b && x.tokEnd > a && x !== town && x.rule !== 'ner-tagger' && !x.weak)) continue;
    const start = doc.starts[a];
    const end = doc.ends[b - 1];
    const name = doc.text.slice(start, end);
    const state = rawMention({ start, end, tokStart: a, tokEnd: b, sentence: town.sentence, evidence: [] }, { kind: 'name', type: 'GPE', key: `GPE|${abbreviationKey(name)}|${country}`, name, actor: null, country, agent: null, rule: 'town-state', confidence: 0.75 });
    out = out.filter((x) => x.tokEnd <= a || x.tokStart >= b).map((x) => (x !== town ? x : town.type === 'PERSON' ? placeMention(town, country, 'town-state') : copyMention(town, { country })));
    out.push(state);
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}

/** Whether a word has letters and no lower-case letter ("CROSSE", "N.C."). */
function isAllCapsWord(w: string): boolean {
  return w !== w.toLowerCase() && w === w.toUpperCase();
}

/**
 * "LA CROSSE, Wis. (AP) —": the state or province abbreviation after a dateline town
 * (`res.datelineAbbreviations`, AP Stylebook) is a place of its country, and gives the town its country.
 * @returns the mentions with the abbreviation as a GPE mention (rule "dateline-state") in place of any
 *   mention on its tokens
 */
function datelineStates(view: DocView, res: EntityResources, mentions: RawMention[]): RawMention[] {
  const { doc, keys } = view;
  let out = mentions;
  for (const town of mentions) {
    if (town.kind !== 'name' || (town.type !== 'GPE' && town.type !== 'PERSON') || keys[town.tokEnd] !== ',' || !isDateline(view, town)) continue;
    const a = town.tokEnd + 1;
    let b = a;
    let text = '';
    let country: string | undefined;
    while (b < doc.tokenCount && b < a + 4 && !/^[(\u2014\u2013,-]$/.test(keys[b])) {
      text += doc.text.slice(doc.starts[b], doc.ends[b]);
      b++;
      country = res.datelineAbbreviations.get(abbreviationKey(text));
      if (country) break;
    }
    if (!country) continue;
    const start = doc.starts[a];
    const end = doc.ends[b - 1];
    const name = doc.text.slice(start, end);
    const state = rawMention({ start, end, tokStart: a, tokEnd: b, sentence: view.sentenceOf[a], evidence: [] }, { kind: 'name', type: 'GPE', key: `GPE|${abbreviationKey(name)}|${country}`, name, actor: null, country, agent: null, rule: 'dateline-state', confidence: 0.8 });
    // a town the tagger read as a person ("BROOK" of "OAK BROOK, Ill.") is a place, as in townStates
    out = out.filter((x) => x.tokEnd <= a || x.tokStart >= b).map((x) => (x !== town ? x : town.type === 'PERSON' ? placeMention(town, country, 'dateline-place') : copyMention(x, { country })));
    out.push(state);
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}
