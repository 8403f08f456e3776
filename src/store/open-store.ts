import { openSqliteStore } from './sqlite-store.js';
import { isPostgresUrl } from './store-location.js';
import type { Store } from './store.js';

/** Options of {@link openStore}, the same for both back ends. */
export interface OpenStoreOptions {
  /**
   * Open an existing store for reading only (the query commands): nothing is created or migrated, and a store
   * that needs migrations is refused with advice to run `detente upgrade`.
   */
  readonly?: boolean;
}

/**
 * Opens the store at `location`: a `postgres://` or `postgresql://` URL opens the PostgreSQL store, anything else
 * the SQLite file (created when writable and missing; `:memory:` for a throwaway store). Writable stores get their
 * pending schema migrations applied on open.
 * @param location SQLite file path or PostgreSQL connection URL (see store-location.ts)
 * @param options `readonly` (default false)
 * @returns the opened store (close it when done)
 * @throws DetenteError E_STORE_OPEN naming the location (a URL without its password) and the reason
 */
export async function openStore(location: string, { readonly = false }: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    // loaded on first use: the PostgreSQL driver costs start-up time that SQLite users need not pay
    const { openPostgresStore } = await import('./postgres-store.js');
    return openPostgresStore(location, { readonly });
  }
  return openSqliteStore(location, { readonly });
}
