import type { Provenance } from '../model/provenance.js';
import type { Doc } from './doc.js';
import { isMonthWord } from './month-words.js';

/** Version of the dateline rules, recorded in each {@link Dateline}'s provenance. */
export const DATELINE_VERSION = '1.0.0';

/** A half-open `[start, end)` range of UTF-16 code units in the article text, and its token range `[firstToken, endToken)`. */
export interface DatelinePart {
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly endToken: number;
}

/**
 * A wire dateline opening a paragraph: the place a story was filed from, the filing date and the agency, before a
 * dash or a colon ("WASHINGTON, March 3 (Reuters) - ", "BEIJING (AP) —", "LA CROSSE, Wis. (AP) —",
 * "London, 19 June:"). Character offsets are half-open into `Doc.text`; token ranges are half-open into the Doc's
 * token arrays and may run across a sentence break the tagger put after an abbreviation ("Wis. | (AP) —").
 */
export interface Dateline {
  /** The paragraph the dateline opens. */
  readonly paragraph: number;
  /** The whole dateline, from the place to the separator included; `endToken` is the first token of the story. */
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly endToken: number;
  /** The place name ("WASHINGTON", "LA CROSSE", "BEIRUT/THE HAGUE", "London"). */
  readonly place: DatelinePart;
  /** What follows the place before any date ("Wis.", "Northern Ireland", "Henan"), or null. */
  readonly region: DatelinePart | null;
  /** The filing date as written ("March 3", "Dec. 11", "19 June"), or null. */
  readonly date: DatelinePart | null;
  /** The agency between parentheses, without them ("Reuters", "AP"), or null. */
  readonly agency: DatelinePart | null;
  /** True when the place is written in capitals only (the wire style; a mixed-case place needs a date or an agency). */
  readonly capitals: boolean;
  readonly provenance: Provenance;
}

/** Tokens a dateline may run to before its separator. */
const MAX_TOKENS = 20;
/** Words a place name may have. */
const MAX_PLACE_WORDS = 5;
/** Tokens a region may have ("Northern Ireland", "Wis ."). */
const MAX_REGION_TOKENS = 4;
/** Tokens between the parentheses of an agency ("Reuters", "AP", "Reuters Health"). */
const MAX_AGENCY_TOKENS = 4;

/** Lower-case words inside a mixed-case place name ("Rio de Janeiro", "Newcastle upon Tyne"). */
const PLACE_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'da', 'do', 'dos', 'la', 'le', 'les', 'el', 'al', 'am', 'an', 'upon', 'on', 'of', 'es', 'sur']);
/** Tags of words no place name holds ("LONDON IS …", "PARIS HAS …", "OIL PRICES SHE …"). */
const NOT_PLACE_TAGS: ReadonlySet<string> = new Set(['AUX', 'PRON', 'PART', 'SCONJ', 'CCONJ']);
/** Separators between a dateline and its story; the colon only after a date or an agency ("London, 19 June:"). */
const DASHES: ReadonlySet<string> = new Set(['—', '–', '--', '_', '-', '―']);

/**
 * Finds the wire dateline that opens each paragraph, once per article, for every stage after the NLP layer to read
 * (where the story's first sentence begins, which place is only the filing place, which date is the filing date).
 *
 * A dateline is, from the paragraph's first token: a place (up to five capitalised words, joined by "/" as in
 * "BEIRUT/THE HAGUE"), then optionally a comma and a region ("Wis.", "Northern Ireland"; up to two), optionally a
 * comma and a date (a month and a day in either order, optionally a year), optionally an agency in parentheses,
 * then a dash ("-", "--", "—", "–", "_") or, after a date or an agency, a colon. A place in capitals needs nothing
 * more ("SHENZHEN -- …"); a place in mixed case needs a date or an agency ("Washington (CNN) —", "London, 19 June:"),
 * so that a sentence opening with a name and a dash is no dateline. A number that is no day of a date ends the
 * match ("WINNERS, PAGE 4 —" is a heading), as does a word tagged as an auxiliary, a pronoun or a conjunction
 * ("LONDON IS …"). Styles from the AP Stylebook (datelines) and the Reuters, UPI, Xinhua and Indian press wires.
 * @param doc the token layer of one article (tokens, POS, sentences, paragraphs); not modified
 * @returns the datelines in text order, at most one a paragraph; empty when the article has none
 */
export function findDatelines(doc: Omit<Doc, 'datelines'>): Dateline[] {
  const out: Dateline[] = [];
  for (const p of doc.paragraphs) {
    const first = doc.sentences[p.firstSentence].firstToken;
    const end = doc.sentences[p.endSentence - 1].endToken;
    const d = datelineAt(doc, p.index, first, Math.min(end, first + MAX_TOKENS + 1));
    if (d) out.push(d);
  }
  return out;
}

/** The dateline opening a paragraph at token `first`, read up to token `limit` (exclusive); null when there is none. */
function datelineAt(doc: Omit<Doc, 'datelines'>, paragraph: number, first: number, limit: number): Dateline | null {
  const word = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  // the place
  let k = first;
  let words = 0;
  let capitals = true;
  while (k < limit) {
    const w = word(k);
    if (/^\p{Lu}[\p{L}.'’-]*$/u.test(w) && !(k > first && NOT_PLACE_TAGS.has(doc.pos[k])) && !(k > first && doc.pos[k] === 'VERB' && w !== w.toUpperCase())) {
      if (/\p{Ll}/u.test(w)) capitals = false;
      words++;
      k++;
    } else if (k > first && k + 1 < limit && /^\p{Lu}/u.test(word(k + 1)) && (w === '/' || PLACE_PARTICLES.has(w) || (w === '-' && doc.starts[k] === doc.ends[k - 1] && doc.ends[k] === doc.starts[k + 1]))) {
      // "BEIRUT/THE HAGUE", "Rio de Janeiro", "WINSTON-SALEM" (the tokenizer splits the hyphen off)
      if (PLACE_PARTICLES.has(w)) capitals = false;
      k++;
    } else break;
    if (words > MAX_PLACE_WORDS) return null;
  }
  if (words === 0) return null;
  // the first word has two letters at least ("A - …" is no place)
  if ((word(first).match(/\p{L}/gu)?.length ?? 0) < 2) return null;
  const place = part(doc, first, k);
  // regions, a date, an agency
  let region: DatelinePart | null = null;
  let date: DatelinePart | null = null;
  let agency: DatelinePart | null = null;
  for (let regions = 0; k < limit && doc.lower[k] === ',' && !date; ) {
    const d = dateAt(doc, k + 1, limit);
    if (d >= 0) {
      date = part(doc, k + 1, d);
      k = d;
      break;
    }
    if (regions === 2) return null;
    const r = regionEnd(doc, k + 1, limit);
    if (r < 0) return null;
    region ??= part(doc, k + 1, r);
    regions++;
    k = r;
  }
  if (!date && k < limit) {
    // "BEIJING Nov. 11 (Xinhua) --": a date without the comma
    const d = dateAt(doc, k, limit);
    if (d >= 0) {
      date = part(doc, k, d);
      k = d;
    }
  }
  if (k < limit && doc.lower[k] === '(') {
    let c = k + 1;
    while (c < limit && c - k - 1 < MAX_AGENCY_TOKENS && doc.lower[c] !== ')' && /^[\p{L}&.]/u.test(word(c))) c++;
    if (c === k + 1 || c >= limit || doc.lower[c] !== ')' || !/^\p{L}/u.test(word(k + 1))) return null;
    agency = part(doc, k + 1, c);
    k = c + 1;
  }
  // "HANOI, Nov. 27 (Xinhua) Vietnam is …": a dated or capital dateline credited to an agency may lack its dash
  if (agency && (date || capitals) && (k >= limit || /^\p{Lu}/u.test(word(k))) && storyFollows(doc, k) === 'same-line') return dateline(doc, paragraph, first, k, place, region, date, agency, capitals);
  if (k >= limit) return null;
  const sep = doc.lower[k];
  // a hyphen with a space on one side at least ("Feb 26- Shr …"), not one inside a word ("ROK-based")
  const spaced = doc.starts[k] > doc.ends[k - 1] || doc.lower[k - 1] === ')' || k + 1 >= doc.tokenCount || doc.starts[k + 1] > doc.ends[k];
  const dash = DASHES.has(sep) && (sep !== '-' || spaced);
  const colon = sep === ':' && (date !== null || agency !== null);
  if (!dash && !colon) return null;
  if (!capitals && !date && !agency) return null;
  // the story follows in ordinary case ("U.S. DIVIDEND MEETINGS - MARCH 3" is a heading in capitals), or in the
  // next paragraph after a dated or credited dateline on a line of its own ("NAIROBI, Kenya (AP) _")
  const story = storyFollows(doc, k + 1);
  if (story === 'none' || (story === 'next-line' && !date && !agency)) return null;
  return dateline(doc, paragraph, first, k + 1, place, region, date, agency, capitals);
}

/** Builds a {@link Dateline} of tokens `[first, end)`. */
function dateline(
  doc: Omit<Doc, 'datelines'>,
  paragraph: number,
  first: number,
  end: number,
  place: DatelinePart,
  region: DatelinePart | null,
  date: DatelinePart | null,
  agency: DatelinePart | null,
  capitals: boolean,
): Dateline {
  const rule = agency ? 'dateline-agency' : date ? 'dateline-date' : 'dateline-capitals';
  return {
    paragraph,
    start: doc.starts[first],
    end: doc.ends[end - 1],
    firstToken: first,
    endToken: end,
    place,
    region,
    date,
    agency,
    capitals,
    provenance: { component: 'nlp', version: DATELINE_VERSION, rule, confidence: agency || date ? 0.95 : 0.8 },
  };
}

/**
 * How the story follows a dateline whose separator is token `i − 1`: 'same-line' when a lower-case letter stands in
 * the five tokens from `i` on, within the line; 'next-line' when the line ends right after the separator; else 'none'.
 */
function storyFollows(doc: Omit<Doc, 'datelines'>, i: number): 'same-line' | 'next-line' | 'none' {
  const lineEnd = doc.text.indexOf('\n', doc.ends[i - 1]);
  if (i >= doc.tokenCount || (lineEnd >= 0 && lineEnd < doc.starts[i])) return 'next-line';
  for (let t = i; t < Math.min(doc.tokenCount, i + 5) && (lineEnd < 0 || doc.starts[t] < lineEnd); t++) {
    if (/\p{Ll}/u.test(doc.text.slice(doc.starts[t], doc.ends[t]))) return 'same-line';
  }
  return 'none';
}

function part(doc: Omit<Doc, 'datelines'>, firstToken: number, endToken: number): DatelinePart {
  return { start: doc.starts[firstToken], end: doc.ends[endToken - 1], firstToken, endToken };
}

/**
 * The end token of a date at token `i` ("March 3", "Dec. 11", "19 June", "March 22, 2013"), or −1.
 */
function dateAt(doc: Omit<Doc, 'datelines'>, i: number, limit: number): number {
  const day = (t: number) => t < limit && /^\d{1,2}$/.test(doc.lower[t]) && Number(doc.lower[t]) >= 1 && Number(doc.lower[t]) <= 31;
  let k = -1;
  if (i < limit && isMonthWord(doc.lower[i])) {
    let m = i + 1;
    if (m < limit && doc.lower[m] === '.' && doc.starts[m] === doc.ends[i]) m++;
    if (day(m)) k = m + 1;
  } else if (day(i) && i + 1 < limit && isMonthWord(doc.lower[i + 1])) {
    k = i + 2;
    if (k < limit && doc.lower[k] === '.' && doc.starts[k] === doc.ends[k - 1]) k++;
  }
  if (k < 0) return -1;
  // ", 2013": a year
  if (k + 1 < limit && doc.lower[k] === ',' && /^\d{4}$/.test(doc.lower[k + 1])) k += 2;
  return k;
}

/**
 * The end token of a region after a dateline's place ("Wis.", "Northern Ireland", "N.Y."), or −1: capitalised words
 * and their abbreviation points, no month (that starts a date) and no number ("PAGE 4").
 */
function regionEnd(doc: Omit<Doc, 'datelines'>, i: number, limit: number): number {
  let k = i;
  while (k < limit && k - i < MAX_REGION_TOKENS) {
    const w = doc.text.slice(doc.starts[k], doc.ends[k]);
    if (/^\p{Lu}[\p{L}.'’-]*$/u.test(w) && !isMonthWord(doc.lower[k]) && !NOT_PLACE_TAGS.has(doc.pos[k])) k++;
    else if (k > i && w === '.' && doc.starts[k] === doc.ends[k - 1]) k++;
    else break;
  }
  if (k === i) return -1;
  const next = doc.lower[k];
  // a date may follow without its comma ("RICHMOND, Va. Feb 26 -")
  return next === ',' || next === '(' || DASHES.has(next) || next === ':' || isMonthWord(next ?? '') ? k : -1;
}

/**
 * The dateline whose tokens hold token `i`, or undefined.
 * @param doc the article's token layer with its datelines
 * @param i a token index
 */
export function datelineAtToken(doc: Doc, i: number): Dateline | undefined {
  for (const d of doc.datelines) if (i >= d.firstToken && i < d.endToken) return d;
  return undefined;
}
