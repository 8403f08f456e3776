import { createRequire } from 'node:module';
import { readWinkCoreModel } from './wink-core-model.js';

/**
 * wink-nlp's empty machine (src/automaton.js `emptyModelJSON`): no state but the start, so it recognises nothing.
 * wink-nlp imports one for each of the negation and sentiment loaders when an instance is made, whatever its pipe.
 */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/**
 * The English lite web model of wink-eng-lite-web-model for an instance whose pipe is sentence boundaries and POS
 * (`winkNLP(model, ['sbd', 'pos'])`, the pipe of {@link createNlp}): the package's own model object
 * (`dist/model.js`: the same loaders, feature function and addons), except that its core loader is {@link readCore}
 * (the same core model, read from its compiled form when there is one) and its named-entity, negation and
 * sentiment loaders give machines that recognise nothing. wink-nlp 2.x calls those three loaders and imports their
 * machines whenever an instance is made (src/wink-nlp.js `load`), but runs them only for `ner`, `negation` and
 * `sentiment` in the pipe (`readDoc`), so the tokens, sentences, tags and lemmas of this pipe are the same. Requiring
 * `dist/model.js` parsed their JSON (eng-ner-model.json, eng-sa-model.json, eng-negation-model.json, 0.6 MB) at the
 * first `createNlp` of every process and their machines again at every instance: ~50 ms CPU of each
 * `detente analyze` start-up (fresh processes, measured).
 * Not for any other pipe: wink-nlp would accept `ner`, `negation` or `sentiment` and find nothing.
 * @param require a `require` that resolves wink-eng-lite-web-model
 * @returns a model object for `winkNLP` (a new object each call; its loaders are the package's modules and {@link readCore}, one per process)
 * @throws Error when a loader module is missing (another wink-eng-lite-web-model layout)
 */
export function winkSbdPosModel(require: NodeJS.Require): Record<string, unknown> {
  const addons = Object.assign(Object.create(null) as Record<string, unknown>, {
    stem: require('wink-eng-lite-web-model/dist/porter-stemmer.js'),
    lemmatize: require('wink-eng-lite-web-model/dist/lemmatize.js'),
    readabilityStats: require('wink-eng-lite-web-model/dist/readability-stats.js'),
    wordVectors: undefined,
  });
  const unused = (): { machines: string[]; transformers: never[]; setter: () => void } => ({ machines: [EMPTY_MACHINE], transformers: [], setter: noAnnotation });
  return Object.assign(Object.create(null) as Record<string, unknown>, {
    core: readCore,
    sbd: require('wink-eng-lite-web-model/dist/load-sbd-model.js'),
    pos: require('wink-eng-lite-web-model/dist/load-pos-model.js'),
    ner: () => ({ machines: [], transformers: [] }),
    negation: unused,
    sa: unused,
    metaCER: require('wink-eng-lite-web-model/dist/load-cer-meta-model.js'),
    featureFn: require('wink-eng-lite-web-model/dist/feature.js'),
    addons,
  });
}

/** The setter of the negation and sentiment stand-ins: never called, since {@link winkSbdPosModel}'s pipe has neither. */
function noAnnotation(): void {
  throw new Error('winkSbdPosModel has no negation or sentiment machines: use it with the pipe [sbd, pos] only');
}

/**
 * The `core` loader of {@link winkSbdPosModel}: the core model as the package's dist/load-core-model.js returns it,
 * read by {@link readWinkCoreModel} (from its compiled form when the build made one). Requiring load-core-model.js
 * parsed the package's 3 MB JSON whether or not the model was then read from it. One function for the process
 * (nlp.ts repeatableModel keeps the process's first result on it).
 */
export function readCore(): Record<string, unknown> {
  return readWinkCoreModel(createRequire(import.meta.url));
}
