import { Option } from 'commander';
import { MAX_WARC_RECORD_BYTES } from '../ingest/record-limit.js';
import { parsePositiveInt } from './option-parsers.js';
import { maxFileBytes } from './max-file-option.js';

/**
 * The `--max-record-mb` option of the commands that read crawls (analyze, ingest, enqueue): the largest payload of one
 * WARC or ARC record, readInputs' `maxRecordBytes`, in MiB (default 16, MAX_WARC_RECORD_BYTES). A record over it fails
 * alone with E_INGEST_TOO_LARGE, whose message names this option, and the crawl's other records are read.
 * @returns the commander option (`maxRecordMb` in the parsed options, a whole number of MiB)
 */
export function maxRecordOption(): Option {
  return new Option('--max-record-mb <n>', 'largest WARC or ARC record read, in MiB (a larger one fails alone and the crawl goes on)')
    .argParser(parsePositiveInt)
    .default(MAX_WARC_RECORD_BYTES / maxFileBytes(1));
}
