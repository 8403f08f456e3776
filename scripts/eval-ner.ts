// Evaluates detente's NER against gold data in ../shared/gold/ner (read in place): exact-match P/R/F1
// per type and micro-averaged over PER/ORG/LOC for the tagger alone, for the whole entity component
// (rules + tagger, name mentions; GPE/LOC/FAC count as LOC) and for compromise (people/places/
// organizations) on the same sentences, side by side, plus speed in tokens per CPU-second.
// Sets: UNER English-EWT test (PER/ORG/LOC), GUM news documents of the official test split, re3d test
// (all mentions, and named mentions only).
// Usage: npm run eval:ner [-- --model models/ner/ner-perceptron.bin.gz] [--check] [--errors DIR] [--groups]
//        [--dev [--gum-train] [--uner-folds FILE0,FILE1]] [--sets NAME,NAME] [--no-compromise]
// --groups: prints the entity component's errors of each set grouped: boundary (same type, overlapping span,
// keyed by the words added or lost at either edge: "+the", "-'s"), type (same span, gold→predicted),
// both, and spurious/missed spans by type and letter case, with counts and examples.
// --dev: evaluates the development sets instead, for finding error groups without reading the test
// sets: UNER English-EWT dev (web text, in the tagger's training data: its tagger figures are near 1,
// so the component's errors there are those of the rules around the tagger; with a model trained
// without it, `npm run train:ner -- --no-uner --out FILE` and `--model FILE`, a held-out web set), GUM dev (all genres), GENTLE (GUM's out-of-domain test2, never trained on), re3d train (named
// mentions). GUM dev and re3d train are in the tagger's training data, so their tagger figures are optimistic.
// --uner-folds FILE0,FILE1…: with --dev, UNER dev is read in N document folds (N = number of files), fold K
// with model FILE_K, trained with `npm run train:ner -- --uner-holdout K/N --out FILE_K` (the default data,
// UNER dev less that fold): a held-out web set read by taggers that have seen the rest of the in-domain
// web data, as the shipped tagger meets UNER test; the folds' counts are summed into one line.
// --sets: only the sets whose name contains one of the given strings (case-insensitive).
// --no-compromise: skips compromise (faster).
// --errors DIR: writes DIR/<set>.txt listing, per sentence with a difference, the entity component's
// false positives (+) and misses (-) against the gold spans, for error analysis.
// --check: exit 1 when a micro-F1 falls below its floor in FLOORS (a regression guard for CI; the floors
// sit just under the shipped model's figures in docs/models.md).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEntityResources, type EntityResources } from '../src/extract/entities/resources.js';
import { foldSentences } from './uner-folds.js';
import { keepNamedMentions, readGum, readIob, gumFiles, gumSplit, demonymPredicate, namePrefixPredicate, type GoldSentence } from '../src/extract/entities/ner-corpora.js';
import { loadNerModel, spansOf, tagWords, type TokenSpan } from '../src/extract/entities/ner-tagger.js';
import { extractEntities } from '../src/extract/entities/extract-entities.js';
import { createNlp } from '../src/nlp/nlp.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.DETENTE_SHARED ?? '../shared');
const args = process.argv.slice(2);
const mi = args.indexOf('--model');
const modelPath = resolve(root, mi >= 0 ? args[mi + 1] : 'models/ner/ner-perceptron.bin.gz');
const ner = join(shared, 'gold', 'ner');
if (!existsSync(ner)) {
  console.error(`gold data missing: ${ner} (set DETENTE_SHARED)`);
  process.exit(1);
}
const require = createRequire(import.meta.url);
const nlp = require('compromise') as (text: string) => {
  people(): { json(o: unknown): { offset: { start: number; length: number } }[] };
  places(): { json(o: unknown): { offset: { start: number; length: number } }[] };
  organizations(): { json(o: unknown): { offset: { start: number; length: number } }[] };
};

const res = loadEntityResources({ nerModel: modelPath });
const re3dTest = readIob(join(ner, 're3d', 'CONLL-format', 'data', 'test', 're3d-test.conll'), { Person: 'PER', Organisation: 'ORG', Location: 'LOC' }, 0, 1);
const gumDir = join(ner, 'gum');
// GUM person mentions include titles ("Prime Minister John Key", "Vice President Ford"): leading title
// words, multi-word ones too, are left out of the gold name as in CoNLL (namePrefixPredicate, as for re3d).
const isTitle = namePrefixPredicate(res.gazetteer);
const isPeople = demonymPredicate(res.gazetteer);
/** A set to evaluate; `res` replaces the shared resources (another tagger) and `total` names a line summing sets. */
interface EvalSet { name: string; data: GoldSentence[]; byDocument: boolean; res?: EntityResources; total?: string }
const ui = args.indexOf('--uner-folds');
const foldModels = ui >= 0 ? args[ui + 1].split(',').map((f) => resolve(root, f)) : [];
const unerDev = (): EvalSet[] => {
  const data = readIob(join(ner, 'uner-en-ewt', 'en_ewt-ud-dev.iob2'), { PER: 'PER', ORG: 'ORG', LOC: 'LOC' }, 1, 2);
  if (foldModels.length < 2) return [{ name: 'UNER EWT dev', data, byDocument: true }];
  return foldModels.map((file, k) => ({
    name: `UNER EWT dev fold ${k}/${foldModels.length}`,
    data: foldSentences(data, { k, n: foldModels.length }, true),
    byDocument: true,
    res: loadEntityResources({ nerModel: file }),
    total: 'UNER EWT dev, folds',
  }));
};
const devSets = (): EvalSet[] => [
  ...unerDev(),
  // --gum-train: GUM's train split too (5,000 names in all genres; in the shipped tagger's training data, so
  // read it with a tagger trained without GUM: `npm run train:ner -- --no-gum --out FILE`, `--model FILE`).
  ...(args.includes('--gum-train') ? [{ name: 'GUM train', data: readGum(gumFiles(gumDir, gumSplit(gumDir, 'train')), isTitle, isPeople), byDocument: true }] : []),
  { name: 'GUM dev', data: readGum(gumFiles(gumDir, gumSplit(gumDir, 'dev')), isTitle, isPeople), byDocument: true },
  { name: 'GENTLE test2', data: readGum(gumFiles(gumDir, gumSplit(gumDir, 'test2')), isTitle, isPeople), byDocument: true },
  {
    name: 're3d train, named mentions',
    data: keepNamedMentions(readIob(join(ner, 're3d', 'CONLL-format', 'data', 'train', 're3d-train.conll'), { Person: 'PER', Organisation: 'ORG', Location: 'LOC' }, 0, 1), namePrefixPredicate(res.gazetteer)),
    byDocument: false,
  },
];
const allSets: EvalSet[] = args.includes('--dev') ? devSets() : [
  { name: 'UNER EWT test', data: readIob(join(ner, 'uner-en-ewt', 'en_ewt-ud-test.iob2'), { PER: 'PER', ORG: 'ORG', LOC: 'LOC' }, 1, 2), byDocument: true },
  { name: 'GUM news test', data: readGum(gumFiles(gumDir, gumSplit(gumDir, 'test').filter((n) => n.includes('_news_'))), isTitle, isPeople), byDocument: true },
  { name: 're3d test', data: re3dTest, byDocument: false },
  // re3d also marks descriptions and pronouns ("the terrorist group", "she") and puts determiners and
  // titles inside names; this view keeps its named mentions in the CoNLL convention, as readGum does.
  // Titles before a person's name are left out, multi-word ones and demonyms too ("Iraqi President Fuad
  // Masum" → "Fuad Masum"), as the GUM reader does with GUM's nested mentions.
  { name: 're3d test, named mentions', data: keepNamedMentions(re3dTest, namePrefixPredicate(res.gazetteer)), byDocument: false },
];
const si = args.indexOf('--sets');
const wanted = si >= 0 ? args[si + 1].toLowerCase().split(',') : null;
const sets = wanted ? allSets.filter((s) => wanted.some((w) => s.name.toLowerCase().includes(w))) : allSets;
const withCompromise = !args.includes('--no-compromise');
const showGroups = args.includes('--groups');
const TYPES = ['PER', 'ORG', 'LOC'];
/** Micro-F1 floors per set for --check: tagger alone and whole entity component. */
const FLOORS: Record<string, { tagger: number; component: number }> = {
  'UNER EWT test': { tagger: 0.66, component: 0.766 },
  'GUM news test': { tagger: 0.70, component: 0.85 },
  // re3d floors lowered 2026-11-30 (0.334 -> 0.329, 0.577 -> 0.560): lower-case group phrases ("Iraqi forces") are
  // descriptions since group-descriptions.ts, which re3d marks as organisations and UNER, GUM and CoNLL do not.
  're3d test': { tagger: 0.38, component: 0.329 },
  're3d test, named mentions': { tagger: 0.56, component: 0.56 },
};
const check = args.includes('--check');
const ei = args.indexOf('--errors');
const errorsDir = ei >= 0 ? resolve(args[ei + 1]) : null;
const failures: string[] = [];

interface Counts { tp: number; fp: number; fn: number }
const empty = (): Record<string, Counts> => Object.fromEntries([...TYPES, 'micro'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
function score(c: Record<string, Counts>, gold: TokenSpan[], pred: TokenSpan[]): void {
  const g = new Set(gold.filter((s) => TYPES.includes(s.type)).map((s) => `${s.start}:${s.end}:${s.type}`));
  const p = new Set(pred.filter((s) => TYPES.includes(s.type)).map((s) => `${s.start}:${s.end}:${s.type}`));
  for (const k of p) {
    const t = k.split(':')[2];
    if (g.has(k)) { c[t].tp++; c.micro.tp++; } else { c[t].fp++; c.micro.fp++; }
  }
  for (const k of g) if (!p.has(k)) { const t = k.split(':')[2]; c[t].fn++; c.micro.fn++; }
}
const prf = (c: Counts) => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
};

/** A predicted token span with the provenance rule of the mention it came from (entity component only). */
type RuledSpan = TokenSpan & { readonly rule?: string };

/** Maps char spans over `words.join(' ')` back to token spans; spans not on token edges are dropped. */
function charToTokens(words: readonly string[], spans: { start: number; end: number; type: string; rule?: string }[]): RuledSpan[] {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let at = 0;
  words.forEach((w, i) => {
    starts.set(at, i);
    ends.set(at + w.length, i + 1);
    at += w.length + 1;
  });
  const out: RuledSpan[] = [];
  for (const s of spans) {
    const a = starts.get(s.start);
    const b = ends.get(s.end);
    if (a !== undefined && b !== undefined && b > a) out.push({ start: a, end: b, type: s.type, ...(s.rule ? { rule: s.rule } : {}) });
  }
  return out;
}

/**
 * Error lines of one sentence: its text, then "+ TYPE span  [rule]" for false positives (the provenance rule of
 * the component's mention, when known), "- TYPE span" for misses.
 */
function errorReport(s: GoldSentence, gold: TokenSpan[], pred: RuledSpan[]): string[] {
  const key = (x: TokenSpan) => `${x.start}:${x.end}:${x.type}`;
  const g = gold.filter((x) => TYPES.includes(x.type));
  const p = pred.filter((x) => TYPES.includes(x.type));
  const gk = new Set(g.map(key));
  const pk = new Set(p.map(key));
  const show = (x: TokenSpan) => `${x.type} ${s.words.slice(x.start, x.end).join(' ')}`;
  const lines = [...p.filter((x) => !gk.has(key(x))).map((x) => `  + ${show(x)}${x.rule ? `  [${x.rule}]` : ''}`), ...g.filter((x) => !pk.has(key(x))).map((x) => `  - ${show(x)}`)];
  return lines.length > 0 ? [`[${s.doc}] ${s.words.join(' ')}`, ...lines] : [];
}

/** Letter case of a span's words: "lower", "caps" (all capitals), "title" (otherwise). */
function caseOf(words: readonly string[]): string {
  const letters = words.join('');
  if (!/\p{Lu}/u.test(letters)) return 'lower';
  if (!/\p{Ll}/u.test(letters)) return 'caps';
  return 'title';
}

/**
 * Error groups of one sentence: a predicted span overlapping a gold span of the same type with other
 * edges is a boundary error keyed by the words added (+) or lost (-) at each edge (single lower-cased
 * words, "+N words" when longer); same edges with another type is a type error ("gold→pred"); overlap
 * with other edges and type is "boundary+type"; the rest are spurious (fp) or missed (fn) by type and case.
 */
function errorGroups(s: GoldSentence, gold: TokenSpan[], pred: TokenSpan[]): { group: string; example: string }[] {
  const g = gold.filter((x) => TYPES.includes(x.type));
  const p = pred.filter((x) => TYPES.includes(x.type));
  const same = (a: TokenSpan, b: TokenSpan) => a.start === b.start && a.end === b.end;
  const overlaps = (a: TokenSpan, b: TokenSpan) => a.start < b.end && b.start < a.end;
  const text = (x: TokenSpan) => s.words.slice(x.start, x.end).join(' ');
  const edge = (from: number, to: number, sign: string) => {
    if (from >= to) return '';
    const w = s.words.slice(from, to);
    return w.length === 1 ? `${sign}${w[0].toLowerCase()}` : `${sign}${w.length} words`;
  };
  const out: { group: string; example: string }[] = [];
  const usedGold = new Set<TokenSpan>();
  for (const x of p) {
    if (g.some((y) => same(x, y) && x.type === y.type)) continue;
    const exact = g.find((y) => same(x, y));
    if (exact) {
      usedGold.add(exact);
      out.push({ group: `type ${exact.type}→${x.type}`, example: text(x) });
      continue;
    }
    const o = g.find((y) => overlaps(x, y) && !p.some((z) => same(z, y) && z.type === y.type));
    if (o) {
      usedGold.add(o);
      const left = x.start < o.start ? edge(x.start, o.start, '+') : edge(o.start, x.start, '-');
      const right = x.end > o.end ? edge(o.end, x.end, '+') : edge(x.end, o.end, '-');
      const kind = o.type === x.type ? 'boundary' : `boundary+type ${o.type}→${x.type}`;
      out.push({ group: `${kind} [${left || '='} | ${right || '='}]`, example: `${text(o)} → ${text(x)}` });
      continue;
    }
    out.push({ group: `fp ${x.type} ${caseOf(s.words.slice(x.start, x.end))}`, example: text(x) });
  }
  for (const y of g) {
    if (usedGold.has(y) || p.some((x) => same(x, y) && x.type === y.type)) continue;
    out.push({ group: `fn ${y.type} ${caseOf(s.words.slice(y.start, y.end))}`, example: text(y) });
  }
  return out;
}

/** Prints error groups, largest first, with up to `n` examples each. */
function printGroups(groups: Map<string, string[]>, n = Number(process.env.NER_GROUP_EXAMPLES ?? 6)): void {
  const rows = [...groups].sort((a, b) => b[1].length - a[1].length);
  const coarse = new Map<string, number>();
  for (const [k, v] of rows) {
    const c = k.split(' [')[0].replace(/ (lower|caps|title)$/, '');
    coarse.set(c, (coarse.get(c) ?? 0) + v.length);
  }
  console.log(`error groups: ${[...coarse].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [k, v] of rows) if (v.length >= 2) console.log(`  ${String(v.length).padStart(4)}  ${k}: ${v.slice(0, n).join(' | ')}`);
}

const ENTITY_TYPES: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC' };

/**
 * The full entity component (rules + tagger + aliases) on a group of sentences parsed as one article
 * (one sentence a line), so that aliases work across sentences as in real use: the name mentions of
 * each sentence as token spans.
 */
function componentSpans(sentences: readonly GoldSentence[], res: EntityResources): RuledSpan[][] {
  const lines = sentences.map((s) => s.words.join(' '));
  const offsets: number[] = [];
  let at = 0;
  for (const l of lines) {
    offsets.push(at);
    at += l.length + 1;
  }
  const doc = nlp2.parse(lines.join('\n'));
  const per: { start: number; end: number; type: string; rule: string }[][] = sentences.map(() => []);
  for (const e of extractEntities(doc, res)) {
    const type = ENTITY_TYPES[e.type];
    if (!type) continue;
    for (const m of e.mentions) {
      if (m.kind !== 'name') continue;
      let k = offsets.length - 1;
      while (k > 0 && offsets[k] > m.start) k--;
      per[k].push({ start: m.start - offsets[k], end: m.end - offsets[k], type, rule: m.provenance.rule });
    }
  }
  return sentences.map((s, k) => charToTokens(s.words, per[k]));
}

function compromiseSpans(words: readonly string[]): TokenSpan[] {
  const starts: number[] = [];
  let text = '';
  for (const w of words) {
    if (text) text += ' ';
    starts.push(text.length);
    text += w;
  }
  const doc = nlp(text);
  const out: TokenSpan[] = [];
  const add = (list: { offset: { start: number; length: number } }[], type: string) => {
    for (const m of list) {
      const a = m.offset.start;
      const b = a + m.offset.length;
      let s = starts.findIndex((x, i) => x <= a && a < x + words[i].length);
      if (s < 0) s = starts.findIndex((x) => x >= a);
      let e = s;
      while (e < words.length && starts[e] < b) e++;
      // compromise keeps a possessive or trailing punctuation on the term; the gold span does not.
      while (e > s + 1 && /^(?:'s|'|[.,;:!?)"])$/.test(words[e - 1])) e--;
      if (s >= 0 && e > s) out.push({ start: s, end: e, type });
    }
  };
  add(doc.people().json({ offset: true }), 'PER');
  add(doc.places().json({ offset: true }), 'LOC');
  add(doc.organizations().json({ offset: true }), 'ORG');
  return out;
}

const model = loadNerModel(modelPath);
const nlp2 = createNlp();
const fmt = (x: number) => x.toFixed(3);
console.log(`model ${modelPath} (${model.weights.size} features; trained on ${JSON.stringify(model.meta.sources ?? {})})\n`);
const totals = new Map<string, { ours: Record<string, Counts>; component: Record<string, Counts> }>();
for (const set of sets) {
  const setRes = set.res ?? res;
  const setModel = setRes.ner ?? model;
  const ours = empty();
  const theirs = empty();
  const component = empty();
  let tokens = 0;
  let ourMs = 0;
  let theirMs = 0;
  // The entity component sees each document whole (re3d has no document ids: sentence by sentence).
  const groups = new Map<string, number[]>();
  set.data.forEach((s, i) => {
    const key = set.byDocument ? s.doc : String(i);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const componentBySentence: RuledSpan[][] = new Array(set.data.length);
  const errorLines: string[] = [];
  const groups2 = new Map<string, string[]>();
  for (const idx of groups.values()) componentSpans(idx.map((i) => set.data[i]), setRes).forEach((sp, k) => (componentBySentence[idx[k]] = sp));
  for (const [si, s] of set.data.entries()) {
    const gold = spansOf(s.labels);
    tokens += s.words.length;
    const pred = spansOf(tagWords(setModel, s.words, setRes));
    score(ours, gold, pred);
    if (withCompromise) score(theirs, gold, compromiseSpans(s.words));
    if (showGroups) for (const e of errorGroups(s, gold, componentBySentence[si])) groups2.set(e.group, [...(groups2.get(e.group) ?? []), e.example]);
    score(component, gold, componentBySentence[si]);
    if (errorsDir) errorLines.push(...errorReport(s, gold, componentBySentence[si]));
  }
  if (errorsDir) {
    mkdirSync(errorsDir, { recursive: true });
    writeFileSync(join(errorsDir, `${set.name.replace(/\W+/g, '-').toLowerCase()}.txt`), errorLines.join('\n') + '\n');
  }
  // Speed: a second, timed pass over the whole set for each tool (CPU time of this process).
  let c = process.cpuUsage();
  for (const s of set.data) tagWords(setModel, s.words, setRes);
  c = process.cpuUsage(c);
  ourMs = (c.user + c.system) / 1000;
  c = process.cpuUsage();
  if (withCompromise) for (const s of set.data) compromiseSpans(s.words);
  c = process.cpuUsage(c);
  theirMs = (c.user + c.system) / 1000;
  console.log(`== ${set.name}: ${set.data.length} sentences, ${tokens} tokens, gold entities ${ours.micro.tp + ours.micro.fn}`);
  console.log('type    tagger P / R / F1         entity component P / R / F1   compromise P / R / F1');
  for (const t of [...TYPES, 'micro']) {
    const a = prf(ours[t]);
    const c = prf(component[t]);
    const b = prf(theirs[t]);
    console.log(`${t.padEnd(6)}  ${fmt(a.p)} / ${fmt(a.r)} / ${fmt(a.f)}     ${fmt(c.p)} / ${fmt(c.r)} / ${fmt(c.f)}         ${fmt(b.p)} / ${fmt(b.r)} / ${fmt(b.f)}`);
  }
  if (showGroups) printGroups(groups2);
  const floor = FLOORS[set.name];
  if (floor) {
    const t = prf(ours.micro).f;
    const c = prf(component.micro).f;
    if (t < floor.tagger) failures.push(`${set.name}: tagger micro-F1 ${fmt(t)} < floor ${floor.tagger}`);
    if (c < floor.component) failures.push(`${set.name}: entity component micro-F1 ${fmt(c)} < floor ${floor.component}`);
  }
  if (set.total) {
    const t = totals.get(set.total) ?? { ours: empty(), component: empty() };
    for (const k of [...TYPES, 'micro']) {
      for (const f of ['tp', 'fp', 'fn'] as const) {
        t.ours[k][f] += ours[k][f];
        t.component[k][f] += component[k][f];
      }
    }
    totals.set(set.total, t);
  }
  console.log(`speed (tokens per CPU-second, one core, second pass): detente tagger ${Math.round(tokens / (ourMs / 1000)).toLocaleString('en')}, compromise ${withCompromise ? Math.round(tokens / (theirMs / 1000)).toLocaleString('en') : 'skipped'}\n`);
}
for (const [name, t] of totals) {
  console.log(`== ${name}: summed over its sets`);
  console.log('type    tagger P / R / F1         entity component P / R / F1');
  for (const k of [...TYPES, 'micro']) {
    const a = prf(t.ours[k]);
    const c = prf(t.component[k]);
    console.log(`${k.padEnd(6)}  ${fmt(a.p)} / ${fmt(a.r)} / ${fmt(a.f)}     ${fmt(c.p)} / ${fmt(c.r)} / ${fmt(c.f)}`);
  }
  console.log('');
}
if (check) {
  if (failures.length > 0) {
    console.error(`NER regression check failed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('NER regression check passed (floors in scripts/eval-ner.ts)');
}
