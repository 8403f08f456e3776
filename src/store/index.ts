export * from './store.js';
export * from './sqlite-store.js';
export * from './open-store.js';
export * from './store-location.js';
export * from './actor-country.js';
export * from './migrations.js';
