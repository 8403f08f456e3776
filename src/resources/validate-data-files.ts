import { join } from 'node:path';
import type { z } from 'zod';
import { DetenteError } from '../pipeline/errors.js';
import { dataPath } from './data-path.js';
import { readJsonFile } from './read-json-file.js';
import { contentHash } from './validated-data.js';

/** A built-in JSON data file and the schema its loader checks it against. */
export interface DataFileSchema {
  /** path below `data/` with `/` separators ("actors/countries.json") */
  readonly file: string;
  readonly schema: z.ZodType<unknown>;
}

/** What {@link validateDataFiles} found. */
export interface DataFilesValidation {
  /** the files that may be trusted: path below `data/` → SHA-256 of the text that passed ({@link contentHash}) */
  readonly files: Record<string, string>;
  /**
   * Valid files left out of `files` because their schema changes a value it parses (fills in a default, transforms
   * or coerces a value): a loader that skipped the schema would then see other data, so these stay validated at
   * run time.
   */
  readonly untrusted: { readonly file: string; readonly reason: string }[];
}

/**
 * Whether every value the schema returned is the value JSON.parse gave at the same place: same primitives, arrays
 * of the same length, and each key of a returned object present in the parsed object with an equal value. Keys the
 * schema does not declare (the files' `$comment`, `source`) may be in the JSON only: zod drops them, and the typed
 * loaders read declared fields alone.
 * @param parsed what the schema returned
 * @param raw what JSON.parse gave
 */
export function sameDeclaredData(parsed: unknown, raw: unknown): boolean {
  if (parsed === raw) return true;
  if (typeof parsed !== 'object' || typeof raw !== 'object' || parsed === null || raw === null) return false;
  if (Array.isArray(parsed) !== Array.isArray(raw)) return false;
  if (Array.isArray(parsed)) {
    const list = raw as unknown[];
    return parsed.length === list.length && parsed.every((v, i) => sameDeclaredData(v, list[i]));
  }
  const obj = raw as Record<string, unknown>;
  return Object.entries(parsed).every(([k, v]) => Object.hasOwn(obj, k) && sameDeclaredData(v, obj[k]));
}

/**
 * Validates built-in data files against their schemas, for the record of {@link ValidatedData} written by the
 * build (scripts/compile-data.mjs). A file is recorded only when its schema accepts it and returns the data
 * JSON.parse gives ({@link sameDeclaredData}), so trusting the record changes no value a loader reads.
 * @param files the data files and their schemas (e.g. ENTITY_DATA_FILES' values)
 * @param root the `data/` folder (default the package's)
 * @returns the recorded hashes and the files left out (see {@link DataFilesValidation})
 * @throws DetenteError E_RESOURCE_READ when a file cannot be read or is not JSON, E_RESOURCE_INVALID when it does
 *   not match its schema (the message names the file and the first problems) — the build stops, as loading would
 */
export function validateDataFiles(files: readonly DataFileSchema[], root: string = dataPath()): DataFilesValidation {
  const out: Record<string, string> = {};
  const untrusted: { file: string; reason: string }[] = [];
  for (const { file, schema } of files) {
    const path = join(root, ...file.split('/'));
    const { text, raw } = readJsonFile(path, 'data file');
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new DetenteError('E_RESOURCE_INVALID', `data file ${path} does not match its schema: ${parsed.error.message}`);
    if (!sameDeclaredData(parsed.data, raw)) {
      untrusted.push({ file, reason: 'its schema fills in defaults or changes values, so the parsed data differs from the JSON' });
      continue;
    }
    out[file] = contentHash(text);
  }
  return { files: out, untrusted };
}
