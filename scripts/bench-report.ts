/**
 * Renders a benchmark run (scripts/bench.ts) as docs/performance.md and as the console summary.
 * Every figure in the document comes from the run; nothing is typed in by hand.
 */
import type { IngestResult, Sample } from './bench-cli.js';
import type { StagesResult, SystemResult } from './bench-worker.js';
import type { LongResult } from './bench-long.js';

/** Start-up measurements of `detente analyze <seed>`. */
export interface StartupResult {
  runs: number;
  /** set when `detente analyze` failed on the seed (start-up then counts as failed) */
  error?: string | null;
  cliMs: number[];
  medianMs: number;
  /** median user+system CPU ms of the CLI runs (GNU time), null when unavailable */
  medianCpuMs: number | null;
  /** median of `node -e 0`: the floor any Node CLI pays */
  bareNodeMs: number;
  /** sampled time of `node --cpu-prof bin/detente.js analyze <seed>` by module (mean over runs), see costByModule */
  modules: { runs: number; totalMs: number; top: [string, number][] } | null;
  /** median wall ms per step from scripts/bench-startup-probe.mjs */
  laps: { step: string; ms: number }[];
}

/** Everything one benchmark run measured (also saved as docs/performance.json). */
export interface BenchReport {
  date: string;
  quick: boolean;
  commit: string;
  buildNote: string;
  machine: {
    cpu: string;
    cores: number;
    memoryBytes: number;
    node: string;
    platform: string;
    loadAvgBefore: number;
    loadAvgAfter: number;
  };
  versions: Record<string, string>;
  corpus: string[];
  systems: { detente: SystemResult; floor: SystemResult; compromise: SystemResult };
  stages: StagesResult;
  /** one `detente ingest` run of the repeated corpus, with memory sampled at article-count checkpoints */
  ingest: IngestResult & {
    /** the ingested inputs, below $DETENTE_SHARED */
    inputs: string[];
    /** sentences and tokens of the stored articles (detente's Doc) */
    sentences: number;
    tokens: number;
    checkpoints: { checkpoint: number; sample: Sample | null; sentences: number }[];
  };
  startup: StartupResult;
  /** the long-article measurement (absent in runs made before it existed) */
  long?: LongResult;
  harnessSeconds: number;
}

/** Targets of issue 7, with their thresholds. */
export const TARGETS = Object.freeze({
  floorRatio: 0.33,
  compromiseRatio: 5,
  sentencesPerSecondPerCore: 5000,
  peakRssBytes: 1024 ** 3,
  /** "flat": the peak at the large ingest is at most this multiple of the peak at the small one */
  flatGrowth: 1.2,
  startupMs: 1000,
  /** ours, not the issue's: an article 8× as long costs at most this multiple of the CPU per character */
  longPerCharRatio: 1.5,
});

const MB = 1024 * 1024;
const n0 = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a');
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const mb = (b: number | null | undefined) => (b == null ? 'n/a' : `${n0(b / MB)} MB`);
const pf = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function table(head: string[], rows: (string | number)[][]): string {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n');
}

/** Derived headline figures of a run (used for targets and for before/after comparison). */
export function headline(r: BenchReport) {
  const { detente, floor, compromise } = r.systems;
  // the first (baseline) run stored two ingest runs of a repeated corpus, small and large, as an array
  type Legacy = IngestResult & { sentences: number; articles: number; peakRssBytes: number };
  const legacy = r.ingest as unknown as Legacy[];
  const big = Array.isArray(legacy)
    ? {
        ...legacy[legacy.length - 1],
        checkpoints: [{ checkpoint: legacy[0].articles, sample: { articles: legacy[0].articles, elapsedMs: legacy[0].wallMs, rssBytes: 0, peakRssBytes: legacy[0].peakRssBytes }, sentences: legacy[0].sentences }],
      }
    : r.ingest;
  const small = big.checkpoints.find((c) => c.sample)?.sample;
  const e2eTime = (big.cpuMs ?? big.wallMs) / 1000;
  return {
    detenteArticlesPerS: detente.articles / (detente.medianCpuMs / 1000),
    detenteSentencesPerS: (detente.counts?.sentences ?? Number.NaN) / (detente.medianCpuMs / 1000),
    floorRatio: floor.medianCpuMs / detente.medianCpuMs,
    compromiseRatio: compromise.medianCpuMs / detente.medianCpuMs,
    e2eSentencesPerS: big.sentences / (big.wallMs / 1000),
    e2eSentencesPerCoreS: big.sentences / e2eTime,
    smallArticles: small?.articles ?? Number.NaN,
    bigArticles: big.stored,
    peakSmall: small?.peakRssBytes ?? Number.NaN,
    peakBig: big.peakRssBytes ?? Number.NaN,
    startupMs: r.startup.medianMs,
  };
}

/**
 * Renders the stage profile: the per-stage CPU table and the hot functions of each stage (markdown).
 * @param st the stages worker's result
 * @param sentences sentences of the corpus (the per-sentence denominators)
 * @returns `stageTable` and `hotSections` (top 6 functions per stage)
 */
export function renderStages(st: StagesResult, sentences: number): { stageTable: string; hotSections: string } {
  const stageRows: (string | number)[][] = Object.entries(st.stageMs).map(([name, ms]) => [
    name === 'nlp'
      ? 'nlp parse (wink-nlp → Doc)'
      : name === 'store'
        ? 'store write (SQLite saveBatch, 200/transaction)'
        : name === 'dedupe'
          ? 'duplicate check before analysis (store.findDuplicate, as ingest does)'
          : `${name} (predict)`,
    n0(ms),
    `${f1((100 * ms) / st.totalMs)}%`,
    f1((1e3 * ms) / sentences),
    n0(sentences / (ms / 1000)),
  ]);
  stageRows.push(['**total**', n0(st.totalMs), '100%', f1((1e3 * st.totalMs) / sentences), n0(sentences / (st.totalMs / 1000))]);
  const stageTable = table(['stage', 'CPU ms', 'share', 'µs/sentence', 'sentences/s (this stage alone)'], stageRows);
  const hot = st.hot;
  const stageOrder = [...Object.keys(st.stageMs), 'other'];
  const hotSections = stageOrder
    .filter((s) => (hot.stageMs[s] ?? 0) > 0)
    .map((s) => {
      const spots = hot.spots.filter((x) => x.stage === s).slice(0, 6);
      const rows = spots.map((x) => [
        `\`${x.fn}\``,
        `${x.file}${x.line > 0 ? `:${x.line}` : ''}`,
        f1(x.selfMs),
        `${f1((100 * x.selfMs) / (hot.stageMs[s] ?? 1))}%`,
      ]);
      return `**${s}** — ${f1(hot.stageMs[s] ?? 0)} ms sampled (${f1((100 * (hot.stageMs[s] ?? 0)) / hot.totalMs)}% of the profiled pass)\n\n${table(['function', 'file', 'self ms', 'share of stage'], rows)}`;
    })
    .join('\n\n');
  return { stageTable, hotSections };
}

/**
 * The sentence of the ingest section on CPU time by thread. `detente ingest` analyses in a worker thread
 * (src/analysis-budget/), told apart from V8's helper threads by its CPU time alone (bench-cli.ts); a report of a
 * run before the busiest thread was kept (no `busiest`) gets the older sentence, main against all others.
 * @param t CPU ms of the main thread, of all other threads, and of the busiest other thread
 */
function threadSentence(t: { main: number; others: number; busiest?: number }): string {
  const head = 'CPU time by thread (sampled from /proc every 250 ms; the last sample of each thread before exit):';
  const total = Math.max(1, t.main + t.others);
  const pct = (ms: number) => `${f1((100 * ms) / total)}%`;
  if (t.busiest === undefined) {
    return `${head} main thread ${f1(t.main / 1000)} s, other threads ${f1(t.others / 1000)} s (${pct(t.others)}).`;
  }
  const rest = t.others - t.busiest;
  return (
    `${head} main thread ${f1(t.main / 1000)} s (${pct(t.main)}: reading, duplicate checks, storing), the busiest other thread ` +
    `${f1(t.busiest / 1000)} s (${pct(t.busiest)}: the analysis thread of src/analysis-budget/ — parse and components), the remaining ` +
    `threads ${f1(rest / 1000)} s (${pct(rest)}), where V8's optimising compiler (TurboFan compiles hot functions there, and ` +
    'compiles them again after each deoptimisation) and its garbage-collector helpers run.'
  );
}

/**
 * Renders the run.
 * @param r this run
 * @param previous the previous run (docs/performance.json before it was overwritten), for before/after ratios
 * @returns `markdown` (docs/performance.md) and `console` (the summary printed by `npm run bench`)
 */
export function renderReport(r: BenchReport, previous: BenchReport | null): { markdown: string; console: string } {
  const { detente, floor, compromise } = r.systems;
  const counts = detente.counts ?? { sentences: Number.NaN, tokens: Number.NaN, paragraphs: Number.NaN, chars: Number.NaN };
  const h = headline(r);
  const big = r.ingest;
  const growth = h.peakBig / h.peakSmall;

  const targets = table(
    ['target', 'measured', 'result'],
    [
      [`full pipeline ≥ ${TARGETS.floorRatio}× the wink-nlp floor (throughput)`, `${f2(h.floorRatio)}×`, pf(h.floorRatio >= TARGETS.floorRatio)],
      [`full pipeline ≥ ${TARGETS.compromiseRatio}× compromise`, `${f1(h.compromiseRatio)}×`, pf(h.compromiseRatio >= TARGETS.compromiseRatio)],
      [
        `≥ ${n0(TARGETS.sentencesPerSecondPerCore)} sentences/s per core end to end into SQLite (${n0(big.stored)} articles stored)`,
        `${n0(h.e2eSentencesPerCoreS)} sentences/s`,
        pf(h.e2eSentencesPerCoreS >= TARGETS.sentencesPerSecondPerCore),
      ],
      [`peak RSS < 1 GB ingesting ${n0(big.stored)} articles`, mb(h.peakBig), pf(h.peakBig < TARGETS.peakRssBytes)],
      [
        `peak RSS flat from ${n0(h.smallArticles)} to ${n0(h.bigArticles)} stored articles (growth ≤ ${TARGETS.flatGrowth}×)`,
        `${mb(h.peakSmall)} → ${mb(h.peakBig)} (${f2(growth)}×)`,
        pf(growth <= TARGETS.flatGrowth),
      ],
      [`\`detente analyze\` on one article, start to output < ${TARGETS.startupMs} ms (median of ${r.startup.runs})`, `${n0(h.startupMs)} ms wall${r.startup.medianCpuMs == null ? '' : ` (CPU ${n0(r.startup.medianCpuMs)} ms)`}`, pf(h.startupMs < TARGETS.startupMs)],
      ...(r.long
        ? [[
            `(ours) one article ${r.long.factor}× as long costs ≤ ${TARGETS.longPerCharRatio}× the CPU per character (paragraphs / one paragraph)`,
            r.long.variants.map((v) => `${f2(v.perCharRatio)}×`).join(' / '),
            pf(r.long.variants.every((v) => v.perCharRatio <= TARGETS.longPerCharRatio)),
          ]]
        : []),
    ],
  );
  const longSection = r.long
    ? `One article built from the corpus's articles joined in order (in memory), at about ${n0(r.long.variants[0].base.chars / 1000)} KB and ${r.long.factor}× that, as the articles' paragraphs and as one paragraph (line breaks made spaces: the worst case for a search bounded by the paragraph); a fresh analyzer per analysis (first given a 2,000-character article, untimed, so what it builds on first use is not counted) after one warm-up, median CPU of ${r.long.runs} run(s) (scripts/bench-long.ts). 1.00× is linear (below 1: the NER word memo and other per-analyzer memos fill once and serve the longer text more); a step that searches the whole text for every mention or cue shows as a ratio near ${r.long.factor}×.\n\n` +
      table(
        ['shape', 'base: characters', 'sentences', 'CPU ms', 'long: characters', 'sentences', 'CPU ms', 'CPU per character, long ÷ base'],
        r.long.variants.map((v) => [v.shape, n0(v.base.chars), n0(v.base.sentences), n0(v.base.cpuMs), n0(v.long.chars), n0(v.long.sentences), n0(v.long.cpuMs), `${f2(v.perCharRatio)}×`]),
      )
    : '_not measured in this run_';

  const sys = (name: string, s: SystemResult, ratioNote: string) => {
    const secs = s.medianCpuMs / 1000;
    return [
      name,
      f2(secs),
      f2(s.medianMs / 1000),
      n0(s.articles / secs),
      n0(counts.sentences / secs),
      n0(counts.tokens / secs),
      mb(s.peakRssBytes),
      f2(floor.medianCpuMs / s.medianCpuMs),
      ratioNote,
    ];
  };
  const side = table(
    ['system', 'CPU s/pass', 'wall s/pass', 'articles/s',  'sentences/s', 'tokens/s', 'peak RSS', '× floor', 'detente ÷ this'],
    [
      sys('detente full pipeline (entities → quotes → events → tone)', detente, '1.00'),
      sys('floor: wink-nlp readDoc + POS', floor, f2(floor.medianCpuMs / detente.medianCpuMs)),
      sys('peer: compromise people/places/organizations', compromise, f1(compromise.medianCpuMs / detente.medianCpuMs)),
    ],
  );
  const rawRuns = table(
    ['system', 'model load ms', 'warm-up ms', 'runs (CPU ms)', 'runs (wall ms)'],
    [detente, floor, compromise].map((s) => [s.mode, n0(s.loadMs), n0(s.warmupMs), s.cpuMs.map(n0).join(', '), s.runsMs.map(n0).join(', ')]),
  );

  const st = r.stages;
  const { stageTable, hotSections } = renderStages(st, counts.sentences);
  const floorUsPerSentence = (1e3 * floor.medianCpuMs) / counts.sentences;

  const i = r.ingest;
  const ingestTable = table(
    ['stored articles', 'duplicates linked', 'sentences', 'tokens', 'wall s', 'CPU s', 'articles/s (wall)', 'sentences/s (wall)', 'sentences per CPU-s', 'peak RSS', 'events', 'quotes', 'exit'],
    [
      [
        n0(i.stored),
        n0(i.duplicates),
        n0(i.sentences),
        n0(i.tokens),
        f1(i.wallMs / 1000),
        i.cpuMs == null ? 'n/a' : f1(i.cpuMs / 1000),
        n0(i.stored / (i.wallMs / 1000)),
        n0(i.sentences / (i.wallMs / 1000)),
        i.cpuMs == null ? 'n/a' : n0(i.sentences / (i.cpuMs / 1000)),
        mb(i.peakRssBytes),
        n0(i.events),
        n0(i.quotes),
        String(i.exitCode),
      ],
    ],
  );
  const threadNote = i.threadCpuMs ? threadSentence(i.threadCpuMs) : '';
  const checkpointTable = table(
    ['checkpoint', 'stored when sampled', 'elapsed s', 'sentences/s (wall, so far)', 'peak RSS so far (VmHWM)', 'current RSS'],
    i.checkpoints
      .map((c) =>
        c.sample
          ? [n0(c.checkpoint), n0(c.sample.articles), f1(c.sample.elapsedMs / 1000), n0(c.sentences / (c.sample.elapsedMs / 1000)), mb(c.sample.peakRssBytes), mb(c.sample.rssBytes)]
          : [n0(c.checkpoint), 'not reached', '', '', '', ''],
      )
      .concat([['end (GNU time)', n0(i.stored), f1(i.wallMs / 1000), n0(i.sentences / (i.wallMs / 1000)), mb(i.peakRssBytes), '']]),
  );

  const su = r.startup;
  const lapTotal = su.laps.reduce((a, l) => a + l.ms, 0);
  const lapTable = su.laps.length
    ? table(
        ['step (in the order the CLI pays for it)', 'ms', 'share'],
        su.laps.map((l) => [l.step, n0(l.ms), `${f1((100 * l.ms) / lapTotal)}%`]).concat([['**total (in-process)**', n0(lapTotal), '100%']]),
      )
    : '_start-up probe failed; see the harness log_';
  const moduleTable = su.modules
    ? table(
        ['module (outermost package on the stack, else project file)', 'sampled ms', 'share'],
        su.modules.top.map(([m, ms]) => [m, n0(ms), `${f1((100 * ms) / su.modules!.totalMs)}%`]),
      )
    : '_start-up CPU profile failed_';
  const topLaps = [...su.laps].sort((a, b) => b.ms - a.ms).slice(0, 4);

  let comparison = '_no previous run (docs/performance.json) to compare with_';
  if (previous) {
    try {
      const p = headline(previous);
      const row = (label: string, before: number, after: number, fmt: (x: number) => string, higherIsBetter: boolean) => [
        label,
        fmt(before),
        fmt(after),
        `${f2(after / before)}×${after === before ? '' : (after > before) === higherIsBetter ? ' (better)' : ' (worse)'}`,
      ];
      const prevStages = previous.stages.stageMs;
      comparison =
        `Previous run: ${previous.date} (commit ${previous.commit}${previous.quick ? ', quick' : ''}).\n\n` +
        table(
          ['figure', 'before', 'now', 'now ÷ before'],
          [
            row('detente articles/s', p.detenteArticlesPerS, h.detenteArticlesPerS, n0, true),
            row('detente sentences/s', p.detenteSentencesPerS, h.detenteSentencesPerS, n0, true),
            row('× wink-nlp floor', p.floorRatio, h.floorRatio, f2, true),
            row('× compromise', p.compromiseRatio, h.compromiseRatio, f1, true),
            row('end-to-end sentences/s per core into SQLite', p.e2eSentencesPerCoreS, h.e2eSentencesPerCoreS, n0, true),
            row('peak RSS, largest ingest (MB)', p.peakBig / MB, h.peakBig / MB, n0, false),
            row('start-up ms', p.startupMs, h.startupMs, n0, false),
            ...Object.keys(st.stageMs)
              .filter((k) => prevStages[k] !== undefined)
              .map((k) => row(`stage ${k}: µs/sentence`, (1e3 * prevStages[k]) / (previous.systems.detente.counts?.sentences ?? 1), (1e3 * st.stageMs[k]) / counts.sentences, f1, false)),
          ],
        );
    } catch {
      comparison = '_previous run unreadable (format changed)_';
    }
  }

  const m = r.machine;
  const markdown = `# Performance

_Generated by \`npm run bench\`${r.quick ? ' --quick' : ''} (scripts/bench.ts) on ${r.date}; do not edit by hand — rerun the harness._

## Targets (issue 7)

${targets}

## Machine and run

- CPU: ${m.cpu}, ${m.cores} logical cores; memory ${n0(m.memoryBytes / MB / 1024)} GB; ${m.platform}; Node ${m.node}
- load average (1 min) before/after the run: ${f2(m.loadAvgBefore)} / ${f2(m.loadAvgAfter)} — the machine is shared, so wall times carry noise; medians are used
- detente ${r.versions.detente} at commit ${r.commit}; build: ${r.buildNote}
- wink-nlp ${r.versions['wink-nlp']} + wink-eng-lite-web-model ${r.versions['wink-eng-lite-web-model']}; compromise ${r.versions.compromise}; better-sqlite3 ${r.versions['better-sqlite3']}
- harness wall time: ${n0(r.harnessSeconds)} s

## Corpus

Read in place from \`$DETENTE_SHARED\` (default \`../shared\`) with the project's readers (\`readInputs\`); never copied into the repository:

${r.corpus.map((c) => `- \`${c}\``).join('\n')}

${n0(detente.articles)} articles, ${n0(counts.paragraphs)} paragraphs, ${n0(counts.sentences)} sentences, ${n0(counts.tokens)} tokens, ${n0(counts.chars)} characters (sentences and tokens as detente's Doc counts them; the same counts are the denominators for every system). Reading them with \`readInputs\` took ${n0(st.readMs)} ms.

## Throughput, side by side on the same articles

Each system runs in its own Node process on the in-memory corpus (detente as users run it: the compiled JavaScript in \`dist/\`, built by the harness first, analysing articles in batches (\`BATCH_ARTICLES\` of src/pipeline/pipeline.ts) stage by stage as \`detente ingest\` does — \`analyzeBatch\`, the same analyses as one by one): ${detente.warmups} untimed warm-up pass(es) over the whole corpus (the floor ${floor.warmups}, compromise ${compromise.warmups}), then ${detente.runsMs.length} timed passes (compromise: ${compromise.runsMs.length}); the median pass is reported. The warm-up passes aim the timed ones at the steady state of a long ingest (with one, detente's timed passes once fell by a quarter from the first to the fifth); on this shared machine passes still differ by up to about 20% from one another, so read the ratios as ±0.3×. The cold cost of text seen once is in the end-to-end ingest figure below. detente starts every pass with a fresh analyzer (made untimed; the JIT stays warm), so its NER word memo never starts a pass already holding the words of these same articles (that made passes about 20% cheaper than new text). Rates are per CPU-second (user + system time of the process, all threads, so garbage collection counts): on a shared machine CPU time is far less disturbed by other processes than wall time, and it is the "per core" figure. Peak RSS is the process's VmHWM (corpus + models included). "× floor" is throughput relative to the wink-nlp floor.

${side}

${rawRuns}

compromise found ${n0(compromise.found ?? 0)} people/places/organizations in the last pass (sanity check that it ran).

## Stage profile

The default pipeline timed from outside (CPU time, process.cpuUsage around each call; a fresh analyzer every pass, as above), article by article: the duplicate check \`detente ingest\` makes before analysing (\`store.findDuplicate\`), \`nlp.parse\`, each component's \`predict\` on a Context built as \`createPipeline\` builds it, and \`store.saveBatch\` every 200 articles into a fresh SQLite file per pass (the hot spots of the duplicate check are counted under "store"). ${st.warmups} warm-up pass(es), then the median of ${st.passes} pass(es). Peak RSS of this process: ${mb(st.peakRssBytes)}.

${stageTable}

Budgets: the floor spends ${f1(floorUsPerSentence)} µs of CPU per sentence, so ≥ ${TARGETS.floorRatio}× the floor allows the whole pipeline ${f1(floorUsPerSentence / TARGETS.floorRatio)} µs/sentence, and ${n0(TARGETS.sentencesPerSecondPerCore)} sentences/s per core end to end allows ${f1(1e6 / TARGETS.sentencesPerSecondPerCore)} µs/sentence for read + analyse + store; the stages above spend ${f1((1e3 * st.totalMs) / counts.sentences)} µs/sentence (detente's timed passes: ${f1((1e3 * detente.medianCpuMs) / counts.sentences)}).

### Hot spots per stage

One more pass under the V8 sampling profiler (200 µs; node:inspector). Self time of each function, attributed to the stage whose code is outermost on the stack (so wink-nlp time called from \`nlp.ts\` is "nlp", chrono-node time called from events is "events"); "other" is the harness, garbage collection and idle. Lines are where the function starts (TypeScript lines, mapped through the source maps tsc writes next to the compiled dist/ code that is measured).

${hotSections}

## Memory and end-to-end speed into SQLite

One run of the real CLI, \`node bin/detente.js ingest --quiet --db <tmp>.db <inputs…>\` (batches of 200 articles per transaction, exact and near-duplicate copies linked to their first copy and not analysed), on real articles read in place from \`$DETENTE_SHARED\`:

${i.inputs.map((x) => `- \`${x}\``).join('\n')}

Peak RSS and CPU time from GNU time (\`/usr/bin/time -f "%M %U %S"\`); wall and CPU time include start-up. Sentences and tokens are those of the stored articles as detente's Doc counts them. "Per core" in the target is sentences per CPU-second.

${ingestTable}

${threadNote}

While it runs, the harness polls every 250 ms the store's article count (read-only; SQLite WAL) and the process's VmHWM/VmRSS (/proc), and keeps the first sample at or past each checkpoint (articles are committed 200 per transaction, so the count a sample sees lags by up to 200):

${checkpointTable}

${st.liveHeap ? `Live heap (heapUsed after a forced full GC, in the stage-profile process): ${mb(st.liveHeap.afterLoadBytes)} after loading the models and resources, ${mb(st.liveHeap.afterPassesBytes)} after analysing and storing ${n0(st.liveHeap.articlesProcessed)} articles — what the pipeline retains per article; RSS above it is heap the garbage collector has not given back.` : ''}

## Start-up

${su.error ? `**${su.error}**\n\n` : ''}\`node bin/detente.js analyze <seed article>\` (text output), from spawn to exit: median ${n0(su.medianMs)} ms wall over ${su.runs} runs (${su.cliMs.map(n0).join(', ')} ms), median CPU ${su.medianCpuMs == null ? 'n/a' : `${n0(su.medianCpuMs)} ms`}; bare \`node -e 0\`: ${n0(su.bareNodeMs)} ms.

Breakdown (scripts/bench-startup-probe.mjs: the same steps in one plain-Node process against the separate modules tsc writes to dist/, median of runs; the CLI itself runs the esbuild bundle dist/cli-bundle/main.cjs with V8's code cache (src/cli/run-bundle.ts), so these steps show where start-up work lies, not what the CLI pays for module loading and compiling):

${lapTable}

The same start-up by module: \`node --cpu-prof bin/detente.js analyze <seed>\`, ${su.modules ? `mean of ${su.modules.runs} run(s), ${n0(su.modules.totalMs)} ms sampled per run` : 'failed'}. Each sample counts for the outermost package on its stack (a package's own dependencies and the compiling of its modules count for it; commander, which calls every command, is skipped), else the innermost project file, else Node internals or native code (garbage collection); a function of the bundle counts for the source file or package it was bundled from (the bundle's source map), the bundle's own top level as dist/cli-bundle/main.cjs:

${moduleTable}

Largest steps: ${topLaps.map((l) => `${l.step} (${n0(l.ms)} ms)`).join('; ')}.

## Long articles

${longSection}

## Before / after

${comparison}

## How to rerun

\`npm run bench\` (full, a few minutes on 2 cores; rewrites this file and docs/performance.json) or \`npm run bench -- --quick\` (smoke test; writes to the OS temp folder); \`npm run bench -- --only stages\` prints the stage profile and hot spots alone (add \`--quick\` for 60 articles), for iterating on one stage; \`--only startup\` and \`--only long\` print those parts alone. \`DETENTE_SHARED\` points at the shared data.
`;

  const consoleText = [
    `detente benchmark — ${r.date}${r.quick ? ' (quick)' : ''} — ${m.cpu}, ${m.cores} cores, Node ${m.node}`,
    `corpus: ${n0(detente.articles)} articles, ${n0(counts.sentences)} sentences, ${n0(counts.tokens)} tokens`,
    '',
    side,
    '',
    stageTable,
    '',
    ingestTable,
    '',
    `start-up: median ${n0(su.medianMs)} ms (bare node ${n0(su.bareNodeMs)} ms); largest: ${topLaps.map((l) => `${l.step} ${n0(l.ms)} ms`).join('; ')}`,
    '',
    targets,
  ].join('\n');
  return { markdown, console: consoleText };
}
