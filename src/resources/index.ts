export * from './resources.js';
export * from './load.js';
