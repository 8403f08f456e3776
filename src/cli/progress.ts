import cliProgress from 'cli-progress';

/** Counters shown by the progress bar. */
export interface ProgressCounts {
  read: number;
  stored: number;
  failed: number;
}

/** A progress display: a cli-progress bar on a TTY, nothing otherwise. */
export interface Progress {
  update(counts: ProgressCounts): void;
  stop(): void;
}

/**
 * Creates a progress display (cli-progress) with counts and rate; a no-op when `enabled` is false
 * (not a TTY, or `--quiet`).
 */
export function createProgress({ enabled }: { enabled: boolean }): Progress {
  if (!enabled) return { update() {}, stop() {} };
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    {
      format: 'ingest | {read} read | {stored} stored | {failed} failed | {rate} articles/s | {duration_formatted}',
      stream: process.stderr,
      hideCursor: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { read: 0, stored: 0, failed: 0, rate: '0.0' });
  return {
    update(c) {
      const secs = (performance.now() - started) / 1000;
      bar.update(c.read, { ...c, rate: (c.read / Math.max(secs, 1e-9)).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
