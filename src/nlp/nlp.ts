import { createRequire } from 'node:module';
import type { Doc, Paragraph, Sentence } from './doc.js';

/** The wink-nlp instance and its `its` helpers, loaded once and passed in (never a module global). */
export interface Nlp {
  /** Tokenises, splits sentences and tags POS: `text` → {@link Doc}. */
  parse(text: string): Doc;
}

interface WinkTokens {
  out(f?: unknown): string[];
}

/**
 * Characters parsed by one wink-nlp instance before {@link createNlp} replaces it with a fresh one (8 million:
 * about 10,000 Reuters articles). wink-nlp adds every out-of-vocabulary word it meets to its lexicon and never
 * forgets it (node_modules/wink-nlp/src/cache.js): on the 25,877-article bench ingest corpus the lexicon,
 * its hash and its feature rows kept growing with the text read. A fresh instance starts from the model's own
 * lexicon again; tokens, tags and lemmas are the same either way, because learnt words never change
 * tokenisation ({@link loadWinkIgnoringLearnedWords}) and a learnt word's features are recomputed from the word
 * alone. A replacement costs one model load (about 100–150 ms).
 */
export const WINK_RENEW_CHARACTERS = 8_000_000;

/**
 * Loads wink-nlp with its English lite web model (about 150 ms, once per process; again after every
 * `renewAfter` characters parsed, see {@link WINK_RENEW_CHARACTERS}).
 * @param renewAfter characters parsed by one wink-nlp instance before it is replaced by a fresh one (default
 *   {@link WINK_RENEW_CHARACTERS}; Infinity keeps one instance)
 * @returns an {@link Nlp} whose `parse` builds a Doc paragraph by paragraph (one line = one paragraph)
 */
export function createNlp(renewAfter = WINK_RENEW_CHARACTERS): Nlp {
  const require = createRequire(import.meta.url);
  const winkNLP = loadWinkIgnoringLearnedWords(require);
  const model = repeatableModel(require('wink-eng-lite-web-model'));
  let nlp = winkNLP(model, ['sbd', 'pos']);
  let parsed = 0;
  let its = nlp.its;
  return {
    parse(text: string): Doc {
      if (parsed > renewAfter) {
        nlp = null; // let the old lexicon go before the new one is built
        nlp = winkNLP(model, ['sbd', 'pos']);
        its = nlp.its;
        parsed = 0;
      }
      parsed += text.length;
      // Token columns are read in bulk (`tokens().out(field)`), not token by token: per-token item views cost
      // about as much as wink's own tokenise+tag pass (measured with `npm run bench`).
      let starts = new Int32Array(Math.max(16, text.length >> 2));
      let ends = new Int32Array(starts.length);
      let n = 0;
      const pos: string[] = [];
      const lemmas: string[] = [];
      const lower: string[] = [];
      const sentences: Sentence[] = [];
      const paragraphs: Paragraph[] = [];
      // wink index -> our token index (whitespace tokens are dropped); reused across lines
      let map = new Int32Array(256);
      let lineStart = 0;
      while (lineStart <= text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.length;
        const line = text.slice(lineStart, lineEnd);
        if (line.trim().length > 0) {
          const firstSentence = sentences.length;
          const wdoc = nlp.readDoc(line);
          const tokens: WinkTokens = wdoc.tokens();
          const values = tokens.out();
          const tags = tokens.out(its.pos);
          const lems = tokens.out(its.lemma);
          const count = values.length;
          if (map.length < count) map = new Int32Array(count * 2);
          if (starts.length < n + count) {
            const grown = Math.max(starts.length * 2, n + count);
            const s2 = new Int32Array(grown);
            s2.set(starts.subarray(0, n));
            starts = s2;
            const e2 = new Int32Array(grown);
            e2.set(ends.subarray(0, n));
            ends = e2;
          }
          let cursor = 0;
          for (let k = 0; k < count; k++) {
            const value = values[k];
            const tag = tags[k];
            map[k] = n;
            if (tag === 'SPACE' || value.trim() === '') continue;
            let at = line.indexOf(value, cursor);
            if (at < 0) at = cursor; // wink never rewrites surface forms; guard anyway
            const end = Math.min(at + value.length, line.length);
            starts[n] = lineStart + at;
            ends[n] = lineStart + end;
            n++;
            pos.push(tag);
            lemmas.push(String(lems[k]).toLowerCase());
            lower.push(value.toLowerCase());
            cursor = end;
          }
          wdoc.sentences().each((s: { out(f: unknown): [number, number] }) => {
            const [a, b] = s.out(its.span);
            const firstToken = map[a];
            const endToken = b + 1 < count ? map[b + 1] : n;
            if (endToken <= firstToken) return;
            sentences.push({
              index: sentences.length,
              start: starts[firstToken],
              end: ends[endToken - 1],
              firstToken,
              endToken,
              paragraph: paragraphs.length,
            });
          });
          if (sentences.length > firstSentence) {
            paragraphs.push({
              index: paragraphs.length,
              start: sentences[firstSentence].start,
              end: sentences[sentences.length - 1].end,
              firstSentence,
              endSentence: sentences.length,
            });
          }
        }
        lineStart = lineEnd + 1;
      }
      return {
        text,
        tokenCount: n,
        starts: starts.slice(0, n),
        ends: ends.slice(0, n),
        pos,
        lemmas,
        lower,
        sentences,
        paragraphs,
      };
    },
  };
}

/**
 * The wink model with its `metaCER` loader called once and its result reused. wink-eng-lite-web-model's loader
 * (dist/load-cer-meta-model.js) replaces its module-level machines with `JSON.stringify` of themselves on every
 * call, so each further `winkNLP(model)` got a string escaped once more (longer each time, until it failed to
 * parse). The other loaders return the same data on every call, and `core()` parses a fresh lexicon each time.
 * @param model the module object of wink-eng-lite-web-model
 * @returns a copy of `model` whose `metaCER()` always returns the first call's result
 */
function repeatableModel(model: Record<string, unknown>): Record<string, unknown> {
  const metaCER = model.metaCER;
  if (typeof metaCER !== 'function') return model;
  const first: unknown = metaCER.call(model);
  return Object.assign(Object.create(null), model, { metaCER: () => first });
}

/** wink-nlp's factory: `winkNLP(model, pipe)` → an instance with `readDoc` and the `its` helpers (untyped here). */
type WinkFactory = (model: unknown, pipe: string[]) => any;

interface WinkCache {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}
/** The part of wink-nlp's per-document data wrapper (src/dd-wrapper.js) its tokeniser calls. */
interface WinkDocData {
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: string | null): number;
  isLexeme(text: string): number[] | null;
}
/** The per-document data wink-nlp hands its data wrapper: the cache, the flat token table (4 numbers a token), non-breaking spaces by token index. */
interface WinkRawDocData {
  cache: WinkCache;
  tokens: number[];
  nonBreakingSpaces: Record<number, string>;
}
type DocDataFactory = ((data: WinkRawDocData) => WinkDocData) & { [GUARDED]?: true };

/** Marks wink-nlp's document-data factory once it has been wrapped by {@link loadWinkIgnoringLearnedWords}. */
const GUARDED = Symbol.for('detente.wink-tokeniser-guard');

/**
 * Loads wink-nlp so that its tokeniser never depends on what the process has read before.
 *
 * wink-nlp adds every out-of-vocabulary word it meets to its cache, and its tokeniser keeps a
 * whitespace-delimited chunk whole when the chunk is in the cache. A possessive at a sentence end
 * ("… the flat was Mr Tolland's.") is learnt whole, so afterwards "Mr Tolland's plan" became one token
 * instead of "Tolland" + "'s" — in that process only: the same article gave other entities depending on the
 * articles before it, and an interrupted ingest re-run differed from one run (BBC politics corpus: 206.txt
 * gave "David Blunkett's" after 166.txt, "David Blunkett" alone). Here the tokeniser's two questions "is this
 * chunk a known word?" (`_addTokenIfInCache`, `isLexeme` of the per-document data wrapper) answer no for
 * learnt words (cache index at or above the model's intrinsic lexicon size), exactly as for a word never
 * seen; the model's own lexicon and contractions are answered as before, and the cache itself is untouched
 * (the model's feature functions look learnt words up while adding them).
 *
 * wink-nlp 2.x binds `require('./dd-wrapper.js')` when `wink-nlp` is first loaded, so the factory is wrapped
 * in Node's module cache before that; the wrap is marked and made once per process.
 * @param require a CommonJS require bound to this module
 * @returns the wink-nlp factory (`winkNLP(model, pipe)`)
 * @throws Error when wink-nlp was already loaded without the guard (another module required it first), or
 *   its internal layout changed (a newer wink-nlp), so that the guard would silently not apply
 */
function loadWinkIgnoringLearnedWords(require: NodeRequire): WinkFactory {
  const wrapperPath = require.resolve('wink-nlp/src/dd-wrapper.js');
  const winkPath = require.resolve('wink-nlp');
  const original = require(wrapperPath) as DocDataFactory;
  if (!original[GUARDED]) {
    if (require.cache[winkPath]) throw new Error('wink-nlp was loaded before detente could guard its tokeniser; load it through createNlp()');
    const guarded: DocDataFactory = (data) => {
      const wrapped = original(data);
      const { cache } = data;
      const addIfKnown = wrapped._addTokenIfInCache;
      const isLexeme = wrapped.isLexeme;
      if (typeof addIfKnown !== 'function' || typeof isLexeme !== 'function' || typeof cache?.lookup !== 'function') {
        throw new Error('wink-nlp internals changed: cannot guard its tokeniser');
      }
      const intrinsic = cache.intrinsicSize();
      const { tokens } = data;
      if (!Array.isArray(tokens) || typeof data.nonBreakingSpaces !== 'object') throw new Error('wink-nlp internals changed: cannot guard its tokeniser');
      // One cache lookup per question, as unguarded (a separate "is it learnt?" lookup first doubled the
      // tokeniser's lookups): the original answers, and a learnt word's answer is taken back. A known
      // non-contraction adds exactly one token (4 numbers: lexeme index, spaces, 0, 0) and, with
      // non-breaking spaces before it, their entry at its token index; learnt words are never contractions.
      wrapped._addTokenIfInCache = (text, precedingSpaces, nbsp) => {
        const before = tokens.length;
        const added = addIfKnown(text, precedingSpaces, nbsp);
        if (added && tokens.length === before + 4 && tokens[before] >= intrinsic) {
          tokens.length = before;
          if (nbsp !== null && precedingSpaces > 0) delete data.nonBreakingSpaces[before / 4];
          return 0;
        }
        return added;
      };
      wrapped.isLexeme = (text) => {
        const found = isLexeme(text);
        return found !== null && found.length === 1 && found[0] >= intrinsic ? null : found;
      };
      return wrapped;
    };
    guarded[GUARDED] = true;
    const entry = require.cache[wrapperPath];
    if (!entry) throw new Error('wink-nlp document-data module not in the module cache');
    entry.exports = guarded;
  }
  return require('wink-nlp') as WinkFactory;
}
