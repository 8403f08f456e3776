// Builds data/actors/common-words.json: the words that news text writes in lower case inside sentences at
// least --min-lower of the times (default 0.7) among at least --min-count uses (default 10): ordinary English
// words ("project", "tools", "expensive", "domain"). A guessed person name made only of such words
// ("Developer Tools", "Public Domain", "Too Expensive") is no person (see common-word-persons.ts).
// Counted on UNLABELLED news read in place from ../shared (DETENTE_SHARED), never from an evaluation set,
// with the same reading as scripts/build-word-names.ts: corpora/bbc-fulltext (BBC 2004–05, titles left
// out), corpora/reuters-21578 (<BODY> text), corpora/tempeval3/derived/*.jsonl (newswire). Only words inside
// a sentence count (not after . ! ? : a quotation mark, a bracket or a dash, not at a line start). The file
// holds words only (facts), no text. Deterministic.
// Usage: npx tsx scripts/build-common-words.ts [-- --min-count 10 --min-lower 0.7]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, scriptOption, sharedDir } from './script-setup.js';

const root = REPO_ROOT;
const shared = sharedDir();
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => scriptOption(name, dflt, args);
const minCount = Number(opt('min-count', '10'));
const minLower = Number(opt('min-lower', '0.7'));
if (!existsSync(join(shared, 'corpora'))) {
  console.error(`unlabelled corpora missing: ${join(shared, 'corpora')} (set DETENTE_SHARED)`);
  process.exit(1);
}
const lower = new Map<string, number>();
const upper = new Map<string, number>();

/** Counts the in-sentence occurrences of every word of one line, in lower case and capitalised. */
function countLine(line: string): void {
  const re = /[A-Za-z]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const w = m[0];
    const key = w.toLowerCase();
    // "don't", "won't": a contraction's first part is no word of its own.
    if (line[m.index + w.length] === "'" || line[m.index + w.length] === '’') continue;
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

const words = [...lower.keys()]
  .filter((w) => {
    const l = lower.get(w) ?? 0;
    const u = upper.get(w) ?? 0;
    return l + u >= minCount && l / (l + u) >= minLower;
  })
  .sort();
writeFileSync(
  join(root, 'data', 'actors', 'common-words.json'),
  JSON.stringify(
    {
      $comment:
        'Words that news text mostly writes in lower case inside sentences (ordinary words). Built by scripts/build-common-words.ts from in-sentence counts over the BBC, Reuters-21578 and TempEval-3 news in ../shared (facts only, no text).',
      minCount,
      minLower,
      words,
    },
    null,
    0,
  ).replace(/","/g, '", "') + '\n',
);
console.log(`${words.length} words are mostly written in lower case: ${words.slice(0, 40).join(' ')} …`);
