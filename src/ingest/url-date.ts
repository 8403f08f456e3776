/** A date written as path segments of a URL: `/2023/04/18/` (year 1990–2099, month, day). */
const URL_DATE = /\/((?:199|20\d)\d)\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/;

/**
 * The day a news URL names in its path (`https://edition.cnn.com/2023/04/18/world/…` → `2023-04-18`): CMSs file
 * stories under their publication day. A fallback for an item that states no date of its own — the day the URL was
 * made, which a later update keeps, so it is a day, not a time, and a weaker source than the item's own date.
 * @param url an absolute URL, or null
 * @returns `YYYY-MM-DD`, or null when the path holds no valid year/month/day run (`/2023/02/30/` is none)
 */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day ? day : null;
}
