import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A fingerprint of the code that made a build output (the schemas that validated the data files, the functions
 * that built the NER weight table): the SHA-256 of the source text of the named modules, read from the folder of
 * `from` with its file extension (`.js` in dist/, `.ts` under tsx). A build output records the fingerprint it was
 * made with and is used only while the running modules give the same one, so changed code never trusts an output
 * of the old code (under tsx the sources differ from dist/'s, so the outputs of `npm run build` go unused there).
 * @param from `import.meta.url` of a module in the same folder as the named ones
 * @param names module names without extension, e.g. `['data-files', 'actor-kb']`
 * @returns lower-case hex digest, or null when a module's source cannot be read
 */
export function moduleFingerprint(from: string, names: readonly string[]): string | null {
  const ext = /\.[cm]?[jt]s$/.exec(new URL(from).pathname)?.[0] ?? '.js';
  const hash = createHash('sha256');
  try {
    for (const name of names) hash.update(readFileSync(fileURLToPath(new URL(`./${name}${ext}`, from)), 'utf8')).update('\0');
  } catch {
    return null;
  }
  return hash.digest('hex');
}
