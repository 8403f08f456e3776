import type { ChildProcess } from 'node:child_process';
import { killedBy } from './killed-by.js';

/**
 * The message a `detente worker` process sends its parent (bin/detente.js runs the worker in a child Node, see
 * there) over the IPC channel when it takes a job and when the job is settled (completed, or an attempt failed: the
 * queue then holds it again). `detente` tags it so that nothing else on the channel is taken for it.
 */
export interface WorkerJobMessage {
  detente: 'worker-job';
  state: 'active' | 'settled';
  jobId: string;
  /** the job's article origin (file path, `path:line`, URL) or id */
  origin: string;
}

/** A job the worker child had taken and not settled. */
export interface JobInFlight {
  jobId: string;
  origin: string;
}

/** What the parent knows of its worker child's jobs: see {@link trackWorkerJobs}. */
export interface WorkerJobTracker {
  /** the jobs taken and not settled, in the order they were taken */
  inFlight(): JobInFlight[];
  /**
   * What to say and which exit status to give when the child died of a signal it could not handle (SIGKILL — `kill
   * -9` or the out-of-memory killer —, SIGSEGV, SIGABRT…): which jobs it was analysing, and that the queue takes them
   * back (bullmq's stalled check, once their lock expires after `--stalled-seconds`: retried, or failed for good
   * when they had stalled before, bullmq maxStalledCount 1). Exit status 1 when jobs were in flight (their work was
   * lost and must be done again), 0 when the child was idle (nothing failed).
   * @param signal the signal that ended the child
   * @param json true for `--log-format json` (one JSON object), false for a line of text
   * @returns the text to write on stderr (ending in a newline) and the exit status
   */
  killedReport(signal: NodeJS.Signals, json: boolean): { text: string; status: number };
}

/**
 * Follows the jobs of a worker child from its {@link WorkerJobMessage}s.
 * @param child the child process, started with an IPC channel (`stdio: [..., 'ipc']`)
 * @returns the tracker
 */
export function trackWorkerJobs(child: Pick<ChildProcess, 'on' | 'pid'>): WorkerJobTracker {
  const jobs = new Map<string, string>();
  child.on('message', (m: unknown) => {
    const msg = m as Partial<WorkerJobMessage> | null;
    if (!msg || msg.detente !== 'worker-job' || typeof msg.jobId !== 'string') return;
    if (msg.state === 'active') jobs.set(msg.jobId, String(msg.origin ?? msg.jobId));
    else jobs.delete(msg.jobId);
  });
  const inFlight = () => [...jobs].map(([jobId, origin]) => ({ jobId, origin }));
  return {
    inFlight,
    killedReport(signal, json) {
      const lost = inFlight();
      const status = lost.length ? 1 : 0;
      if (json) {
        const line = { time: new Date().toISOString(), level: lost.length ? 'error' : 'warn', event: 'worker_killed', pid: child.pid ?? null, signal, jobsInFlight: lost, exitStatus: status };
        return { text: `${JSON.stringify(line)}\n`, status };
      }
      const head = `detente worker: the worker process${child.pid ? ` (pid ${child.pid})` : ''} was ${killedBy(signal)}`;
      if (!lost.length) return { text: `${head} while no job was in flight: nothing was lost\n`, status };
      const list = lost.map((j) => `job ${j.jobId} (${j.origin})`).join(', ');
      return {
        text:
          `${head} while analysing ${lost.length} job(s): ${list}. The queue gives them to a worker again once their lock ` +
          `expires (--stalled-seconds; an article whose transaction was committed is then found in the store and skipped), ` +
          `or fails them for good if they had stalled before ` +
          '(`detente queue status` lists failed jobs, `detente queue retry` tries them again)\n',
        status,
      };
    },
  };
}
