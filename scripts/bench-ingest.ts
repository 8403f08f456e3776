// Ingest speed. Two modes (DETENTE_SHARED overrides ../shared):
//
// npx tsx scripts/bench-ingest.ts
//   reading speed of the ingest readers alone on each shared corpus: articles/s and peak memory (RSS).
//
// npx tsx scripts/bench-ingest.ts --e2e [--quick | --sgm N] [--runs N] [--a PATH] [--b PATH] [--flags-a "…"] [--flags-b "…"]
//                                 [--args-a "…"] [--args-b "…"] [--rows]
//   end to end, as `npm run bench` measures it (issue 7): the real `detente ingest` (bin/detente.js over dist/, run
//   `npm run build` first) streams the bench ingest corpus (scripts/bench-corpus.ts; --quick: 2,000 Reuters stories;
//   --sgm N: the first N Reuters files, ~1,000 stories each) into a fresh SQLite file; CPU time of the whole process
//   tree (GNU time), peak and sampled RSS, sentences of the stored articles per CPU-second.
//   A/B: --a/--b PATH run another build's bin/detente.js (e.g. an exported, built copy of HEAD) as variant A/B,
//   --flags-a / --flags-b give Node options per variant, --args-a / --args-b `detente ingest` options (`--batch 50`);
//   the runs alternate A B B A A B … so that a machine load that changes over time falls on both. --rows checks that
//   both variants stored the same rows (every table, without the clock columns stored_at, seen_at, started_at, and
//   without what only records the schema: schema_migrations and the sequence numbers articles.seq / article_seq of
//   migration 5, so that builds before and after a schema change compare).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readInputs } from '../src/ingest/index.js';
import { sharedPath } from '../src/ingest/shared-path.js';
import { createNlp } from '../src/nlp/nlp.js';
import { INGEST_CORPUS, QUICK_INGEST_CORPUS, corpusInputs, type CorpusPart } from './bench-corpus.js';
import { benchIngest, type CliTarget, type IngestResult } from './bench-cli.js';
import { median } from './bench-stats.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Sentences of each stored article, by id, counted with detente's own Doc after reading the inputs again. */
async function sentencesById(inputs: string[], ids: ReadonlySet<string>): Promise<Map<string, number>> {
  const nlp = createNlp();
  const out = new Map<string, number>();
  for await (const r of readInputs(inputs)) {
    if (r.ok && ids.has(r.article.id) && !out.has(r.article.id)) out.set(r.article.id, nlp.parse(r.article.text).sentences.length);
  }
  return out;
}

/**
 * Every table's rows, sorted, without the columns that hold the clock and without what only records the schema
 * (schema_migrations, the sequence-number keys of migration 5); for comparing what two builds stored.
 */
function storedRows(file: string): Map<string, string[]> {
  const db = new Database(file, { readonly: true });
  const leftOut = new Set(['stored_at', 'seen_at', 'started_at', 'applied_at', 'seq', 'article_seq']);
  const out = new Map<string, string[]>();
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migrations' ORDER BY name").pluck().all() as string[];
    for (const t of tables) {
      const rows = db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[];
      out.set(t, rows.map((r) => JSON.stringify(Object.entries(r).filter(([k]) => !leftOut.has(k)))).sort());
    }
  } finally {
    db.close();
  }
  return out;
}

/** The differences between two {@link storedRows} dumps, one line per table that differs. */
function rowDiff(a: Map<string, string[]>, b: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const t of new Set([...a.keys(), ...b.keys()])) {
    const ra = a.get(t) ?? [];
    const rb = new Set(b.get(t) ?? []);
    const onlyA = ra.filter((r) => !rb.has(r));
    const sa = new Set(ra);
    const onlyB = [...rb].filter((r) => !sa.has(r));
    if (onlyA.length || onlyB.length) out.push(`${t}: ${ra.length} vs ${rb.size} rows, ${onlyA.length} only in A, ${onlyB.length} only in B; e.g. ${(onlyA[0] ?? onlyB[0]).slice(0, 300)}`);
  }
  return out;
}

/** `--e2e`: end-to-end ingest speed, one variant or an alternating A/B comparison (see the file header). */
async function endToEnd(): Promise<void> {
  const sgm = opt('--sgm');
  const parts: readonly CorpusPart[] = args.includes('--quick')
    ? QUICK_INGEST_CORPUS
    : sgm
      ? Array.from({ length: Number(sgm) }, (_, i) => ({ path: ['corpora', 'reuters-21578', 'sgm-data', `reut2-${String(i).padStart(3, '0')}.sgm`] }))
      : INGEST_CORPUS;
  const inputs = corpusInputs(parts);
  const runs = Number(opt('--runs') ?? 1);
  const flags = (s: string | undefined) => (s ? s.split(/\s+/).filter(Boolean) : []);
  const variants: { name: string; target: CliTarget }[] = [
    { name: 'A', target: { bin: opt('--a'), nodeArgs: flags(opt('--flags-a')), ingestArgs: flags(opt('--args-a')) } },
  ];
  if (opt('--b') || opt('--flags-b') || opt('--args-b')) {
    variants.push({ name: 'B', target: { bin: opt('--b'), nodeArgs: flags(opt('--flags-b')), ingestArgs: flags(opt('--args-b')) } });
  }
  for (const v of variants) console.log(`${v.name}: ${v.target.bin ?? 'this checkout'} ${v.target.nodeArgs?.join(' ') ?? ''} ingest ${v.target.ingestArgs?.join(' ') ?? ''}`);
  const compareRows = args.includes('--rows') && variants.length === 2;
  const dir = mkdtempSync(join(tmpdir(), 'detente-bench-e2e-'));
  const results = new Map<string, { run: IngestResult; sentences: number }[]>(variants.map((v) => [v.name, []]));
  const rows = new Map<string, Map<string, string[]>>();
  let perId: Map<string, number> | null = null;
  let order = [...variants];
  try {
    for (let round = 0; round < runs; round++) {
      for (const v of order) {
        const keep = compareRows && !rows.has(v.name);
        const runDir = mkdtempSync(join(dir, `${v.name}${round}-`));
        const r = await benchIngest(inputs, runDir, v.target, keep);
        if (r.exitCode !== 0) console.log(`${v.name}: exit ${r.exitCode}: ${r.stderr.slice(0, 500)}`);
        if (keep) rows.set(v.name, storedRows(join(runDir, 'ingest.db')));
        rmSync(runDir, { recursive: true, force: true });
        perId ??= await sentencesById(inputs, new Set(r.storedIds));
        let sentences = 0;
        for (const id of r.storedIds) sentences += perId.get(id) ?? 0;
        const cpuS = (r.cpuMs ?? Number.NaN) / 1000;
        const at2k = r.samples.find((s) => s.articles >= 2000);
        const lastSample = r.samples[r.samples.length - 1];
        console.log(
          `${v.name} round ${round + 1}: ${r.stored} stored, ${r.duplicates} duplicates, ${sentences} sentences; CPU ${cpuS.toFixed(2)} s, wall ${(r.wallMs / 1000).toFixed(1)} s; ` +
            `${(sentences / cpuS).toFixed(0)} sentences/CPU-s (${((cpuS * 1e6) / sentences).toFixed(1)} us/sentence); peak RSS ${((r.peakRssBytes ?? 0) / 2 ** 20).toFixed(0)} MB` +
            (at2k && lastSample ? `, peak at 2,000 articles ${(at2k.peakRssBytes / 2 ** 20).toFixed(0)} MB -> ${(lastSample.peakRssBytes / 2 ** 20).toFixed(0)} MB at ${lastSample.articles} (${(lastSample.peakRssBytes / at2k.peakRssBytes).toFixed(2)}x)` : '') +
            (r.threadCpuMs ? `; main thread ${(r.threadCpuMs.main / 1000).toFixed(2)} s, busiest other (analysis) ${(r.threadCpuMs.busiest / 1000).toFixed(2)} s, rest ${((r.threadCpuMs.others - r.threadCpuMs.busiest) / 1000).toFixed(2)} s` : ''),
        );
        results.get(v.name)!.push({ run: r, sentences });
      }
      order = order.reverse();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (compareRows) {
    const diff = rowDiff(rows.get('A')!, rows.get('B')!);
    console.log(diff.length ? `ROWS DIFFER:\n${diff.join('\n')}` : `rows identical: ${[...rows.get('A')!].map(([t, r]) => `${t} ${r.length}`).join(', ')}`);
  }
  for (const v of variants) {
    const rs = results.get(v.name)!;
    const cpu = median(rs.map((r) => r.run.cpuMs ?? Number.NaN)) / 1000;
    console.log(
      `${v.name} median of ${rs.length}: CPU ${cpu.toFixed(2)} s, ${(rs[0].sentences / cpu).toFixed(0)} sentences/CPU-s, ` +
        `peak RSS ${(median(rs.map((r) => r.run.peakRssBytes ?? 0)) / 2 ** 20).toFixed(0)} MB; CPU s of each run: ${rs.map((r) => ((r.run.cpuMs ?? 0) / 1000).toFixed(2)).join(' ')}`,
    );
  }
}

/** Default mode: the readers alone on each shared corpus (see the file header). */
async function readers(): Promise<void> {

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
}

await (args.includes('--e2e') ? endToEnd() : readers());
