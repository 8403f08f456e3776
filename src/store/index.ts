export * from './store.js';
export * from './sqlite-store.js';
export * from './actor-country.js';
export * from './migrations.js';
