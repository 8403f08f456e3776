import { matchAt, type Gazetteer } from './gazetteer.js';
import { LazyGazetteerBuilder } from './lazy-gazetteer.js';
import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { GUESSED_PERSON_RULES, rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { sortByStart } from './sort-by-start.js';

/** The consumer-business list of data/actors/consumer-businesses.json, ready for matching. */
export interface ConsumerBusinesses {
  /** Every name of every kind (restaurants, shops, hotels, airlines, banks, web services, brands…), entries of kind `org`. */
  readonly gazetteer: Gazetteer;
  /** Lower-case names that are also ordinary words or person names ("target", "apple", "ford"): read only in a business context. */
  readonly ordinary: ReadonlySet<string>;
}

/**
 * Builds {@link ConsumerBusinesses} from the file's contents. Each name is an organisation with agent BUS and no
 * country (the file names chains and brands of many countries; an actor code needs one). Names in capitals of up to
 * six letters ("KFC", "UPS", "CVS") match only capitals, others any case (the rule decides on case).
 * @param kinds the file's names by kind ("restaurants and cafés": ["Taco Bell", …])
 * @param ordinary the file's names that are also ordinary words or person names
 * @returns the frozen gazetteer and the set of ordinary names (lower case)
 */
export function buildConsumerBusinesses(kinds: Readonly<Record<string, readonly string[]>>, ordinary: readonly string[]): ConsumerBusinesses {
  // built per first key when a lookup first meets it, as the brands are (lazy-gazetteer.ts): no start-up cost
  const g = new LazyGazetteerBuilder();
  for (const names of Object.values(kinds)) {
    for (const name of names) {
      const acronym = /^[A-Z0-9&]{2,6}$/.test(name);
      g.add(name, { kind: 'org', name, type: 'ORG', actor: null, country: null, agent: 'BUS' }, acronym);
    }
  }
  return { gazetteer: g.build(), ordinary: new Set(ordinary.map((n) => n.toLowerCase())) };
}

/** Words right after a name that say it is a business: "Target store", "Apple's website", "Chase account". */
const BUSINESS_AFTER: ReadonlySet<string> = new Set([
  'store', 'stores', 'shop', 'shops', 'restaurant', 'restaurants', 'outlet', 'outlets', 'location', 'locations', 'branch',
  'branches', 'app', 'apps', 'website', 'site', 'account', 'accounts', 'card', 'cards', 'flight', 'flights', 'customer',
  'customers', 'employee', 'employees', 'shares', 'stock', 'headquarters', 'products', 'brand', 'chain', 'franchise',
  'dealership', 'dealer', 'hotel', 'hotels', 'airline', 'gift', 'coupon', 'coupons', 'pharmacy', 'service', 'delivery',
  'inc', 'corp', 'co', 'ltd', 'plc', 'online', 'near', 'parking', 'sales', 'prices', 'profits', 'earnings',
]);

/** Words right before a name that say it is a business: "shopping at Target", "bought it from Apple". */
const BUSINESS_BEFORE: ReadonlySet<string> = new Set(['at', 'from']);

/**
 * Well-known consumer businesses the NER tagger missed — shops, restaurant chains, hotels, airlines, banks, web
 * services and brands of web text ("Hobby Lobby", "Cracker Barrel", "taco bell", "Yahoo!") — become organisations
 * (rule `consumer-business`, agent BUS, no country). UNER English-EWT dev (reviews, e-mails, answers) misses most of
 * its organisations this way: the tagger, trained mostly on news, reads them as persons or not at all.
 * A name is read where no mention covers it, or where the only mention is a guessed person of exactly its words
 * ("Cracker Barrel", "Pepsi": {@link GUESSED_PERSON_RULES}); a mention inside it (a country, a guessed person:
 * "Canada" in "Air Canada", "Jack" in "Jack in the Box") goes; a longer or crossing mention ("Harrison Ford",
 * "Target Field" tagged whole) keeps it. A capitalised word right before or after it (not a sentence's first) makes
 * it part of a longer name, which is left alone. Case: capitalised words, or (web text) a name of two or more words
 * all written in lower case when one of them is no ordinary word ("taco bell", "air asia"; not "best buy"). A name
 * that is also an ordinary word or a person's name (`ordinary` of the file, or a one-word name that is a common
 * word or a given name: "Target", "Apple", "Ford", "Chase") is read only capitalised inside a sentence and beside a
 * word of business: "at"/"from" before it ("shopping at Target") or a business noun after it ("Apple store", "Chase
 * account"); a guessed person of such a name stays a person.
 * Decided on UNER English-EWT dev (fold taggers) and GUM dev; the list is our own (data/actors/consumer-businesses.json).
 * @param view the article's DocView; `res` entity resources (`consumerBusinesses`, `commonWords`, `givenNames`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such businesses added or retyped (a new array in text order)
 */
export function consumerBusinesses(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const list = res.consumerBusinesses;
  let out: RawMention[] | null = null;
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const match = matchAt(list.gazetteer, doc, keys, i, s.endToken)[0];
      if (!match) continue;
      const end = match.end;
      const entry = match.phrase.entries.find((e) => e.kind === 'org');
      if (!entry || entry.kind !== 'org') continue;
      const found = readAt(view, res, mentions, i, end, s.firstToken, s.endToken, entry.name);
      if (found === null) continue;
      const { retype, inside } = found;
      const m = rawMention(
        { start: doc.starts[i], end: doc.ends[end - 1], tokStart: i, tokEnd: end, sentence: s.index, evidence: [] },
        { kind: 'name', type: 'ORG', key: `ORG|${entry.name.toLowerCase()}`, name: entry.name, actor: null, country: null, agent: 'BUS', rule: 'consumer-business', confidence: 0.7 },
      );
      out ??= [...mentions];
      const gone = new Set<RawMention>(inside);
      if (retype) gone.add(retype);
      out = out.filter((x) => !gone.has(x));
      out.push(m);
      i = end - 1;
    }
  }
  if (!out) return [...mentions];
  sortByStart(out);
  return out;
}

/**
 * Whether tokens `[i, end)` of a sentence `[first, last)` are read as the business `name`: null when not, else the guessed
 * person of exactly those words to retype (or null) and the mentions inside the name to drop.
 */
function readAt(
  view: DocView,
  res: EntityResources,
  mentions: readonly RawMention[],
  i: number,
  end: number,
  first: number,
  last: number,
  name: string,
): { retype: RawMention | null; inside: RawMention[] } | null {
  const { doc, keys } = view;
  const surface = (t: number) => doc.text.slice(doc.starts[t], doc.ends[t]);
  // case: every word capitalised (connectors and "'s" aside), or every word in lower case
  let upper = 0;
  let lower = 0;
  let words = 0;
  let plain = 0;
  for (let t = i; t < end; t++) {
    const w = surface(t);
    if (!/\p{L}/u.test(w.charAt(0))) continue;
    words++;
    if (startsUpper(w)) upper++;
    else if (/^\p{Ll}/u.test(w)) {
      lower++;
      if (!res.commonWords.has(keys[t]) && !res.givenNames.has(keys[t])) plain++;
    }
  }
  if (words === 0) return null;
  const capitalised = upper === words || (upper > 0 && startsUpper(surface(i)) && upper + lower === words && lower <= 1 && words > 2);
  const lowerCase = lower === words && words >= 2 && plain > 0;
  if (!capitalised && !lowerCase) return null;
  // a hyphen joins the name to another ("Prudential-Bache Securities")
  if ((i > first && keys[i - 1] === '-') || (end < last && keys[end] === '-')) return null;
  // a capitalised word glued on either side makes a longer name ("Target Field", "Fort Worth Hilton")
  // (a sentence's first word is only capitalised: "The", "At")
  const opener = i - 1 === first && (res.commonWords.has(keys[i - 1]) || doc.pos[i - 1] === 'DET' || doc.pos[i - 1] === 'ADP' || doc.pos[i - 1] === 'PRON');
  if (i > first && !opener && startsUpper(surface(i - 1)) && /\p{L}/u.test(surface(i - 1))) return null;
  if (end < last && startsUpper(surface(end)) && /\p{L}/u.test(surface(end)) && !BUSINESS_AFTER.has(keys[end])) return null;
  const ordinary = res.consumerBusinesses.ordinary.has(name.toLowerCase()) || (end - i === 1 && (res.commonWords.has(keys[i]) || res.givenNames.has(keys[i])));
  if (ordinary) {
    if (!capitalised || i === first) return null;
    const after = keys[end] === "'s" ? end + 1 : end;
    if (!BUSINESS_BEFORE.has(keys[i - 1]) && !(after < last && BUSINESS_AFTER.has(keys[after]))) return null;
  }
  let retype: RawMention | null = null;
  const inside: RawMention[] = [];
  for (const x of mentions) {
    if (x.tokEnd <= i || x.tokStart >= end) continue;
    if (x.tokStart === i && x.tokEnd === end) {
      // the tagger's or a rule's reading of exactly these words stands, but for a guessed person
      if (ordinary || x.type !== 'PERSON' || !GUESSED_PERSON_RULES.has(x.rule)) return null;
      retype = x;
      continue;
    }
    // a shorter mention inside: a known country or place, or a guessed person ("Canada" in "Air Canada")
    // (a place without a country is the tagger's reading of the name's first word, "McDonald" of "McDonald's": kept)
    if (x.tokStart >= i && x.tokEnd <= end && (((x.type === 'GPE' || x.type === 'LOC') && x.country !== null) || (x.type === 'PERSON' && GUESSED_PERSON_RULES.has(x.rule)))) {
      inside.push(x);
      continue;
    }
    return null;
  }
  return { retype, inside };
}
