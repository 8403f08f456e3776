/**
 * The modification date an article keeps: the day a page or feed item says it was last changed, when that is a later
 * day than its publication. The publication date stays the article's date of record (GDELT and ICEWS date a story by
 * its publication, and relative dates — "last month", "on Monday" — resolve against it); a later modification day
 * only lets an absolute date the updated text states ("in August 2025" on a page first published in 2012 and updated
 * in 2026) date an event after publication (events/resolve-date.ts). A modification on the day of publication, before
 * it, or without a publication date to compare with tells nothing more and is not kept.
 * @param published the publication date (`YYYY-MM-DD…`) or null
 * @param modified the modification date, already normalised to `YYYY-MM-DD` (publication-date.ts), or null
 * @returns `modified` when both are dates and its day is after the publication day, else null
 */
export function modificationDate(published: string | null | undefined, modified: string | null | undefined): string | null {
  if (!published || !modified) return null;
  const p = published.slice(0, 10);
  const m = modified.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(p) && /^\d{4}-\d{2}-\d{2}$/.test(m) && m > p ? m : null;
}
