import { matchWords, type PlaceEntry } from './gazetteer.js';
import { placeCountryWithoutContext } from './place-names.js';
import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * Head words of place and facility names beyond the gazetteer's place cue words ("… Park", "… Heights",
 * "… County"): a known place followed by one of them is still a place.
 */
const PLACE_HEADS = new Set([
  'park', 'road', 'lake', 'lakes', 'bay', 'heights', 'hill', 'hills', 'county', 'state', 'province', 'city', 'coast', 'harbour', 'harbor',
  'district', 'garden', 'gardens', 'beach', 'canal', 'falls', 'forest', 'lane', 'mountain', 'plaza', 'quarter', 'station', 'terrace',
  'village', 'way', 'zoo', 'side', 'north', 'south', 'east', 'west', 'central', 'downtown', 'metro', 'area', 'township', 'borough',
  'territory', 'territories', 'airfield', 'highway', 'boulevard', 'drive', 'court', 'place', 'crossing', 'border', 'corridor', 'strip',
  'basin', 'delta', 'plain', 'plains', 'plateau', 'coastline', 'oblast', 'governorate', 'prefecture', 'canton', 'municipality', 'capital',
  'island', 'islands', 'peninsula', 'valley', 'river', 'sea', 'ocean', 'gulf', 'strait', 'desert', 'mountains', 'region', 'port',
  'trail', 'barrage', 'dam', 'reservoir', 'pass', 'wharf', 'pier', 'tunnel', 'bridge', 'crossroads', 'junction', 'circle',
  'asia', 'africa', 'europe', 'america', 'americas', 'oceania', 'antarctica', 'arctic', 'caucasus', 'balkans',
  'castle', 'abbey', 'temple', 'fort', 'gate', 'barracks', 'ground', 'grounds', 'complex', 'circuit', 'camp', 'cemetery', 'mall',
  'market', 'docks', 'estate', 'common', 'green', 'heath', 'moor', 'ridge', 'springs', 'creek', 'point', 'cape', 'head', 'rock',
]);

/**
 * Last words of an organisation found by its cue word (rule `cue-word-name`, no country) that is named after the
 * town it stands in: "the Karachi Stock Exchange", "the Bombay Stock Exchange". A capital opens such a name in
 * country-led-names.ts; other towns are found here. Kept to exchanges: for other cue words ("Central Bank",
 * company names) an opening word that is also some town's name gave dozens of wrong countries on Reuters-21578.
 */
const TOWN_NAMED_CUES: ReadonlySet<string> = new Set(['exchange']);

/**
 * A tagger or cue-word "place" that is a known town, region or country followed by capitalised words that are no
 * place words ("Staten Island Computers", "Gulf Coast Siding", "Kansas City Star", "Karachi Stock
 * Exchange") is a business or body named after the place: an organisation (rule
 * `ner-tagger+place-named`), the place's country as its country. "Chicago Botanical Gardens", "Tokyo
 * Bay", "Mexico City" and "Washington Heights" stay places (a place word ends them, or the whole name
 * is a known place); so do names opening with a given name ("Milan Kundera", which the tagger took for
 * a place) and names with "of" inside ("Xiangtan County of Hunan"). A cue-word organisation of {@link TOWN_NAMED_CUES}
 * with no country takes the country of the town opening it (rule `cue-word-name+place-named`).
 * @param view the article's DocView; `res` entity resources (`places`, `gazetteer`, `orgCues`)
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions, such places turned into organisations (new objects)
 */
export function placeNamedOrganisations(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  return mentions.map((m) => {
    if ((m.rule !== 'ner-tagger' && m.rule !== 'cue-word-name') || m.kind !== 'name' || m.tokEnd - m.tokStart < 2) return m;
    const last = keys[m.tokEnd - 1];
    const townNamed = m.type === 'ORG' && m.rule === 'cue-word-name' && !m.country && TOWN_NAMED_CUES.has(last);
    if (m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'FAC' && !townNamed) return m;
    const cue = res.orgCues.get(last);
    if ((cue && cue.type !== 'ORG') || PLACE_HEADS.has(last)) return m;
    const words: string[] = [];
    for (let i = m.tokStart; i < m.tokEnd; i++) words.push(doc.text.slice(doc.starts[i], doc.ends[i]));
    if (!words.every((w) => startsUpper(w) || w === '&')) return m;
    // "Milan Baros", "Sydney Poitier": a town's name that is also a given name opens a person's name.
    if (res.firstNames.has(keys[m.tokStart])) return m;
    const wordKeys = keys.slice(m.tokStart, m.tokEnd);
    const whole = (n: number) => (x: { end: number }) => x.end === n;
    if (matchWords(res.places, words, wordKeys, 0, words.length).some(whole(words.length))) return m;
    // The longest known place or country opening the name.
    let country: string | null = null;
    let k = 0;
    for (const x of matchWords(res.places, words, wordKeys, 0, words.length - 1)) {
      const places = x.phrase.entries.filter((y): y is PlaceEntry => y.kind === 'place');
      if (x.end > k && places.length) {
        k = x.end;
        // "Montana Republicans": the US state, not the small Bulgarian town listed first
        country = placeCountryWithoutContext(places);
      }
    }
    for (const x of matchWords(res.gazetteer, words, wordKeys, 0, words.length - 1)) {
      const e = x.phrase.entries.find((y) => y.kind === 'country');
      if (x.end > k && e && e.kind === 'country') {
        k = x.end;
        country = e.code;
      }
    }
    if (k === 0 || k >= words.length || !startsUpper(words[k])) return m;
    // "Texas USA": the rest is a place too.
    if (matchWords(res.places, words, wordKeys, k, words.length).length > 0 || matchWords(res.gazetteer, words, wordKeys, k, words.length).some((x) => x.phrase.entries.some((e) => e.kind === 'country'))) return m;
    // an exchange is coded as its country's business, as country-led-names.ts codes "the London Metal Exchange" GBRBUS
    const actor = townNamed && country && cue?.agent ? `${country}${cue.agent}` : null;
    return copyMention(m, { type: 'ORG', key: `ORG|${m.name.toLowerCase()}`, country, actor, agent: cue?.agent ?? null, rule: townNamed ? 'cue-word-name+place-named' : 'ner-tagger+place-named' });
  });
}
