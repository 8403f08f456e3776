export * from './store.js';
export * from './sqlite-store.js';
export * from './open-store.js';
export * from './store-location.js';
export * from './actor-country.js';
export * from './migrations.js';
export * from './postgres-migrations.js';
// the PostgreSQL store itself is loaded by openStore on first use (the driver costs start-up time)
export type { PostgresStoreOptions } from './postgres-store.js';
