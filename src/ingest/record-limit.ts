/**
 * Largest HTTP payload read from one WARC or ARC record by default, in bytes (16 MiB, the CLI's `--max-record-mb`);
 * larger records fail alone. Its own module so that the command line can show the default without loading warcio.
 */
export const MAX_WARC_RECORD_BYTES = 16 * 1024 * 1024;
