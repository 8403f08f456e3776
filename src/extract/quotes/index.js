export * from './resources.js';
export * from './quote-marks.js';
export * from './noun-phrase.js';
export * from './find-cues.js';
export * from './speaker-resolver.js';
export * from './extract-quotes.js';
export * from './component.js';
export * from './quoted-tokens.js';
export * from './cue-features.js';
export * from './cue-model.js';
export * from './content-end.js';
export * from './cue-train.js';
export * from './content-end-train.js';
export * from './ranker-train.js';
export * from './polnear-reader.js';
//# sourceMappingURL=index.js.map