import type { ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { killedBy } from './killed-by.js';

/**
 * The message a `detente ingest` process sends its parent (bin/detente.js runs the ingest in a child Node, see there)
 * over the IPC channel after each batch committed to the store: this run's counts so far and the store written.
 */
export interface IngestProgressMessage {
  detente: 'ingest-progress';
  read: number;
  stored: number;
  failed: number;
  /** the store as the summary names it (displayLocation: a PostgreSQL URL without its password) */
  db: string;
}

/** What the parent knows of its ingest child: see {@link trackIngestChild}. */
export interface IngestChildTracker {
  /** the counts of the last batch the child stored, or null before its first */
  lastProgress(): IngestProgressMessage | null;
  /**
   * What to say when the child died of a signal it could not handle (SIGKILL — `kill -9` or the out-of-memory killer —,
   * SIGSEGV, SIGABRT…), which leaves it no chance to write its summary: that it was killed, what this run had stored
   * (every batch is one transaction: those are complete; the articles analysed since were lost), and how to resume
   * (run the same command again: stored articles are skipped). The exit status is the one a process dying of the
   * signal gives in the shell, 128 + its number (137 for SIGKILL), as before the report.
   * @param signal the signal that ended the child
   * @param json true for `--log-format json` (one JSON object, event `ingest_killed`), false for a line of text
   * @returns the text to write on stderr (ending in a newline) and the exit status
   */
  killedReport(signal: NodeJS.Signals, json: boolean): { text: string; status: number };
}

/**
 * Follows the progress of an ingest child from its {@link IngestProgressMessage}s.
 * @param child the child process, started with an IPC channel (`stdio: [..., 'ipc']`)
 * @returns the tracker
 */
export function trackIngestChild(child: Pick<ChildProcess, 'on' | 'pid'>): IngestChildTracker {
  let last: IngestProgressMessage | null = null;
  child.on('message', (m: unknown) => {
    const msg = m as Partial<IngestProgressMessage> | null;
    if (!msg || msg.detente !== 'ingest-progress' || typeof msg.stored !== 'number') return;
    last = msg as IngestProgressMessage;
  });
  return {
    lastProgress: () => last,
    killedReport(signal, json) {
      const status = 128 + (constants.signals[signal] ?? 0);
      if (json) {
        const line = {
          time: new Date().toISOString(),
          level: 'error',
          event: 'ingest_killed',
          pid: child.pid ?? null,
          signal,
          read: last?.read ?? 0,
          stored: last?.stored ?? 0,
          failed: last?.failed ?? 0,
          db: last?.db ?? null,
          exitStatus: status,
        };
        return { text: `${JSON.stringify(line)}\n`, status };
      }
      const stored = last
        ? `${last.stored} article(s) stored by this run in ${last.db} before it (${last.read} read, ${last.failed} failed); the articles it was analysing since that batch were not stored`
        : 'nothing stored by this run (it was killed before its first batch was stored)';
      return {
        text: `detente ingest: the analysis process${child.pid ? ` (pid ${child.pid})` : ''} was ${killedBy(signal)}: ${stored}. Run the same command again to continue: articles already stored are skipped\n`,
        status,
      };
    },
  };
}
