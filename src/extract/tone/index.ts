export * from './resources.js';
export * from './document-tone.js';
export * from './component.js';
