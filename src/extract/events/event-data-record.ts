import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { dataPath } from '../../resources/data-path.js';
import { moduleFingerprint } from '../../resources/module-fingerprint.js';
import { validateDataFiles } from '../../resources/validate-data-files.js';
import { contentHash, readValidatedData, type ValidatedData } from '../../resources/validated-data.js';
import { parseCameoTable } from './cameo-codes.js';
import { VerbLexiconFileSchema } from './verb-lexicon.js';

/**
 * The build's record of the built-in event data files it checked with their schemas (the same {@link ValidatedData}
 * as the entity files' record): the CAMEO table (data/cameo/event-codes.tsv) and the precompiled lexicons
 * (data/events/verbs.compiled.json, senses.compiled.json). Their loaders take a recorded text's data without zod,
 * which checked ~300 CAMEO rows and ~1,000 lexicon rules at every start-up: ~100 ms of CPU of `detente analyze` on one
 * article, most of loading the event resources (measured, see the commit). A file is recorded only when the schema
 * returns its data unchanged, so no value a loader reads changes; the record holds for the schema code it was made
 * with alone ({@link eventDataSchemaFingerprint}); an edited file, an unbuilt tree and tsx validate as before.
 */

/** File name below `data/` of the record (ignored by git like the other build outputs). */
export const EVENT_DATA_RECORD = 'events/validated.compiled.json';

/** The built-in event data files, below `data/`. */
const CAMEO_TABLE = 'cameo/event-codes.tsv';
const LEXICONS = ['events/senses.compiled.json', 'events/verbs.compiled.json'];

/**
 * The fingerprint of the modules whose schemas and checks the record stands for (this one, cameo-codes, verb-lexicon).
 * @returns hex digest, or null when a module's source cannot be read
 */
export function eventDataSchemaFingerprint(): string | null {
  return moduleFingerprint(import.meta.url, ['event-data-record', 'cameo-codes', 'verb-lexicon']);
}

/**
 * Reads the record for the running schema code.
 * @returns the record, or none (an empty record: every file validated) when missing or made by other code
 */
export function readEventDataRecord(): ValidatedData {
  return readValidatedData(eventDataSchemaFingerprint(), dataPath(...EVENT_DATA_RECORD.split('/')));
}

/**
 * Checks the built-in event data files: the CAMEO table is trusted when reading its rows without the schema gives
 * the very table the schema gives; a lexicon's JSON form when its schema returns its data (validateDataFiles). A
 * lexicon not precompiled yet (no `npm run build`) is left out.
 * @returns path below `data/` → SHA-256 of each trusted text, and the files left out with the reason
 * @throws DetenteError E_RESOURCE_READ / E_RESOURCE_INVALID when a file is unreadable or invalid (the build stops, as
 *   loading would)
 */
export function checkEventDataFiles(): { files: Record<string, string>; untrusted: { file: string; reason: string }[] } {
  const built = LEXICONS.filter((file) => existsSync(dataPath(...file.split('/'))));
  const lexicons = validateDataFiles(built.map((file) => ({ file, schema: VerbLexiconFileSchema })));
  const files: Record<string, string> = { ...lexicons.files };
  const untrusted = [...lexicons.untrusted, ...LEXICONS.filter((f) => !built.includes(f)).map((file) => ({ file, reason: 'not precompiled (npm run build)' }))];
  const path = dataPath(...CAMEO_TABLE.split('/'));
  const text = readFileSync(path, 'utf8');
  const checked = parseCameoTable(text, path);
  const taken = parseCameoTable(text, path, true);
  // same rows, and each row's fields in the same order (output JSON keeps it)
  if (isDeepStrictEqual(checked, taken) && JSON.stringify([...checked]) === JSON.stringify([...taken])) files[CAMEO_TABLE] = contentHash(text);
  else untrusted.push({ file: CAMEO_TABLE, reason: 'its schema changes the values of some rows' });
  return { files, untrusted };
}

/**
 * Checks the built-in event data files ({@link checkEventDataFiles}) and writes the record; run by the build
 * (scripts/compile-data.mjs) after the lexicons' JSON forms are written.
 * @returns the files left out, each with the reason (they stay validated at run time)
 * @throws as {@link checkEventDataFiles}; Error when the code cannot be fingerprinted
 */
export function writeEventDataRecord(): { file: string; reason: string }[] {
  const code = eventDataSchemaFingerprint();
  if (code === null) throw new Error(`cannot fingerprint the event data schema code next to ${import.meta.url}`);
  const { files, untrusted } = checkEventDataFiles();
  writeFileSync(dataPath(...EVENT_DATA_RECORD.split('/')), `${JSON.stringify({ code, files }, null, 1)}\n`);
  return untrusted;
}
