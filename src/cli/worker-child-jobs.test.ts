import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { trackWorkerJobs } from './worker-child-jobs.js';

/**
 * Starts a stand-in worker child that sends the given job messages to its parent, then kills itself with `signal`.
 * @returns the child, its tracker, and how it ended
 */
async function killedChild(messages: object[], signal: NodeJS.Signals) {
  const script = `const ms = ${JSON.stringify(messages)}; for (const m of ms) process.send(m); setTimeout(() => process.kill(process.pid, ${JSON.stringify(signal)}), 100);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  const jobs = trackWorkerJobs(child);
  const [code, ended] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  return { child, jobs, code, ended };
}

const job = (state: 'active' | 'settled', jobId: string, origin: string) => ({ detente: 'worker-job', state, jobId, origin });

test('a worker child killed with SIGKILL while analysing a job: the report names the job and its origin, and the status is 1', async () => {
  const { child, jobs, ended } = await killedChild(
    [job('active', 'c41f', '/data/harbour.jsonl:3'), job('active', 'd002', '/data/harbour.jsonl:4'), job('settled', 'd002', 'd002'), { other: 'message' }],
    'SIGKILL',
  );
  assert.equal(ended, 'SIGKILL');
  assert.deepEqual(jobs.inFlight(), [{ jobId: 'c41f', origin: '/data/harbour.jsonl:3' }]);
  const report = jobs.killedReport('SIGKILL', false);
  assert.equal(report.status, 1);
  assert.match(report.text, new RegExp(`^detente worker: the worker process \\(pid ${child.pid}\\) was killed by SIGKILL \\(kill -9, or the system ran out of memory\\) while analysing 1 job\\(s\\): job c41f \\(/data/harbour\\.jsonl:3\\)\\. The queue gives them to a worker again`));
  assert.match(report.text, /once their lock expires \(--stalled-seconds; /);
  const json = JSON.parse(jobs.killedReport('SIGKILL', true).text) as Record<string, unknown>;
  assert.deepEqual([json.event, json.signal, json.jobsInFlight, json.exitStatus], ['worker_killed', 'SIGKILL', [{ jobId: 'c41f', origin: '/data/harbour.jsonl:3' }], 1]);
});

test('a worker child killed while no job was in flight lost nothing: status 0', async () => {
  const { jobs } = await killedChild([job('active', 'e9', '/data/quay.jsonl:1'), job('settled', 'e9', 'e9')], 'SIGKILL');
  const report = jobs.killedReport('SIGKILL', false);
  assert.equal(report.status, 0);
  assert.match(report.text, /while no job was in flight: nothing was lost\n$/);
});
