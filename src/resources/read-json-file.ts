import { readFileSync } from 'node:fs';
import { DetenteError } from '../pipeline/errors.js';

/**
 * A JSON data file as text and as parsed: the text for the build's record of validated files (its hash), the value
 * for the schema check. One reader for the build's validation (validate-data-files.ts) and for loading at run time
 * (extract/entities/resources.ts), so both fail alike.
 * @param path the file's absolute path
 * @param what how the error names the file ("data file", "entity data file")
 * @returns `{ text, raw }`: the UTF-8 text and `JSON.parse` of it (unvalidated)
 * @throws DetenteError E_RESOURCE_READ when the file cannot be read or is not JSON (the cause attached)
 */
export function readJsonFile(path: string, what: string): { text: string; raw: unknown } {
  try {
    const text = readFileSync(path, 'utf8');
    return { text, raw: JSON.parse(text) as unknown };
  } catch (cause) {
    throw new DetenteError('E_RESOURCE_READ', `could not read ${what} ${path}: expected readable JSON`, { cause });
  }
}
