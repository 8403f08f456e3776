export * from './component.js';
export * from './extract-entities.js';
export * from './resources.js';
export * from './gazetteer.js';
export * from './actor-kb.js';
export * from './petrarch-import.js';
export { loadNerModel, tagWords, spansOf, type NerModel, type TokenSpan } from './ner-tagger.js';
