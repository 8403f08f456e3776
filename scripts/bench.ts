/**
 * `npm run bench` — detente's performance harness (issue 7). One run measures, on a fixed real corpus read in place
 * from $DETENTE_SHARED (see bench-corpus.ts):
 * 1. throughput side by side on the same articles, each system in its own process, warm-up then several runs,
 *    median: (a) detente's full pipeline, (b) the floor — wink-nlp readDoc + POS, (c) the peer — compromise
 *    people/places/organizations;
 * 2. a stage profile: nlp parse, each pipeline component's predict, the SQLite store write, timed from outside,
 *    plus hot functions per stage from the V8 sampling profiler;
 * 3. memory and end-to-end speed: 2,000 and 20,000 articles streamed through the real `detente ingest` into SQLite;
 * 4. start-up: `detente analyze <seed article>` from process start to exit, with a breakdown of what it loads;
 * 5. long articles: CPU per character of one article 8× as long as another (bench-long.ts; linear cost).
 * It prints PASS/FAIL per target and regenerates docs/performance.md (and docs/performance.json, the previous run
 * of which is shown for before/after comparison).
 *
 * Usage: npm run bench [-- --quick] [--no-build] [--out FILE] [--only stages]
 *   --quick     small corpus (60 articles), 200/2,000-article ingest, fewer runs; writes to the OS temp folder
 *               unless --out is given (a smoke test of the harness)
 *   --no-build  skip `npm run build` (the CLI measurements then use the existing dist/)
 * Env: DETENTE_SHARED (shared data folder), DETENTE_BENCH_COMMIT (commit to report when the harness runs from an
 * exported tree, e.g. `git archive HEAD`, to measure exactly what is committed).
 *   --only stages  only the stage profile and its hot spots, printed (nothing written); with --quick, on 60 articles
 *   --only startup only the start-up measurement (part 4) of the existing dist/, printed (nothing written, no build)
 *   --only long    only the long-article measurement (part 5) of the existing dist/, printed (nothing written, no build)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../src/ingest/index.js';
import { createNlp } from '../src/nlp/nlp.js';
import { FULL_CORPUS, INGEST_CORPUS, QUICK_CORPUS, QUICK_INGEST_CORPUS, REPO_ROOT, corpusInputs, sharedRoot } from './bench-corpus.js';
import { benchIngest, runCli } from './bench-cli.js';
import { median, parseResult } from './bench-stats.js';
import { costByModule, type CpuProfile } from './bench-hotspots.js';
import { renderReport, renderStages, type BenchReport, type StartupResult } from './bench-report.js';
import type { StagesResult, SystemResult } from './bench-worker.js';
import type { LongResult } from './bench-long.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const build = !args.includes('--no-build');
const outArg = args.indexOf('--out');
const outPath = outArg >= 0 ? args[outArg + 1] : quick ? join(tmpdir(), 'detente-bench-quick.md') : join(REPO_ROOT, 'docs', 'performance.md');
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? args[onlyArg + 1] : null;
const jsonPath = outPath.replace(/\.md$/, '') + '.json';
const SEED = ['corpora', 'seed', '000_e7564de01d53ded9.txt'];

function log(msg: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}

/** Runs one benchmark worker (scripts/bench-worker.ts) in its own Node process and parses its result. */
async function worker<T>(mode: string): Promise<T> {
  const argv = ['--enable-source-maps', '--expose-gc', '--import', 'tsx', join(REPO_ROOT, 'scripts', 'bench-worker.ts'), mode, ...(quick ? ['--quick'] : [])];
  const child = spawn(process.execPath, argv, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => (out += d));
  const code: number | null = await new Promise((res) => child.on('close', res));
  if (code !== 0) throw new Error(`benchmark worker "${mode}" exited with ${code}`);
  return parseResult<T>(out);
}

/** Package versions of the compared libraries. */
function versions(): Record<string, string> {
  const v = (p: string) => {
    try {
      return (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', p, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'not installed';
    }
  };
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  return {
    detente: pkg.version,
    'wink-nlp': v('wink-nlp'),
    'wink-eng-lite-web-model': v('wink-eng-lite-web-model'),
    compromise: v('compromise'),
    'better-sqlite3': v('better-sqlite3'),
  };
}

function gitCommit(): string {
  if (process.env.DETENTE_BENCH_COMMIT) return process.env.DETENTE_BENCH_COMMIT;
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', 'src'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return `${(r.stdout ?? '').trim() || 'unknown'}${(dirty.stdout ?? '').trim() ? ' (+ uncommitted changes in src/)' : ''}`;
}

/**
 * Sentences and tokens of the articles the ingest stored, cumulative in storing order (`cum[k]` = first k stored),
 * counted with detente's own Doc after reading the same inputs again with readInputs.
 */
async function storedCounts(inputs: string[], storedIds: readonly string[]): Promise<{ sentences: number[]; tokens: number }> {
  const wanted = new Set(storedIds);
  const perId = new Map<string, number>();
  const nlp = createNlp();
  let tokens = 0;
  for await (const r of readInputs(inputs)) {
    if (!r.ok || !wanted.has(r.article.id) || perId.has(r.article.id)) continue;
    const doc = nlp.parse(r.article.text);
    perId.set(r.article.id, doc.sentences.length);
    tokens += doc.tokenCount;
  }
  const sentences = [0];
  for (const id of storedIds) sentences.push(sentences[sentences.length - 1] + (perId.get(id) ?? 0));
  return { sentences, tokens };
}

/** `--only stages`: the stage profile and hot spots alone, printed (no document written) — for iterating on a stage. */
async function onlyStages(): Promise<void> {
  const stages = await worker<StagesResult>('stages');
  const { stageTable, hotSections } = renderStages(stages, stages.sentences);
  process.stdout.write(`${stages.articles} articles, ${stages.sentences} sentences, ${stages.tokens} tokens\n\n${stageTable}\n\n${hotSections}\n`);
}

/**
 * The start-up measurement: `detente analyze <seed>` from process start to exit (wall and CPU, median of 7 runs, 3 with
 * --quick), each after a bare `node -e 0` for the floor, then the probe's step breakdown (scripts/bench-startup-probe.mjs)
 * and the CPU profile by module.
 * @param seed the seed article read by `analyze`
 */
async function measureStartup(seed: string): Promise<StartupResult> {
  const startupRuns = quick ? 3 : 7;
  const bare: number[] = [];
  const cli: number[] = [];
  const cliCpu: number[] = [];
  let startupError: string | null = null;
  const tmp = join(tmpdir(), `detente-bench-time-${process.pid}.txt`);
  for (let i = 0; i < startupRuns; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    bare.push(performance.now() - t);
    const r = await runCli(['analyze', seed], tmp);
    if (r.exitCode !== 0) {
      startupError = `detente analyze failed on the seed (exit ${r.exitCode}): ${r.stderr.slice(0, 300).replace(/\s+/g, ' ')}`;
      log(startupError);
      break;
    }
    cli.push(r.wallMs);
    if (r.cpuMs != null) cliCpu.push(r.cpuMs);
  }
  const probes: { laps: { step: string; ms: number }[]; totalMs: number }[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'bench-startup-probe.mjs'), seed], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (r.status === 0) probes.push(parseResult(r.stdout));
    else log(`start-up probe failed: ${r.stderr.slice(0, 300)}`);
  }
  const profDir = mkdtempSync(join(tmpdir(), 'detente-bench-startprof-'));
  const moduleMs = new Map<string, number>();
  let profiledRuns = 0;
  let profiledTotal = 0;
  try {
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const runDir = join(profDir, String(i));
      const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', runDir, '--cpu-prof-interval', '250', join(REPO_ROOT, 'bin', 'detente.js'), 'analyze', seed], { cwd: REPO_ROOT, encoding: 'utf8' });
      if (r.status !== 0 || !existsSync(runDir)) continue;
      const file = readdirSync(runDir).find((f) => f.endsWith('.cpuprofile'));
      if (!file) continue;
      const { totalMs, modules } = costByModule(JSON.parse(readFileSync(join(runDir, file), 'utf8')) as CpuProfile);
      profiledRuns++;
      profiledTotal += totalMs;
      for (const [m, ms] of modules) moduleMs.set(m, (moduleMs.get(m) ?? 0) + ms);
    }
  } finally {
    rmSync(profDir, { recursive: true, force: true });
  }
  return {
    modules: profiledRuns
      ? {
          runs: profiledRuns,
          totalMs: profiledTotal / profiledRuns,
          top: [...moduleMs].map(([m, ms]): [string, number] => [m, ms / profiledRuns]).sort((a, b) => b[1] - a[1]).slice(0, 20),
        }
      : null,
    runs: startupRuns,
    cliMs: cli,
    error: startupError,
    medianMs: median(cli),
    medianCpuMs: cliCpu.length ? median(cliCpu) : null,
    bareNodeMs: median(bare),
    laps: probes.length
      ? probes[0].laps.map((l, i) => ({ step: l.step, ms: median(probes.map((p) => p.laps[i]?.ms ?? Number.NaN)) }))
      : [],
  };

}

/** `--only startup`: the start-up measurement alone, printed (nothing written) — for iterating on start-up. */
async function onlyStartup(): Promise<void> {
  const seed = join(sharedRoot(), ...SEED);
  if (!existsSync(seed)) throw new Error(`seed article missing: ${seed} (set DETENTE_SHARED)`);
  if (!existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/cli/main.js missing: run npm run build');
  const r = await measureStartup(seed);
  if (r.error) throw new Error(r.error);
  const ms = (x: number) => `${Math.round(x)} ms`;
  const lines = [
    `detente analyze <seed>: ${ms(r.medianMs)} wall${r.medianCpuMs === null ? '' : `, ${ms(r.medianCpuMs)} CPU`} (median of ${r.runs}; runs ${r.cliMs.map(Math.round).join(' ')}); node -e 0: ${ms(r.bareNodeMs)}`,
    '',
    'steps (scripts/bench-startup-probe.mjs, median wall):',
    ...r.laps.map((l) => `  ${ms(l.ms).padStart(8)}  ${l.step}`),
    '',
    `sampled CPU by module (--cpu-prof, mean of ${r.modules?.runs ?? 0} runs, total ${ms(r.modules?.totalMs ?? 0)}):`,
    ...(r.modules?.top ?? []).map(([m, x]) => `  ${ms(x).padStart(8)}  ${m}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** One line per shape of the long-article measurement (console). */
function longLines(r: LongResult): string[] {
  return r.variants.map(
    (v) =>
      `  ${v.shape}: ${Math.round(v.base.chars / 1000)} KB ${Math.round(v.base.cpuMs)} ms CPU, ${Math.round(v.long.chars / 1000)} KB ${Math.round(v.long.cpuMs)} ms CPU: ${v.perCharRatio.toFixed(2)}× CPU per character`,
  );
}

/** `--only long`: the long-article measurement alone, printed (nothing written). */
async function onlyLong(): Promise<void> {
  if (!existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/cli/main.js missing: run npm run build');
  const r = await worker<LongResult>('long');
  process.stdout.write(`one article ${r.factor}× as long (median of ${r.runs}):\n${longLines(r).join('\n')}\n`);
}

async function main(): Promise<void> {
  if (only === 'stages') return onlyStages();
  if (only === 'startup') return onlyStartup();
  if (only === 'long') return onlyLong();
  if (only) throw new Error(`unknown --only "${only}": use stages, startup or long`);
  const started = performance.now();
  const parts = quick ? QUICK_CORPUS : FULL_CORPUS;
  corpusInputs(parts); // fail early with a clear message when the shared data is missing
  corpusInputs(quick ? QUICK_INGEST_CORPUS : INGEST_CORPUS);
  const seed = join(sharedRoot(), ...SEED);
  if (!existsSync(seed)) throw new Error(`seed article missing: ${seed} (set DETENTE_SHARED)`);
  const load0 = loadavg()[0];

  let buildNote = 'skipped (--no-build)';
  if (build) {
    log('npm run build');
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
    buildNote = r.status === 0 ? 'ok' : `tsc reported errors (dist/ emitted anyway): ${(r.stdout + r.stderr).split('\n').filter((l) => l.includes('error TS')).slice(0, 3).join(' | ')}`;
    if (r.status !== 0) log(`build: ${buildNote}`);
  }
  if (!existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/cli/main.js missing: run npm run build');

  log('throughput: detente');
  const detente = await worker<SystemResult>('detente');
  log('throughput: wink-nlp floor');
  const floor = await worker<SystemResult>('floor');
  log('throughput: compromise');
  const compromise = await worker<SystemResult>('compromise');
  log('stage profile');
  const stages = await worker<StagesResult>('stages');
  stages.hot.spots = stages.hot.spots.slice(0, 120);

  const dir = mkdtempSync(join(tmpdir(), 'detente-bench-'));
  const ingestParts = quick ? QUICK_INGEST_CORPUS : INGEST_CORPUS;
  const ingestInputs = corpusInputs(ingestParts);
  const checkpoints = quick ? [200, 500, 1000, 1500, 2000] : [2000, 5000, 10000, 15000, 20000];
  log(`ingest ${ingestParts.map((p) => p.path.slice(1).join('/')).join(', ')} into SQLite`);
  let ingestRun: Awaited<ReturnType<typeof benchIngest>>;
  try {
    ingestRun = await benchIngest(ingestInputs, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log('count the sentences of the stored articles');
  const cum = await storedCounts(ingestInputs, ingestRun.storedIds);
  const { storedIds: _ids, ...ingestCost } = ingestRun;
  const sentencesUpTo = (k: number) => cum.sentences[Math.min(k, cum.sentences.length - 1)];

  log('start-up');
  const startup = await measureStartup(seed);
  log('long articles');
  const long = await worker<LongResult>('long');

  let previous: BenchReport | null = null;
  if (existsSync(jsonPath)) {
    try {
      previous = JSON.parse(readFileSync(jsonPath, 'utf8')) as BenchReport;
    } catch {
      previous = null;
    }
  }
  const cpu = cpus();
  const report: BenchReport = {
    date: new Date().toISOString(),
    quick,
    commit: gitCommit(),
    buildNote,
    machine: {
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryBytes: totalmem(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAvgBefore: load0,
      loadAvgAfter: loadavg()[0],
    },
    versions: versions(),
    corpus: parts.map((p) => `${p.path.join('/')}${p.limit !== undefined ? ` (first ${p.limit} files, sorted)` : ''}`),
    systems: { detente, floor, compromise },
    stages,
    ingest: {
      ...ingestCost,
      inputs: ingestParts.map((p) => p.path.join('/')),
      stderr: ingestRun.stderr.slice(0, 2000),
      sentences: sentencesUpTo(ingestRun.stored),
      tokens: cum.tokens,
      checkpoints: checkpoints.map((c) => {
        const at = ingestRun.samples.find((x) => x.articles >= c);
        return { checkpoint: c, sample: at ?? null, sentences: at ? sentencesUpTo(at.articles) : 0 };
      }),
    },
    startup,
    long,
    harnessSeconds: 0,
  };
  report.harnessSeconds = (performance.now() - started) / 1000;
  const { markdown, console: text } = renderReport(report, previous);
  process.stdout.write(`${text}\n`);
  writeFileSync(outPath, markdown);
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 1)}\n`);
  log(`wrote ${outPath} and ${jsonPath} in ${report.harnessSeconds.toFixed(0)} s`);
}

main().catch((err) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
