export * from './main.js';
export * from './render-summary.js';
