import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestStats } from '../ingest-into-store.js';
import type { WorkerStats } from '../queue/run-worker.js';
import type { StoreCounts } from '../store/store.js';
import { createLogger } from './logger.js';
import { createWorkerLogger } from './worker-logger.js';
import { earlyInterruptLine } from './early-interrupt.js';
import { feedRound } from './feed-round.js';
import { trackIngestChild } from './ingest-child-progress.js';
import { trackWorkerJobs } from './worker-child-jobs.js';
import { REPO_ROOT, detente, stderrOf, writeSeedStories } from './test-cli-args.js';

// docs/logs.md lists every JSON log event with its fields; this test emits each one through the code that writes it
// and compares the field names, so that neither can change without the other.

const DOC = readFileSync(join(REPO_ROOT, 'docs', 'logs.md'), 'utf8');

/** The backticked names of a markdown table cell (`a`, `b` → [a, b]). */
const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** The events table of docs/logs.md: `event|written by` → documented fields. */
function documentedEvents(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of DOC.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | Event | Written by | Level | When | Fields |
    if (cells.length !== 7 || !/^`\w+`$/.test(cells[1])) continue;
    rows.set(`${names(cells[1])[0]}|${cells[2]}`, names(cells[5]));
  }
  return rows;
}

/** The fields of a small table in the section headed `heading` (first column, backticked names). */
function documentedTable(heading: string): string[] {
  const section = DOC.split(/^### /m).find((s) => s.startsWith(heading));
  assert.ok(section, `docs/logs.md has a section "### ${heading}"`);
  return section.split('\n').filter((l) => l.startsWith('| `')).flatMap((l) => names(l.split('|')[1]));
}

/** The JSON objects written on stderr while `f` runs. */
function emitted(f: () => void): Record<string, unknown>[] {
  return stderrOf(f).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

const COUNTS: StoreCounts = { articles: 4, entities: 9, mentions: 20, quotes: 3, events: 2, duplicates: 1 };
const FAILURE = { origin: '/feeds/day2.jsonl:7', code: 'E_INGEST_JSON', message: 'invalid JSON' };
const STATS: IngestStats = {
  read: 5, noArticle: 0, notEnglish: 0, analysed: 4, undated: 0, stored: 4, replaced: 0, revised: 0, skipped: 1, duplicates: 0,
  events: 2, quotes: 3, failures: [FAILURE], seconds: 1.5, interrupted: false,
};
const WORKER_STATS: WorkerStats = {
  completed: 3, alreadyStored: 0, notEnglish: 0, stored: 3, skipped: 0, duplicates: 0, replaced: 0, revised: 0, events: 1, quotes: 1,
  failures: [], retries: 0, seconds: 2, stoppedBy: 'empty',
};
const fakeChild = { pid: 4242, on: () => fakeChild } as unknown as Pick<ChildProcess, 'on' | 'pid'>;

/** Each documented row's event, emitted by the code that writes it. */
function emittedEvents(): Map<string, Record<string, unknown>> {
  const log = createLogger('json');
  const worker = createWorkerLogger('json');
  const feed = feedRound('https://news.example/rss', [{ ok: false, origin: 'https://news.example/rss', code: 'E_FETCH_TIMEOUT', message: 'no answer in 20 s' }], false, 0);
  const one = (f: () => void) => emitted(f)[0];
  const parse = (text: string) => JSON.parse(text) as Record<string, unknown>;
  return new Map([
    ['progress|ingest', one(() => log.progress(STATS))],
    ['item_failed|ingest, watch', one(() => log.failure(FAILURE))],
    ['item_issue|ingest, watch', one(() => log.issue({ code: 'W_INGEST_NO_ITEMS', message: 'no items', source: 'ingest' }))],
    ['files_not_read|ingest', one(() => log.skippedFiles(['/in/notes.md']))],
    ['round|watch', one(() => log.round(3, [feed]))],
    ['summary|ingest, watch', one(() => log.summary(STATS, COUNTS, 'a.db'))],
    ['interrupted|ingest', one(() => log.interrupted('SIGINT', STATS, COUNTS, 'a.db'))],
    ['interrupted|ingest (while starting)', parse(earlyInterruptLine('SIGINT', true))],
    ['ingest_killed|ingest (its parent process)', parse(trackIngestChild(fakeChild).killedReport('SIGKILL', true).text)],
    ['worker_started|worker', one(() => worker.started({ pid: 1, queue: 'q', redis: 'redis://localhost', db: 'a.db', concurrency: 4 }))],
    ['item_failed|worker', one(() => worker.failure({ ...FAILURE, jobId: 'j1', attempt: 1, attempts: 3, final: false }))],
    ['worker_error|worker', one(() => worker.error('connection lost'))],
    ['summary|worker', one(() => worker.summary(WORKER_STATS, COUNTS, 'a.db'))],
    ['worker_killed|worker (its parent process)', parse(trackWorkerJobs(fakeChild).killedReport('SIGKILL', true).text)],
  ]);
}

test('every JSON log event and its fields are documented in docs/logs.md, and every documented one is emitted so', () => {
  const documented = documentedEvents();
  const events = emittedEvents();
  assert.deepEqual([...documented.keys()].sort(), [...events.keys()].sort(), 'the rows of the events table');
  for (const [key, obj] of events) {
    const [event] = key.split('|');
    assert.equal(obj.event, event, key);
    assert.equal(typeof obj.time, 'string', `${key}: time`);
    assert.match(String(obj.level), /^(info|warn|error)$/, `${key}: level`);
    const fields = Object.keys(obj).filter((k) => k !== 'time' && k !== 'level' && k !== 'event');
    assert.deepEqual(fields.sort(), [...documented.get(key)!].sort(), `${key}: the fields docs/logs.md lists`);
  }
});

test("a watch round's feed objects and a summary's store counts have the fields docs/logs.md lists", () => {
  const round = emittedEvents().get('round|watch')!;
  const [feed] = round.feeds as Record<string, unknown>[];
  assert.deepEqual(Object.keys(feed).sort(), documentedTable('`feeds`').sort());
  const summary = emittedEvents().get('summary|ingest, watch')!;
  assert.deepEqual(Object.keys(summary.store as object).sort(), documentedTable('`store`').sort());
});

test('ingest --log-format json writes a progress event after each stored batch, with the running counts of events and quotes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-progress-'));
  try {
    const talks = (n: number) => `The trade minister of Norway met envoys from Chile in Oslo on Friday to discuss fishing, round ${n}.\n"We agreed on the quotas for round ${n}," the minister said.`;
    writeSeedStories(dir, [1, 2, 3, 4, 5].map((n) => ['2024-03-01', `Quotas round ${n}`, talks(n)] as const));
    const db = join(dir, 'p.db');
    const r = detente(['ingest', '--db', db, '--batch', '2', '--log-format', 'json', dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '', 'stdout carries no log');
    const lines = r.stderr.trim().split('\n').map((l) => JSON.parse(l) as Record<string, number | string>);
    const progress = lines.filter((l) => l.event === 'progress');
    assert.deepEqual(progress.map((p) => [p.read, p.stored]), [[2, 2], [4, 4], [5, 5]]);
    const summary = lines.find((l) => l.event === 'summary')!;
    const last = progress[progress.length - 1];
    assert.ok(Number(last.events) > 0 && Number(last.quotes) > 0, JSON.stringify(last));
    // this run made the store: its counts are the store's
    const store = summary.store as unknown as StoreCounts;
    assert.deepEqual([last.events, last.quotes, summary.events, summary.quotes], [store.events, store.quotes, store.events, store.quotes]);
    assert.ok(Number(progress[0].events) < Number(last.events), 'the counts run on');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
