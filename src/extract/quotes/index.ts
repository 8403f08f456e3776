export * from './resources.js';
export * from './quote-marks.js';
export * from './noun-phrase.js';
export * from './find-cues.js';
export * from './speaker-resolver.js';
export * from './extract-quotes.js';
export * from './component.js';
