#!/usr/bin/env node
// detente command-line entry point: a thin shell over the compiled library (run `npm run build` first).
import { main } from '../dist/cli/main.js';

await main();
