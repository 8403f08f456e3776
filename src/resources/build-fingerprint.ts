import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The record `npm run build` writes into dist/ (scripts/compile-data.mjs): the fingerprint of the code it compiled. */
export const BUILD_FINGERPRINT_FILE = 'build-fingerprint.json';

/** One part of the package that a fingerprint covers: a folder (walked) or a file, and which files of a folder count. */
interface TreePart {
  /** path below the package root, `/`-separated */
  readonly path: string;
  /** for a folder: whether a file (path below the package root) counts */
  readonly include?: (file: string) => boolean;
}

/**
 * The code that makes an analysis: the TypeScript sources (tests left out: they change no output) and the package
 * files that pin the dependencies (wink-nlp, chrono-node… change output with their versions).
 */
export const CODE_PARTS: readonly TreePart[] = [
  { path: 'src', include: (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') },
  { path: 'package.json' },
  { path: 'package-lock.json' },
];

/**
 * The built-in data read at run time: dictionaries, code tables, lexicons and models. The build's `*.compiled.*`
 * files are left out: they are derived from these (and used only while they match them).
 */
export const DATA_PARTS: readonly TreePart[] = [
  { path: 'data', include: (f) => !f.includes('.compiled.') },
  { path: 'models', include: (f) => !f.includes('.compiled.') },
];

/** The package root (from src/resources/ under tsx and from dist/resources/). */
function packageRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

/** The files of a part below `root`, `/`-separated paths below the root, sorted; a missing file or folder gives none. */
function partFiles(root: string, part: TreePart): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') out.push(rel);
      return;
    }
    for (const e of entries) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (e.isFile() && (part.include?.(child) ?? true)) out.push(child);
    }
  };
  walk(part.path);
  return out.sort();
}

/**
 * The SHA-256 of the files of `parts` below `root`: each file's `/`-separated path below the root and its bytes, in
 * path order, so that the same tree gives the same digest on any system and a renamed, added or removed file changes it.
 * A part that does not exist adds nothing (an installed package has no package-lock.json).
 * @param root absolute path of the package root
 * @param parts the folders and files to cover ({@link CODE_PARTS}, {@link DATA_PARTS})
 * @returns lower-case hex digest (64 digits)
 */
export function treeDigest(root: string, parts: readonly TreePart[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    for (const file of partFiles(root, part)) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

/**
 * The code fingerprint that `npm run build` records in dist/ ({@link BUILD_FINGERPRINT_FILE}): the
 * {@link treeDigest} of {@link CODE_PARTS} of the package it built.
 * @param root absolute path of the package root
 * @returns the JSON text of the record, `{ "code": "<hex>" }`
 */
export function buildFingerprintRecord(root: string = packageRoot()): string {
  return `${JSON.stringify({ code: treeDigest(root, CODE_PARTS) })}\n`;
}

/**
 * The fingerprint of the code and the built-in data that analyse in this process: the first 16 hex digits of the
 * SHA-256 of the code digest and the data digest. The code digest is the one the build recorded in dist/ when this
 * module runs from dist/ (the code that was compiled; a dist/ built without the record gives null), and is
 * computed from src/ when it runs from source (tsx: tests, scripts), so that the same tree gives the same
 * fingerprint either way. The data digest is always computed from data/ and models/ as they are now (~3 MB,
 * ~10-20 ms), so a data file edited after the build is seen. Only the commands that store a run call it
 * (store/pipeline-run.ts), never at start-up.
 * @returns 16 lower-case hex digits, or null when the build left no record
 */
export function codeFingerprint(): string | null {
  const root = packageRoot();
  let code: string;
  if (new URL(import.meta.url).pathname.endsWith('.ts')) code = treeDigest(root, CODE_PARTS);
  else {
    try {
      const record = JSON.parse(readFileSync(fileURLToPath(new URL(`../${BUILD_FINGERPRINT_FILE}`, import.meta.url)), 'utf8')) as { code?: unknown };
      if (typeof record.code !== 'string') return null;
      code = record.code;
    } catch {
      return null;
    }
  }
  const data = treeDigest(root, DATA_PARTS);
  return createHash('sha256').update(`code ${code}\ndata ${data}\n`).digest('hex').slice(0, 16);
}
