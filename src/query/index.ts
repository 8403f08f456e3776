// The package's query entry, `detente/query` (package.json "exports"): dyad series and rankings, the events of a dyad
// of actor codes, each event counted once (its mentions), GDELT 2.0 Events and Mentions export, explanations.
// Example: README, "Querying a store".
export * from './dyad-series.js';
export * from './dyad-events.js';
export * from './dyad-ranking.js';
export * from './event-mentions.js';
export * from './gdelt-export.js';
export * from './gdelt-mentions.js';
export * from './explain-event.js';
export * from './dyad-csv.js';
