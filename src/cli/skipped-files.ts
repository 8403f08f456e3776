/** Files named in full in the note; more are counted. */
const LISTED = 5;

/**
 * The stderr note for directory files that were not read because no reader knows their extension (or they are the
 * folder's README or LICENSE): without it a
 * folder of extension-less or `.md` files reads as "0 articles" with exit status 0 and no hint why.
 * @param paths the skipped files, in walk order
 * @returns one line (no trailing newline), or '' when nothing was skipped
 */
export function skippedFilesNote(paths: readonly string[]): string {
  if (!paths.length) return '';
  const named = paths.slice(0, LISTED).join(', ') + (paths.length > LISTED ? ` and ${paths.length - LISTED} more` : '');
  return `note: ${paths.length} file(s) in the given folders not read, their extension is not one detente reads (.txt .jsonl .html .xml .rss .warc .sgm …) or they are the folder's documentation (README, LICENSE, MANIFEST, CHANGELOG…): ${named}; name a file to read it, or give --input-format to read every file of a folder`;
}
