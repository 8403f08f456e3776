/**
 * The interleaved same-run A/B loop shared by scripts/bench-tagger-ab.ts and scripts/bench-stage-ab.ts (issue 7): two
 * compiled trees run the same items in chunks, the order flipped at each chunk, with a sweep of memory before each
 * chunk (as the other stages of a pipeline evict the caches), a fresh start for both trees at every pass; pass 0 warms
 * the code and is not counted. Why interleaved: on the shared 2-core host whole passes of the same code differ by
 * ±20%, while chunks of a few articles see the same load for both trees (see bench-tagger-ab.ts for its resolution).
 */
import { resolve } from 'node:path';
import { scriptOption } from './script-setup.js';

/** One side of the A/B: a compiled tree's code under test. */
export interface AbTree {
  /** Starts a pass afresh (a new model memo or analyzer). */
  fresh(): void;
  /** Runs items `[from, to)`; returns a count (spans, mentions…) that both trees must agree on. */
  run(from: number, to: number): number;
}

/** How {@link runInterleavedAb} runs. */
export interface AbOptions {
  /** number of items */
  items: number;
  /** items per chunk (≥ 1) */
  chunk: number;
  /** counted passes */
  passes: number;
  /** MB of memory swept before each chunk (0: none) */
  sweepMb: number;
  /** names what was counted and timed in the printed lines ("spans", "entities count") */
  label: string;
}

/** The command line both A/B scripts take: two compiled trees, then --passes, --chunk, --sweep-mb, --quick. */
export interface AbArguments {
  /** absolute paths of tree A's and tree B's dist/ */
  distA: string;
  distB: string;
  passes: number;
  chunk: number;
  sweepMb: number;
  quick: boolean;
}

/**
 * Reads the A/B command line; prints `usage` and exits with status 2 unless exactly two trees are named.
 * @param usage the script's usage line
 * @param defaults passes and chunk when not given (--sweep-mb defaults to 32)
 * @param valued further options that take a value (e.g. --stage), so their values are not taken for trees
 * @returns the parsed arguments
 */
export function abArguments(usage: string, defaults: { passes: number; chunk: number }, valued: readonly string[] = []): AbArguments {
  const args = process.argv.slice(2);
  const takesValue = new Set(['--passes', '--chunk', '--sweep-mb', ...valued]);
  const positional = args.filter((x, i) => !x.startsWith('--') && !(i > 0 && takesValue.has(args[i - 1])));
  if (positional.length !== 2) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  return {
    distA: resolve(positional[0]),
    distB: resolve(positional[1]),
    passes: Number(scriptOption('passes', String(defaults.passes))),
    chunk: Math.max(1, Number(scriptOption('chunk', String(defaults.chunk)))),
    sweepMb: Number(scriptOption('sweep-mb', '32')),
    quick: args.includes('--quick'),
  };
}

/** CPU time of this process so far, µs (user + system, all threads). */
export function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/**
 * Runs trees `a` and `b` interleaved and prints each counted pass's CPU times and ratio B/A, then the median ratio.
 * Exits the process with status 1 when the two trees' counts of a pass differ (they must compute the same thing).
 * @param a the baseline tree
 * @param b the tree compared with it
 * @param options items, chunk, passes, sweep and label
 * @returns the median B/A over the counted passes
 */
export function runInterleavedAb(a: AbTree, b: AbTree, options: AbOptions): number {
  const { items, passes, sweepMb, label } = options;
  const chunk = Math.max(1, options.chunk);
  const sweepBuffer = new Float64Array(Math.max(1, (sweepMb * 1024 * 1024) / 8));
  let sink = 0;
  const sweep = (): void => {
    for (let i = 0; i < sweepBuffer.length; i += 8) sink += sweepBuffer[i]++;
  };
  const ratios: number[] = [];
  for (let pass = 0; pass <= passes; pass++) {
    a.fresh();
    b.fresh();
    const time = new Map<AbTree, number>([[a, 0], [b, 0]]);
    const count = new Map<AbTree, number>([[a, 0], [b, 0]]);
    for (let from = 0, j = 0; from < items; from += chunk, j++) {
      const to = Math.min(items, from + chunk);
      for (const tree of j % 2 === 0 ? [a, b] : [b, a]) {
        if (sweepMb > 0) sweep();
        const t0 = cpuMicros();
        const n = tree.run(from, to);
        time.set(tree, time.get(tree)! + cpuMicros() - t0);
        count.set(tree, count.get(tree)! + n);
      }
    }
    const [timeA, timeB, countA, countB] = [time.get(a)!, time.get(b)!, count.get(a)!, count.get(b)!];
    if (countA !== countB) {
      process.stderr.write(`the trees' ${label} differ: ${countA} (A) and ${countB} (B)\n`);
      process.exit(1);
    }
    if (pass === 0) continue;
    ratios.push(timeB / timeA);
    process.stdout.write(`pass ${pass}: A ${(timeA / 1000).toFixed(0)} ms, B ${(timeB / 1000).toFixed(0)} ms, B/A ${(timeB / timeA).toFixed(3)} (${countA} ${label})\n`);
  }
  const sorted = [...ratios].sort((x, y) => x - y);
  const median = sorted[sorted.length >> 1];
  process.stdout.write(`median B/A ${median.toFixed(3)} over ${passes} passes of ${items} items (sweep checksum ${sink % 7})\n`);
  return median;
}
