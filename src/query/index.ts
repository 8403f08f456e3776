export * from './dyad-series.js';
export * from './gdelt-export.js';
export * from './gdelt-mentions.js';
export * from './explain-event.js';
export * from './dyad-csv.js';
