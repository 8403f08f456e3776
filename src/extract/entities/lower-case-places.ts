import type { DocView } from './doc-view.js';
import { matchAt } from './gazetteer.js';
import { copyMention, rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** The longest place name looked for, in words ("rancho santa margarita"). */
const MAX_PLACE_WORDS = 4;

/** Country names that are also common words or given names in lower-case web text ("china", "chad"). */
const AMBIGUOUS: ReadonlySet<string> = new Set(['china', 'turkey', 'chad', 'jordan', 'georgia', 'guinea', 'niger', 'japan', 'cuba', 'wales', 'jersey', 'israel', 'india', 'kenya', 'mali', 'chile', 'panama', 'nice', 'split', 'reading', 'mobile', 'orange', 'bath', 'hope', 'van']);

/**
 * Places written in lower case, as web text does ("going to france and vietnam", "flights to san
 * francisco", "lived in mississippi"): a lower-case word that is exactly a country's name, or a run of
 * lower-case words that is exactly a town of 15,000+ inhabitants or a first-level region
 * (`res.places`), on tokens no other mention holds. A single word must be a proper noun to the
 * part-of-speech tagger (wink knows "france", "california" as names; "reading", "bath" are words) and
 * have four or more letters; words that are also common words or given names ("china", "turkey", "chad",
 * "jordan") are left out. Countries get their CAMEO code as actor (rule "lower-case-country"), towns and
 * regions their country (rule "lower-case-place"); a lower-case country the tagger found gets its code
 * too (rule "ner-tagger+country"); a lower-case "us" the tagger took for a place is the pronoun and is
 * dropped unless "the" precedes it ("in the us"; GUM train: 11 of 11 were "us" the pronoun). Found on UNER
 * English-EWT dev (web reviews and answers).
 * @param view the article's DocView; `res` entity resources (gazetteer countries, places)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with the lower-case places added or coded (new objects), in text order
 */
export function lowerCasePlaces(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const held = new Uint8Array(doc.tokenCount);
  for (const m of mentions) for (let i = m.tokStart; i < m.tokEnd; i++) held[i] = 1;
  const surface = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  // Whether token i is all lower-case letters (/^\p{Ll}+$/u): ASCII decided code by code without a slice,
  // anything else by the regex on the surface form.
  const lower = (i: number) => {
    const end = doc.ends[i];
    let k = doc.starts[i];
    if (k >= end) return false;
    for (; k < end; k++) {
      const c = doc.text.charCodeAt(k);
      if (c >= 0x61 && c <= 0x7a) continue;
      if (c < 0x80) return false;
      return /^\p{Ll}+$/u.test(surface(i));
    }
    return true;
  };
  const countryOf = (i: number) => {
    if (AMBIGUOUS.has(keys[i]) || keys[i].length < 4 || doc.pos[i] !== 'PROPN') return undefined;
    const e = res.gazetteer.get(keys[i])?.find((p) => p.keys.length === 1)?.entries.find((x) => x.kind === 'country');
    return e && e.kind === 'country' ? e : undefined;
  };
  // A lower-case country the tagger found ("to france") is that country, as its capitalised name would be.
  // The tagger's lower-case "us" is the pronoun ("get us to know", "from us") unless "the" precedes it.
  const out: RawMention[] = [];
  for (const m of mentions) {
    if (m.rule !== 'ner-tagger' || m.tokEnd - m.tokStart !== 1 || !lower(m.tokStart)) out.push(m);
    else if (keys[m.tokStart] === 'us' && (m.tokStart === 0 || keys[m.tokStart - 1] !== 'the')) continue;
    else if (m.type !== 'GPE') out.push(m);
    else {
      const c = countryOf(m.tokStart);
      out.push(c ? copyMention(m, { key: `GPE|${c.code}`, name: c.name, actor: c.code, country: c.code, rule: 'ner-tagger+country' }) : m);
    }
  }
  const added: RawMention[] = [];
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      // Cheap tests first: a proper noun or a word after a preposition (every match below needs one),
      // a lower-case first letter, the whole word's case, a place or country opening with this word (map lookups).
      if (held[i] || (doc.pos[i] !== 'PROPN' && !(i > s.firstToken && doc.pos[i - 1] === 'ADP'))) continue;
      const c = doc.text.charCodeAt(doc.starts[i]);
      if ((c < 0x61 || c > 0x7a) && c < 0xc0) continue;
      // Without a place opening with this word only a country's one-word name can match, and countryOf wants a
      // proper noun: a word after a preposition ("in the", "to a") skips the gazetteer lookup.
      if (!lower(i) || (!res.places.get(keys[i]) && (doc.pos[i] !== 'PROPN' || !res.gazetteer.get(keys[i])))) continue;
      let j = i + 1;
      while (j < s.endToken && j < i + MAX_PLACE_WORDS && !held[j] && lower(j)) j++;
      // A country's one-word name ("france", "vietnam").
      const country = countryOf(i);
      if (country) {
        added.push(rawMention({ start: doc.starts[i], end: doc.ends[i], tokStart: i, tokEnd: i + 1, sentence: s.index, evidence: [] }, { kind: 'name', type: 'GPE', key: `GPE|${country.code}`, name: country.name, actor: country.code, country: country.code, agent: null, rule: 'lower-case-country', confidence: 0.6 }));
        continue;
      }
      // Matched on the Doc in place (surfaces read from the text): most words here ("the", "a" after a
      // preposition) open some place but match none, and then nothing is sliced or copied.
      const m = matchAt(res.places, doc, keys, i, j);
      const n = m.length > 0 ? m[0].end - i : 0;
      if (n === 0 || (n === 1 && (AMBIGUOUS.has(keys[i]) || keys[i].length < 4 || doc.pos[i] !== 'PROPN'))) continue;
      // A run of words is a place only when it is all proper nouns or follows a preposition ("to san francisco").
      if (n > 1 && !(i > s.firstToken && doc.pos[i - 1] === 'ADP') && !allProperNouns(doc.pos, i, i + n)) continue;
      const entry = m[0].phrase.entries.find((e) => e.kind === 'place');
      if (!entry || entry.kind !== 'place') continue;
      const words: string[] = [];
      for (let k = i; k < i + n; k++) words.push(surface(k));
      const name = words.join(' ');
      added.push(rawMention({ start: doc.starts[i], end: doc.ends[i + n - 1], tokStart: i, tokEnd: i + n, sentence: s.index, evidence: [] }, { kind: 'name', type: 'GPE', key: `GPE|${name}`, name, actor: null, country: entry.country, agent: null, rule: 'lower-case-place', confidence: 0.55 }));
      i += n - 1;
    }
  }
  if (added.length === 0) return out;
  return [...out, ...added].sort((x, y) => x.start - y.start);
}

/** Whether every token of `[a, b)` is a proper noun to the part-of-speech tagger. */
function allProperNouns(pos: readonly string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (pos[k] !== 'PROPN') return false;
  return true;
}
