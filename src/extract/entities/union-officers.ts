import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { storyCountries, type StoryCountries } from './office-countries.js';
import { normaliseName } from './actor-kb.js';

/**
 * Lower-case words that name a trade union as a common noun: "union leader", "the union's general secretary". Not
 * "unionist": in Northern Ireland a unionist leader leads a party.
 */
const UNION_WORDS: ReadonlySet<string> = new Set(['union', 'unions']);

/**
 * Last words of the offices a union's officer holds (lower-case token keys): "leader", "president", "general
 * secretary", "chairman", "chief", "boss". The roles file codes most of them GOV ("general secretary", "president",
 * "leader") or leaves them uncoded ("chairman", "chief"): held in a union they are LAB.
 */
const UNION_OFFICES: ReadonlySet<string> = new Set([
  'leader',
  'president',
  'secretary',
  'secretary-general',
  'chairman',
  'chairwoman',
  'chair',
  'chief',
  'head',
  'boss',
  'organiser',
  'organizer',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/** How many tokens an apposition describing a union officer may run to (", president of the dock workers' union,"). */
const MAX_APPOSITION = 14;

/** How many tokens before a title a union word may stand ("union leader", "the miners' union's president"). */
const MAX_BEFORE_TITLE = 3;

/**
 * Codes the officers of trade unions: CAMEO agent LAB (labour; CAMEO 1.1b3 actor codebook) with the union's country,
 * where the role words alone code a union's general secretary or president as government ("general secretary" and
 * "president" are GOV in data/actors/roles.json) or not at all ("chairman", "chief", or "leader", which
 * office-countries.ts leaves to parties). A person is a union officer when
 * - a titled person's title ends in an office word ({@link UNION_OFFICES}) and a union word stands in the title or up
 *   to three tokens before it, or an uncoded organisation with a union word in its name ends right before it: "union
 *   leader Tom Abel", "Harbour Porters Union general secretary Lise Dorne" (rule `<rule>+union`), or a union coded LAB
 *   by name opens the title or ends right before it ("CGT leader Héctor Daer", the CGT ARGLAB by context-names.ts);
 * - a person's name is set off by a comma from a description holding an office word and a union word, after the name
 *   ("Kofi Ansah, president of the dock workers' union, said") or before it ("the union's general secretary, Mark
 *   Dune, said"; rule `<rule>+union-apposition`).
 * "European Union", "African Union" (known organisations with their own code) and "Soviet Union" (a country) are no
 * trade unions: a union word counts only written in lower case or inside an organisation name with no actor code.
 * The country is the one a country, people or place named in the title or description carries ("Bolivia's top union
 * leader"), else the organisation's, else the country the story is about (office-countries.ts
 * {@link storyCountries}: the dateline's, else the majority of its names); with none the officer gets agent LAB and
 * no country. Known office holders keep their code (build-entities.ts codes them by the office held on the date).
 * Users found union general secretaries and presidents coded GOV in wire stories about strikes (BBC and
 * Reuters-21578 name a few dozen union officers in these ways).
 * @param view the article's DocView (keys, sentence of each token)
 * @param res entity resources (`actors`: known office holders are left alone)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions, union officers recoded (new objects)
 */
export function unionOfficers(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  let story: StoryCountries | undefined;
  let out: RawMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.agent === 'LAB' || (m.actor !== null && m.rule !== 'titled-person')) continue;
    if (res.actors.has(normaliseName(m.personTokens.join(' ')))) continue;
    const span = m.rule === 'titled-person' ? unionTitle(view, mentions, m) : unionApposition(view, mentions, m);
    if (!span) continue;
    const own = countryIn(mentions, span[0], span[1], m);
    const country = own ?? (story ??= storyCountries(mentions)).about;
    const rule = `${m.rule}+${m.rule === 'titled-person' ? 'union' : 'union-apposition'}`;
    (out ??= [...mentions])[i] = copyMention(m, { agent: 'LAB', country, actor: country ? country + 'LAB' : null, role: m.role ?? span[2], rule });
  }
  return out ?? [...mentions];
}

/**
 * Words of a trade union's name that say whom it organises or that it is one ("Harbour Porters Union", "National Union
 * of Mineworkers", "Congress of Trade Unions"): a "Rugby Football Union", "Union of Concerned Scientists" or a credit
 * union has none.
 */
const LABOUR_NAME_WORDS: ReadonlySet<string> = new Set([
  'workers', "workers'", 'worker', 'mineworkers', 'miners', "miners'", 'employees', 'teachers', "teachers'", 'nurses', 'journalists',
  'drivers', 'dockers', 'dockworkers', 'seafarers', 'seamen', 'pilots', "pilots'", 'porters', 'farmworkers', 'metalworkers',
  'autoworkers', 'steelworkers', 'firefighters', 'firemen', 'railwaymen', 'labour', 'labor', 'trade', 'trades', 'transport',
  'postal', 'communication', 'commercial', 'staff', 'servants', 'engineers', 'machinists', 'electricians', 'musicians',
  'actors', 'writers', 'teamsters', 'officers', 'clerks', 'bakers', 'textile', 'garment', 'dock', 'rail', 'maritime',
]);

/**
 * Codes trade unions named as organisations: an uncoded organisation named as a union ({@link hasUnionWord}: "… Union",
 * "Union of …") with a word of whom it organises ({@link LABOUR_NAME_WORDS}) or an acronym before "Union" ("PCS
 * Union"): agent LAB with its country (one its name opens with, "Kenya National Union of Teachers") or one named in it, else the story's ("Harbour Porters Union" CANLAB in a Toronto
 * story); rule `<rule>+trade-union`. They had no code, so a union's strike call or talks gave no event source.
 * @param mentions mentions in text order (not modified)
 * @returns the mentions, such unions coded (new objects)
 */
export function tradeUnions(view: DocView, _res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  let story: StoryCountries | undefined;
  let out: RawMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'name' || m.type !== 'ORG' || m.actor || m.agent || !hasUnionWord(keys, m.tokStart, m.tokEnd)) continue;
    let labour = false;
    for (let k = m.tokStart; k < m.tokEnd && !labour; k++) {
      const surface = doc.text.slice(doc.starts[k], doc.ends[k]);
      // "Commercial Union" alone is an insurer (reut2-010 GBRLAB); "Public and Commercial Services Union" a union
      const weak = keys[k] === 'commercial' && m.tokEnd - m.tokStart < 3;
      labour = (LABOUR_NAME_WORDS.has(keys[k]) && !weak) || (UNION_WORDS.has(keys[k + 1] ?? '') && k + 1 < m.tokEnd && /^[A-Z]{2,6}$/.test(surface));
    }
    if (!labour) continue;
    const country = m.country ?? countryIn(mentions, m.tokStart, m.tokEnd, m) ?? (story ??= storyCountries(mentions)).about;
    (out ??= [...mentions])[i] = copyMention(m, { agent: 'LAB', country, actor: country ? country + 'LAB' : null, rule: `${m.rule}+trade-union` });
  }
  return out ?? [...mentions];
}

/**
 * The token range of a titled person's union title and its office word, or null when the title is no union office:
 * its last word an office word, and a lower-case union word in it or up to {@link MAX_BEFORE_TITLE} tokens before it
 * in the sentence, or an uncoded organisation named with a union word ending where the title starts.
 */
function unionTitle(view: DocView, mentions: readonly RawMention[], m: RawMention): [number, number, string] | null {
  const { doc, keys } = view;
  const title = m.evidence[0];
  if (!title || title.end > m.start || !UNION_OFFICES.has(keys[m.tokStart - 1])) return null;
  let t = m.tokStart;
  while (t > 0 && doc.starts[t - 1] >= title.start) t--;
  const from = Math.max(0, t - MAX_BEFORE_TITLE);
  for (let k = m.tokStart - 1; k >= from && view.sentenceOf[k] === m.sentence; k--) {
    if (isUnionWord(view, k)) return [k, m.tokStart, keys[m.tokStart - 1]];
  }
  const org = mentions.find((x) => x.type === 'ORG' && x.tokEnd === t && x.sentence === m.sentence);
  if (org && !org.actor && hasUnionWord(keys, org.tokStart, org.tokEnd)) return [org.tokStart, m.tokStart, keys[m.tokStart - 1]];
  // a union coded LAB by name opening the title or right before it: "CGT leader Héctor Daer" (context-names.ts ARGLAB)
  const union = mentions.find((x) => x.type === 'ORG' && x.agent === 'LAB' && x.sentence === m.sentence && x.tokEnd >= t && x.tokEnd < m.tokStart);
  if (union) return [union.tokStart, m.tokStart, keys[m.tokStart - 1]];
  return null;
}

/**
 * The token range of a description set off by a comma right after or before a person's name that names a union
 * office (an office word among its first four tokens, or its last before the name) and a union: ", president of the
 * miners' union", "the union's general secretary,". Null when there is none.
 */
function unionApposition(view: DocView, mentions: readonly RawMention[], m: RawMention): [number, number, string] | null {
  const { keys } = view;
  const s = view.doc.sentences[m.sentence];
  // after the name: ", president of the Accra dock workers' union,"
  if (keys[m.tokEnd] === ',') {
    let end = m.tokEnd + 1;
    while (end < s.endToken && end - m.tokEnd <= MAX_APPOSITION && keys[end] !== ',' && keys[end] !== ';') end++;
    let office = -1;
    for (let k = m.tokEnd + 1; k < Math.min(end, m.tokEnd + 5); k++) if (UNION_OFFICES.has(keys[k])) office = k;
    if (office >= 0 && unionIn(view, mentions, m.tokEnd + 1, end)) return [m.tokEnd + 1, end, keys[office]];
  }
  // before the name: "The union's general secretary, Mark Dune, said"
  if (m.tokStart >= 2 && keys[m.tokStart - 1] === ',' && UNION_OFFICES.has(keys[m.tokStart - 2])) {
    let start = m.tokStart - 2;
    while (start > s.firstToken && m.tokStart - start <= MAX_APPOSITION && keys[start - 1] !== ',' && keys[start - 1] !== ';') start--;
    if (unionIn(view, mentions, start, m.tokStart - 1)) return [start, m.tokStart - 1, keys[m.tokStart - 2]];
  }
  return null;
}

/** Whether tokens `[a, b)` hold a lower-case union word or an uncoded organisation named as a union ({@link hasUnionWord}). */
function unionIn(view: DocView, mentions: readonly RawMention[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isUnionWord(view, k)) return true;
  return mentions.some((x) => x.type === 'ORG' && !x.actor && x.tokStart >= a && x.tokEnd <= b && hasUnionWord(view.keys, x.tokStart, x.tokEnd));
}

/** Whether token `k` is a union word written in lower case ("union", not "Union" of a name), or "union's". */
function isUnionWord(view: DocView, k: number): boolean {
  if (!UNION_WORDS.has(view.keys[k])) return false;
  const c = view.doc.text.charCodeAt(view.doc.starts[k]);
  // a capitalised "Union" opening its sentence or title ("Union leader Tom Abel said") is the common noun too
  return (c >= 0x61 && c <= 0x7a) || !hasUnionName(view, k);
}

/** Whether a capitalised "Union" at `k` is part of a name: a capitalised word right before or after it, or "of" after it. */
function hasUnionName(view: DocView, k: number): boolean {
  const { doc, keys } = view;
  if (keys[k + 1] === 'of') return true;
  if (k + 1 < doc.tokenCount && view.sentenceOf[k + 1] === view.sentenceOf[k]) {
    const n = doc.text.charCodeAt(doc.starts[k + 1]);
    if (n >= 0x41 && n <= 0x5a) return true;
  }
  if (k === 0 || view.sentenceOf[k - 1] !== view.sentenceOf[k]) return false;
  const c = doc.text.charCodeAt(doc.starts[k - 1]);
  return c >= 0x41 && c <= 0x5a;
}

/**
 * Whether an organisation's name over keys `[a, b)` names a union: a union word ending it ("Harbour Porters Union") or
 * before "of" ("National Union of Mineworkers"), not opening it ("Union Pacific", "Union Bank").
 */
function hasUnionWord(keys: readonly string[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (UNION_WORDS.has(keys[k]) && (k === b - 1 || keys[k + 1] === 'of')) return true;
  return false;
}

/** The country of a country, people, place or organisation named inside tokens `[a, b)` (not the person), or null. */
function countryIn(mentions: readonly RawMention[], a: number, b: number, m: RawMention): string | null {
  for (const x of mentions) {
    if (x === m || x.sentence !== m.sentence || x.tokStart < a || x.tokEnd > b || !x.country) continue;
    if (x.type === 'GPE' || x.type === 'NORP' || x.type === 'ORG' || x.type === 'LOC') return x.country;
  }
  return null;
}
