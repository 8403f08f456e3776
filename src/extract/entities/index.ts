export * from './component.js';
export * from './extract-entities.js';
export * from './resources.js';
export * from './gazetteer.js';
