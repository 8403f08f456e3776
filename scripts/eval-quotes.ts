/**
 * Quote attribution evaluation on PolNeAR (Newell, Margolin & Ruths 2018, LREC), read in place from
 * $DETENTE_SHARED/gold/quotes/polnear (default ../shared). Runs the full pipeline (createAnalyzer) and
 * scores contents, cues and speakers against the brat Source/Cue/Content annotations.
 *
 * Usage: npm run eval:quotes [-- --split dev|train] [--errors N] [--limit N] [--check] [--missed-cue REGEX] [--dump FILE] [--overlap-causes]
 *          [--cue-model PATH|none] [--content-end-model PATH|none] [--content-span-model PATH|none] [--margin M]
 *          [--threshold T] [--veto V] [--fallback F] [--holdout]
 *
 * --cue-model runs another trained cue model (or `none`: the lexicon rules alone), --content-end-model another
 * content-end ranker (or `none`: the rules' ends), --content-span-model another content-span model (or `none`: cues no
 * rule reads get no content; --margin overrides its margin over "none"); --threshold, --veto and --fallback
 * override the model's decision thresholds; --holdout (with --split train) scores only the train articles a `train:quotes -- --holdout`
 * model leaves out (every fifth), where thresholds are tuned: dev stays untouched for the final figures.
 *
 * --dump FILE writes every gold attribution (matched or not, with our matched content, cue, rule, kind, speaker mention
 * span and entity id; `kind` is the gold kind, `predKind` ours, `undetected` where a missed lexicon cue stands) and every
 * spurious prediction (with its speaker mention span and entity id) as JSON, for error studies on the train split;
 * --missed-cue prints the missed gold attributions whose cue matches REGEX, in context.
 *
 * After the error kinds it prints cue F1 by cause: each gold cue missed because its quote is missed (cue outside the
 * lexicon, lexicon cue not detected, our cue found with a content overlapping < 0.5) or because our matched quote has
 * another cue or none; each spurious cue of ours on a spurious quote (over a gold cue, so only the content is off, or
 * with no gold cue there) or on a matched quote; the right cues' words against gold's (PolNeAR cues hold auxiliaries and
 * particles, `has said`; the overlap match ignores them), the cue F1 a word-exact cue match would give, and where the
 * lexicon cues no quote carries stand (inside our content, after `to`, after a form of be, not tagged a verb). Then the
 * missed contents by the shape of their gold cue (verb, noun, adjective, preposition, `according to`, colon) and cause
 * (for a cue we found: our content too long, too short, crossing, disjoint, or matched to another gold).
 *
 * --overlap-causes prints every missed gold content by cause and gold kind (our quote of its cue matched another gold, read
 * too short / too long / crossing, with the overlap band, disjoint on the cue's side or the other, split over several
 * quotes of ours that together would match; cue built but no content read; no cue of ours there, and whether another
 * cue's quote of ours reads the content, nests it or nothing does) and every spurious content of ours by cause and our
 * kind (no gold content shares a word: over a gold cue or not; touching a gold another quote of ours matched; touching a
 * missed gold: too long, too short, crossing), with the rules and cue lemmas of the spurious ones no gold content touches.
 *
 * --check (CI regression guard, PolNeAR dev, about a minute): exits 1 when content F1 at overlap >= 0.5, content F1
 * word-exact, cue F1 or speaker accuracy falls below the floors in CHECK_FLOORS (set just under the measured dev
 * figures); exits 2 when the data is missing.
 *
 * Measures
 * - content exact: the word tokens ([\p{L}\p{N}]+) of gold and predicted content are the same set
 *   (quotation marks, punctuation and spacing ignored; discontinuous spans are the union of their parts);
 * - content overlap: |gold ∩ predicted words| / max(|gold|, |predicted|) ≥ 0.5 (also ≥ 0.3, the Gender Gap
 *   Tracker's threshold); one-to-one greedy matching;
 * - predicted attributions: a quote's content is its `parts` when it has them (detente joins the pieces of one
 *   attribution: content split by its cue, continuation quotes), as PolNeAR annotates one discontinuous content; quotes
 *   that still share a cue span count as one;
 * - cue F1: a predicted cue matches a gold cue of the same attribution pair when their character spans overlap;
 * - speaker accuracy, over overlap-matched pairs whose gold has a Source: right when our speaker mention, or any
 *   mention of the entity it resolves to, overlaps the gold Source span, or the resolved name shares a word with it;
 *   a gold Source that is a relative pronoun ("who") is stood for by the phrase right before it;
 * - quotes with neither cue nor speaker (kept by detente with a null speaker) are scored like the others, and a
 *   null speaker counts as wrong;
 * - speech attributions only: gold whose cue is a verb of saying in our lexicon (classes speech/writing/source),
 *   "according to" or a label colon, against our quotes with such a cue (or a direct quote): the part of PolNeAR
 *   that matches what quote extractors such as the Gender Gap Tracker and Citron target (PolNeAR also annotates
 *   beliefs, intentions and evaluations: "seemed to", "is expected to", "support for");
 * - kinds: gold direct = content wholly inside quotation marks, mixed = contains marks, indirect = none.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAnalyzer } from '../src/analyze.js';
import { extractQuotes } from '../src/extract/quotes/extract-quotes.js';
import { createNlp } from '../src/nlp/nlp.js';
import { loadResources } from '../src/resources/load.js';
import { loadCueModel } from '../src/extract/quotes/cue-model.js';
import { parsePolnearAnn } from '../src/extract/quotes/polnear-reader.js';
import { CONTENT_END_FEATURE_SET } from '../src/extract/quotes/content-end.js';
import { CONTENT_SPAN_FEATURE_SET } from '../src/extract/quotes/content-span.js';
import { tokenAtOrAfter } from '../src/nlp/doc.js';
import type { Doc } from '../src/nlp/doc.js';
import type { Analysis } from '../src/model/analysis.js';
import { REPO_ROOT, scriptOption, sharedDir } from './script-setup.js';

type Kind = 'direct' | 'indirect' | 'mixed';
type Ranges = [number, number][];

interface GoldAttr {
  content: Ranges;
  cue: Ranges;
  source: Ranges;
  kind: Kind;
  cueText: string;
}

interface PredAttr {
  content: Ranges;
  cue: Ranges;
  kind: Kind;
  speakerMention: [number, number] | null;
  speakerEntity: string | null;
  speakerName: string | null;
  rule: string;
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => scriptOption(name, dflt, args);
const split = opt('split', 'dev');
const showErrors = Number(opt('errors', '0'));
const limit = Number(opt('limit', '0'));
const check = args.includes('--check');
const holdout = args.includes('--holdout');
const dumpPath = opt('dump', '');
const dumpRows: unknown[] = [];
const missedCueFilter = opt('missed-cue', '') ? new RegExp(`^(${opt('missed-cue', '')})$`) : null;
const overlapCauses = args.includes('--overlap-causes');

const repo = REPO_ROOT;
const shared = sharedDir();
const root = join(shared, 'gold', 'quotes', 'polnear', 'data', split);
if (!existsSync(root)) {
  console.error(`PolNeAR ${split} split not found at ${root}; set DETENTE_SHARED to the shared data folder`);
  process.exit(2);
}

const MARKS = /["\u201C\u201D\u2018\u2019'\u00AB\u00BB]/;

/** The gold attributions of one article (a `Content2` continuation joined to its content, as the reader does). */
function parseAnn(ann: string, text: string): GoldAttr[] {
  return parsePolnearAnn(ann).map((a) => {
    const content = a.content.map(([x, y]) => [x, y] as [number, number]);
    return {
      content,
      cue: a.cue.map(([x, y]) => [x, y] as [number, number]),
      source: a.source.map(([x, y]) => [x, y] as [number, number]),
      kind: kindOf(text, content),
      cueText: a.cue.map(([x, y]) => text.slice(x, y)).join(' ').toLowerCase(),
    };
  });
}

function kindOf(text: string, ranges: Ranges): Kind {
  const s = ranges.map(([a, b]) => text.slice(a, b)).join(' ').trim();
  if (!MARKS.test(s.replace(/(\p{L})['\u2019](\p{L})/gu, '$1$2'))) return 'indirect';
  const stripped = s.replace(/^[\s"\u201C\u2018'\u00AB]+/u, '');
  // direct: starts with a mark and no words outside marks
  let depth = 0;
  let outside = 0;
  const body = s.replace(/(\p{L})['\u2019](\p{L}|\s)/gu, '$1$2');
  for (const ch of body) {
    if (/["\u201C\u201D\u00AB\u00BB]/.test(ch)) depth = ch === '\u201C' || ch === '\u00AB' ? depth + 1 : ch === '\u201D' || ch === '\u00BB' ? Math.max(0, depth - 1) : depth ? 0 : 1;
    else if (depth === 0 && /[\p{L}\p{N}]/u.test(ch)) outside++;
  }
  return outside === 0 && stripped.length < s.length ? 'direct' : 'mixed';
}

function words(text: string, ranges: Ranges): Set<number> {
  const out = new Set<number>();
  for (const [a, b] of ranges) {
    const re = /[\p{L}\p{N}]+/gu;
    const seg = text.slice(a, b);
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg))) out.add(a + m.index);
  }
  return out;
}

/** Candidate lemmas of an inflected verb, for sorting misses only (said → say, told → tell, argued → argue). */
function roughLemmas(w: string): string[] {
  const irregular: Record<string, string> = { said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think', found: 'find', saw: 'see', knew: 'know', made: 'make', felt: 'feel', heard: 'hear', according: 'according' };
  if (irregular[w]) return [irregular[w]];
  return [w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/ied$/, 'y'), w.replace(/ies$/, 'y')];
}

const overlaps = (r: Ranges, s: Ranges) => r.some(([a, b]) => s.some(([c, d]) => a < d && c < b));

let unattributed = 0;
function predicted(analysis: Analysis): PredAttr[] {
  const groups = new Map<string, PredAttr>();
  const out: PredAttr[] = [];
  for (const q of analysis.quotes) {
    if (!q.cue && !q.speaker.mention) unattributed++; // scored like the others (PolNeAR may hold it without a source)
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : null;
    const existing = key ? groups.get(key) : undefined;
    const ranges: Ranges = q.parts ? q.parts.map((x) => [x.start, x.end]) : [[q.start, q.end]];
    if (existing) {
      existing.content.push(...ranges);
      continue;
    }
    const p: PredAttr = {
      content: ranges,
      cue: q.cue ? [[q.cue.start, q.cue.end]] : [],
      kind: q.kind,
      speakerMention: q.speaker.mention ? [q.speaker.mention.start, q.speaker.mention.end] : null,
      speakerEntity: q.speaker.entity,
      speakerName: q.speaker.name,
      rule: q.provenance.rule,
    };
    if (key) groups.set(key, p);
    out.push(p);
  }
  return out;
}

interface Tally {
  gold: number;
  pred: number;
  exact: number;
  overlap: number;
}
const newTally = (): Tally => ({ gold: 0, pred: 0, exact: 0, overlap: 0 });
const total = newTally();
const speech = newTally();
const byKind: Record<Kind, Tally> = { direct: newTally(), indirect: newTally(), mixed: newTally() };
const predByKind: Record<Kind, Tally> = { direct: newTally(), indirect: newTally(), mixed: newTally() };
let cueGold = 0;
let cuePred = 0;
let cueHit = 0;
const pronouns = { n: 0, resolved: 0 };
const byRule = new Map<string, [number, number]>();
let overlap03 = 0;
let cueMatchedPairs = 0;
const speaker = { n: 0, right: 0, byKind: { direct: [0, 0], indirect: [0, 0], mixed: [0, 0] } as Record<Kind, [number, number]> };
const errors = new Map<string, { count: number; samples: string[] }>();
function error(kind: string, sample: string) {
  const e = errors.get(kind) ?? { count: 0, samples: [] };
  e.count++;
  if (e.samples.length < showErrors) e.samples.push(sample);
  errors.set(kind, e);
}
/** Cue F1 and missed contents taken apart by cause (keys are `group|cause`), printed after the error kinds. */
const breakdown = new Map<string, number>();
const tallyCause = (group: string, cause: string) => breakdown.set(`${group}|${cause}`, (breakdown.get(`${group}|${cause}`) ?? 0) + 1);
/** --overlap-causes: missed gold contents and spurious contents of ours by cause, each split by kind (gold's for missed, ours for spurious). */
const overlapTable = new Map<string, Record<Kind, number>>();
const overlapLemmas = new Map<string, number>();
const overlapRules = new Map<string, number>();
function tallyOverlap(section: string, cause: string, kind: Kind) {
  const key = `${section}|${cause}`;
  const row = overlapTable.get(key) ?? { direct: 0, indirect: 0, mixed: 0 };
  row[kind]++;
  overlapTable.set(key, row);
}
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** How two word sets (word start offsets) stand: same, one inside the other, crossing or disjoint. */
function wordRelation(ours: Set<number>, gold: Set<number>): 'same' | 'ours inside gold' | 'gold inside ours' | 'crossing' | 'disjoint' {
  let shared = 0;
  for (const w of ours) if (gold.has(w)) shared++;
  if (ours.size === 0 && gold.size === 0) return 'same'; // a label colon on both sides
  if (shared === 0) return 'disjoint';
  if (shared === ours.size && shared === gold.size) return 'same';
  if (shared === ours.size) return 'ours inside gold';
  if (shared === gold.size) return 'gold inside ours';
  return 'crossing';
}

/**
 * Where a gold cue our lexicon holds but no quote of ours carries stands: inside one of our contents (a nested report,
 * which univocal PolNeAR annotates only when the outer content stops before it), after `to` (a control or purpose
 * infinitive), after a form of be (a passive or a copula), tagged other than a verb, a cue built with its speaker whose
 * content no rule read (`unread`, from the unreadCue observer; the content-span model read none either), or elsewhere.
 */
function undetectedCue(doc: Doc, cue: Ranges, contents: Ranges[], unread: Ranges): string {
  if (contents.some((c) => overlaps(c, cue))) return 'inside our content';
  if (overlaps(unread, cue)) return 'cue built, no content read';
  let first = -1;
  for (const [a, b] of cue) for (let t = tokenAtOrAfter(doc, a); t < doc.tokenCount && doc.starts[t] < b; t++) if (first < 0 && doc.pos[t] === 'VERB') first = t;
  if (first < 0) return 'tagged other than a verb';
  const before = first > 0 ? doc.lower[first - 1] : '';
  if (before === 'to') return 'after to';
  if (/^(is|are|was|were|be|been|being|'s|’s)$/.test(before)) return 'after a form of be';
  return 'elsewhere';
}

/** The shape of a gold cue from its tokens' parts of speech: `according to`, verb, noun, adjective, preposition, colon or other. */
function cueShape(doc: Doc, cue: Ranges, cueText: string): string {
  if (/^according to$/.test(cueText.trim())) return 'according to';
  const tags = new Set<string>();
  for (const [a, b] of cue) for (let t = tokenAtOrAfter(doc, a); t < doc.tokenCount && doc.starts[t] < b; t++) tags.add(doc.pos[t]);
  if (tags.has('VERB')) return 'verb';
  if (tags.has('NOUN') || tags.has('PROPN')) return 'noun';
  if (tags.has('ADJ')) return 'adjective';
  if (tags.has('AUX')) return 'verb';
  if (tags.has('ADP')) return 'preposition';
  if (/^[\s:—–-]+$/.test(cueText)) return 'colon or dash';
  return 'other';
}

/** Word overlap of two word sets as the evaluation scores it: shared words over the larger set's size. */
function overlapScore(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared ? shared / Math.max(a.size, b.size) : 0;
}

/** One article's gold and predicted attributions with their word sets and the one-to-one match, for the overlap causes. */
interface MatchView {
  gold: GoldAttr[];
  pred: PredAttr[];
  gw: Set<number>[];
  pw: Set<number>[];
  gMatch: Map<number, number>;
  pMatch: Map<number, number>;
  /** cues built with a speaker whose content no rule read (the unreadCue observer) */
  unread: Ranges;
}

/** How our content stands to a gold content it misses: too short / too long (with the overlap band), crossing, or disjoint on the cue's other side. */
function missRelation(ours: Set<number>, gold: GoldAttr, goldWords: Set<number>, ourContent: Ranges): string {
  const rel = wordRelation(ours, goldWords);
  const band = overlapScore(ours, goldWords) >= 0.3 ? '0.3-0.5' : '< 0.3';
  if (rel === 'ours inside gold') return `too short (${band})`;
  if (rel === 'gold inside ours') return `too long (${band})`;
  if (rel === 'crossing') return `crossing (${band})`;
  if (rel !== 'disjoint' || !gold.cue.length) return rel;
  const cueStart = gold.cue[0][0];
  const goldBefore = gold.content[0][0] < cueStart;
  const oursBefore = ourContent[0][0] < cueStart;
  return goldBefore === oursBefore ? 'disjoint, same side of the cue' : 'disjoint, other side of the cue';
}

/**
 * Why gold attribution `i` (unmatched) was missed, for `--overlap-causes`: our quote of its cue matched another gold, read
 * too short / too long / crossing / on the wrong side, or split over several quotes of ours that together would match; its
 * cue built but no content read; no cue of ours there, with the content read under another cue of ours or not at all
 * (lexicon cue not detected / cue outside the lexicon).
 */
function missedGoldCause(v: MatchView, i: number, lexical: boolean): string {
  const g = v.gold[i];
  const touching: number[] = [];
  for (let j = 0; j < v.pred.length; j++) if (overlapScore(v.pw[j], v.gw[i]) > 0) touching.push(j);
  const union = new Set<number>();
  for (const j of touching) for (const w of v.pw[j]) union.add(w);
  const split = touching.length > 1 && overlapScore(union, v.gw[i]) >= 0.5;
  const k = g.cue.length ? v.pred.findIndex((p) => p.cue.length > 0 && overlaps(p.cue, g.cue)) : -1;
  if (k >= 0) {
    if (v.pMatch.has(k)) {
      const m = v.pMatch.get(k)!;
      const nest = wordRelation(v.gw[i], v.gw[m]) === 'ours inside gold' ? ', this gold nested in it' : overlaps(v.gold[m].cue, g.cue) ? ', same cue' : '';
      return `cue found: our quote matched another gold${nest}`;
    }
    if (split) return 'cue found: content split over several of our quotes';
    return `cue found: ${missRelation(v.pw[k], g, v.gw[i], v.pred[k].content)}`;
  }
  if (g.cue.length && overlaps(v.unread, g.cue)) return 'cue built, no content read';
  const cueWhy = !g.cue.length ? 'no gold cue' : lexical ? 'lexicon cue not detected' : 'cue outside the lexicon';
  if (!touching.length) return `no cue (${cueWhy}): nothing read there`;
  if (split) return `no cue (${cueWhy}): content split over our quotes of other cues`;
  const best = touching.reduce((a, b) => (overlapScore(v.pw[b], v.gw[i]) > overlapScore(v.pw[a], v.gw[i]) ? b : a));
  const rel = wordRelation(v.pw[best], v.gw[i]);
  if (rel === 'gold inside ours') return `no cue (${cueWhy}): nested inside our ${v.pMatch.has(best) ? 'matched' : 'unmatched'} quote of another cue`;
  return `no cue (${cueWhy}): our quote of another cue ${v.pMatch.has(best) ? 'matched elsewhere' : rel.replace('ours inside gold', 'too short').replace('gold inside ours', 'too long')}`;
}

/**
 * Why our attribution `j` (unmatched) is spurious, for `--overlap-causes`: no gold content shares a word with it (a
 * non-attribution, or one PolNeAR leaves out: over a gold cue or not), or it touches a gold content that another quote of
 * ours matched (a duplicate or a piece), or one left unmatched (a boundary error: too long, too short, crossing).
 */
function spuriousCause(v: MatchView, j: number): string {
  const p = v.pred[j];
  const overCue = p.cue.length > 0 && v.gold.some((g) => overlaps(g.cue, p.cue));
  let best = -1;
  for (let i = 0; i < v.gold.length; i++) if (overlapScore(v.pw[j], v.gw[i]) > (best < 0 ? 0 : overlapScore(v.pw[j], v.gw[best]))) best = i;
  if (best < 0) return `no gold content there${overCue ? ', over a gold cue' : p.cue.length ? '' : ', no cue of ours'}`;
  const rel = wordRelation(v.pw[j], v.gw[best]).replace('ours inside gold', 'too short').replace('gold inside ours', 'too long');
  if (v.gMatch.has(best)) return `touches a gold another quote of ours matched (ours ${rel})`;
  return `touches a missed gold (ours ${rel}${overCue ? '' : ', not over its cue'})`;
}

const nlp = createNlp();
// --cue-model PATH|none: another cue model, or the lexicon rules alone; --threshold/--veto override the model's own
const baseResources = loadResources();
const cueModelOpt = opt('cue-model', '');
let cueModel = cueModelOpt === 'none' ? null : cueModelOpt ? loadCueModel(resolve(repo, cueModelOpt)) : baseResources.quotes.cueModel ?? null;
if (cueModel && (opt('threshold', '') || opt('veto', '') || opt('fallback', ''))) {
  cueModel = {
    ...cueModel,
    threshold: Number(opt('threshold', String(cueModel.threshold))),
    veto: Number(opt('veto', String(cueModel.veto))),
    fallback: Number(opt('fallback', String(cueModel.fallback))),
  };
}
const endOpt = opt('content-end-model', '');
const contentEndModel =
  endOpt === 'none' ? null : endOpt ? loadCueModel(resolve(repo, endOpt), CONTENT_END_FEATURE_SET) : baseResources.quotes.contentEndModel ?? null;
const spanOpt = opt('content-span-model', '');
let contentSpanModel =
  spanOpt === 'none' ? null : spanOpt ? loadCueModel(resolve(repo, spanOpt), CONTENT_SPAN_FEATURE_SET) : baseResources.quotes.contentSpanModel ?? null;
if (contentSpanModel && opt('margin', '')) contentSpanModel = { ...contentSpanModel, threshold: Number(opt('margin', '0')) };
const analyzer = createAnalyzer({ nlp, resources: { ...baseResources, quotes: { ...baseResources.quotes, cueModel, contentEndModel, contentSpanModel } } });
console.log(`content-end ranker: ${contentEndModel ? String(contentEndModel.meta.data ?? '') : 'none (rule ends)'}`);
console.log(`content-span model: ${contentSpanModel ? `margin ${contentSpanModel.threshold}, ${String(contentSpanModel.meta.data ?? '')}` : 'none (cues no rule reads get no content)'}`);
if (cueModel) console.log(`cue model: threshold ${cueModel.threshold}, veto ${cueModel.veto}, fallback ${cueModel.fallback}, ${String(cueModel.meta.data ?? '')}`);
else console.log('cue model: none (lexicon rules alone)');
let quotesMs = 0;
let tokens = 0;
const missedCues = new Map<string, number>();
const cueRecall = new Map<string, [number, number]>();
const precisionByCue = new Map<string, [number, number]>();
const files = readdirSync(join(root, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const seen = new Set<string>();
let articles = 0;
let chars = 0;
let ms = 0;
for (const file of files) {
  const base = file.replace(/_[0-9a-f]{4}\.ann$/, '');
  if (seen.has(base)) continue; // several annotators: score the first
  seen.add(base);
  // --holdout: only the train articles `npm run train:quotes -- --holdout` leaves out (every fifth, in sorted order)
  if (holdout && (seen.size - 1) % 5 !== 0) continue;
  if (limit && articles >= limit) break;
  const textPath = join(root, 'text', `${base}.txt`);
  if (!existsSync(textPath)) continue;
  const text = readFileSync(textPath, 'utf8');
  const gold = parseAnn(readFileSync(join(root, 'attributions', file), 'utf8'), text);
  const t = performance.now();
  const analysis = analyzer.analyze({ id: base, title: '', published: null, text });
  ms += performance.now() - t;
  // the quotes component alone, on the same Doc and entities
  const doc = nlp.parse(text);
  tokens += doc.tokenCount;
  const tq = performance.now();
  // (the cues with a speaker that no rule read, for the cue breakdown)
  const unread: Ranges = [];
  const unreadCue = (c: { start: number; end: number }) => unread.push([doc.starts[c.start], doc.ends[c.end - 1]]);
  extractQuotes(doc, analyzer.resources.quotes, analysis.entities, { name: 'quotes', version: 'eval' }, { unreadCue });
  quotesMs += performance.now() - tq;
  articles++;
  chars += text.length;
  const pred = predicted(analysis);
  for (const q of analysis.quotes) {
    if (q.speaker.mention && /^(he|she|they|we|i|it)$/i.test(q.speaker.mention.text)) {
      pronouns.n++;
      if (q.speaker.entity) pronouns.resolved++;
    }
  }
  const entityMentions = new Map<string, Ranges>();
  for (const e of analysis.entities) entityMentions.set(e.id, e.mentions.map((m) => [m.start, m.end]));
  const gw = gold.map((g) => words(text, g.content));
  const pw = pred.map((p) => words(text, p.content));
  // one-to-one greedy matching on word overlap
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < gold.length; i++) {
    for (let j = 0; j < pred.length; j++) {
      let inter = 0;
      for (const w of pw[j]) if (gw[i].has(w)) inter++;
      if (inter > 0) pairs.push([inter / Math.max(gw[i].size, pw[j].size), i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0]);
  const gMatch = new Map<number, number>();
  const pMatch = new Map<number, number>();
  for (const [score, i, j] of pairs) {
    if (score < 0.5 || gMatch.has(i) || pMatch.has(j)) continue;
    gMatch.set(i, j);
    pMatch.set(j, i);
  }
  // the Gender Gap Tracker's looser threshold, for comparison
  const g3 = new Set<number>();
  const p3 = new Set<number>();
  for (const [score, i, j] of pairs) {
    if (score < 0.3 || g3.has(i) || p3.has(j)) continue;
    g3.add(i);
    p3.add(j);
  }
  overlap03 += g3.size;
  const view: MatchView = { gold, pred, gw, pw, gMatch, pMatch, unread };
  const cueText = (r: Ranges) => r.map(([a, b]) => text.slice(a, b)).join(' ');
  const SPEECH = new Set(['speech', 'writing', 'source']);
  const speechCue = (cue: string) =>
    cue === ':' ||
    cue.split(/[\s:]+/).some((w) => roughLemmas(w).some((l) => SPEECH.has(analyzer.resources.quotes.verbs.get(l)?.class ?? '') || l === 'according'));
  const gSpeech = gold.map((g) => speechCue(g.cueText));
  const pSpeech = pred.map((p) => (p.cue.length ? speechCue(cueText(p.cue).toLowerCase()) : p.kind === 'direct'));
  for (const x of gSpeech) if (x) speech.gold++;
  for (const x of pSpeech) if (x) speech.pred++;
  for (const [i, j] of gMatch) {
    if (!gSpeech[i] || !pSpeech[j]) continue;
    speech.overlap++;
    if (gw[i].size === pw[j].size && [...gw[i]].every((w) => pw[j].has(w))) speech.exact++;
  }
  total.gold += gold.length;
  total.pred += pred.length;
  for (const g of gold) byKind[g.kind].gold++;
  for (const p of pred) predByKind[p.kind].pred++;
  for (const g of gold) if (g.cue.length) cueGold++;
  for (const p of pred) if (p.cue.length) cuePred++;
  const cueLemma = (r: Ranges) => {
    const out: string[] = [];
    for (let t = tokenAtOrAfter(doc, r[0][0]); t < doc.tokenCount && doc.starts[t] < r[0][1]; t++) out.push(doc.lemmas[t]);
    return out.join(' ');
  };
  const snippet = (r: Ranges) => r.map(([a, b]) => text.slice(a, b)).join(' … ').replace(/\s+/g, ' ').slice(0, 160);
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i];
    const j = gMatch.get(i);
    const lexical = g.cueText.split(/[\s:]+/).some((w) => roughLemmas(w).some((l) => analyzer.resources.quotes.verbs.has(l) || analyzer.resources.quotes.phrases.has(l)));
    const cueFound = j === undefined && g.cue.length > 0 && pred.some((p) => p.cue.length > 0 && overlaps(p.cue, g.cue));
    const why = j !== undefined ? null : !g.cue.length ? 'no gold cue' : cueFound ? 'cue found, content mismatched' : lexical ? 'cue in lexicon, not detected' : 'cue not in lexicon';
    const undetected = why === 'cue in lexicon, not detected' ? undetectedCue(doc, g.cue, pred.map((q) => q.content), unread) : null;
    const overlapCause = j === undefined && overlapCauses ? missedGoldCause(view, i, lexical) : null;
    if (overlapCause) tallyOverlap('missed', overlapCause, g.kind);
    const cueQuote = overlapCause && g.cue.length ? pred.find((p) => p.cue.length > 0 && overlaps(p.cue, g.cue)) : undefined;
    if (dumpPath) dumpRows.push({ t: 'gold', base, why, undetected, overlapCause, cueQuote: cueQuote ? { content: cueQuote.content, cue: cueQuote.cue, rule: cueQuote.rule } : null, kind: g.kind, cue: g.cueText, cueR: g.cue, content: g.content, source: g.source, pred: j ?? null, exact: j !== undefined && gw[i].size === pw[j].size && [...gw[i]].every((w) => pw[j].has(w)), predContent: j !== undefined ? pred[j].content : null, predCue: j !== undefined ? pred[j].cue : null, predRule: j !== undefined ? pred[j].rule : null, predLemma: j !== undefined && pred[j].cue.length ? cueLemma(pred[j].cue) : null, predKind: j !== undefined ? pred[j].kind : null, predSpeaker: j !== undefined ? pred[j].speakerMention : null, predSpeakerEntity: j !== undefined ? pred[j].speakerEntity : null });
    const cr = cueRecall.get(g.cueText) ?? [0, 0];
    cr[1]++;
    if (j !== undefined) cr[0]++;
    cueRecall.set(g.cueText, cr);
    if (j === undefined) {
      if (missedCueFilter && missedCueFilter.test(g.cueText) && g.cue.length && !pred.some((p) => p.cue.length > 0 && overlaps(p.cue, g.cue))) {
        const [a, b] = g.cue[0];
        const around = `${text.slice(Math.max(0, a - 200), a)}[[${text.slice(a, b)}]]${text.slice(b, b + 200)}`.replace(/\s+/g, ' ');
        const ours = pred.filter((p) => overlaps(p.content, g.content)).map((p) => `${p.rule}: ${snippet(p.content).slice(0, 100)}`);
        console.log(`MISS ${around}\n   gold: ${snippet(g.content).slice(0, 150)}\n   ours: ${ours.join(' || ') || '-'}`);
      }
      missedCues.set(`${why}: ${g.cueText}`, (missedCues.get(`${why}: ${g.cueText}`) ?? 0) + 1);
      error(`missed ${g.kind} (${why})`, `[${g.cueText}] ${snippet(g.content)}  <${base}>`);
      if (g.cue.length) tallyCause('gold cue missed, quote missed', why ?? '');
      const shape = g.cue.length ? cueShape(doc, g.cue, g.cueText) : 'no gold cue';
      tallyCause('missed content by cue shape', shape);
      if (undetected) tallyCause('lexicon cue not detected', undetected);
      if (!cueFound) tallyCause(`missed content, ${shape}`, why ?? '');
      else {
        const k = pred.findIndex((q) => q.cue.length > 0 && overlaps(q.cue, g.cue));
        const rel = pMatch.has(k) ? 'our quote of that cue matched another gold' : `ours ${wordRelation(pw[k], gw[i]).replace('ours inside gold', 'too short').replace('gold inside ours', 'too long')}`;
        tallyCause(`missed content, ${shape}`, `cue found, ${rel}`);
      }
      continue;
    }
    const p = pred[j];
    const exact = gw[i].size === pw[j].size && [...gw[i]].every((w) => pw[j].has(w));
    total.overlap++;
    byKind[g.kind].overlap++;
    predByKind[p.kind].overlap++;
    if (exact) {
      total.exact++;
      byKind[g.kind].exact++;
      predByKind[p.kind].exact++;
    } else error(`boundary ${g.kind}`, `gold: ${snippet(g.content)}\n      ours: ${snippet(p.content)}`);
    if (g.cue.length) cueMatchedPairs++;
    if (g.cue.length && p.cue.length && overlaps(g.cue, p.cue)) {
      cueHit++;
      tallyCause('right cue, words against gold', wordRelation(words(text, p.cue), words(text, g.cue)));
    } else if (g.cue.length) {
      tallyCause('gold cue missed, quote matched', p.cue.length ? 'our cue elsewhere' : 'our quote has no cue');
      if (p.cue.length) tallyCause('spurious cue, quote matched', 'gold cue elsewhere');
      error('cue wrong or missing', `gold [${g.cueText}] ours [${p.cue.length ? snippet(p.cue) : '-'}] ${snippet(g.content).slice(0, 80)}`);
    } else if (p.cue.length) tallyCause('spurious cue, quote matched', 'gold has no cue');
    if (g.source.length) {
      speaker.n++;
      speaker.byKind[g.kind][1]++;
      let right = false;
      if (p.speakerMention && overlaps([p.speakerMention], g.source)) right = true;
      // a relative pronoun as gold source ("Smith, who said …") stands for the phrase right before it
      if (!right && p.speakerMention && /^(who|which|that)$/i.test(snippet(g.source).trim())) {
        const gap = text.slice(p.speakerMention[1], g.source[0][0]);
        right = p.speakerMention[1] <= g.source[0][0] && /^[\s,]*$/.test(gap);
      }
      if (!right && p.speakerEntity && overlaps(entityMentions.get(p.speakerEntity) ?? [], g.source)) right = true;
      if (!right && p.speakerName) {
        const src = snippet(g.source).toLowerCase();
        right = p.speakerName.toLowerCase().split(/\s+/).some((w) => w.length > 2 && new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(src));
      }
      if (right) {
        speaker.right++;
        speaker.byKind[g.kind][0]++;
      } else {
        error(p.speakerMention ? 'speaker wrong' : 'speaker missing', `gold [${snippet(g.source)}] ours [${p.speakerMention ? snippet([p.speakerMention]) : '-'}${p.speakerName ? ' = ' + p.speakerName : ''}] (${p.rule}) ${snippet(g.content).slice(0, 80)}`);
      }
    }
  }
  for (let j = 0; j < pred.length; j++) {
    const r = byRule.get(pred[j].rule) ?? [0, 0];
    r[1]++;
    if (pMatch.has(j)) r[0]++;
    byRule.set(pred[j].rule, r);
    const cueKey = pred[j].cue.length ? cueText(pred[j].cue).toLowerCase() : '-';
    const pc = precisionByCue.get(cueKey) ?? [0, 0];
    pc[1]++;
    if (pMatch.has(j)) pc[0]++;
    precisionByCue.set(cueKey, pc);
    if (dumpPath && !pMatch.has(j)) dumpRows.push({ t: 'spurious', base, overlapCause: overlapCauses ? spuriousCause(view, j) : null, kind: pred[j].kind, rule: pred[j].rule, content: pred[j].content, cue: pred[j].cue, predLemma: pred[j].cue.length ? cueLemma(pred[j].cue) : null, predSpeaker: pred[j].speakerMention, predSpeakerEntity: pred[j].speakerEntity });
    if (!pMatch.has(j) && overlapCauses) {
      const cause = spuriousCause(view, j);
      tallyOverlap('spurious', cause, pred[j].kind);
      if (cause.startsWith('no gold content there')) {
        bump(overlapRules, pred[j].rule);
        bump(overlapLemmas, pred[j].cue.length ? cueLemma(pred[j].cue) : '-');
      }
    }
    if (!pMatch.has(j)) error(`spurious ${pred[j].kind} (${pred[j].rule})`, `${snippet(pred[j].content)}  <${base}>`);
    if (!pMatch.has(j) && pred[j].cue.length) {
      tallyCause('spurious cue, quote spurious', gold.some((g) => overlaps(g.cue, pred[j].cue)) ? 'over a gold cue (content off)' : 'no gold cue there');
    }
  }
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
function row(label: string, hits: number, pred: number, gold: number) {
  const p = pred ? hits / pred : 0;
  const r = gold ? hits / gold : 0;
  return `${label.padEnd(30)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1(p, r))}`;
}
console.log(`PolNeAR ${split}: ${articles} articles, ${total.gold} gold attributions, ${total.pred} predicted`);
console.log(`${unattributed} of our quotes have neither cue nor speaker`);
console.log(`counts: gold ${total.gold}, predicted ${total.pred}, exact ${total.exact}, overlap ${total.overlap}; cues gold ${cueGold}, predicted ${cuePred}, right ${cueHit}; speakers ${speaker.right} of ${speaker.n}`);
console.log(`speed: ${(articles / (ms / 1000)).toFixed(1)} articles/s, ${((chars / 1024) / (ms / 1000)).toFixed(0)} KiB/s (full pipeline)`);
console.log(`quotes component alone: ${(quotesMs / articles).toFixed(2)} ms/article, ${Math.round(tokens / (quotesMs / 1000)).toLocaleString('en')} tokens/s`);
console.log('\ncontent');
console.log(row('  all, exact (words)', total.exact, total.pred, total.gold));
console.log(row('  all, overlap >= 0.5', total.overlap, total.pred, total.gold));
console.log(row('  all, overlap >= 0.3 (as GGT)', overlap03, total.pred, total.gold));
for (const k of ['direct', 'indirect', 'mixed'] as Kind[]) {
  const g = byKind[k];
  const p = predByKind[k];
  const rate = (x: number, n: number) => pct(n ? x / n : 0);
  console.log(
    `  ${k.padEnd(9)} gold ${String(g.gold).padStart(5)}  R exact ${rate(g.exact, g.gold)}  R overlap ${rate(g.overlap, g.gold)}` +
      `   |  ours ${String(p.pred).padStart(5)}  P exact ${rate(p.exact, p.pred)}  P overlap ${rate(p.overlap, p.pred)}`,
  );
}
console.log('  (precision by our kind, recall by gold kind)');
console.log(`  speech attributions only (gold ${speech.gold} with a verb of saying, "according to" or a label colon; ours ${speech.pred} with such a cue or a direct quote):`);
console.log(row('    speech, exact (words)', speech.exact, speech.pred, speech.gold));
console.log(row('    speech, overlap >= 0.5', speech.overlap, speech.pred, speech.gold));
console.log(`\ncue ${row('', cueHit, cuePred, cueGold).trim()}   (cue right on a matched pair)`);
console.log(`cue accuracy on matched quotes: ${pct(cueMatchedPairs ? cueHit / cueMatchedPairs : 0)}% of ${cueMatchedPairs}`);
console.log(`pronoun speakers ("he said"): ${pronouns.n}, resolved to an entity by the entities layer: ${pct(pronouns.n ? pronouns.resolved / pronouns.n : 0)}%`);
console.log(`speaker accuracy on matched quotes: ${pct(speaker.n ? speaker.right / speaker.n : 0)}% of ${speaker.n}`);
for (const k of ['direct', 'indirect', 'mixed'] as Kind[]) {
  const [r, n] = speaker.byKind[k];
  console.log(`  ${k.padEnd(9)} ${pct(n ? r / n : 0)}% of ${n}`);
}
console.log(`
published figures (their data, same measures)
  Gender Gap Tracker      quotes P 84.6 / R 82.7 / F1 83.7 at >= 0.3 overlap, speaker 86.5%
  BBC Citron (PARC 3.0)   content exact F1 56.7, overlap F1 83.2, cue F1 82.3, speaker 82.0%
  Guardian/AFP (direct)   speaker 84%, cue 86%, content 93%
targets: content F1 >= 80 overlap, >= 60 exact; speaker >= 88%; cue F1 >= 85`);
console.log('\nprecision by rule (overlap >= 0.5)');
console.log(
  [...byRule.entries()]
    .sort((a, b) => b[1][1] - a[1][1])
    .map(([rule, [hit, n]]) => `  ${rule.padEnd(24)} ${pct(hit / n)}% of ${n}`)
    .join('\n'),
);
console.log('\nerror kinds');
for (const [kind, e] of [...errors.entries()].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`  ${String(e.count).padStart(5)}  ${kind}`);
  for (const s of e.samples) console.log(`         - ${s}`);
}
/** The causes of one breakdown group, most frequent first: `n total: cause n | cause n`. */
function causes(group: string): { n: number; line: string } {
  const rows = [...breakdown.entries()].filter(([k]) => k.startsWith(`${group}|`)).sort((a, b) => b[1] - a[1]);
  const n = rows.reduce((s, [, v]) => s + v, 0);
  return { n, line: `${String(n).padStart(6)}: ${rows.map(([k, v]) => `${k.slice(group.length + 1)} ${v}`).join(' | ')}` };
}
const sameCueWords = breakdown.get('right cue, words against gold|same') ?? 0;
console.log('\ncue F1 by cause (a cue is right only on a content pair matched at overlap >= 0.5; cue spans compared by overlap)');
console.log(`  gold cues ${cueGold}: right ${cueHit}, missed ${cueGold - cueHit}`);
console.log(`    quote missed  ${causes('gold cue missed, quote missed').line}`);
console.log(`    quote matched ${causes('gold cue missed, quote matched').line}`);
console.log(`  our cues ${cuePred}: right ${cueHit}, spurious ${cuePred - cueHit}`);
console.log(`    quote spurious${causes('spurious cue, quote spurious').line}`);
console.log(`    quote matched ${causes('spurious cue, quote matched').line}`);
console.log(`  right cues, our words against gold's ${causes('right cue, words against gold').line}`);
console.log(`  (cue F1 if the cue words had to be the same: ${pct(f1(cuePred ? sameCueWords / cuePred : 0, cueGold ? sameCueWords / cueGold : 0))})`);
console.log(`  lexicon cues not detected, where they stand ${causes('lexicon cue not detected').line}`);
console.log('missed contents by the gold cue\'s shape (its words\' parts of speech) and cause');
const shapes = [...breakdown.entries()].filter(([k]) => k.startsWith('missed content by cue shape|')).sort((a, b) => b[1] - a[1]);
for (const [k] of shapes) {
  const shape = k.slice('missed content by cue shape|'.length);
  console.log(`  ${shape.padEnd(14)}${causes(`missed content, ${shape}`).line}`);
}

if (overlapCauses) {
  // each cause with its count by kind, most frequent first; F1 at overlap moves by one match per recovered gold
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${v}`).join(' | ');
  for (const section of ['missed', 'spurious'] as const) {
    const rows = [...overlapTable.entries()].filter(([k]) => k.startsWith(`${section}|`));
    const sum = (r: Record<Kind, number>) => r.direct + r.indirect + r.mixed;
    const all = rows.reduce((n, [, r]) => n + sum(r), 0);
    console.log(`\n${section === 'missed' ? 'missed gold contents (kind: gold\'s)' : 'spurious contents of ours (kind: ours)'} by cause: ${all}`);
    console.log(`  ${'cause'.padEnd(78)} ${'all'.padStart(6)} ${'direct'.padStart(7)} ${'indirect'.padStart(8)} ${'mixed'.padStart(6)}`);
    for (const [k, r] of rows.sort((a, b) => sum(b[1]) - sum(a[1]))) {
      console.log(`  ${k.slice(section.length + 1).padEnd(78)} ${String(sum(r)).padStart(6)} ${String(r.direct).padStart(7)} ${String(r.indirect).padStart(8)} ${String(r.mixed).padStart(6)}`);
    }
  }
  console.log(`  spurious with no gold content there, by rule: ${top(overlapRules, 14)}`);
  console.log(`  … by cue lemma: ${top(overlapLemmas, 25)}`);
}

if (process.env.QUOTES_DEBUG_CUES) {
  console.log('\nrecall by gold cue');
  console.log([...cueRecall.entries()].sort((a, b) => b[1][1] - a[1][1]).slice(0, 40).map(([k, [h, n]]) => `${k} ${h}/${n}`).join(' | '));
  console.log('\nprecision by predicted cue (overlap >= 0.5)');
  console.log([...precisionByCue.entries()].sort((a, b) => b[1][1] - a[1][1]).slice(0, 150).map(([k, [h, n]]) => `${k} ${h}/${n}`).join(' | '));
  console.log('\nmissed gold cues');
  console.log([...missedCues.entries()].sort((a, b) => b[1] - a[1]).slice(0, 120).map(([k, v]) => `${v} ${k}`).join(' | '));
}

if (dumpPath) writeFileSync(dumpPath, JSON.stringify(dumpRows));

/** Floors for --check on PolNeAR dev, in percent: just under the measured figures (README, Accuracy). */
const CHECK_FLOORS = { overlapF1: 73.6, exactF1: 61.0, cueF1: 70.0, speaker: 94.6 } as const;
if (check) {
  const f1of = (hits: number, pred: number, gold: number) => 100 * f1(pred ? hits / pred : 0, gold ? hits / gold : 0);
  const got = {
    overlapF1: f1of(total.overlap, total.pred, total.gold),
    exactF1: f1of(total.exact, total.pred, total.gold),
    cueF1: f1of(cueHit, cuePred, cueGold),
    speaker: speaker.n ? (100 * speaker.right) / speaker.n : 0,
  };
  const failed = (Object.keys(CHECK_FLOORS) as (keyof typeof CHECK_FLOORS)[]).filter((k) => got[k] < CHECK_FLOORS[k]);
  if (split !== 'dev' || limit) console.log('\ncheck: floors are set for the full dev split');
  for (const k of Object.keys(CHECK_FLOORS) as (keyof typeof CHECK_FLOORS)[]) {
    console.log(`check ${k.padEnd(10)} ${got[k].toFixed(1)} (floor ${CHECK_FLOORS[k].toFixed(1)})${failed.includes(k) ? '  BELOW FLOOR' : ''}`);
  }
  if (failed.length) {
    console.error(`eval:quotes --check failed: ${failed.join(', ')} below the floor`);
    process.exit(1);
  }
}
