// Builds data/actors/word-names.json: the given names of our first-name lists (data/actors/first-names.json,
// from the @stdlib name datasets) that news text mostly writes in lower case, i.e. that are ordinary English
// words ("job", "bear", "olive", "chase", "summer"). A capitalised run opening with such a word ("Job
// Title", "Olive Garden", "Bear Stearns") is no evidence of a person by itself (see word-names.ts).
// Counted on UNLABELLED news read in place from ../shared (DETENTE_SHARED), never from an evaluation set:
//   corpora/bbc-fulltext (BBC 2004–05), corpora/reuters-21578 (Reuters 1987, <BODY> text),
//   corpora/tempeval3/derived/*.jsonl (AFP, AP, NYT, Xinhua… newswire).
// Only words inside a sentence count (not after . ! ? : or a quotation mark, not at a line start), so a
// sentence-initial capital says nothing. A name is listed when it occurs there at least --min-count times
// and in lower case at least --min-lower of those times. The file holds names only (facts), no text.
// The curated common given names (data/actors/given-names.json: "Bill", "Mark") are never listed.
// Deterministic. Usage: npx tsx scripts/build-word-names.ts [-- --min-count 5 --min-lower 0.5]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, scriptOption, sharedDir } from './script-setup.js';

const root = REPO_ROOT;
const shared = sharedDir();
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => scriptOption(name, dflt, args);
const minCount = Number(opt('min-count', '5'));
const minLower = Number(opt('min-lower', '0.5'));
if (!existsSync(join(shared, 'corpora'))) {
  console.error(`unlabelled corpora missing: ${join(shared, 'corpora')} (set DETENTE_SHARED)`);
  process.exit(1);
}

const lists = JSON.parse(readFileSync(join(root, 'data', 'actors', 'first-names.json'), 'utf8')) as { male: string[]; female: string[] };
const curated = JSON.parse(readFileSync(join(root, 'data', 'actors', 'given-names.json'), 'utf8')) as { male: string[]; female: string[] };
const exempt = new Set([...curated.male, ...curated.female].map((n) => n.toLowerCase()));
// Name particles are written in lower case inside names ("al-Assad", "de Gaulle", "van Gogh"): not words.
const PARTICLES = new Set(['al', 'el', 'ad', 'de', 'del', 'della', 'der', 'des', 'di', 'da', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten', 'bin', 'ben', 'ibn', 'abu', 'st']);
const names = new Set([...lists.male, ...lists.female].filter((n) => /^[a-z]+$/.test(n) && !exempt.has(n) && !PARTICLES.has(n)));
const lower = new Map<string, number>();
const upper = new Map<string, number>();

/** Counts the in-sentence occurrences of listed names in one line, in lower case and capitalised. */
function countLine(line: string): void {
  const re = /[A-Za-z]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const w = m[0];
    const key = w.toLowerCase();
    // "don't", "won't": a contraction's first part is no word of its own.
    if (!names.has(key) || line[m.index + w.length] === "'" || line[m.index + w.length] === '’') continue;
    let k = m.index - 1;
    while (k >= 0 && line[k] === ' ') k--;
    // A word after a sentence end, a colon, a quotation mark or a bracket, or opening the line, is left out.
    if (k < 0 || /[.!?:"'“‘(\[\-–—]/.test(line[k])) continue;
    if (w === key) lower.set(key, (lower.get(key) ?? 0) + 1);
    else if (w[0] !== key[0] && w.slice(1) === key.slice(1)) upper.set(key, (upper.get(key) ?? 0) + 1);
  }
}

const bbc = join(shared, 'corpora', 'bbc-fulltext', 'bbc');
for (const topic of readdirSync(bbc).filter((d) => !d.includes('.')).sort()) {
  for (const f of readdirSync(join(bbc, topic)).filter((x) => x.endsWith('.txt')).sort()) {
    // The first line is the title (title case): left out.
    for (const line of readFileSync(join(bbc, topic, f), 'latin1').split(/\r?\n/).slice(1)) countLine(line);
  }
}
const sgm = join(shared, 'corpora', 'reuters-21578', 'sgm-data');
for (const f of readdirSync(sgm).filter((x) => x.endsWith('.sgm')).sort()) {
  const raw = readFileSync(join(sgm, f), 'latin1');
  for (const m of raw.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) for (const para of m[1].split(/\n\s{2,}/)) countLine(para.replace(/\s+/g, ' '));
}
const te3 = join(shared, 'corpora', 'tempeval3', 'derived');
for (const f of readdirSync(te3).filter((x) => x.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(join(te3, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { text?: string };
    for (const para of (doc.text ?? '').split(/\n+/)) countLine(para);
  }
}

const words = [...names]
  .filter((n) => {
    const l = lower.get(n) ?? 0;
    const u = upper.get(n) ?? 0;
    return l + u >= minCount && l / (l + u) >= minLower;
  })
  .sort();
writeFileSync(
  join(root, 'data', 'actors', 'word-names.json'),
  JSON.stringify(
    {
      $comment:
        'Given names of data/actors/first-names.json that news text mostly writes in lower case (ordinary words). Built by scripts/build-word-names.ts from in-sentence counts over the BBC, Reuters-21578 and TempEval-3 news in ../shared (facts only, no text).',
      minCount,
      minLower,
      names: words,
    },
    null,
    0,
  ).replace(/","/g, '", "') + '\n',
);
console.log(`${words.length} of ${names.size} given names are mostly lower-case words: ${words.slice(0, 80).join(' ')} …`);
