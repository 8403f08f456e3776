import { isAscii } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** The command line's entry point, as dist/cli/main.js exports it. */
export interface CliMain {
  main(argv?: string[]): Promise<void>;
}

/**
 * Runs the CommonJS bundle of the command line (scripts/bundle-cli.mjs) as Node would `require` it, but compiled
 * with V8's code cache when `codeCache` holds one V8 accepts: the functions an `analyze` ran when the cache was made
 * are then not compiled again (measured on `detente analyze <seed>`, 9 alternating runs at load ~26: CPU 1,130 ->
 * 970 ms against the bundle without a cache). A missing cache, or one V8 refuses (another V8 version, other V8 flags
 * such as the ingest child's), only means the bundle compiles as without it.
 * @param file path of the bundle (dist/cli-bundle/main.cjs)
 * @param codeCache path of the code cache next to it
 * @param writeCache whether to write a new code cache to `codeCache` after `main` has run (the build does, once)
 * @returns the bundle's exports and `afterMain`, to call when `main` has settled (writes the cache when asked)
 */
export function runBundle(file: string, codeCache: string, writeCache = false): { exports: CliMain; afterMain(): void } {
  let cachedData: Buffer | undefined;
  if (!writeCache) {
    try {
      cachedData = readFileSync(codeCache);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(Module.wrap(bundleText(readFileSync(file))), { filename: file, cachedData });
  const module = { exports: {} as CliMain, filename: file, id: file };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    afterMain() {
      if (writeCache) writeFileSync(codeCache, script.createCachedData());
    },
  };
}

/**
 * The text of the bundle's bytes: decoded as Latin-1 when every byte is ASCII (the same characters, which
 * scripts/bundle-cli.mjs makes sure of), else as UTF-8. Latin-1 copies the bytes into a one-byte string without
 * UTF-8 decoding: reading the 2.99 MB bundle 52-66 -> 36-41 ms CPU and 2,437 -> 1,477 page faults (fresh processes,
 * alternating, load ~25; the ASCII check included).
 * @param bytes the file's bytes
 */
export function bundleText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
