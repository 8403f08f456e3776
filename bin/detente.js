#!/usr/bin/env node
// detente command-line entry point: a thin shell over the compiled library (run `npm run build` first).
import { spawn } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';

const command = process.argv.slice(2).find((a) => !a.startsWith('-'));

// `ingest` (and `worker`, the same work fed by a queue) runs in a child Node started with `--no-concurrent-recompilation`: V8 then optimises hot functions
// on the main thread instead of on background compiler threads, which on an ingest keep recompiling large
// extraction functions after each deoptimisation. Full bench ingest (25,877 articles), the two run side by
// side on a loaded machine: all-thread CPU 77.2 -> 75.6 s (main thread 62.7 -> 71.7 s, other threads 14.4 ->
// 3.8 s), peak RSS 345 -> 326 MB; 1,956 Reuters articles, two pairs side by side: all-thread CPU 8.89/8.93 ->
// 8.13/8.04 s, peak RSS 261/269 -> 248/247 MB (the compiles a short run no longer pays for in the background
// are a larger share of it). The flag only counts when V8
// starts: set later with v8.setFlagsFromString it changed nothing (background CPU 3.5 s either way, measured),
// and a shebang flag is lost under `node bin/detente.js`. The child inherits stdio (progress bar on a terminal, `-` for stdin); Ctrl-C
// reaches both processes (same process group); the parent passes SIGINT, SIGTERM and SIGHUP on and exits as
// the child did. Not for short commands, where one more Node start-up (~50 ms) would show.
// Set DETENTE_NO_RESPAWN=1 to run in this process (the flag may also be given: `node --no-concurrent-recompilation`).
// `--always-sparkplug`: every function gets V8's baseline (Sparkplug) machine code when first compiled instead of
// running in the interpreter until it is hot; an ingest sees each article once, so the warm-up, in which most
// extraction functions still run interpreted, is a large share of a short ingest and a few percent of a long one.
// Measured with scripts/bench-ingest.ts --e2e (alternating A/B runs, CPU time of the process tree, loaded machine):
// 3,919 Reuters stories 12.58/12.59/12.36 -> 11.71/11.77/12.27 s, 5,850 stories 13.87/14.91/15.07 -> 14.26/15.58/13.93 s
// (median -4%, the ranges overlap); peak RSS the same or lower (296 -> 290 MB).
// The child's heap and malloc settings for flat memory (issue 7: peak RSS flat within 1.2x from 2,000 articles on):
// `--heap-growing-percent=20` (was 30; see the setFlagsFromString below for why the factor is bounded at all) and
// MALLOC_ARENA_MAX=2 in its environment (glibc's malloc gives threads that meet contention arenas of their own, up
// to 8 a core, and keeps what they freed; the ingest has the reading thread, the analysis thread, libuv's pool and
// V8's helpers), unless the user set it. The peak RSS of a long ingest kept rising after its first few thousand
// articles, most of it the analysis thread's old space (~60 MB committed at 2,000 articles, ~85 MB later) growing by
// the factor over each full collection's survivors. Full bench ingest corpus (25,877 articles, scripts/bench-corpus.ts
// INGEST_CORPUS) run as this child, one run each, host at load ~14 (so +-5 MB): peak RSS at 2,032 articles -> at the
// end (GNU time), CPU: before (30, no arena limit) 226 -> 279.5 MB (1.24x), 171.6 s; 30 with MALLOC_ARENA_MAX=2
// 227 -> 276.8 MB (1.22x), 168.0 s; 20 with MALLOC_ARENA_MAX=2 225 -> 268.6 MB (1.19x), 167.1 s (at 10,124 / 15,150
// articles 251 / 257 MB against 258 / 264 with 30). The arena limit's own share is within the noise of one run.
// The CPU this costs is below the noise of one run; three side-by-side rounds at 96c4185 measured 20 against 30 at
// +2.1 to +3.4% CPU for growth 1.17-1.19x against 1.22x (src/ingest/README.md, where 30 was kept then). The flatness
// target had started failing (1.22-1.24x), so the trade is taken now.
const RESPAWN_FLAGS = ['--no-concurrent-recompilation', '--heap-growing-percent=20', '--always-sparkplug'];
if (
  (command === 'ingest' || command === 'worker') &&
  !process.env.DETENTE_NO_RESPAWN &&
  !process.execArgv.some((a) => a.startsWith('--no-concurrent-recompilation') || a.startsWith('--concurrent-recompilation'))
) {
  // A worker child tells this process over an IPC channel which jobs it has in flight, so that when it is killed
  // without a chance to report (SIGKILL: `kill -9`, the out-of-memory killer) this process says which jobs were lost
  // and exits 1 only when some were (src/cli/worker-child-jobs.ts; before, the worker ended silently with 137).
  // (a dist/ built before that module exists: no report, as before)
  const worker = command === 'worker' ? await import('../dist/cli/worker-child-jobs.js').catch(() => null) : null;
  // An ingest child tells it likewise what it has stored after each batch, so that this process can say, when the child
  // is killed so, what was stored and how to resume (src/cli/ingest-child-progress.ts; before, it ended silently with 137)
  const ingest = command === 'ingest' ? await import('../dist/cli/ingest-child-progress.js').catch(() => null) : null;
  // flags given to this node come after ours, so they win (`node --heap-growing-percent=50 bin/detente.js ingest`)
  const child = spawn(process.execPath, [...RESPAWN_FLAGS, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: worker || ingest ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
    env: { ...(process.env.MALLOC_ARENA_MAX === undefined ? { MALLOC_ARENA_MAX: '2' } : {}), ...process.env, DETENTE_NO_RESPAWN: '1', DETENTE_PARENT_PID: String(process.pid) },
  });
  const jobs = worker?.trackWorkerJobs(child) ?? ingest?.trackIngestChild(child);
  // a signal to this process alone (`kill -INT <pid>`) reaches the child too; on Ctrl-C the child gets SIGINT
  // twice (once from the terminal's process group), which ends it the same way
  const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const sig of stopSignals) process.on(sig, () => child.kill(sig));
  child.on('error', (err) => {
    process.stderr.write(`detente: cannot start the ingest process (${err.message})\n`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    if (signal && jobs && !stopSignals.includes(signal)) {
      const argv = process.argv.slice(2);
      const json = argv.includes('--log-format=json') || argv.some((a, i) => a === '--log-format' && argv[i + 1] === 'json');
      const report = jobs.killedReport(signal, json);
      process.stderr.write(report.text);
      process.exitCode = report.status;
    } else if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 1;
  });
} else {
  // Long batch commands (ingest, watch): grow the V8 heap by at most 30% over what survives a full
  // collection (V8's own factor goes up to 4x). An ingest keeps ~70 MB live, but each 200-article batch is
  // promoted to the old space before it becomes garbage, and with the default factor the heap (and RSS)
  // kept growing to ~400 MB. Measured on the first 8,000 articles of the bench ingest corpus: heap 371 ->
  // 180 MB, RSS 561 -> 363 MB, same CPU time (17.2 s vs 17.5 s). Not for one-article commands: while the
  // models load, the smaller steps cost ~40 ms of extra collections (`analyze` start-up 1,000 -> 1,040 ms).
  // Set before anything is allocated; a flag given on the command line (`node --heap-growing-percent=N`) wins.
  if ((command === 'ingest' || command === 'watch' || command === 'worker') && !process.execArgv.some((a) => a.startsWith('--heap-growing-percent'))) {
    setFlagsFromString('--heap-growing-percent=30');
  }
  // Short commands (analyze, explain, the queries): a regular expression runs in V8's regexp interpreter for its
  // first 100 executions instead of 1 before V8 compiles it to machine code. chrono-node's relative-date patterns
  // (ENTimeUnitAgoFormatParser, ENTimeUnitLaterFormatParser: ~800-character alternations, case-insensitive) take
  // ~170 ms each to compile, and one article's date sentences run each of them a few dozen times at most:
  // chrono's first two parses 460 + 340 ms -> 40 + 2 ms (measured, one process each). Set before any regexp is
  // compiled; a flag given on the command line (`node --regexp-tier-up-ticks=N`) wins. Batch commands keep V8's default.
  if (command !== 'ingest' && command !== 'watch' && command !== 'worker' && !process.execArgv.some((a) => a.startsWith('--regexp-tier-up'))) {
    setFlagsFromString('--regexp-tier-up-ticks=100');
  }
  // The ingest child of a parent killed without a chance to pass the signal on (`kill -9`) stops as well, rather
  // than going on in the background: a parent that died leaves the child to another parent process.
  const parentPid = Number(process.env.DETENTE_PARENT_PID);
  if (parentPid > 0) {
    delete process.env.DETENTE_PARENT_PID;
    setInterval(() => {
      if (process.ppid !== parentPid) process.kill(process.pid, 'SIGTERM');
    }, 1000).unref();
  }
  // A Ctrl-C while the command line loads (~1 s, up to 4 s on a loaded host), before `ingest` listens for it, is
  // reported as an interrupted run rather than ending it silently (src/cli/early-interrupt.ts; a dist/ built before
  // that module: silent, as before)
  if (command === 'ingest') (await import('../dist/cli/early-interrupt.js').catch(() => null))?.reportEarlyInterrupt(process.argv.slice(2));
  // the bundled command line while it matches the modules it was built from (src/cli/cli-entry.ts), compiled with its
  // code cache (src/cli/run-bundle.ts), else dist/cli/main.js (also for a dist/ built before cli-entry.js existed)
  const dist = new URL('../dist/', import.meta.url);
  const entry = (await import('../dist/cli/cli-entry.js').catch(() => null))?.cliEntry(dist) ?? { kind: 'modules', url: new URL('cli/main.js', dist) };
  let main;
  let afterMain = () => {};
  // (a dist/ missing run-bundle.js runs the modules, as a dist/ missing cli-entry.js does)
  const runBundle = entry.kind === 'bundle' ? (await import('../dist/cli/run-bundle.js').catch(() => null))?.runBundle : undefined;
  if (runBundle) {
    const bundle = runBundle(entry.file, entry.codeCache, process.env.DETENTE_WRITE_CODE_CACHE === '1');
    main = bundle.exports.main;
    afterMain = bundle.afterMain;
  } else {
    const modules = new URL('cli/main.js', dist);
    main = (
      await import(modules.href).catch((err) => {
        // no build at all (a clone without `npm install`, a deleted dist/): say what to run, not a module-loader stack
        if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes(modules.pathname)) throw err;
        process.stderr.write(`detente: the compiled command line is missing (${modules.pathname}); run \`npm run build\` (npm install runs it) in ${new URL('..', dist).pathname}\n`);
        process.exit(1);
      })
    ).main;
  }
  await main();
  afterMain();
}
