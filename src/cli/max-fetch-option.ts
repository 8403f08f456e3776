import { Option } from 'commander';
import { DEFAULT_MAX_FETCH_BYTES } from '../ingest/fetcher.js';
import { parsePositiveInt } from './option-parsers.js';
import { maxFileBytes } from './max-file-option.js';

/**
 * The `--max-fetch-mb` option of the commands that fetch URLs (analyze, ingest, enqueue, watch): the largest HTTP body
 * read, createFetcher's `maxBytes`, in MiB (default 10, DEFAULT_MAX_FETCH_BYTES). A page or feed over it fails alone
 * with E_FETCH_TOO_LARGE, whose message names this option.
 * @returns the commander option (`maxFetchMb` in the parsed options, a whole number of MiB)
 */
export function maxFetchOption(): Option {
  return new Option('--max-fetch-mb <n>', 'largest HTTP body fetched (a page, a feed, a WARC by URL), in MiB')
    .argParser(parsePositiveInt)
    .default(DEFAULT_MAX_FETCH_BYTES / maxFileBytes(1));
}
