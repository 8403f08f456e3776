/**
 * Where a store lives, as the `--db` option and {@link openStore} take it: a PostgreSQL connection URL
 * (`postgres://user:password@host:5432/database`, also `postgresql://`) or anything else, a SQLite file path
 * (`:memory:` included).
 */

/**
 * Whether `location` is a PostgreSQL connection URL (scheme `postgres:` or `postgresql:`, any case) rather than
 * a SQLite file path.
 * @param location a `--db` value
 * @returns true for a PostgreSQL URL
 */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/**
 * The location as it may be shown in messages and logs: a PostgreSQL URL without its password
 * (`postgres://detente@127.0.0.1:5432/detente`), a file path unchanged.
 * @param location a `--db` value
 * @returns the printable form
 */
export function displayLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '';
    // a password given as a query parameter (?password=…) is dropped too
    if (url.searchParams.has('password')) url.searchParams.delete('password');
    return url.toString();
  } catch {
    // not a URL the WHATWG parser reads: strip what sits between the user name and '@'
    return location.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, '$1@').replace(/([?&])password=[^&]*&?/i, '$1');
  }
}
