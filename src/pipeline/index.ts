export * from './component.js';
export * from './pipeline.js';
export * from './errors.js';
