/**
 * detente: news → event data. Library API; the CLI (`detente`) is a thin shell over it. Storing analyses (SQLite,
 * PostgreSQL) is the package's second entry, `detente/store` (store/index.ts), kept apart so that analysing alone
 * does not load the database driver.
 */
export * from './model/index.js';
export * from './nlp/index.js';
export * from './pipeline/index.js';
export * from './resources/index.js';
export { analyze, createAnalyzer, type Analyzer, type AnalyzerOptions } from './analyze.js';
export { articleFromText, articleId, normaliseText } from './ingest/article-id.js';
export { INPUT_ERROR, EMPTY_INPUT_ERROR } from './ingest/article-input.js';
export { readInputs, readHtml, readFeed, readWarc, readReuters, type InputFormat, type ReadInputsOptions, type ReadResult } from './ingest/index.js';
