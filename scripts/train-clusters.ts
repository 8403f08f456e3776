// Builds the NER tagger's word classes (models/clusters/news-clusters.tsv.gz) from UNLABELLED text read in
// place from ../shared (DETENTE_SHARED), never from an evaluation test split:
//   corpora/bbc-fulltext (BBC 2004–05), corpora/reuters-21578 (Reuters 1987, <BODY> text),
//   corpora/tempeval3/derived/*.jsonl (AFP, AP, NYT, Xinhua… newswire), and the words (not the labels) of the
//   NER training sets: GMB (VOA news), GUM train + dev, UNER English-EWT dev.
// Left out: re3d (its documents include the re3d test set), GUM test, UNER test, the seed article.
// Deterministic (no randomness; see ner-clusters-train.ts). Usage:
//   npm run train:clusters [-- --depth 10 --min-count 3 --passes 12 --out models/clusters/news-clusters.tsv.gz]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tokenKey } from '../src/extract/entities/gazetteer.js';
import { clusterWords, corpusTokens } from '../src/extract/entities/ner-clusters-train.js';
import { serialiseWordClusters } from '../src/extract/entities/ner-clusters.js';
import { gumFiles, gumSplit, readGmb, readGum, readIob } from '../src/extract/entities/ner-corpora.js';
import { REPO_ROOT, scriptOption, sharedDir } from './script-setup.js';

const root = REPO_ROOT;
const shared = sharedDir();
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => scriptOption(name, dflt, args);
const depth = Number(opt('depth', '10'));
const minCount = Number(opt('min-count', '3'));
const passes = Number(opt('passes', '12'));
const out = resolve(root, opt('out', 'models/clusters/news-clusters.tsv.gz'));
if (!existsSync(join(shared, 'corpora'))) {
  console.error(`unlabelled corpora missing: ${join(shared, 'corpora')} (set DETENTE_SHARED)`);
  process.exit(1);
}

const sentences: string[][] = [];
const sources: Record<string, number> = {};
const addLine = (source: string, line: string) => {
  const t = corpusTokens(line).map(tokenKey);
  if (t.length === 0) return;
  sentences.push(t);
  sources[source] = (sources[source] ?? 0) + t.length;
};
const addWords = (source: string, words: readonly string[]) => {
  sentences.push(words.map(tokenKey));
  sources[source] = (sources[source] ?? 0) + words.length;
};

const bbc = join(shared, 'corpora', 'bbc-fulltext', 'bbc');
for (const topic of readdirSync(bbc).filter((d) => !d.includes('.')).sort()) {
  for (const f of readdirSync(join(bbc, topic)).filter((x) => x.endsWith('.txt')).sort()) {
    for (const line of readFileSync(join(bbc, topic, f), 'latin1').split(/\r?\n/)) addLine('bbc', line);
  }
}
const sgm = join(shared, 'corpora', 'reuters-21578', 'sgm-data');
const entity = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#\d+;/g, ' ');
for (const f of readdirSync(sgm).filter((x) => x.endsWith('.sgm')).sort()) {
  const text = readFileSync(join(sgm, f), 'latin1');
  for (const m of text.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) {
    // Paragraphs are indented; lines inside one are hard-wrapped.
    for (const para of entity(m[1]).replace(/\s*Reuter\s*$/, '').split(/\n\s{2,}/)) addLine('reuters', para.replace(/\s+/g, ' '));
  }
}
const te3 = join(shared, 'corpora', 'tempeval3', 'derived');
for (const f of readdirSync(te3).filter((x) => x.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(join(te3, f), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const doc = JSON.parse(line) as { title?: string; text?: string };
    for (const para of (doc.text ?? '').split(/\n+/)) addLine('tempeval3', para);
  }
}
const ner = join(shared, 'gold', 'ner');
for (const s of readGmb(join(ner, 'gmb', 'ner_dataset.csv.zip'))) addWords('gmb (words only)', s.words);
for (const split of ['train', 'dev'] as const) for (const s of readGum(gumFiles(join(ner, 'gum'), gumSplit(join(ner, 'gum'), split)))) addWords(`gum-${split} (words only)`, s.words);
for (const s of readIob(join(ner, 'uner-en-ewt', 'en_ewt-ud-dev.iob2'), { PER: 'PER', ORG: 'ORG', LOC: 'LOC' }, 1, 2)) addWords('uner-ewt-dev (words only)', s.words);
console.log('tokens per source:', sources, 'sentences:', sentences.length);

const t0 = process.cpuUsage();
const c = clusterWords(sentences, {
  depth,
  minCount,
  passes,
  onLevel: (level, n, objective) => console.log(`level ${level}: ${n} passes, objective ${objective.toFixed(0)} (${((process.cpuUsage(t0).user / 1e6)).toFixed(1)} CPU-s)`),
});
mkdirSync(dirname(out), { recursive: true });
const gz = gzipSync(serialiseWordClusters(c.depth, c.words, c.bits), { level: 9 });
writeFileSync(out, gz);
console.log(`wrote ${out}: ${c.words.length} words, ${1 << depth} classes, ${(gz.length / 1e6).toFixed(2)} MB`);
// A glimpse of the classes of a few words, for a sanity check.
for (const w of ['london', 'paris', 'john', 'david', 'monday', 'said', 'company', 'minister', 'microsoft', 'iraq']) {
  const i = c.words.indexOf(w);
  if (i >= 0) console.log(w, c.bits[i], c.words.filter((_, j) => c.bits[j] === c.bits[i]).slice(0, 12).join(' '));
}
