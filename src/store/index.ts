// The package's store entry, `detente/store` (package.json "exports"): open a store, record the run, save analyses with
// the duplicate checks `detente ingest` uses, read them back, close. Example: README, "Storing analyses".
export { openStore, type OpenStoreOptions } from './open-store.js';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { pipelineRun } from './pipeline-run.js';
export { ingestIntoStore, BATCH_TEXT_CHARACTERS, type IngestOptions, type IngestStats, type IngestFailure } from '../ingest-into-store.js';
export {
  replacesStored,
  FULLER_COPY_RATIO,
  type Awaitable,
  type DuplicateMatch,
  type EntityFilter,
  type EntitySummary,
  type EventFilter,
  type FeedState,
  type PipelineRun,
  type QuoteFilter,
  type SaveResult,
  type Store,
  type StoreCounts,
  type StoredEvent,
  type StoredQuote,
  type SyncStore,
} from './store.js';
// the PostgreSQL store itself is loaded by openStore on first use (the driver costs start-up time)
export type { PostgresStoreOptions } from './postgres-store.js';
export type { PruneFilter } from './prune.js';
