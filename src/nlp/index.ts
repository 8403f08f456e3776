export * from './doc.js';
export * from './nlp.js';
export { DATELINE_VERSION, datelineAtToken, findDatelines, type Dateline, type DatelinePart } from './dateline.js';
