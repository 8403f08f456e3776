export * from './dyad-series.js';
export * from './gdelt-export.js';
