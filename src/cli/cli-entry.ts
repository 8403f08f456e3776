import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file whose change tells that the CLI bundle is stale, as scripts/bundle-cli.mjs recorded it. */
interface BundleInput {
  /** path relative to the repository root */
  path: string;
  /** bytes */
  size: number;
  /** modification time, ms since the epoch, as `fs.Stats.mtimeMs` */
  mtimeMs: number;
}

/** What bin/detente.js runs: the bundle (a CommonJS file and V8's code cache of it) or the modules tsc wrote. */
export type CliEntry = { kind: 'bundle'; file: string; codeCache: string } | { kind: 'modules'; url: URL };

/**
 * What bin/detente.js runs: the bundle in dist/cli-bundle/ (scripts/bundle-cli.mjs: one CommonJS file, compiled with
 * V8's code cache made at build time, instead of ~390 modules loaded one by one; see src/cli/run-bundle.ts) while
 * the files recorded with it have the size and modification time they had when it was built, else
 * dist/cli/main.js, the modules tsc wrote. The record names dist/cli/main.js, which every tsc run rewrites (no
 * incremental build), the bundle itself, and the package.json of each package bundled in, which npm rewrites with
 * another version: so after a `tsc` run alone, an updated package, or with a missing, damaged or older-format
 * record, the command line runs the modules tsc wrote, never a stale bundle (a build that rewrites only some files,
 * `tsc --watch`, is not seen: use `npm run build`). A copy of dist/ with new modification times runs unbundled too.
 * `DETENTE_NO_BUNDLE=1` runs dist/cli/main.js whatever the record says (debugging, comparing the two).
 * @param dist URL of the dist/ folder (ending in '/'), whose parent is the repository root
 * @param env the environment (default `process.env`)
 * @returns the bundle's file and code cache paths, or the URL of the module exporting `main`
 */
export function cliEntry(dist: URL, env: NodeJS.ProcessEnv = process.env): CliEntry {
  const unbundled: CliEntry = { kind: 'modules', url: new URL('cli/main.js', dist) };
  if (env.DETENTE_NO_BUNDLE) return unbundled;
  const bundleDir = fileURLToPath(new URL('cli-bundle/', dist));
  let record: { format?: unknown; bundle?: unknown; codeCache?: unknown; inputs?: unknown };
  try {
    record = JSON.parse(readFileSync(join(bundleDir, 'inputs.json'), 'utf8')) as typeof record;
  } catch {
    return unbundled;
  }
  if (record.format !== 2 || typeof record.bundle !== 'string' || typeof record.codeCache !== 'string') return unbundled;
  if (!Array.isArray(record.inputs) || record.inputs.length === 0) return unbundled;
  const root = fileURLToPath(new URL('../', dist));
  for (const input of record.inputs as BundleInput[]) {
    if (typeof input?.path !== 'string' || !unchanged(join(root, input.path), input)) return unbundled;
  }
  return { kind: 'bundle', file: join(bundleDir, record.bundle), codeCache: join(bundleDir, record.codeCache) };
}

/** Whether the file at `path` has the recorded size and modification time; false when it is missing. */
function unchanged(path: string, input: BundleInput): boolean {
  try {
    const s = statSync(path);
    return s.size === input.size && s.mtimeMs === input.mtimeMs;
  } catch {
    return false;
  }
}
