/**
 * Benchmarks of the real `detente` command line (bin/detente.js over the compiled dist/):
 * - ingest: real articles read in place → SQLite, peak RSS sampled as the store grows, wall/CPU time;
 * - start-up: `detente analyze <one article>` from process start to exit.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { REPO_ROOT } from './bench-corpus.js';

/** What one CLI run cost. */
export interface ProcessCost {
  /** wall time from spawn to exit, ms */
  wallMs: number;
  /** user + system CPU time, ms (null when /usr/bin/time is not available) */
  cpuMs: number | null;
  /** peak resident set size, bytes (from /usr/bin/time %M, else polled /proc/PID/status VmHWM) */
  peakRssBytes: number | null;
  exitCode: number | null;
  stderr: string;
  /** memory samples taken while running (only with a {@link Watch}) */
  samples: Sample[];
  /**
   * CPU ms of the node process's main thread, of its other threads together, and of the busiest of those other
   * threads alone, from the last /proc/PID/task/TID/stat sample of each thread (only with a {@link Watch}; null when
   * /proc is not readable). `detente ingest` analyses in a worker thread (src/analysis-budget/), which is then the
   * busiest; the rest are V8's compiler and garbage-collector helpers and libuv's pool. Linux names all of them
   * "node" (/proc/…/comm), so the analysis thread is told apart by its CPU time only.
   */
  threadCpuMs: { main: number; others: number; busiest: number } | null;
}

const TIME = '/usr/bin/time';

/** A memory sample taken while the CLI runs. */
export interface Sample {
  /** articles committed to the store when sampled */
  articles: number;
  /** ms since spawn */
  elapsedMs: number;
  /** peak RSS so far (VmHWM), bytes */
  peakRssBytes: number;
  /** current RSS (VmRSS), bytes */
  rssBytes: number;
}

/** Which `detente` to run and how: for A/B comparisons of two builds or of Node flags. */
export interface CliTarget {
  /** path of bin/detente.js (default: this checkout's, over its dist/) */
  bin?: string;
  /** Node options placed before the script (`node --max-semi-space-size=32 bin/detente.js …`); the ingest child
   * inherits them through process.execArgv, after its own flags, so they win */
  nodeArgs?: string[];
  /** extra `detente ingest` options (benchIngest only), e.g. `['--batch', '50']` */
  ingestArgs?: string[];
}

/** Sampling while a CLI run goes on: poll the store's article count and the process's memory. */
export interface Watch {
  /** the SQLite file being written (read-only polling; WAL mode allows it) */
  db: string;
  /** poll interval, ms (default 250) */
  intervalMs?: number;
}

function procMemory(pid: number): { hwm: number; rss: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(status);
    const rss = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return hwm && rss ? { hwm: Number(hwm[1]) * 1024, rss: Number(rss[1]) * 1024 } : null;
  } catch {
    return null;
  }
}

/** CPU ms (user + system) of each thread of `pid`, by thread id (empty when /proc is not readable). */
function threadCpu(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  try {
    const ticks = 1000 / 100; // USER_HZ is 100 on Linux
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(f[11]) + Number(f[12])) * ticks);
    }
  } catch {
    // the process (or a thread) ended between listing and reading
  }
  return out;
}

/**
 * The node processes below `childPid`, first child at each level: GNU time's only child (when wrapped), and below
 * it the process that `detente ingest` starts with V8 flags (bin/detente.js). The last one does the work.
 * @returns the chain from `childPid` down (empty when a wrapped `childPid` has not started node yet)
 */
function nodeChain(childPid: number, wrapped: boolean): number[] {
  const chain = [childPid];
  for (;;) {
    const pid = chain[chain.length - 1];
    let kids: string[];
    try {
      kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      break;
    }
    if (!kids.length) break;
    chain.push(Number(kids[0]));
  }
  return wrapped ? chain.slice(1) : chain;
}

function storedArticles(db: string): number | null {
  if (!existsSync(db)) return null;
  let sql: Database.Database | null = null;
  try {
    sql = new Database(db, { readonly: true, fileMustExist: true });
    return (sql.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } catch {
    return null;
  } finally {
    sql?.close();
  }
}

/**
 * Runs `node bin/detente.js …args` and measures it: wrapped in GNU time (`-f "%M %U %S"`) when available, else
 * with /proc polling every 50 ms for the peak RSS.
 * @param args CLI arguments after `detente`
 * @param tmpFile scratch file for GNU time's report (deleted)
 * @param watch sample the store's article count and memory while it runs (see {@link Watch})
 * @param target another build's bin/detente.js and Node options (see {@link CliTarget}); default this checkout
 * @returns wall ms, CPU ms, peak RSS bytes, exit code and stderr
 */
export async function runCli(args: string[], tmpFile: string, watch?: Watch, target: CliTarget = {}): Promise<ProcessCost> {
  const bin = target.bin ?? join(REPO_ROOT, 'bin', 'detente.js');
  const nodeArgs = target.nodeArgs ?? [];
  const useTime = existsSync(TIME);
  const cmd = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-f', '%M %U %S', '-o', tmpFile, process.execPath, ...nodeArgs, bin, ...args] : [...nodeArgs, bin, ...args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (stderr += d));
  let polledPeak: number | null = null;
  const samples: Sample[] = [];
  let pid: number | null = null;
  const threads = new Map<number, number>();
  const poll = setInterval(
    () => {
      // follow the work down to the deepest node process (the ingest child appears after its parent starts)
      const chain = child.pid === undefined ? [] : nodeChain(child.pid, useTime);
      const deepest = chain.length ? chain[chain.length - 1] : null;
      if (deepest !== null && deepest !== pid && (pid === null || chain.includes(pid))) {
        pid = deepest;
        threads.clear();
      }
      if (pid === null) return;
      const mem = procMemory(pid);
      if (!mem) return;
      polledPeak = Math.max(polledPeak ?? 0, mem.hwm);
      if (watch) {
        for (const [tid, ms] of threadCpu(pid)) threads.set(tid, ms);
        const articles = storedArticles(watch.db);
        if (articles !== null && (samples.length === 0 || articles > samples[samples.length - 1].articles)) {
          samples.push({ articles, elapsedMs: performance.now() - started, peakRssBytes: mem.hwm, rssBytes: mem.rss });
        }
      }
    },
    watch ? (watch.intervalMs ?? 250) : 50,
  );
  const [code] = (await once(child, 'close')) as [number | null];
  const wallMs = performance.now() - started;
  clearInterval(poll);
  let cpuMs: number | null = null;
  let peakRssBytes: number | null = polledPeak;
  if (useTime && existsSync(tmpFile)) {
    const line = readFileSync(tmpFile, 'utf8').trim().split('\n').pop() ?? '';
    const [kb, user, sys] = line.split(/\s+/).map(Number);
    if (Number.isFinite(kb)) peakRssBytes = kb * 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = (user + sys) * 1000;
    rmSync(tmpFile, { force: true });
  }
  let threadCpuMs: ProcessCost['threadCpuMs'] = null;
  if (watch && pid !== null && threads.size > 0) {
    let others = 0;
    let busiest = 0;
    for (const [tid, ms] of threads) {
      if (tid === pid) continue;
      others += ms;
      busiest = Math.max(busiest, ms);
    }
    threadCpuMs = { main: threads.get(pid) ?? 0, others, busiest };
  }
  return { wallMs, cpuMs, peakRssBytes, exitCode: code, stderr, samples, threadCpuMs };
}

/** One ingest measurement. */
export interface IngestResult extends ProcessCost {
  /** articles analysed and stored */
  stored: number;
  /** near-duplicates and exact copies linked to a stored first copy (not analysed) */
  duplicates: number;
  events: number;
  quotes: number;
}

/**
 * Streams the `inputs` through `detente ingest --quiet --db <dir>/ingest.db <inputs…>` and counts what was stored;
 * while it runs, the store's article count and the process's VmHWM/VmRSS are sampled (see {@link Sample}).
 * @param inputs files or directories, read in place by the CLI's own readers
 * @param dir a temporary folder for the database (the caller deletes it)
 * @param target another build and Node options (see {@link CliTarget}); default this checkout's bin, no options
 * @param keepDb leave the database at `<dir>/ingest.db` (to compare the rows of two builds); default deleted
 * @returns the process cost, the store's row counts, and the ids of the stored articles in storing order
 */
export async function benchIngest(
  inputs: readonly string[],
  dir: string,
  target: CliTarget = {},
  keepDb = false,
): Promise<IngestResult & { storedIds: string[] }> {
  const db = join(dir, 'ingest.db');
  const cost = await runCli(['ingest', '--quiet', '--db', db, ...(target.ingestArgs ?? []), ...inputs], join(dir, 'time.txt'), { db }, target);
  let stored = 0;
  let events = 0;
  let quotes = 0;
  let duplicates = 0;
  let storedIds: string[] = [];
  if (existsSync(db)) {
    const sql = new Database(db, { readonly: true });
    const count = (table: string) => {
      try {
        return (sql.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      } catch {
        return 0;
      }
    };
    stored = count('articles');
    events = count('events');
    quotes = count('quotes');
    duplicates = count('duplicates');
    storedIds = (sql.prepare('SELECT id FROM articles ORDER BY rowid').all() as { id: string }[]).map((r) => r.id);
    sql.close();
  }
  if (!keepDb) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  return { ...cost, stored, events, quotes, duplicates, storedIds };
}
