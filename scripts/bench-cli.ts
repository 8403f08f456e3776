/**
 * Benchmarks of the real `detente` command line (bin/detente.js over the compiled dist/):
 * - ingest: a JSON Lines stream of N articles (the corpus repeated) → SQLite, peak RSS and wall/CPU time;
 * - start-up: `detente analyze <one article>` from process start to exit.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Article } from '../src/model/article.js';
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
}

const TIME = '/usr/bin/time';

/**
 * Runs `node bin/detente.js …args` and measures it: wrapped in GNU time (`-f "%M %U %S"`) when available, else
 * with /proc polling every 50 ms for the peak RSS.
 * @param args CLI arguments after `detente`
 * @param tmpFile scratch file for GNU time's report (deleted)
 * @returns wall ms, CPU ms, peak RSS bytes, exit code and stderr
 */
export async function runCli(args: string[], tmpFile: string): Promise<ProcessCost> {
  const bin = join(REPO_ROOT, 'bin', 'detente.js');
  const useTime = existsSync(TIME);
  const cmd = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-f', '%M %U %S', '-o', tmpFile, process.execPath, bin, ...args] : [bin, ...args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (stderr += d));
  let polledPeak: number | null = null;
  const poll = useTime
    ? null
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) polledPeak = Math.max(polledPeak ?? 0, Number(m[1]) * 1024);
        } catch {
          // process gone or no /proc
        }
      }, 50);
  const [code] = (await once(child, 'close')) as [number | null];
  const wallMs = performance.now() - started;
  if (poll) clearInterval(poll);
  let cpuMs: number | null = null;
  let peakRssBytes: number | null = polledPeak;
  if (useTime && existsSync(tmpFile)) {
    const line = readFileSync(tmpFile, 'utf8').trim().split('\n').pop() ?? '';
    const [kb, user, sys] = line.split(/\s+/).map(Number);
    if (Number.isFinite(kb)) peakRssBytes = kb * 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = (user + sys) * 1000;
    rmSync(tmpFile, { force: true });
  }
  return { wallMs, cpuMs, peakRssBytes, exitCode: code, stderr };
}

/**
 * Writes a JSON Lines stream of `n` articles: the corpus repeated in order. Copy k of an article keeps its text
 * and gets the url `https://bench.detente.invalid/<k>/<i>`, so its id (a hash of text and url) is distinct and the
 * sentence count of the stream is exactly known. The file lives in the OS temp folder and is deleted by the caller.
 * @param articles the corpus
 * @param n number of records
 * @param path output file
 */
export async function writeStream(articles: readonly Article[], n: number, path: string): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const a = articles[i % articles.length];
    const record = {
      title: a.title,
      published: a.published,
      source: a.source,
      url: `https://bench.detente.invalid/${Math.floor(i / articles.length)}/${i % articles.length}`,
      text: a.text,
    };
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** One ingest measurement. */
export interface IngestResult extends ProcessCost {
  articles: number;
  /** articles in the store afterwards (must equal `articles`) */
  stored: number;
  events: number;
  quotes: number;
}

/**
 * Streams `n` articles through `detente ingest --quiet --db <tmp>.db <stream>` and counts what was stored.
 * @param articles the corpus, repeated to `n` (see {@link writeStream})
 * @param n number of articles
 * @param dir a temporary folder for the stream and the database (the caller deletes it)
 * @returns the process cost and the store's row counts
 */
export async function benchIngest(articles: readonly Article[], n: number, dir: string): Promise<IngestResult> {
  const stream = join(dir, `stream-${n}.jsonl`);
  const db = join(dir, `ingest-${n}.db`);
  await writeStream(articles, n, stream);
  const cost = await runCli(['ingest', '--quiet', '--db', db, stream], join(dir, `time-${n}.txt`));
  let stored = 0;
  let events = 0;
  let quotes = 0;
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
    sql.close();
  }
  rmSync(stream, { force: true });
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  return { ...cost, articles: n, stored, events, quotes };
}
