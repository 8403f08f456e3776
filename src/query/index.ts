export * from './dyad-series.js';
