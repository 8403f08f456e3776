// Reading speed of the ingest readers on the shared corpora: articles/s and peak memory (RSS) per corpus.
// Usage: npx tsx scripts/bench-ingest.ts   (DETENTE_SHARED overrides ../shared)
import { readInputs } from '../src/ingest/index.js';
import { sharedPath } from '../src/ingest/shared-path.js';

const corpora: [string, string[]][] = [
  ['tempeval3 JSON Lines (2,728 articles)', ['corpora/tempeval3/derived/tbaq-cleaned_timebank-aquaint.jsonl', 'corpora/tempeval3/derived/te3-platinum.jsonl', 'corpora/tempeval3/derived/te3-silver_part1.jsonl', 'corpora/tempeval3/derived/te3-silver_part2.jsonl']],
  ['tempeval3 seed layout (592 files)', ['corpora/tempeval3/derived/seed-layout']],
  ['Reuters-21578 SGML (21,578 stories)', ['corpora/reuters-21578/sgm-data']],
  ['BBC full text (2,225 .txt files)', ['corpora/bbc-fulltext/bbc']],
  ['html-fundus pages (86 .html.gz)', ['corpora/html-fundus']],
  ['news WARC (22 pages)', ['corpora/warc/assembled-from-real-news-html/news-fixtures-2023-2026.warc.gz']],
  ['feeds (32 files)', ['corpora/feeds']],
];
let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
for (const [name, parts] of corpora) {
  const paths = parts.map((p) => sharedPath(...p.split('/'))).filter((p): p is string => p !== null);
  if (paths.length === 0) {
    console.log(`${name}: skipped (shared data missing; set DETENTE_SHARED)`);
    continue;
  }
  const t0 = performance.now();
  let ok = 0;
  let failed = 0;
  let chars = 0;
  for await (const r of readInputs(paths)) {
    if (r.ok) {
      ok++;
      chars += r.article.text.length;
    } else failed++;
  }
  const s = (performance.now() - t0) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`${name.padEnd(40)} ${String(ok).padStart(6)} articles ${String(failed).padStart(4)} failures  ${(ok / s).toFixed(0).padStart(6)} articles/s  ${(chars / 1e6 / s).toFixed(1)} M chars/s`);
}
clearInterval(sample);
console.log(`peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`);
