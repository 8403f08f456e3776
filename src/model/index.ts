export * from './span.js';
export * from './provenance.js';
export * from './article.js';
export * from './entity.js';
export * from './quote.js';
export * from './event.js';
export * from './tone.js';
export * from './analysis.js';
