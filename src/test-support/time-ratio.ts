/**
 * How the time a function takes grows with its input, for tests that input of n characters costs time in n, not n²,
 * without a wall-clock limit: the time counted is the process's CPU time, which other work on a loaded machine
 * stretches less than the wall clock.
 */

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8's full garbage collection as a function, exposed for this process (`--expose-gc` set at run time and read from a
 * fresh context, which is given the `gc` global the flag now allows).
 * @returns a function that collects all garbage when called
 */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * The CPU time `run(large)` takes divided by the CPU time `run(small)` takes, each the least of `tries` measures, taken in
 * turn after two warm-up runs of each (the first runs pay for compiling and for words the tokeniser learns). One measure
 * repeats the run until it has used at least `minMs` of CPU time and counts the mean per run, so that a run of a few
 * milliseconds is not decided by one garbage collection (the CI failure of 2026-12-02: a 3 ms run against a 40 ms one).
 * Every measure starts after a full garbage collection, so that one input does not pay for the garbage the other left
 * (the CI failure of 2026-12-03: a linear 5,000 against 20,000 measured 15.9× in a fresh clone, about 5 with it).
 * @param run the work to time, given its input
 * @param small the short input
 * @param large the long input (a test uses one 4× longer: about 4 when the time is linear, 16 when it is quadratic)
 * @param tries measures of each input, the fastest counted (default 5)
 * @param minMs the CPU milliseconds one measure lasts at least (default 40)
 * @returns the ratio, > 0
 */
export function timeRatio<T>(run: (input: T) => unknown, small: T, large: T, tries = 5, minMs = 40): number {
  const gc = exposeGc();
  const time = (input: T): number => {
    gc();
    const t0 = process.cpuUsage();
    let runs = 0;
    let used = 0;
    do {
      run(input);
      runs++;
      const { user, system } = process.cpuUsage(t0);
      used = (user + system) / 1000;
    } while (used < minMs);
    return used / runs;
  };
  for (let i = 0; i < 2; i++) {
    time(small);
    time(large);
  }
  let short = Infinity;
  let long = Infinity;
  for (let i = 0; i < tries; i++) {
    short = Math.min(short, time(small));
    long = Math.min(long, time(large));
  }
  return long / Math.max(short, 0.001);
}
