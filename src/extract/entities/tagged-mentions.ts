import type { EntityType } from '../../model/entity.js';
import { tokenAtOrAfter } from '../../nlp/doc.js';
import type { DocView } from './doc-view.js';
import { matchAt, matchWords, type CountryEntry } from './gazetteer.js';
import { isCompoundModifier, nameTokens } from './find-mentions.js';
import { spansOf, tagTokens } from './ner-tagger.js';
import { startsUpper } from './letter-case.js';
import { hyphenatedNameEnd } from './hyphenated-names.js';
import { copyMention, rawMention, type MentionPlace, type RawMention } from './raw-mention.js';
import { capitalAfterAbbreviation } from './abbreviation-capitals.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../nlp/calendar-words.js';
import type { EntityResources } from './resources.js';


/**
 * Runs the statistical NER tagger over every sentence and merges its spans with the rule mentions:
 * rules win wherever they found something (countries, titles, known organisations), except that a weak
 * rule guess (a capitalised run not known to be a name) yields to a tagger span over the same tokens;
 * a weak person guess the tagger also calls PER becomes a confirmed person. Tagger LOC spans are GPE
 * unless a LOC/FAC cue word ends them; a known city or region gets its country code.
 * @param view the article's DocView; `raw` the rule mentions (not modified)
 * @returns the merged mention list in text order
 */
export function mergeTaggedMentions(view: DocView, res: EntityResources, raw: readonly RawMention[]): RawMention[] {
  if (!res.ner) return [...raw];
  const { doc } = view;
  const owner = new Int32Array(doc.tokenCount).fill(-1);
  raw.forEach((m, k) => {
    for (let i = m.tokStart; i < m.tokEnd; i++) owner[i] = k;
    // Title words ("US Secretary of State") are the evidence of a rule mention: the rule owns them too.
    for (const ev of m.evidence) for (let i = tokenAtOrAfter(doc, ev.start); i < doc.tokenCount && doc.ends[i] <= ev.end; i++) owner[i] = k;
  });
  const dropped = new Set<number>();
  const confirmed = new Set<number>();
  const added: RawMention[] = [];
  const tagged: DocSpan[] = [];
  for (const s of doc.sentences) {
    for (const sp of spansOf(tagTokens(res.ner, doc.text, doc.starts, doc.ends, s.firstToken, s.endToken, res))) tagged.push({ start: s.firstToken + sp.start, end: s.firstToken + sp.end, type: sp.type, sentence: s.index, rule: undefined });
  }
  const harmonised = harmoniseSpans(view, tagged, owner, raw);
  const places = knownPlaceSpans(view, res, harmonised, owner, raw);
  const brands = knownBrandSpans(view, res, [...harmonised, ...places], owner, raw);
  for (const sp of [...harmonised, ...places, ...brands]) {
    const a = sp.start;
    let b = sp.end;
    const owners = new Set<number>();
    for (let i = a; i < b; i++) if (owner[i] >= 0) owners.add(owner[i]);
    const strong = [...owners].filter((k) => !raw[k].weak);
    // "US National Hurricane Center", "Jerusalem Post", "Kuwait City": a tagged organisation name, or a
    // tagged place name ending in a place or facility word, that holds a country or capital found by
    // rule wins over it and is of that country. A tagged "place" without such a word ("Kenya Airways")
    // is mostly a company: the rules keep the country.
    const inner = strong.length > 0 && !sp.rule && (sp.type === 'ORG' || (sp.type === 'LOC' && res.orgCues.get(view.keys[b - 1])?.type !== 'ORG' && res.orgCues.has(view.keys[b - 1]))) ? placeInsideName(view, res, strong.map((k) => raw[k]), a, b) : null;
    if (strong.length > 0 && !inner) continue;
    const type = sp.type === 'PER' ? personOrNot(view, res, a, b) : sp.type;
    // "Jane Roe Administrative Coordinator": a person's name ends before a job title.
    if (type === 'PER') b = personEnd(view, res, a, b);
    if (type === 'PER' && owners.size === 1 && !isShopName(view, b) && ownerShopEnd(view, b) < 0) {
      const k = [...owners][0];
      if (raw[k].tokStart === a && raw[k].tokEnd === b) {
        confirmed.add(k);
        continue;
      }
    }
    for (const k of owners) dropped.add(k);
    // "Miramar California": a town and its region or country in one tagged span are two places.
    const split = type === 'LOC' && !inner ? townRegionSplit(view, res, a, b) : -1;
    if (split > 0) {
      for (const [x, y] of [[a, split], [split, b]]) {
        const part = taggedMention(view, res, x, y, type, sp.sentence);
        if (part) added.push(part);
      }
      continue;
    }
    const m = taggedMention(view, res, a, b, type, sp.sentence);
    if (m && inner) {
      const country = m.country ?? inner.country;
      added.push(copyMention(m, { country, actor: m.actor ?? (m.type === 'ORG' && country && m.agent ? country + m.agent : null), rule: 'ner-tagger+place-inside', confidence: 0.7 }));
    } else if (m) added.push(sp.rule ? copyMention(m, { rule: sp.rule, confidence: 0.75 }) : m);
  }
  const out: RawMention[] = [];
  for (let k = 0; k < raw.length; k++) if (!dropped.has(k)) out.push(confirmed.has(k) ? copyMention(raw[k], { weak: false, rule: 'ner-tagger+name', confidence: 0.8 }) : raw[k]);
  // a tagged word inside a longer tagged name that took it in ("Pizza" of "Gordo's Pizza", tagged apart) is no name of its own
  for (const m of added) if (!added.some((o) => o !== m && o.tokStart <= m.tokStart && o.tokEnd >= m.tokEnd && o.tokEnd - o.tokStart > m.tokEnd - m.tokStart)) out.push(m);
  out.sort((x, y) => x.start - y.start);
  return out;
}

/**
 * Where a tagged place `[a, b)` of two or more words splits into a known town and the first-level region
 * or country after it ("Miramar California", "Toowoomba Queensland", "Lyon France"), as CoNLL, UNER and GUM
 * mark two places: the first token of the region, or -1 when the span is no such pair.
 * @param view the article; `a`, `b` the token range of the tagged place
 */
export function townRegionSplit(view: DocView, res: EntityResources, a: number, b: number): number {
  const { doc, keys } = view;
  if (b - a < 2) return -1;
  const words: string[] = [];
  for (let i = a; i < b; i++) words.push(doc.text.slice(doc.starts[i], doc.ends[i]));
  const wkeys = keys.slice(a, b);
  for (let k = b - 1; k > a; k--) {
    const tail = words.slice(k - a).join(' ');
    const region = res.regionNames.has(tail.toLowerCase()) || matchWords(res.gazetteer, words, wkeys, k - a, words.length).some((m) => m.end === words.length && m.phrase.entries.some((e) => e.kind === 'country'));
    if (!region) continue;
    if (matchWords(res.places, words, wkeys, 0, k - a).some((m) => m.end === k - a)) return k;
  }
  return -1;
}

/** Rules whose one-place mentions a longer tagged name may hold ("Georgia" in "Georgia Tech"). */
const INNER_PLACE_RULES: ReadonlySet<string> = new Set(['country-name', 'seat-metonym', 'capital-location']);

/**
 * Last words of event, agreement and award names built on a place ("Sydney Olympics", "Iraq War",
 * "Manama Dialogue", "Iraq Strategic Framework Agreement"): no organisation or place, so the place
 * inside stays the mention.
 */
const EVENT_HEADS: ReadonlySet<string> = new Set(['war', 'wars', 'olympics', 'games', 'agreement', 'accord', 'accords', 'treaty', 'dialogue', 'summit', 'conference', 'act', 'cup', 'championship', 'championships', 'crisis', 'revolution', 'declaration', 'protocol', 'framework', 'plan', 'initiative', 'strategy', 'doctrine', 'festival', 'open', 'prize', 'award', 'awards', 'election', 'elections', 'referendum', 'talks', 'process', 'deal', 'expo', 'marathon', 'day', 'week', 'massacre', 'uprising', 'spring']);

/** Lower-case words that may stand inside an organisation or facility name ("Bank of America"). */
const NAME_INNER_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'the', 'de', 'on']);

/**
 * Whether a tagged organisation or place name `[a, b)` is a longer name built on the country or capital
 * that rule mentions `held` found ("Georgia Tech", "US National Hurricane Center", "Palestine
 * Contemporary Art Museum", "The India Diaries"): every held mention is a country or capital inside the
 * span, the span's other words are capitalised (or "of", "and", "the"… inside it), its last word is
 * capitalised, no possessive or digit and no event head ("Sydney Olympics"), and those other words are not themselves a place or country
 * ("Paris France", "Miramar California" stay two names).
 * A rule's organisation name ending the span ("Evening Herald" after "Canada") may be held too: the
 * longer name takes its place.
 * @param held the non-weak rule mentions on the span's tokens
 * @returns the first held country or capital (whose country the name takes), or null when the rules keep the tokens
 */
export function placeInsideName(view: DocView, res: EntityResources, held: readonly RawMention[], a: number, b: number): RawMention | null {
  const { doc, keys } = view;
  const inside = new Uint8Array(b - a);
  let place: RawMention | null = null;
  for (const m of held) {
    if (m.kind !== 'name' || m.tokStart < a || m.tokEnd > b || m.tokEnd - m.tokStart >= b - a) return null;
    // "Canada | Evening Herald": the rules' organisation name after the country is the name's head.
    if (m.rule === 'cue-word-name' && m.type === 'ORG' && m.tokEnd === b) continue;
    if (!INNER_PLACE_RULES.has(m.rule)) return null;
    place ??= m;
    for (let i = m.tokStart; i < m.tokEnd; i++) inside[i - a] = 1;
  }
  if (!place) return null;
  const surface = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  if (inside[b - 1 - a] || !startsUpper(surface(b - 1)) || /\d/.test(surface(b - 1)) || EVENT_HEADS.has(keys[b - 1])) return null;
  // "Kenya Vision 2030": a name going on with a number is cut short; the country stays.
  if (b < doc.tokenCount && view.sentenceOf[b] === view.sentenceOf[b - 1] && /^\d/.test(surface(b))) return null;
  const rest: string[] = [];
  const restKeys: string[] = [];
  for (let i = a; i < b; i++) {
    if (inside[i - a]) continue;
    const w = surface(i);
    if (!startsUpper(w) && !(i > a && NAME_INNER_WORDS.has(keys[i]))) return null;
    if (keys[i] === "'s" || keys[i] === "'") return null;
    rest.push(w);
    restKeys.push(keys[i]);
  }
  // The other words are a place of their own: two names side by side.
  if (matchWords(res.places, rest, restKeys, 0, rest.length).some((m) => m.end === rest.length)) return null;
  if (matchWords(res.gazetteer, rest, restKeys, 0, rest.length).some((m) => m.end === rest.length && m.phrase.entries.some((e) => e.kind === 'country' || e.kind === 'seat'))) return null;
  // "U.S. Currency dipped": an ordinary word capitalised after the abbreviation's full stop names nothing
  if (capitalAfterAbbreviation(view, res, place, a, b)) return null;
  return place;
}

/** A tagger span over the article's tokens: `[start, end)` token indices, type, sentence index. */
interface DocSpan {
  start: number;
  end: number;
  type: string;
  sentence: number;
  /**
   * The rule that made the span when it is not the tagger's (the spans made here always set it, undefined
   * for the tagger's, so that they all have one object shape).
   */
  rule?: string | undefined;
}

/**
 * Known brands and companies the tagger missed (`res.brands`, simple-icons titles): a capitalised phrase
 * of two or more words ("Air France"), on tokens no tagger span or rule mention holds.
 * @returns ORG spans with rule "known-brand"
 */
export function knownBrandSpans(view: DocView, res: EntityResources, spans: readonly DocSpan[], owner: Int32Array, raw: readonly RawMention[]): DocSpan[] {
  const { doc, keys } = view;
  const taken = new Uint8Array(doc.tokenCount);
  for (const sp of spans) for (let i = sp.start; i < sp.end; i++) taken[i] = 1;
  const free = (k: number) => !taken[k] && (owner[k] < 0 || raw[owner[k]].weak);
  const out: DocSpan[] = [];
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      // Cheap tests first: a brand phrase starts with a capital (a character test) on a word that opens some brand (a lookup in a large map).
      if (!startsUpper(doc.text[doc.starts[i]]) || !free(i) || !res.brands.get(keys[i])) continue;
      // Matched on the Doc in place (the surfaces' case read from the text), nothing sliced or copied.
      const m = matchAt(res.brands, doc, keys, i, s.endToken);
      if (m.length === 0) continue;
      const n = m[0].end - i;
      let ok = true;
      for (let k = i; k < i + n; k++) ok &&= free(k);
      if (!ok) continue;
      // One-word brands are mostly products or common words in running text ("Visa", "Gmail", "Origin"),
      // and a lower-case phrase may be plain English ("critical role"): only capitalised phrases.
      if (n < 2 || !startsUpper(doc.text.slice(doc.starts[i], doc.ends[i])) || keys[i + n] === '-') continue;
      out.push({ start: i, end: i + n, type: 'ORG', sentence: s.index, rule: 'known-brand' });
      i += n - 1;
    }
  }
  return out;
}

/** Prepositions of motion before a town ("return to Detroit", "via Amman"), besides the locative ones. */
const DIRECTION_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'via', 'into', 'towards', 'toward']);

/** Capitalised words that are town names in GeoNames but mostly something else after "in". */
const NOT_PLACES = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES, 'god', 'heaven', 'hell', 'english', 'french', 'spanish', 'german', 'chinese', 'arabic', 'russian', 'office', 'court', 'church', 'parliament', 'congress', 'senate', 'government', 'university', 'college', 'school', 'hospital', 'time', 'question', 'order', 'general', 'union', 'victory', 'progress', 'opportunity']);

/**
 * Known towns the tagger missed: a capitalised phrase that is exactly a city of 15,000+ inhabitants or
 * a region (`res.places`) right after a locative preposition ("in Invercargill", "near Glenview") or a
 * preposition of motion ("to Detroit", "via Amman"; not a one-word town that is also a given name), on
 * tokens no tagger span or rule mention holds (a weak capitalised-name guess yields). Month and weekday names and common capitalised words
 * (also written in lower case in the article) are left out.
 * @param spans the tagger's spans after {@link harmoniseSpans}; `owner` rule mention (index into `raw`) per token
 * @returns LOC spans with rule "known-place"
 */
export function knownPlaceSpans(view: DocView, res: EntityResources, spans: readonly DocSpan[], owner: Int32Array, raw: readonly RawMention[]): DocSpan[] {
  const { doc, keys } = view;
  const held = (k: number) => owner[k] >= 0 && !raw[owner[k]].weak;
  const taken = new Uint8Array(doc.tokenCount);
  for (const sp of spans) for (let i = sp.start; i < sp.end; i++) taken[i] = 1;
  const out: DocSpan[] = [];
  for (const s of doc.sentences) {
    for (let i = s.firstToken + 1; i < s.endToken; i++) {
      // A place here opens with a capital (the run below is empty otherwise): other tokens skip the two set lookups.
      const c0 = doc.text.charCodeAt(doc.starts[i]);
      if (c0 < 0x80 && (c0 < 0x41 || c0 > 0x5a)) continue;
      const direction = DIRECTION_PREPOSITIONS.has(keys[i - 1]);
      if ((!direction && !res.locativePrepositions.has(keys[i - 1])) || taken[i] || held(i)) continue;
      let j = i;
      while (j < s.endToken && startsUpper(doc.text.slice(doc.starts[j], doc.ends[j])) && !taken[j] && !held(j)) j++;
      if (j === i) continue;
      // Matched on the Doc in place (the surfaces' case read from the text), nothing sliced or copied.
      const m = matchAt(res.places, doc, keys, i, j);
      const n = m.length > 0 ? m[0].end - i : 0;
      if (n === 0 || (n === 1 && (NOT_PLACES.has(keys[i]) || view.lowercaseSeen.has(keys[i])))) continue;
      // "gave it to Charlotte": after "to" a one-word town that is also a given name may be a person.
      if (direction && n === 1 && (res.givenNames.has(keys[i]) || res.firstNames.has(keys[i]))) continue;
      // "Wright-Patterson Air Force Base": the first part of a hyphenated name is no town.
      if (keys[i + n] === '-' || keys[i + n] === "'s") continue;
      // The whole capitalised run must be the place, or the place followed by another place ("Invercargill New Zealand").
      if (n < j - i && !matchAt(res.places, doc, keys, i + n, j).length && !res.gazetteer.get(keys[i + n])?.some((p) => p.entries.some((e) => e.kind === 'country'))) continue;
      out.push({ start: i, end: i + n, type: 'LOC', sentence: s.index, rule: 'known-place' });
      i += n - 1;
    }
  }
  return out;
}

/** A name is copied to at most this many untagged repeats per tagged occurrence (see {@link harmoniseSpans}). */
const MAX_REPEATS_PER_TAG = 2;

/**
 * Where a tagged person's name ends: before a job title that follows two or more name words ("Jane Roe
 * Administrative Coordinator EWS Legal" in an e-mail signature → "Jane Roe"): the first token from the
 * third on that is a job-title head word (`res.jobTitleWords`) or a person role (gazetteer `personRole`,
 * "Director"), with the title's modifiers before it (`res.jobTitleModifiers`, "Senior Project"), or that opens a known company name of two or more words
 * (`res.brands`, "… Ackermann Goldman Sachs").
 * @param view the article; `a`, `b` the token range of the tagged name
 * @returns the new end token (≤ b)
 */
export function personEnd(view: DocView, res: EntityResources, a: number, b: number): number {
  const { keys } = view;
  const isTitle = (k: number) => res.jobTitleWords.has(keys[k]) || (res.gazetteer.get(keys[k])?.some((p) => p.entries.some((e) => e.kind === 'personRole')) ?? false);
  for (let k = a + 2; k < b; k++) {
    if (isTitle(k)) {
      let j = k;
      while (j > a + 2 && res.jobTitleModifiers.has(keys[j - 1])) j--;
      return j;
    }
    // "Hilary E. Ackermann Goldman Sachs": a known company of two or more words after the name.
    if (res.brands.get(keys[k]) && startsUpper(view.doc.text[view.doc.starts[k]])) {
      const words: string[] = [];
      for (let i = k; i < b; i++) words.push(view.doc.text.slice(view.doc.starts[i], view.doc.ends[i]));
      const m = matchWords(res.brands, words, keys.slice(k, b), 0, words.length);
      if (m.length > 0 && m[0].end >= 2) return k;
    }
  }
  return b;
}

/**
 * One sense per discourse for the tagger's names (Gale, Church & Yarowsky 1992; the document-level
 * consistency of Krishnan & Manning 2006): within one article, the same capitalised name keeps one type
 * and is a name wherever it occurs.
 * - a name tagged more than once with different types takes the type of the majority (a tie keeps each);
 * - a capitalised person name tagged somewhere but missed elsewhere (the same words, case and all, no token of
 *   which is in another tagger span or a rule mention) is added there with its type (rule "ner-repeat"), unless it is one
 *   word that also occurs in lower case in the article (a common word: "the President", "Basil" in a recipe), or a
 *   one-word acronym, or it has more than two untagged repeats per tagged occurrence (the tagger's
 *   majority says it is no name there).
 * @param tagged tagger spans in text order; `owner` the rule mention owning each token (-1 for none)
 * @returns the spans to merge, in text order
 */
export function harmoniseSpans(view: DocView, tagged: readonly DocSpan[], owner: Int32Array, raw: readonly RawMention[]): DocSpan[] {
  const { doc, keys } = view;
  const surfaceOf = (a: number, b: number) => doc.text.slice(doc.starts[a], doc.ends[b - 1]);
  const votes = new Map<string, Map<string, number>>();
  const firstSpan = new Map<string, DocSpan>();
  const surfaces = tagged.map((sp) => surfaceOf(sp.start, sp.end));
  tagged.forEach((sp, k) => {
    const surface = surfaces[k];
    if (!startsUpper(surface)) return;
    const v = votes.get(surface) ?? new Map<string, number>();
    v.set(sp.type, (v.get(sp.type) ?? 0) + 1);
    votes.set(surface, v);
    if (!firstSpan.has(surface)) firstSpan.set(surface, sp);
  });
  const typeOf = new Map<string, string>();
  for (const [surface, v] of votes) {
    const ranked = [...v].sort((x, y) => y[1] - x[1]);
    if (ranked.length === 1 || ranked[0][1] > ranked[1][1]) typeOf.set(surface, ranked[0][0]);
  }
  const out: DocSpan[] = tagged.map((sp, k) => ({ start: sp.start, end: sp.end, type: typeOf.get(surfaces[k]) ?? sp.type, sentence: sp.sentence, rule: sp.rule }));
  if (typeOf.size === 0) return out;
  const taken = new Uint8Array(doc.tokenCount);
  for (const sp of tagged) for (let i = sp.start; i < sp.end; i++) taken[i] = 1;
  const taggedCount = new Map<string, number>();
  for (const [surface, v] of votes) {
    let n = 0;
    for (const c of v.values()) n += c;
    taggedCount.set(surface, n);
  }
  // Names by their first token key, longest first, so "Air France" is tried before "Air".
  const byFirst = new Map<string, { words: string[]; type: string; surface: string }[]>();
  for (const [surface, type] of typeOf) {
    // Only persons are spread. A place name repeated untagged is mostly another sense ("the Dow"); an
    // organisation tagged once is as often a term, a title or an event the tagger took for one ("World
    // Cup", "Iodine", "Silver Clouds": with a tagger that had not seen GUM, organisation repeats were 10
    // right to 38 wrong on GUM train); one-word acronyms in business text mostly
    // name documents and products ("the PPA").
    if (type !== 'PER' || (!/\s/.test(surface) && surface.length > 1 && surface === surface.toUpperCase())) continue;
    const sp = firstSpan.get(surface)!;
    const words: string[] = [];
    for (let i = sp.start; i < sp.end; i++) words.push(doc.text.slice(doc.starts[i], doc.ends[i]));
    const list = byFirst.get(keys[sp.start]) ?? [];
    list.push({ words, type, surface });
    byFirst.set(keys[sp.start], list.sort((x, y) => y.words.length - x.words.length));
  }
  const repeats: (DocSpan & { surface: string })[] = [];
  // Every name in byFirst opens with a capital (startsUpper of its surface), which its first word must match as
  // written: a token opening with an ASCII character other than A-Z skips the map lookup; none at all, the scan.
  const { text, starts } = doc;
  for (const s of byFirst.size > 0 ? doc.sentences : []) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (taken[i]) continue;
      const c0 = text.charCodeAt(starts[i]);
      if (c0 < 0x80 && (c0 < 0x41 || c0 > 0x5a)) continue;
      const cands = byFirst.get(keys[i]);
      if (!cands) continue;
      for (const cand of cands) {
        const n = cand.words.length;
        if (i + n > s.endToken) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) ok = !taken[i + k] && (owner[i + k] < 0 || raw[owner[i + k]].weak) && doc.text.slice(doc.starts[i + k], doc.ends[i + k]) === cand.words[k];
        if (!ok) continue;
        // One word the article also writes in lower case is a common word ("President", "Pitch", "Basil" in a recipe).
        if (n === 1 && view.lowercaseSeen.has(keys[i])) continue;
        repeats.push({ start: i, end: i + n, type: cand.type, sentence: s.index, rule: 'ner-repeat', surface: cand.surface });
        for (let k = i; k < i + n; k++) taken[k] = 1;
        i += n - 1;
        break;
      }
    }
  }
  // The tagger read the name as no name at most of its occurrences ("the Dow" tagged once in nine, a
  // book title): its one tagging is the outlier, not the untagged repeats.
  const untagged = new Map<string, number>();
  for (const r of repeats) untagged.set(r.surface, (untagged.get(r.surface) ?? 0) + 1);
  for (const r of repeats) {
    if (untagged.get(r.surface)! > MAX_REPEATS_PER_TAG * (taggedCount.get(r.surface) ?? 0)) continue;
    out.push({ start: r.start, end: r.end, type: r.type, sentence: r.sentence, rule: r.rule });
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Second opinion on a tagged person name from the gazetteers, for names whose first word is not a known
 * given name: one ending in a street word ("Taj Express Road") is a place, even after a given name; one opening with an acronym of three or more capitals ("USI Art Collections") or ending in an organisation word ("Farrell Electric", "Hakka Restaurant") is an
 * organisation; one of two or more words that is exactly a known city or region ("High Wycombe") is a
 * place, or exactly a known brand ("Bear Stearns") an organisation.
 * @param view the article; `a`, `b` the token range of the tagged name
 * @returns "PER", "ORG" or "LOC"
 */
export function personOrNot(view: DocView, res: EntityResources, a: number, b: number): 'PER' | 'ORG' | 'LOC' {
  const { doc, keys } = view;
  // "Taj Express Road", "Abbey Road": a capitalised street word ends a street, not a person's name.
  if (b - a >= 2 && STREET_WORDS.has(keys[b - 1]) && startsUpper(doc.text[doc.starts[b - 1]])) return 'LOC';
  // One word ("Clinton", "Ford") is a surname as often as a place or a brand.
  if (b - a < 2 || res.firstNames.has(keys[a]) || res.givenNames.has(keys[a])) return 'PER';
  // "USI Art Collections", "NTU Hospital Station": an acronym of three or more capitals opening a
  // longer capitalised name is an organisation's ("AJ Styles", "DJ Khaled" have two).
  if (/^\p{Lu}{3,}$/u.test(doc.text.slice(doc.starts[a], doc.ends[a])) && /\p{Ll}/u.test(doc.text.slice(doc.starts[a + 1], doc.ends[b - 1]))) return 'ORG';
  if (res.orgCues.get(keys[b - 1])?.type === 'ORG') return 'ORG';
  if (!res.places.get(keys[a]) && !res.brands.get(keys[a])) return 'PER';
  const words: string[] = [];
  for (let i = a; i < b; i++) words.push(doc.text.slice(doc.starts[i], doc.ends[i]));
  if (!startsUpper(words[0])) return 'PER';
  const whole = (g: EntityResources['places']) => matchWords(g, words, keys.slice(a, b), 0, words.length).some((m) => m.end === words.length);
  if (whole(res.places)) return 'LOC';
  if (whole(res.brands)) return 'ORG';
  return 'PER';
}

/**
 * "Hackney's has a great burger", "dinner at Tony's.": a name followed by a possessive that ends its
 * noun phrase (no noun, adjective or number after it, not "'s own") is a shop or restaurant named after
 * its owner; the possessive is part of the name. Not when "'s" is "is" or "has" before a participle or
 * "not" ("Susan's going", "Susan's been told", "Susan's not here").
 * @param view the article; `b` the token after the name
 */
export function isShopName(view: DocView, b: number): boolean {
  const { doc, keys } = view;
  if (!isPossessive(view, b) || view.sentenceOf[b] !== view.sentenceOf[b - 1]) return false;
  const next = keys[b + 1] ?? '';
  if (next === 'own' || /^(?:NOUN|PROPN|ADJ|NUM)$/.test(doc.pos[b + 1] ?? 'PUNCT')) return false;
  // "Malle's The Lovers", "Gino's the one", "Navarro's (2016)", "Smyth's “Goodbye”": a title, a citation or "is"
  // follows; "Byron's later memoirs", "Allawi's aged cousin": a modifier and its noun follow.
  if (doc.pos[b + 1] === 'DET' || POSSESSED_OPENERS.has(next)) return false;
  if (/^(?:ADV|VERB)$/.test(doc.pos[b + 1] ?? '') && /^(?:NOUN|PROPN|ADJ)$/.test(doc.pos[b + 2] ?? '')) return false;
  return !(CONTRACTED_AUXILIARY_NEXT.has(next) || (/^(?:VERB|AUX)$/.test(doc.pos[b + 1] ?? '') && /ing$/.test(next)));
}

/**
 * Whether token `b` is the possessive of the name before it: "'s" (or "’s"), or a lower-case "s" standing apart after
 * a capitalised word, as web text writes a possessive that lost its apostrophe ("Dunmore s", "Harlan s": UNER
 * English-EWT dev has six such shop names; English has no word "s" to take it for).
 * @param view the article; `b` the token after the name
 */
export function isPossessive(view: DocView, b: number): boolean {
  const { doc, keys } = view;
  if (b <= 0 || b >= keys.length) return false;
  if (keys[b] === "'s") return true;
  return doc.text.slice(doc.starts[b], doc.ends[b]) === 's' && doc.starts[b] > doc.ends[b - 1] && startsUpper(doc.text.charAt(doc.starts[b - 1]));
}

/**
 * Trade words that end a shop's name after its owner's possessive ("Tony's Pizza", "Kessler's Auto Tech", "Lee's
 * Karate"): restaurants and small businesses. A capitalised one of these right after a tagged name's possessive makes
 * one organisation of owner, possessive and trade words.
 */
const OWNER_SHOP_TRADES: ReadonlySet<string> = new Set([
  'pizza', 'pizzeria', 'grill', 'diner', 'deli', 'cafe', 'café', 'bakery', 'bistro', 'tavern', 'pub', 'kitchen',
  'restaurant', 'bar', 'barbecue', 'bbq', 'karate', 'salon', 'garage', 'tech', 'auto', 'repair', 'books', 'market',
  'bagels', 'donuts', 'burgers', 'subs', 'tacos', 'cleaners', 'hardware', 'jewelry', 'jewelers', 'florist', 'nursery',
]);

/**
 * The end of a shop's name "<owner>'s <Trade …>" when the tokens from `b` are a possessive and one to three
 * capitalised words, the last of them a trade word ({@link OWNER_SHOP_TRADES}) ending the capitalised run: the token
 * after the name, or -1 when they are not. "Tony's Pizza was closed", "Kessler's Auto Tech fixed it"; not "Tony's
 * pizza" (a dish of Tony's) nor "Bush's Texas ranch".
 * @param view the article; `b` the token after the owner's name
 */
export function ownerShopEnd(view: DocView, b: number): number {
  const { doc, keys, sentenceOf } = view;
  if (!isPossessive(view, b)) return -1;
  let e = b + 1;
  while (e < keys.length && e - b <= 3 && sentenceOf[e] === sentenceOf[b] && startsUpper(doc.text.charAt(doc.starts[e])) && /\p{L}/u.test(doc.text.charAt(doc.starts[e]))) e++;
  if (e === b + 1 || !OWNER_SHOP_TRADES.has(keys[e - 1])) return -1;
  return e;
}

/** Dashes that may stand between words: hyphen-minus, en dash, em dash, a doubled hyphen. */
const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '--']);

/**
 * Where a tagged name ends before a dash: a trailing dash ("Debra -") is no part of it, nor is a spaced
 * dash followed by a lower-case pronoun, determiner, auxiliary or other closed-class word with what
 * comes after ("Jackie Taylor - she said", "Holly - the owner"). A dash before a capitalised word or a
 * name syllable stays ("American-Arab Discrimination Committee", "Ash-Sharq al-Awsat", "Kim Jong-un").
 * @param view the article; `a`, `b` the token range of the tagged name
 * @returns the new end token (a < result ≤ b)
 */
export function dashEnd(view: DocView, a: number, b: number): number {
  const { doc, keys } = view;
  for (let i = a + 1; i < b; i++) {
    if (!DASHES.has(keys[i])) continue;
    if (i === b - 1) return i;
    // A spaced dash before a lower-case function word ("- she", "- the owner"); not a hyphenated
    // syllable ("Kim Jong-un", "Leung Chun-ying", tokenised "Jong - un" in some corpora).
    const spaced = doc.starts[i] > doc.ends[i - 1] && doc.starts[i + 1] > doc.ends[i];
    const next = doc.text.charAt(doc.starts[i + 1]);
    if (spaced && next !== next.toUpperCase() && CLAUSE_WORD_TAGS.has(doc.pos[i + 1])) return i;
  }
  while (b > a + 1 && DASHES.has(keys[b - 1])) b--;
  return b;
}

/** Parts of speech of the closed-class words that open a clause or phrase after a dash ("she", "the", "who", "is"). */
const CLAUSE_WORD_TAGS: ReadonlySet<string> = new Set(['PRON', 'DET', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PART']);

/** Words that end street names ("… Road", "… Lane"); a tagged person ending in one is the street. */
const STREET_WORDS: ReadonlySet<string> = new Set(['road', 'street', 'lane', 'avenue', 'boulevard', 'highway', 'st.', 'rd.', 'ave.', 'blvd']);

/**
 * Place and facility words of `orgCues` that name structures and landforms only ("… Airport", "…
 * Bridge", "… Air Force Base"); not "center", "hall", "museum", "church", which also name the
 * institution.
 */
const PLACE_HEADS: ReadonlySet<string> = new Set(['airport', 'bridge', 'stadium', 'street', 'avenue', 'square', 'base', 'dam', 'tower', 'palace', 'cathedral', 'mosque', 'prison', 'river', 'sea', 'ocean', 'strait', 'gulf', 'island', 'islands', 'mountains', 'valley', 'desert', 'peninsula', 'province', 'region', 'city', 'port', 'arena']);

/**
 * Whether the name ending before token `b` ends in a structure or landform word of {@link PLACE_HEADS}
 * that `res.orgCues` knows as a place or facility word ("Air Force Base", "Blue Water Bridge").
 * @param view the article; `b` the token after the name
 */
export function namedByStructure(view: DocView, res: EntityResources, b: number): boolean {
  const key = view.keys[b - 1];
  const cue = res.orgCues.get(key);
  return !!cue && cue.type !== 'ORG' && PLACE_HEADS.has(key);
}

/** Brackets and opening quotes after a possessive: a cited work or a title follows ("Navarro's (2016)", "Smyth's “Goodbye”"). */
const POSSESSED_OPENERS: ReadonlySet<string> = new Set(['(', '[', '“', '"', '‘']);

/** Words after which "'s" is the contracted "is"/"has" ("she's been", "he's not", "it's gone", "he's got"). */
const CONTRACTED_AUXILIARY_NEXT: ReadonlySet<string> = new Set(['been', 'not', 'gone', 'got', 'never', 'already', 'just', 'still']);

function taggedMention(view: DocView, res: EntityResources, a: number, b: number, tagged: string, sentence: number): RawMention | null {
  let type = tagged;
  const { doc, keys } = view;
  const spanEnd = b;
  // Drop a trailing possessive, punctuation or amount ("Teco Tap 108.333") and a leading possessive ("Nepal| 's Civil Aviation
  // Authority") the tagger may include; also the angle brackets Reuters-21578 writes around company names ("<Hoesch AG>").
  while (b > a + 1 && (/^(?:'s|'|[.,;:!?)">])$/.test(keys[b - 1]) || /^\d[\d,]*[.,]\d+$/.test(doc.text.slice(doc.starts[b - 1], doc.ends[b - 1])))) b--;
  while (a < b - 1 && /^(?:'s|'|<)$/.test(keys[a])) a++;
  // "Macy's", "McDonald's": a known company whose name ends in the possessive keeps it, wherever the tagger or the
  // brand list ended the span; a tagged person before it only where the possessive ends the noun phrase ("at Wendy's.",
  // not "Wendy's husband"). The company, unless a determiner before it makes it one of its shops ("at the McDonald's.",
  // the premises, as GUM marks them).
  let shop = false;
  if (keys[b] === "'s" && (b < spanEnd || type !== 'PER' || isShopName(view, b)) && knownPossessiveName(view, res, a, b + 1)) {
    shop = isShopName(view, b) && a > 0 && view.sentenceOf[a - 1] === sentence && (doc.pos[a - 1] === 'DET' || (doc.pos[a - 1] === 'ADJ' && doc.pos[a - 2] === 'DET'));
    type = shop ? 'LOC' : 'ORG';
    b++;
  }
  b = dashEnd(view, a, b);
  // "Leung Chun-ying": a person's name goes on over a hyphen and a name syllable.
  if (type === 'PER') b = hyphenatedNameEnd(view, a, b);
  // "Trump-era tariffs": a name before a hyphen and a lower-case word modifies a noun; no mention.
  for (let i = a + 1; i < b; i++) if (isCompoundModifier(view, i)) return null;
  if (isCompoundModifier(view, b)) return null;
  // "dinner at Tony's.", "Tony's Pizza": a shop named by its owner's possessive, tagged as the owner (a person) or as a
  // place that is no known town or country ("China's" after "Japan's economy" stays the country).
  // the tagger may take an apostrophe-less possessive into the name ("Dunmore s")
  if (b > a + 1 && keys[b - 1] === 's' && isPossessive(view, b - 1) && isShopName(view, b - 1)) b--;
  if (type === 'PER' || ((type === 'LOC' || type === 'ORG') && !knownPlace(view, res, a, b))) {
    const shopEnd = ownerShopEnd(view, b);
    if (shopEnd > 0) {
      type = 'ORG';
      b = shopEnd;
    } else if (type !== 'ORG' && isShopName(view, b)) {
      type = SHOP_TYPE[type];
      shop = true;
      b++;
    }
  }
  const start = doc.starts[a];
  const end = doc.ends[b - 1];
  const surface = doc.text.slice(start, end);
  const place: MentionPlace = { start, end, tokStart: a, tokEnd: b, sentence, evidence: [] };
  // A span that is exactly a country's name ("the UAE's …" once a rule took the possessive as a modifier) is that country.
  if (type !== 'PER' && startsUpper(surface)) {
    const country = exactCountry(view, res, a, b);
    if (country) return rawMention(place, { kind: 'name', type: 'GPE', key: `GPE|${country.code}`, name: country.name, actor: country.code, country: country.code, agent: null, rule: 'ner-tagger+country', confidence: 0.8 });
  }
  if (type === 'PER') {
    // "Sir John Stevens": the honorific is the evidence and gives the gender; the mention is the name, as the rules make it.
    const hon = b - a >= 2 ? res.gazetteer.get(keys[a])?.flatMap((p) => p.entries).find((e) => e.kind === 'honorific') : undefined;
    if (hon && hon.kind === 'honorific' && startsUpper(doc.text.slice(doc.starts[a + 1], doc.ends[a + 1]))) {
      const named: MentionPlace = { start: doc.starts[a + 1], end, tokStart: a + 1, tokEnd: b, sentence, evidence: [{ start: doc.starts[a], end: doc.ends[a] }] };
      const tokens = nameTokens(keys, a + 1, b);
      if (tokens.length > 0) return rawMention(named, { kind: 'name', type: 'PERSON', key: '', name: doc.text.slice(named.start, end), actor: null, country: null, agent: null, gender: hon.gender, personTokens: tokens, rule: 'ner-tagger', confidence: 0.7 });
    }
    const tokens = nameTokens(keys, a, b);
    if (tokens.length === 0) return null;
    return rawMention(place, { kind: 'name', type: 'PERSON', key: '', name: surface, actor: null, country: null, agent: null, personTokens: tokens, rule: 'ner-tagger', confidence: 0.7 });
  }
  let t: EntityType = type === 'ORG' ? 'ORG' : type === 'NORP' ? 'NORP' : 'GPE';
  const cue0 = res.orgCues.get(keys[b - 1]);
  // A tagged "organisation" that is exactly a known city or region, without an organisation word, is the place.
  if (type === 'ORG' && !cue0) {
    const m = matchAt(res.places, doc, keys, a, b);
    if (m.length > 0 && m[0].end === b && startsUpper(doc.text.slice(doc.starts[a], doc.ends[a]))) {
      type = 'LOC';
      t = 'GPE';
    }
  }
  // "Miramar Air Force Base", "Blue Water Bridge": a tagged "organisation" named by a structure or
  // landform word is that place.
  if (type === 'ORG' && namedByStructure(view, res, b)) type = 'LOC';
  if (type === 'LOC') {
    const cue = res.orgCues.get(keys[b - 1]);
    if (cue && (cue.type === 'LOC' || cue.type === 'FAC')) t = cue.type;
    // a shop, "at Tony's": the premises
    if (shop) t = 'FAC';
  }
  const cue = type === 'ORG' ? res.orgCues.get(keys[b - 1]) : undefined;
  // A tagged place that is a known city or region gets its country (a location, not an actor).
  let country: string | null = null;
  if (type === 'LOC') {
    const m = matchAt(res.places, doc, keys, a, b);
    const place = m.length > 0 && m[0].end === b ? m[0].phrase.entries.find((e) => e.kind === 'place') : undefined;
    if (place && place.kind === 'place') country = place.country;
  }
  return rawMention(place, { kind: 'name', type: t, key: `${t}|${surface.toLowerCase()}`, name: surface, actor: null, country, agent: cue?.type === 'ORG' ? cue.agent : null, rule: 'ner-tagger', confidence: 0.7 });
}

/** The type a shop named by its owner's possessive takes, by the tagger's type of the owner's name. */
const SHOP_TYPE: Readonly<Record<'PER' | 'LOC', 'ORG' | 'LOC'>> = { PER: 'LOC', LOC: 'LOC' };

/**
 * Whether the tokens `[a, b)` are exactly a known town or region (`res.places`) or a country, seat of power or known
 * organisation of the gazetteer: a possessive after one is its own ("China's"); a title word is none ("Lord's").
 */
function knownPlace(view: DocView, res: EntityResources, a: number, b: number): boolean {
  if (matchAt(res.places, view.doc, view.keys, a, b).some((m) => m.end === b)) return true;
  return matchAt(res.gazetteer, view.doc, view.keys, a, b).some((m) => m.end === b && m.phrase.entries.some((e) => e.kind === 'country' || e.kind === 'seat' || e.kind === 'org'));
}

/**
 * Whether the tokens `[a, b)`, the last a possessive "'s", are exactly a known brand or consumer business whose name
 * ends in it (`res.brands`, `res.consumerBusinesses`: "Macy's", "McDonald's", "Kellogg's"), so that the possessive is
 * part of the name and no mark of an owner.
 */
function knownPossessiveName(view: DocView, res: EntityResources, a: number, b: number): boolean {
  if (b - a < 2 || view.keys[b - 1] !== "'s") return false;
  const exact = (g: EntityResources['brands']) => matchAt(g, view.doc, view.keys, a, b).some((m) => m.end === b);
  return exact(res.brands) || exact(res.consumerBusinesses.gazetteer);
}

/** The country whose name or alias the tokens `[a, b)` are exactly (`res.gazetteer`), or undefined. */
function exactCountry(view: DocView, res: EntityResources, a: number, b: number): CountryEntry | undefined {
  const m = matchAt(res.gazetteer, view.doc, view.keys, a, b).find((x) => x.end === b);
  return m?.phrase.entries.find((e): e is CountryEntry => e.kind === 'country');
}
