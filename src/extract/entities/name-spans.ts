import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { matchAt } from './gazetteer.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Rules whose organisation or place mention ends in a cue word ("… Museum", "… Center", "… Institute"). */
const CUE_RULES = new Set(['cue-word-name']);

/**
 * Whether place mention `place`, the "and" after it and the first words of name mention `m` are one known
 * place or country name ("Newfoundland and Labrador", "Trinidad and Tobago"): the regions and towns of
 * `res.places` or the countries of `res.gazetteer`.
 */
function placeWithAnd(view: DocView, res: EntityResources, place: RawMention, m: RawMention): boolean {
  if (place.type !== 'GPE' && place.type !== 'LOC') return false;
  const { doc, keys } = view;
  const reaches = (g: EntityResources['places']) => matchAt(g, doc, keys, place.tokStart, m.tokEnd - 1).some((x) => x.end > m.tokStart);
  return reaches(res.places) || reaches(res.gazetteer);
}

/**
 * Organisation and facility names with a coordination inside ("National Air and Space Museum",
 * "Evergreen Aviation & Space Museum", "U.S. Space and Rocket Center"): the cue-word rule names only
 * the part after "and"/"&" ("Space Museum") and the words before are left as a weak person guess or a
 * place. When the word right before "and"/"&" is a capitalised word that no strong mention holds,
 * the name starts at the first word of the capitalised run before it, and the mentions inside it are
 * dropped (a place inside gives the name its country). A coordination of two names ("Russia and
 * Ukraine's Defence Ministry") is left as it is: there a strong mention holds the word before "and";
 * so is one whose first part ends in a cue word itself ("the British Library and Columbia University"),
 * follows "of" or a comma (the end of another name, a list), or would open with "The".
 * Runs after the NER tagger's spans are merged (tagged-mentions.ts).
 * @param view the article's DocView; `res` entity resources (`orgCues`)
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions with such names widened (new objects) and the mentions inside them removed
 */
export function widenCoordinatedNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const owner = tokenOwners(doc.tokenCount, mentions);
  const surface = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  const dropped = new Set<number>();
  const widened = new Map<number, RawMention>();
  mentions.forEach((m, k) => {
    // the tagger's organisation ending in an organisation word too ("General Workers' Union" of "Transport and General
    // Workers' Union", BBC politics 069 and 108: the union was cut to its second half)
    const taggedOrg = m.rule === 'ner-tagger' && m.type === 'ORG' && res.orgCues.get(keys[m.tokEnd - 1])?.type === 'ORG';
    if ((!CUE_RULES.has(m.rule) && !taggedOrg) || m.kind !== 'name' || m.type === 'PERSON') return;
    const and = m.tokStart - 1;
    if (and < 1 || (keys[and] !== 'and' && keys[and] !== '&') || sentenceOf[and - 1] !== sentenceOf[m.tokStart]) return;
    const before = and - 1;
    // "the British Library and Columbia University": a run ending in a cue word is a name of its own; a cue word
    // alone is none ("the Securities and Exchange Commission", "Nomura Securities" makes "securities" a cue).
    if (!startsUpper(surface(before)) || (res.orgCues.has(keys[before]) && capitalisedBefore(view, before))) return;
    // A place named with "and" inside opens the name ("Newfoundland and Labrador Court of Appeal",
    // "Trinidad and Tobago Football Federation"); any other mention before "and" is a name of its own.
    if (owner[before] >= 0 && !mentions[owner[before]].weak && !placeWithAnd(view, res, mentions[owner[before]], m)) return;
    let a = before;
    while (a - 1 >= 0 && sentenceOf[a - 1] === sentenceOf[before] && startsUpper(surface(a - 1)) && keys[a - 1] !== 'and' && keys[a - 1] !== 'the') a--;
    // After "of" the run ends another name ("Department of Health and State University"); after a
    // comma it is the last but one item of a list ("Twin Peaks, Metal Gear and Star Trek").
    if (a > 0 && sentenceOf[a - 1] === sentenceOf[a] && (keys[a - 1] === 'of' || keys[a - 1] === ',')) return;
    // A sentence's first word is capitalised anyway: it joins only when this article also writes it
    // capitalised elsewhere, i.e. never in lower case ("Yesterday" stays out).
    const first = doc.sentences[sentenceOf[a]].firstToken;
    if (a === first && a < before && (view.lowercaseSeen.has(keys[a]) || keys[a] === 'the')) a++;
    const inside = new Set<number>();
    for (let i = a; i < m.tokStart; i++) if (owner[i] >= 0) inside.add(owner[i]);
    // A mention reaching out of the run (before its first word) keeps it: the name starts after it.
    for (const o of [...inside]) {
      if (mentions[o].tokStart < a) {
        a = mentions[o].tokEnd;
        inside.delete(o);
      }
    }
    if (a > before) return;
    let country = m.country;
    for (const o of inside) {
      dropped.add(o);
      if (!country && (mentions[o].type === 'GPE' || mentions[o].type === 'NORP') && mentions[o].country) country = mentions[o].country;
    }
    const start = doc.starts[a];
    const name = doc.text.slice(start, m.end);
    widened.set(k, copyMention(m, {
      start,
      tokStart: a,
      name,
      key: `ORG|${name.toLowerCase()}`,
      country,
      // (a tagged organisation has no agent of its cue: "Telegraph" ends "American Telephone and Telegraph", no newspaper)
      actor: m.type === 'ORG' && country && m.agent && !taggedOrg ? country + m.agent : m.actor,
      rule: 'coordinated-name',
    }));
  });
  return withWidened(mentions, widened, dropped);
}

/** Lower-case determiners a tagger span may open with ("the Asad regime"); names leave them out. */
const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * A tagger span opening with a lower-case determiner ("the Asad regime", "the Coalition") starts after
 * it, as names do in CoNLL, UNER and GUM (the shipped model learnt determiners from re3d, which keeps
 * them); a capitalised "The" opening a title ("The New York Times") stays. Persons and one-word spans
 * are left alone, except that an ampersand opening any tagger span is cut ("& Bavelier" of "Green &
 * Bavelier", GUM train's academic citations).
 * @param view the article's DocView
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions with such determiners cut off (new objects)
 */
export function trimLeadingDeterminers(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc } = view;
  return mentions.map((m) => {
    if (m.kind !== 'name' || !m.rule.startsWith('ner-tagger') || m.tokEnd - m.tokStart < 2) return m;
    const first = doc.text.slice(doc.starts[m.tokStart], doc.ends[m.tokStart]);
    // "Green & Bavelier": the tagger may open the second name of a citation with the ampersand.
    if (first === '&') {
      const start = doc.starts[m.tokStart + 1];
      const name = doc.text.slice(start, m.end);
      return copyMention(m, { start, tokStart: m.tokStart + 1, name, key: m.key.startsWith(`${m.type}|`) ? `${m.type}|${name.toLowerCase()}` : m.key });
    }
    if (m.type === 'PERSON' || !DETERMINERS.has(first)) return m;
    const start = doc.starts[m.tokStart + 1];
    const name = doc.text.slice(start, m.end);
    return copyMention(m, { start, tokStart: m.tokStart + 1, name, key: m.key.startsWith(`${m.type}|`) ? `${m.type}|${name.toLowerCase()}` : m.key });
  });
}

/** Institutions named by one word, which after "and" are a name of their own ("the Department of Justice and Congress"). */
const STANDALONE_BODIES: ReadonlySet<string> = new Set(['congress', 'parliament', 'senate', 'cabinet', 'police', 'army', 'navy', 'government', 'court', 'council', 'commission', 'pentagon', 'kremlin', 'treasury', 'interpol', 'nato', 'fbi', 'cia']);

/**
 * An organisation name "… of X and Y" that the rules or the tagger ended at "and" ("Department of
 * Housing | and Urban Development", "Ministry of Foreign Affairs | and Trade"): the name goes on over
 * "and"/"&" to the end of the capitalised run after it, when that run is no name of its own (no
 * mention holds it but a weak guess, no word of it opens a known organisation, seat of power or
 * country) and ends the phrase (no "of" or "'s" follows; "the Department of Justice and Congress"
 * stays two names).
 * @param view the article's DocView; `res` entity resources (gazetteer)
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions with such names widened (new objects) and the weak guesses inside dropped
 */
export function widenOfAndNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  // Most articles have no organisation name right before "and": nothing to build.
  if (!mentions.some((m) => m.type === 'ORG' && (keys[m.tokEnd] === 'and' || keys[m.tokEnd] === '&'))) return [...mentions];
  const owner = tokenOwners(doc.tokenCount, mentions);
  const surface = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  const dropped = new Set<number>();
  const widened = new Map<number, RawMention>();
  mentions.forEach((m, k) => {
    if (m.kind !== 'name' || m.type !== 'ORG' || m.tokEnd - m.tokStart < 3) return;
    let of = -1;
    for (let i = m.tokStart + 1; i < m.tokEnd - 1; i++) if (keys[i] === 'of') of = i;
    const and = m.tokEnd;
    if (of < 0 || and + 1 >= doc.tokenCount || (keys[and] !== 'and' && keys[and] !== '&') || sentenceOf[and + 1] !== sentenceOf[m.tokStart]) return;
    let b = and + 1;
    const inside = new Set<number>();
    while (b < doc.tokenCount && sentenceOf[b] === sentenceOf[and] && startsUpper(surface(b))) {
      const o = owner[b];
      if (o >= 0 && !mentions[o].weak) return;
      if (STANDALONE_BODIES.has(keys[b]) || res.gazetteer.get(keys[b])?.some((p) => p.entries.some((e) => e.kind === 'org' || e.kind === 'seat' || e.kind === 'country'))) return;
      if (o >= 0) inside.add(o);
      b++;
    }
    if (b === and + 1 || keys[b] === 'of' || keys[b] === "'s") return;
    // A weak guess reaching out of the run is another name.
    for (const o of inside) if (mentions[o].tokEnd > b) return;
    for (const o of inside) dropped.add(o);
    const name = doc.text.slice(m.start, doc.ends[b - 1]);
    widened.set(k, copyMention(m, { end: doc.ends[b - 1], tokEnd: b, name, key: m.key.startsWith('ORG|') ? `ORG|${name.toLowerCase()}` : m.key, rule: m.rule === 'cue-word-name' || m.rule.startsWith('ner-tagger') ? 'coordinated-name' : m.rule }));
  });
  return withWidened(mentions, widened, dropped);
}

/** Whether the token before `i` is a capitalised word of the same sentence other than "The" (a name goes on there). */
function capitalisedBefore(view: DocView, i: number): boolean {
  const { doc, keys, sentenceOf } = view;
  return i > 0 && sentenceOf[i - 1] === sentenceOf[i] && keys[i - 1] !== 'the' && startsUpper(doc.text.slice(doc.starts[i - 1], doc.ends[i - 1]));
}

/** The index in `mentions` of the mention covering each token (the last one wins), -1 for none. */
function tokenOwners(tokenCount: number, mentions: readonly RawMention[]): Int32Array {
  const owner = new Int32Array(tokenCount).fill(-1);
  mentions.forEach((m, k) => {
    for (let i = m.tokStart; i < m.tokEnd; i++) owner[i] = k;
  });
  return owner;
}

/** `mentions` with the widened ones (by index) in their place and the dropped ones removed (a copy). */
function withWidened(mentions: readonly RawMention[], widened: ReadonlyMap<number, RawMention>, dropped: ReadonlySet<number>): RawMention[] {
  if (widened.size === 0) return [...mentions];
  return mentions.flatMap((m, k) => (dropped.has(k) ? [] : [widened.get(k) ?? m]));
}
