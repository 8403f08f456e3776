import { Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../ingest/read-inputs.js';
import { parsePositiveInt } from './option-parsers.js';

/** Bytes in a MiB, the unit of `--max-file-mb`. */
const MIB = 1024 * 1024;

/**
 * The `--max-file-mb` option of the commands that read files (analyze, ingest, enqueue): the size limit of the formats
 * read whole (HTML, feeds, text, SGML, a JSON document), readInputs' `maxBytes`, in MiB (default 32, DEFAULT_MAX_BYTES).
 * JSON Lines and WARC are read as streams and have no such limit. A file over it fails alone with E_INGEST_TOO_LARGE,
 * whose message names this option.
 * @returns the commander option (`maxFileMb` in the parsed options, a whole number of MiB)
 */
export function maxFileOption(): Option {
  return new Option('--max-file-mb <n>', 'largest file read whole (HTML, feeds, text, SGML, a JSON document), in MiB; JSON Lines and WARC are streamed, with no such limit')
    .argParser(parsePositiveInt)
    .default(DEFAULT_MAX_BYTES / MIB);
}

/**
 * The byte limit of `--max-file-mb`.
 * @param mb the option's value in MiB
 * @returns bytes, for readInputs' `maxBytes`
 */
export function maxFileBytes(mb: number): number {
  return mb * MIB;
}
