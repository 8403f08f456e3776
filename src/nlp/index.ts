export * from './doc.js';
export * from './nlp.js';
