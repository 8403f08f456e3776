/**
 * How the time a function takes grows with its input, for tests that input of n characters costs time in n, not n²,
 * without a wall-clock limit: the time counted is the process's CPU time, which other work on a loaded machine
 * stretches less than the wall clock.
 */

/**
 * The CPU time `run(large)` takes divided by the CPU time `run(small)` takes, each the least of `tries` runs, taken in turn
 * after one warm-up run of each (the first runs pay for compiling and for words the tokeniser learns).
 * @param run the work to time, given its input
 * @param small the short input
 * @param large the long input (a test uses one 4× longer: about 4 when the time is linear, 16 when it is quadratic)
 * @param tries runs of each input, the fastest counted (default 3)
 * @returns the ratio, > 0
 */
export function timeRatio<T>(run: (input: T) => unknown, small: T, large: T, tries = 3): number {
  const time = (input: T): number => {
    const t0 = process.cpuUsage();
    run(input);
    const { user, system } = process.cpuUsage(t0);
    return (user + system) / 1000;
  };
  time(small);
  time(large);
  let short = Infinity;
  let long = Infinity;
  for (let i = 0; i < tries; i++) {
    short = Math.min(short, time(small));
    long = Math.min(long, time(large));
  }
  return long / Math.max(short, 0.01);
}
