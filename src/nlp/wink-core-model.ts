import { lazyLexemeHash } from './lazy-lexeme-hash.js';
import { partsOfWinkCoreJson, readWinkCoreCompiled, WINK_CORE_COMPILED } from './wink-core-compiled.js';

/** The path, below node_modules, of the core model's JSON in wink-eng-lite-web-model 1.x (read by its dist/read-core-model.js). */
export const WINK_CORE_MODEL_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/** The parts of the core model's JSON (without lexicon, expansions and lexeme list) that the reader turns into lookup structures. */
interface CoreModelJson {
  packing: { layout: Record<string, number[]>; [part: string]: unknown };
  features: Record<string, { list: unknown[]; [part: string]: unknown }>;
  pos: { hash: Record<string, number> };
  [part: string]: unknown;
}

/**
 * The English core model of wink-eng-lite-web-model as its own `core()` returns it (dist/load-core-model.js over
 * dist/read-core-model.js), built without its slow steps: read-core-model.js first
 * copies the whole 3 MB model (`JSON.parse(JSON.stringify(model))`, ~50 ms) so that it can change the copy, and
 * decodes the base64 lexicon and expansions with `atob` and a loop over every byte (~17 ms). Here the model is read
 * from its compiled form when the build made one from the installed package (wink-core-compiled.ts: raw lexicon bytes,
 * the words as one UTF-8 run, an ASCII JSON header; not parsing the package's JSON as a two-byte string), else from
 * the package's JSON (base64 decoded by `Buffer.from`); only the objects
 * the reader changes are copied (the model, its `packing`, each feature and the list of `posClusters`), each
 * feature's `list` is copied (wink-nlp pushes the words it learns onto it), and the 87,593-word lexeme hash is built lazily ({@link lazyLexemeHash}: the same answer for every
 * word). The result is deep-equal to the package's but for that hash, whose every word is looked up (tested).
 * Measured: `core()` 123-156 -> ~60 ms CPU, most of what remained being the lexeme hash.
 * @param require a `require` that resolves wink-eng-lite-web-model
 * @param compiled the compiled form's file (default: next to the built module, {@link WINK_CORE_COMPILED})
 * @returns a fresh core model (its lists, hashes and typed arrays owned by the caller)
 * @throws Error when the package's JSON is missing and no compiled form of it is there (another wink-eng-lite-web-model layout)
 */
export function readWinkCoreModel(require: NodeJS.Require, compiled = WINK_CORE_COMPILED): Record<string, unknown> {
  const parts = readWinkCoreCompiled(require, WINK_CORE_MODEL_JSON, compiled) ?? partsOfWinkCoreJson(require(WINK_CORE_MODEL_JSON) as Record<string, unknown>);
  const json = parts.json as unknown as CoreModelJson;
  const layout = json.packing.layout;
  const features: Record<string, Record<string, unknown>> = {};
  for (const [name, feature] of Object.entries(json.features)) features[name] = { ...feature, list: name === 'lexeme' ? parts.lexemes : feature.list.slice() };
  for (const f in layout) {
    if (layout[f][3] !== 0) continue;
    const list = features[f].list as unknown[];
    const hash: Record<string, number> = Object.create(null);
    for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
    features[f].hash = hash;
  }
  const lexeme = features.lexeme.list as string[];
  features.lexeme.hash = lazyLexemeHash(lexeme);
  const clusters = features.posClusters.list as unknown[];
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => json.pos.hash[e] || 0));
  // dist/load-core-model.js: sizes and index of each feature packed in the layout, the list of extractable features
  const efList: string[] = [];
  for (const f in layout) {
    if (layout[f][3] === 0) {
      const list = features[f].list as unknown[];
      features[f].intrinsicSize = list.length;
      features[f].index = list.length;
      features[f].maxIndex = layout[f][1] >>> layout[f][2];
    }
    if (layout[f][4] === 1) efList.push(f);
  }
  features.lexeme.intrinsicSize = lexeme.length;
  features.lexeme.index = lexeme.length;
  return {
    ...json,
    packing: { ...json.packing, efList },
    features,
    lexicon: new Uint32Array(parts.lexicon),
    xpansions: new Uint32Array(parts.xpansions),
  };
}
