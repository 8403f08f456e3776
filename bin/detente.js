#!/usr/bin/env node
// detente command-line entry point: a thin shell over the compiled library (run `npm run build` first).
import { setFlagsFromString } from 'node:v8';

// Long batch commands (ingest, watch): grow the V8 heap by at most 30% over what survives a full
// collection (V8's own factor goes up to 4x). An ingest keeps ~70 MB live, but each 200-article batch is
// promoted to the old space before it becomes garbage, and with the default factor the heap (and RSS)
// kept growing to ~400 MB. Measured on the first 8,000 articles of the bench ingest corpus: heap 371 ->
// 180 MB, RSS 561 -> 363 MB, same CPU time (17.2 s vs 17.5 s). Not for one-article commands: while the
// models load, the smaller steps cost ~40 ms of extra collections (`analyze` start-up 1,000 -> 1,040 ms).
// Set before anything is allocated; a flag given on the command line (`node --heap-growing-percent=N`) wins.
const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
if ((command === 'ingest' || command === 'watch') && !process.execArgv.some((a) => a.startsWith('--heap-growing-percent'))) {
  setFlagsFromString('--heap-growing-percent=30');
}

const { main } = await import('../dist/cli/main.js');
await main();
