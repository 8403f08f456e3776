// Runs every *.test.ts under src/ and test/ with node's built-in runner (tsx for TypeScript).
// Exits non-zero when any test fails. Extra arguments are passed to `node --test`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}
const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
const targets = files.length ? files : [...walk('src', []), ...walk('test', [])].sort();
if (targets.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...flags, ...targets], { stdio: 'inherit' });
process.exit(r.status ?? 1);
