import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path.js';

/**
 * The record of the built-in data files that `npm run build` (scripts/compile-data.mjs, {@link validateDataFiles})
 * checked against their schemas: file path below `data/` → SHA-256 of the text that passed. A loader that reads a
 * file whose text has the recorded hash uses the parsed JSON as it is instead of validating it again with zod
 * (the entity data files took 60-90 ms of zod at every start-up of `detente analyze`, measured). Any other text
 * (an edited file, a file the build did not record, no record at all: a tree never built, tests under tsx) is
 * validated at run time as before; user dictionaries (`--actors FILE`) never have a record.
 */
export interface ValidatedData {
  /** the fingerprint of the schema modules that validated the files (moduleFingerprint) */
  readonly code: string;
  /** path below `data/` with `/` separators ("actors/countries.json") → lower-case hex SHA-256 of its text */
  readonly files: ReadonlyMap<string, string>;
}

/** File name below `data/` of the record (ignored by git like the other build outputs, `*.compiled.json`). */
export const VALIDATED_DATA_FILE = 'validated.compiled.json';

/** No record: every file is validated at run time. */
export const NO_VALIDATED_DATA: ValidatedData = Object.freeze({ code: '', files: new Map<string, string>() });

/**
 * The SHA-256 of a data file's text (UTF-8), as the record keeps it.
 * @param text the file's contents as read with `readFileSync(path, 'utf8')`
 * @returns lower-case hex digest
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Reads the record written by the build, for the schemas of the running code.
 * @param code the fingerprint of the running schema modules (moduleFingerprint); null when unknown
 * @param path the record file (default `data/validated.compiled.json`)
 * @returns the record, or {@link NO_VALIDATED_DATA} when the file is missing, not a record, or made with other
 *   schema code (never throws: a missing record only means validating at run time)
 */
export function readValidatedData(code: string | null, path: string = dataPath(VALIDATED_DATA_FILE)): ValidatedData {
  if (code === null) return NO_VALIDATED_DATA;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return NO_VALIDATED_DATA;
  }
  const record = raw as { code?: unknown; files?: unknown } | null;
  if (record?.code !== code) return NO_VALIDATED_DATA;
  const files = record.files;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return NO_VALIDATED_DATA;
  const out = new Map<string, string>();
  for (const [file, hash] of Object.entries(files)) if (typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash)) out.set(file, hash);
  return Object.freeze({ code, files: out });
}

/**
 * Whether `text` is the text of `file` that the build validated.
 * @param validated the record ({@link readValidatedData})
 * @param file path below `data/` with `/` separators
 * @param text the file's contents as just read
 */
export function isValidated(validated: ValidatedData, file: string, text: string): boolean {
  const hash = validated.files.get(file);
  return hash !== undefined && hash === contentHash(text);
}
