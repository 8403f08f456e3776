import { createRequire } from 'node:module';
import { createChunkTable, type ChunkTable } from './chunk-table.js';
import { findDatelines } from './dateline.js';
import { isAbbreviationBreak, isUnitPointEnd } from './abbreviation-break.js';
import { MAX_SENTENCE_TOKENS, sentencePieceEnds } from './sentence-pieces.js';
import { foldForWink } from './wink-letters.js';
import { boundRunsForWink } from './wink-long-runs.js';
import { readWinkCoreModel } from './wink-core-model.js';
import { winkSbdPosModel } from './wink-sbd-pos-model.js';
import type { Doc, Paragraph, Sentence } from './doc.js';

/** The wink-nlp instance and its `its` helpers, loaded once and passed in (never a module global). */
export interface Nlp {
  /** Tokenises, splits sentences and tags POS: `text` → {@link Doc}. */
  parse(text: string): Doc;
}

/** The {@link Nlp} {@link createNlp} makes: it also tells how many words its current wink-nlp instance has learnt. */
export interface WinkNlp extends Nlp {
  /**
   * Lexemes the current wink-nlp instance has learnt beyond the model's own (a new word, and its lower-case form when
   * that is new too); 0 for a fresh instance. See {@link WINK_RENEW_WORDS}.
   */
  learntWords(): number;
}

interface WinkTokens {
  out(f?: unknown): string[];
}

/**
 * Words one wink-nlp instance may learn before {@link createNlp} replaces it with a fresh one. wink-nlp adds every
 * out-of-vocabulary word it meets to its lexicon and never forgets it (node_modules/wink-nlp/src/cache.js: the
 * lexeme list and hash, the feature lists, a row of `extrinsicLexicon` per word), about 170 bytes of heap a word
 * (heap snapshots of an ingest at 2,032 and 20,155 articles: 48,000 learnt words held 7-8 MB of the 15.7 MB the live
 * heap grew). A fresh instance starts from the model's own lexicon again; tokens, tags and lemmas are the same either
 * way, because learnt words never change tokenisation ({@link loadWinkIgnoringLearnedWords}) and a learnt word's
 * features are recomputed from the word alone. The bound is on what grows, the learnt words, not on the characters
 * read: text that repeats known words costs no renewal, text full of new words (codes, tables, names) is bounded as
 * well. 20,000 words is about 2.3 million characters of Reuters news, about 3,000 stories (until 2026-12-01 the
 * instance was renewed every 8 million characters, ~48,000 words, and the peak RSS of a long ingest kept rising with
 * them: issue 7). A renewal costs about 5 ms, and the words met again are learnt again.
 */
export const WINK_RENEW_WORDS = 20_000;

/**
 * Loads wink-nlp with its English lite web model (about 150 ms, once per process; a fresh instance sharing the
 * parsed model, about 5 ms, once the current one has learnt more than `renewAfter` words, see {@link WINK_RENEW_WORDS}).
 * @param renewAfter words one wink-nlp instance may learn before it is replaced by a fresh one at the next `parse`
 *   (default {@link WINK_RENEW_WORDS}; Infinity keeps one instance, 0 renews before every text after one that taught
 *   it a word)
 * @returns a {@link WinkNlp} whose `parse` builds a Doc paragraph by paragraph (one line = one paragraph)
 */
export function createNlp(renewAfter = WINK_RENEW_WORDS): WinkNlp {
  const require = createRequire(import.meta.url);
  const { winkNLP, takeDocData, useTokenMemo } = loadWinkIgnoringLearnedWords(require);
  const layout = winkTokenLayout(require);
  const model = repeatableModel(winkSbdPosModel(require), require);
  const addons = model.addons;
  let wink = newWinkInstance(winkNLP, model);
  let memo: LexiconMemo | undefined; // made at the first line read, when the lexicon size is known
  // the tokeniser's answers by chunk (see TokenMemo); emptied with each new wink instance
  const tokenMemo: TokenMemo = { answers: new Map(), known: 0, added: new Map(), addedAnswer: undefined, chunks: createChunkTable() };
  let cache: WinkCache | undefined; // the current instance's lexicon cache, known after its first line read
  const learntWords = (): number => (cache === undefined ? 0 : cache.currentSize() + 1 - cache.intrinsicSize());
  return {
    learntWords,
    parse(text: string): Doc {
      if (learntWords() > renewAfter) {
        wink = null as unknown as WinkInstance; // let the old lexicon go before the new one is built
        wink = newWinkInstance(winkNLP, model);
        tokenMemo.answers.clear(); // learnt words' indexes belong to the old instance
        tokenMemo.added.clear();
        tokenMemo.chunks.clear();
        cache = undefined;
      }
      const { nlp, its } = wink;
      // wink's own per-token accessors (`its.value`, `its.pos`, `its.lemma`) are called on its raw document data
      // (the flat token table, 4 numbers a token) instead of through `tokens().out(field)`, which built three
      // arrays a line and re-lemmatised every token; lower-cased forms and lemmas of the model's own words are
      // memoised ({@link LexiconMemo}).
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
      // lower-cased forms (by lexeme) and lemmas (by lexeme and tag) of the words wink-nlp learnt, for this text only
      // (learnt lexeme indexes hold while the instance does; see LexiconMemo for why they are not kept longer)
      const learntLower = new Map<number, string>();
      const learntLemma = new Map<number, string>();
      let lineStart = 0;
      while (lineStart <= text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.length;
        const line = text.slice(lineStart, lineEnd);
        if (line.trim().length > 0) {
          const firstSentence = sentences.length;
          // the memo is this instance's: lent for this one read, so that no other wink-nlp instance reads with it
          useTokenMemo(tokenMemo);
          // wink-nlp splits words at letters such as š, ğ, ł, and takes time in n² on a run of n characters without
          // white space: it reads a same-length copy with ASCII stand-ins and long runs blanked
          const read = boundRunsForWink(foldForWink(line));
          // asked once a line: comparing the two strings for every token cost time in the line length per token
          const copied = read !== line;
          try {
            nlp.readDoc(read);
          } finally {
            useTokenMemo(undefined);
          }
          const rdd = takeDocData();
          cache = rdd.cache;
          const table = rdd.tokens;
          const count = table.length >> 2;
          const intrinsic = rdd.cache.intrinsicSize();
          if (memo?.size !== intrinsic) memo = newLexiconMemo(intrinsic);
          const { lowerOf, lemmaOf, lemmaTagOf } = memo;
          if (map.length < count) map = new Int32Array(count * 2);
          starts = withRoom(starts, n, n + count);
          ends = withRoom(ends, n, n + count);
          let cursor = 0;
          for (let k = 0; k < count; k++) {
            map[k] = n;
            const tag: string = its.pos(k, rdd);
            if (tag === 'SPACE') continue;
            const lexeme = table[k * 4];
            const value: string = its.value(k, rdd);
            const own = lexeme < intrinsic; // a word of the model's lexicon, not one learnt from the text
            let low = own ? lowerOf[lexeme] : learntLower.get(lexeme);
            if (low === undefined) {
              low = value.trim() === '' ? '' : value.toLowerCase();
              if (own) lowerOf[lexeme] = low;
              else learntLower.set(lexeme, low);
            }
            if (low === '') continue; // a whitespace token
            let at = surfaceAt(read, value, cursor);
            if (at < 0) at = cursor; // wink never rewrites surface forms; guard anyway
            const end = Math.min(at + value.length, line.length);
            // a token with stand-in letters: its lower-cased form (and a lemma that is the word itself) from the
            // original text, never memoised under the stand-in's lexeme
            const folded = copied && line.slice(at, end) !== value ? line.slice(at, end).toLowerCase() : undefined;
            if (folded !== undefined) low = folded;
            starts[n] = lineStart + at;
            ends[n] = lineStart + end;
            n++;
            pos.push(tag);
            let lemma: string | undefined;
            if (table[k * 4 + 1] > layout.contractionAbove) {
              // a contraction's part carries its own lemma in the token table
              lemma = String(its.lemma(k, rdd, addons)).toLowerCase();
            } else {
              // otherwise the lemma is a function of the lexeme and its tag alone (wink-nlp src/its.js `lemma`):
              // the lemma of the lexeme's last tag is kept (tag index + 1 in lemmaTagOf, 0 for none)
              const tagKey = ((table[k * 4 + 2] & layout.posMask) >>> layout.bits4lemma) + 1;
              const learntKey = own ? -1 : lexeme * LEMMA_TAG_KEYS + tagKey;
              lemma = own ? (lemmaTagOf[lexeme] === tagKey ? lemmaOf[lexeme] : undefined) : learntLemma.get(learntKey);
              if (lemma === undefined) {
                lemma = String(its.lemma(k, rdd, addons)).toLowerCase();
                if (own) {
                  lemmaOf[lexeme] = lemma;
                  lemmaTagOf[lexeme] = tagKey;
                } else learntLemma.set(learntKey, lemma);
              }
            }
            if (folded !== undefined && lemma === value.toLowerCase()) lemma = folded;
            lemmas.push(lemma);
            lower.push(low);
            cursor = end;
            // wink-nlp leaves a possessive glued to its noun before a full stop or comma ("China's." where "China's
            // decision" is "China" + "'s"): the noun and "'s" become two tokens, as elsewhere.
            if (gluedPossessive(line, at, end, tag)) {
              starts = withRoom(starts, n, n + 1);
              ends = withRoom(ends, n, n + 1);
              ends[n - 1] = lineStart + end - 2;
              const stem = low.slice(0, -2);
              lower[n - 1] = stem;
              lemmas[n - 1] = stem;
              starts[n] = lineStart + end - 2;
              ends[n] = lineStart + end;
              n++;
              pos.push('PART');
              lemmas.push("'s");
              lower.push(low.slice(-2));
            }
          }
          const spans = rdd.sentences;
          for (let j = 0; j < spans.length; j++) {
            const a = spans[j][0];
            const b = spans[j][1];
            const firstToken = map[a];
            const endToken = b + 1 < count ? map[b + 1] : n;
            if (endToken <= firstToken) continue;
            // a break wink-nlp put at an abbreviation's point ("then-Sen. | Barack", "(D-N. | Y.)") is undone
            const prev = sentences.length > firstSentence ? sentences[sentences.length - 1] : undefined;
            if (prev && endToken - prev.firstToken <= MAX_SENTENCE_TOKENS && isAbbreviationBreak(text.slice(Math.max(prev.start, prev.end - 16), prev.end), text.slice(starts[firstToken], ends[endToken - 1]))) {
              // a literal with every field in order, not `{ ...prev, end, endToken }`: V8 gave the spread copies hidden
              // classes of their own (4 more on reut2-000 + BBC politics, 61 of 15,324 sentences), which deoptimised the
              // extractors' optimised code reading `s.firstToken`, `s.index`… when one came ("wrong map")
              sentences[sentences.length - 1] = { index: prev.index, start: prev.start, end: ends[endToken - 1], firstToken: prev.firstToken, endToken, paragraph: prev.paragraph };
              continue;
            }
            // a sentence wink-nlp read on past an end it took for an abbreviation ("20 pct. | Smith said") is cut there, and
            // an overlong sentence (no end punctuation) into pieces of MAX_SENTENCE_TOKENS or fewer
            let from = firstToken;
            for (let t = firstToken; t < endToken; t++) {
              if (t + 1 < endToken && !isUnitPointEnd(lower[t], text, starts[t], starts[t + 1])) continue;
              for (const to of sentencePieceEnds(from, t + 1, (k) => pos[k] === 'PUNCT')) {
                sentences.push({
                  index: sentences.length,
                  start: starts[from],
                  end: ends[to - 1],
                  firstToken: from,
                  endToken: to,
                  paragraph: paragraphs.length,
                });
                from = to;
              }
            }
          }
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
      const tokens = { text, tokenCount: n, starts: starts.slice(0, n), ends: ends.slice(0, n), pos, lemmas, lower, sentences, paragraphs };
      // One literal with every field, not `{ ...tokens, datelines }`: V8 gave each spread copy a hidden class of its
      // own (1,600 Docs, 1,600 classes), so every `doc.x` in the extractors met a new class per article and went
      // megamorphic after deoptimising ("wrong map"); a literal gives all Docs one class.
      const datelines = findDatelines(tokens);
      return { text, tokenCount: n, starts: tokens.starts, ends: tokens.ends, pos, lemmas, lower, sentences, paragraphs, datelines };
    },
  };
}

/**
 * `a` when it holds `need` entries, else a copy of its first `used` entries in an array twice as long (or `need` long).
 * @param a a token offset array; `used` its filled length; `need` the length wanted
 * @returns `a` itself or the larger copy
 */
function withRoom(a: Int32Array<ArrayBuffer>, used: number, need: number): Int32Array<ArrayBuffer> {
  if (a.length >= need) return a;
  const grown = new Int32Array(Math.max(a.length * 2, need));
  grown.set(a.subarray(0, used));
  return grown;
}

/**
 * Whether the token `line[at, end)` is a noun with a possessive glued to it ("China's", "firm’s"; tag PROPN or NOUN,
 * a letter before the apostrophe, at least two characters before it), which wink-nlp leaves whole before a full stop
 * or a comma and splits elsewhere. Contractions ("it's", "let's") are tagged otherwise and left alone.
 * @param line the line read; `at`, `end` the token's half-open offsets in it; `tag` its part of speech
 */
function gluedPossessive(line: string, at: number, end: number, tag: string): boolean {
  if (end - at < 4 || (tag !== 'PROPN' && tag !== 'NOUN')) return false;
  const s = line.charCodeAt(end - 1);
  const q = line.charCodeAt(end - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019) && /\p{L}/u.test(line[end - 3]);
}

/** Values a lemma's tag key takes (POS index + 1; wink-nlp 2.x keeps the POS index in 6 bits, `posMask`). */
const LEMMA_TAG_KEYS = 128;

/**
 * Whether a code unit may stand between two tokens of a line (spaces, tabs, other wide spaces): {@link surfaceAt}
 * steps over these before comparing.
 */
function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `line.indexOf(value, cursor)`, answered without a search in the usual case: the token's text right after the gap
 * ({@link isGap}) that follows the previous token. Same result: no occurrence can start inside the gap when the
 * value does not open with a gap code unit, so the first occurrence from `cursor` on is the one after the gap.
 * @param line the line read; `value` a token's surface text; `cursor` where the previous token ended
 * @returns the offset of the first occurrence of `value` at or after `cursor`, or −1
 */
function surfaceAt(line: string, value: string, cursor: number): number {
  let at = cursor;
  while (at < line.length && isGap(line.charCodeAt(at))) at++;
  if (value.length > 0 && !isGap(value.charCodeAt(0)) && line.startsWith(value, at)) return at;
  return line.indexOf(value, cursor);
}

/** One wink-nlp instance and its `its` accessors. */
interface WinkInstance {
  readonly nlp: { readDoc(text: string): unknown };
  readonly its: WinkIts;
}

/**
 * Lower-cased forms and lemmas of the model's own words (lexeme index below the model's intrinsic lexicon size),
 * kept for the parser's life: those indexes and words are the same in every wink-nlp instance made from the
 * model, so the memo survives renewals. Words learnt from the text (instance-local indexes) are not memoised:
 * a memo of them grew with the text read and, measured over the 26,531-article ingest stream, raised the peak
 * RSS of parsing alone by 10–16 MB (with the CLI's --heap-growing-percent=30) for no measurable speed.
 */
interface LexiconMemo {
  /** the intrinsic lexicon size the memo is for */
  readonly size: number;
  /** lexeme index → lower-cased form ('' for a whitespace token), undefined until met */
  readonly lowerOf: (string | undefined)[];
  /** lexeme index → lower-cased lemma for the POS in `lemmaTagOf` (contractions excluded) */
  readonly lemmaOf: (string | undefined)[];
  /** lexeme index → POS index + 1 of the lemma in `lemmaOf`, 0 for none */
  readonly lemmaTagOf: Uint8Array;
}

/**
 * An empty {@link LexiconMemo}: arrays made at their size and filled with `undefined` (fast elements: V8 makes a
 * `new Array(n)` a slow dictionary only above 32 Mi elements, `JSArray::kMaxFastArrayLength`; checked with
 * `%HasDictionaryElements` for 87,593). They were grown by 87,593 `push`es each, about half the CPU of the first
 * `parse` of a process (CPU profiles of `detente analyze <seed>`; issue 7).
 * @param size the model's intrinsic lexicon size (about 87,600 lexemes for wink-eng-lite-web-model 1.8)
 */
function newLexiconMemo(size: number): LexiconMemo {
  return { size, lowerOf: new Array<string | undefined>(size).fill(undefined), lemmaOf: new Array<string | undefined>(size).fill(undefined), lemmaTagOf: new Uint8Array(size) };
}

/** wink-nlp's per-token accessors (src/its.js), called as `its.x(tokenIndex, rawDocData, addons)`. */
interface WinkIts {
  value(index: number, rdd: WinkRawDocData): string;
  pos(index: number, rdd: WinkRawDocData): string;
  lemma(index: number, rdd: WinkRawDocData, addons: unknown): string;
}

/**
 * A fresh wink-nlp instance (sentence boundaries and POS only).
 * @param winkNLP wink-nlp's factory
 * @param model the wink model ({@link repeatableModel})
 * @returns the instance and its accessors
 */
function newWinkInstance(winkNLP: WinkFactory, model: Record<string, unknown>): WinkInstance {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  return { nlp, its: nlp.its as WinkIts };
}

/** Where wink-nlp 2.x packs a token's POS and lemma in its token table (src/constants.js, src/its.js). */
interface WinkTokenLayout {
  /** mask of the POS index in a token's third number */
  readonly posMask: number;
  /** shift of the POS index in a token's third number */
  readonly bits4lemma: number;
  /** a token's second number above this marks a part of a contraction (src/its.js `contractionFlag`) */
  readonly contractionAbove: number;
}

/**
 * Reads wink-nlp's token-table layout from its own constants.
 * @param require a CommonJS require bound to this module
 * @returns the layout
 * @throws Error when the constants are missing or changed shape (a newer wink-nlp)
 */
function winkTokenLayout(require: NodeRequire): WinkTokenLayout {
  const c = require('wink-nlp/src/constants.js') as Record<string, unknown>;
  const { posMask, bits4lemma, psMask, tkSize } = c;
  if (typeof posMask !== 'number' || typeof bits4lemma !== 'number' || psMask !== 0xffff || tkSize !== 4) {
    throw new Error('wink-nlp internals changed: unknown token table layout');
  }
  return Object.freeze({ posMask, bits4lemma, contractionAbove: psMask });
}

/**
 * The wink model with its `metaCER` loader called once and its result reused, and its `core` loader answered from
 * one parsed core model ({@link sharedCore}).
 *
 * wink-eng-lite-web-model's `metaCER` loader (dist/load-cer-meta-model.js) replaces its module-level machines with
 * `JSON.stringify` of themselves on every call, so each further `winkNLP(model)` got a string escaped once more
 * (longer each time, until it failed to parse). The other loaders return the same data on every call. The first
 * result is kept on the loader function itself, the export of its module ({@link FIRST_META_CER}), so it is the
 * first of the process.
 *
 * Its `core()` parses the whole lexicon again on every call (dist/read-core-model.js: a JSON copy of the 3 MB
 * model, the base64 lexicon decoded, a hash of its 87,593 words built): about 50 ms and 20 MB allocated, 7 MB of
 * it kept. {@link createNlp} makes a fresh wink-nlp instance every {@link WINK_RENEW_WORDS} learnt words, and in a long
 * ingest each renewal was the largest rise of the peak RSS (the new core allocated while the old instance was
 * garbage not yet collected: +13 and +17 MB at the renewals of the bench ingest corpus, 1.23x growth from 2,000
 * articles). Here the first `core()` result of the process is kept (on the `core` loader function, as the first
 * `metaCER()` result is), never given to wink-nlp, and each `core()` call returns {@link sharedCore} of it.
 * @param model a wink model object whose loaders are the package's modules ({@link winkSbdPosModel})
 * @param require a `require` that resolves wink-eng-lite-web-model (its core model JSON is read through it)
 * @returns a copy of `model` whose `metaCER()` always returns the process's first call's result and whose
 *   `core()` returns a {@link sharedCore} of the process's first `core()` result
 */
function repeatableModel(model: Record<string | symbol, unknown>, require: NodeJS.Require): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  const metaCER = model.metaCER;
  if (typeof metaCER === 'function') {
    const loader = metaCER as unknown as Record<symbol, unknown>;
    if (!(FIRST_META_CER in loader)) loader[FIRST_META_CER] = metaCER.call(model);
    const first: unknown = loader[FIRST_META_CER];
    overrides.metaCER = () => first;
  }
  const core = model.core;
  if (typeof core === 'function') {
    // readWinkCoreModel: the same model as `core()` without its copy of the whole JSON (wink-core-model.ts)
    const loader = core as unknown as Record<symbol, unknown>;
    if (!(PRISTINE_CORE in loader)) loader[PRISTINE_CORE] = readWinkCoreModel(require);
    const pristine = loader[PRISTINE_CORE] as WinkCoreModel;
    overrides.core = () => sharedCore(pristine);
  }
  return Object.assign(Object.create(null), model, overrides);
}

/** The parts of a wink core model (wink-eng-lite-web-model dist/read-core-model.js) that wink-nlp writes to. */
interface WinkCoreModel {
  /** by feature name (`lexeme`, `prefix`, `suffix`, `shape`…): its values, and for most a value → index hash */
  features: Record<string, { list?: unknown[]; hash?: Record<string, number>; index?: number }>;
  [part: string]: unknown;
}

/**
 * A core model for one wink-nlp instance that shares what wink-nlp only reads with `pristine` and has its own
 * copy of what it writes. wink-nlp 2.x writes to a core model only in its cache (src/cache.js
 * `getFeaturesIndex`: a new value of a feature is pushed onto the feature's `list`, set in its `hash`, and its
 * `index` moved on — the words it learns, new prefixes, suffixes, shapes); the lexicon's typed arrays, the
 * packing layout, the POS and token-category tables and the token regex sources are only read. So each feature
 * that has a `list` and a `hash` gets a copy of its list, a hash whose prototype is the pristine hash (an empty
 * object: lookups of the model's own words fall through to the pristine one, new values are set on it alone), and
 * its own `index`; the rest is the pristine model's. Same tokens, tags and lemmas as a freshly parsed core (the
 * nlp test compares documents across renewals), about 1 ms and 1 MB instead of 50 ms and 20 MB.
 * @param pristine a `core()` result that no wink-nlp instance uses (and so never written to)
 * @returns a core model to give one wink-nlp instance
 */
function sharedCore(pristine: WinkCoreModel): WinkCoreModel {
  const features: WinkCoreModel['features'] = {};
  for (const [name, feature] of Object.entries(pristine.features)) {
    const { list, hash } = feature;
    features[name] =
      Array.isArray(list) && hash !== null && typeof hash === 'object' ? { ...feature, list: list.slice(), hash: Object.create(hash) as Record<string, number> } : feature;
  }
  return { ...pristine, features };
}

/**
 * Where {@link repeatableModel} keeps the first `metaCER()` result on the loader (its module's export), once per
 * process: a result kept per parser still called the loader once per {@link createNlp}, and some twenty parsers
 * in one process (a test file) escaped the machines' string past the longest string V8 makes ('Invalid string
 * length').
 */
const FIRST_META_CER = Symbol.for('detente.wink-first-meta-cer');
/** Where {@link repeatableModel} keeps the process's first `core()` result (on the `core` loader), which no wink-nlp instance uses. */
const PRISTINE_CORE = Symbol.for('detente.wink-pristine-core');

/** wink-nlp's factory: `winkNLP(model, pipe)` → an instance with `readDoc` and the `its` helpers (untyped here). */
type WinkFactory = (model: unknown, pipe: string[]) => any;

interface WinkCache {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
  /** lexemes in the cache, the model's own and the learnt ones, minus one (src/cache.js: index 0 is the OOV symbol) */
  currentSize(): number;
}
/** The part of wink-nlp's per-document data wrapper (src/dd-wrapper.js) its tokeniser calls. */
interface WinkDocData {
  _addToken(text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean;
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: string | null): number;
  isLexeme(text: string): number[] | null;
}
/** The per-document data wink-nlp hands its data wrapper: the cache, the flat token table (4 numbers a token), non-breaking spaces by token index. */
interface WinkRawDocData {
  cache: WinkCache;
  tokens: number[];
  nonBreakingSpaces: Record<number, string>;
  /** sentences as `[firstToken, lastToken, negationFlag, sentiment]` (last token inclusive), after sentence detection */
  sentences: number[][];
}
type DocDataFactory = ((data: WinkRawDocData) => WinkDocData) & {
  [GUARDED]?: true;
  [DOC_DATA]?: WinkRawDocData | undefined;
  [TOKEN_MEMO]?: TokenMemo | undefined;
};

/**
 * The guarded tokeniser's answers to "is this chunk a known word?" (`_addTokenIfInCache`) by chunk text, for
 * one wink-nlp instance: a lexeme index ≥ 0 when the answer is one plain token of that lexeme (a word of the
 * model's lexicon that is no contraction, or a learnt word the tokeniser keeps whole), −1 when the answer is
 * "unknown" for good (a chunk the guard always answers unknown: never in the model's lexicon and split by
 * {@link learntWordSplitter}). A chunk that is unknown now but may be learnt later is not kept. The memo
 * answers as the guard would, without wink-nlp's cache lookup (a dictionary-mode object of some 90,000
 * words, a lexicon read and an array a call: about a quarter of wink-nlp's time on news). Only chunks of
 * fewer than {@link TOKEN_MEMO_MAX_LENGTH} code units are kept (longer substrings may hold their whole
 * line in memory), at most {@link TOKEN_MEMO_LIMIT} of them before the memo is emptied.
 *
 * It also keeps, by text, the lexeme index wink-nlp's `_addToken` pushed for a token it added (punctuation
 * split off a chunk, a word it learnt): wink's `cache.add` changes nothing for a text it already holds (it
 * only adds what is new, src/cache.js) and returns the text's index, so a text added once is added again
 * as the same plain token (lexeme, spaces, 0, 0) without its two cache lookups and its lower-casing.
 *
 * And it keeps each whitespace-delimited chunk's tokens ({@link memoisedTokenizer}), so that a chunk met again
 * ("said,", "(the", "Blair's") skips the tokeniser's punctuation and recursive paths altogether. The three
 * tables hold at most {@link TOKEN_MEMO_LIMIT} texts each (a few MB together).
 */
interface TokenMemo {
  /** chunk text → lexeme index, or −1 for "unknown" */
  readonly answers: Map<string, number>;
  /** what wink-nlp's `_addTokenIfInCache` returns for "added" (0 until it first did) */
  known: number;
  /** text → lexeme index of the token `_addToken` pushed for it */
  readonly added: Map<string, number>;
  /** what wink-nlp's `_addToken` returns (undefined until it first did) */
  addedAnswer: boolean | undefined;
  /** chunk → its tokens' numbers without preceding spaces (see memoisedTokenizer) */
  readonly chunks: ChunkTable;
}
/** Chunks of this many code units or more are not memoised ({@link TokenMemo}). */
const TOKEN_MEMO_MAX_LENGTH = 13;
/** Chunks a {@link TokenMemo} holds before it is emptied (about 2 MB). */
const TOKEN_MEMO_LIMIT = 32_768;

/** Marks wink-nlp's document-data factory once it has been wrapped by {@link loadWinkIgnoringLearnedWords}. */
const GUARDED = Symbol.for('detente.wink-tokeniser-guard');
/** Where the wrapped factory leaves the raw data of the document being read, for {@link WinkLoad.takeDocData}. */
const DOC_DATA = Symbol.for('detente.wink-doc-data');
/** Where {@link WinkLoad.useTokenMemo} leaves the {@link TokenMemo} for the documents read next. */
const TOKEN_MEMO = Symbol.for('detente.wink-token-memo');

/** wink-nlp loaded with the tokeniser guard, and the raw data of the document it read last. */
interface WinkLoad {
  /** wink-nlp's factory (`winkNLP(model, pipe)`) */
  readonly winkNLP: WinkFactory;
  /**
   * The raw document data (token table, sentences) of the `readDoc` call made last, once: the slot is emptied.
   * @throws Error when no document was read since the last call
   */
  readonly takeDocData: () => WinkRawDocData;
  /** Sets the {@link TokenMemo} of the wink-nlp instance that reads the next documents (undefined: none). */
  readonly useTokenMemo: (memo: TokenMemo | undefined) => void;
}

/** wink-nlp's tokeniser factory (src/tokenizer.js): compiled token regexes, token categories by name, preserved affixes. */
type WinkTokenizerFactory = (trex: { ltc?: unknown; helpers?: { splitter?: unknown } }, categories: Record<string, number>, preserve: unknown) => unknown;
/** wink-nlp's tokeniser (src/tokenizer.js `tokenize`): adds the tokens of `text` to the document data. */
type WinkTokenize = (doc: WinkDocData, text: string) => void;

/** The most preceding spaces wink-nlp records for a token after plain spaces (src/tokenizer.js: 65,535 − 1). */
const MAX_PLAIN_SPACES = 65_534;

/**
 * The source of the whitespace splitter wink-nlp's tokeniser splits a text with (`trex.helpers.splitter` of
 * wink-eng-lite-web-model 1.x): runs of spaces (plain, non-breaking and other wide ones) and runs of line breaks
 * and tabs. {@link memoisedTokenizer} scans for exactly these runs ({@link spaceClass}); with another splitter
 * the tokeniser is left unmemoised.
 */
export const WINK_SPLITTER_SOURCE = '([ \\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f]+|[\\n\\r\\t]+)';

/**
 * The class of a UTF-16 code unit in wink-nlp's splitter ({@link WINK_SPLITTER_SOURCE}).
 * @param c a code unit
 * @returns 1 for a plain space, 2 for a non-breaking or other wide space, 3 for a line break or tab, 0 otherwise
 */
function spaceClass(c: number): number {
  if (c > 32) {
    if (c < 0xa0) return 0;
    return c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f ? 2 : 0;
  }
  if (c === 32) return 1;
  return c === 10 || c === 13 || c === 9 ? 3 : 0;
}

/**
 * wink-nlp's tokeniser with its answers memoised by chunk ({@link TokenMemo.chunks}). Does what the tokeniser's
 * own top-level loop does (src/tokenizer.js `tokenize`: the text split by its splitter, a run of spaces giving the
 * next chunk's preceding spaces) by scanning the text for the splitter's runs ({@link spaceClass}), without
 * splitting it into strings: a chunk is looked up by its range of the text. Each chunk (a run of line breaks and
 * tabs included) is tokenised by wink-nlp itself, with the spaces before it, so that its spaces and
 * non-breaking spaces are counted as wink counts them, the first time it is met, and its tokens are pushed again,
 * with their preceding spaces, when it comes back. A chunk's tokens depend on its text alone (the guard below
 * keeps the tokeniser from depending on the words learnt before), and only the first token of a chunk carries
 * its preceding spaces (the low 16 bits of its second number); chunks after non-breaking or other wide spaces,
 * whose tokens also get a non-breaking-space entry, are always left to wink-nlp.
 * @param tokenize wink-nlp's tokeniser (whose splitter is {@link WINK_SPLITTER_SOURCE})
 * @param current the memo and the raw data of the document being read (undefined outside a parser's read)
 */
function memoisedTokenizer(tokenize: WinkTokenize, current: () => { memo: TokenMemo | undefined; data: WinkRawDocData | undefined }): WinkTokenize {
  return (doc, text) => {
    const { memo, data } = current();
    if (memo === undefined || data === undefined) {
      tokenize(doc, text);
      return;
    }
    const { chunks } = memo;
    const { tokens } = data;
    const length = text.length;
    let spacesAt = 0; // start of the run of spaces before the chunk, when `spaces` > 0
    let spaces = 0;
    let wide = false;
    let i = 0;
    while (i < length) {
      const c = text.charCodeAt(i);
      const cls = spaceClass(c);
      let j = i + 1;
      if (cls === 1 || cls === 2) {
        // a run of spaces: plain and wide ones together
        wide = cls === 2;
        while (j < length) {
          const d = spaceClass(text.charCodeAt(j));
          if (d === 2) wide = true;
          else if (d !== 1) break;
          j++;
        }
        spacesAt = i;
        spaces = j - i;
        i = j;
        continue;
      }
      // a chunk: a run of line breaks and tabs, or of other code units
      if (cls === 3) while (j < length && spaceClass(text.charCodeAt(j)) === 3) j++;
      else while (j < length && spaceClass(text.charCodeAt(j)) === 0) j++;
      const ps = spaces > MAX_PLAIN_SPACES ? MAX_PLAIN_SPACES : spaces;
      const seen = wide ? -1 : chunks.find(text, i, j);
      if (seen >= 0) chunks.push(seen, tokens, ps);
      else {
        const before = tokens.length;
        tokenize(doc, text.slice(spaces === 0 ? i : spacesAt, j));
        if (!wide) chunks.remember(text, i, j, tokens, before, ps);
      }
      spaces = 0;
      wide = false;
      i = j;
    }
  };
}

/** Characters on which wink-nlp's recursive tokeniser splits a word it does not know (src/recursive-tokenizer.js). */
const SPLIT_CHARACTERS = /[-\u2013\u2014.]/;

/**
 * Decides which learnt words the tokeniser must be told it does not know. A word is kept whole whether known or
 * not when (1) its token category — the first of the tokeniser's category regexes (`trex.ltc`) it matches, as
 * `detectTokenCategory` in src/tokenizer.js finds it — is one that the tokeniser adds as a single token
 * (`processDefault`: any category but `unk` and `wordRP`), so the top-level and the prefix/suffix paths of
 * `processUnk` add the same one token, and (2) it has no hyphen, dash or full stop, so the recursive tokeniser's
 * `isLexeme` questions (`pushHyphenatedToken`, `pushWordToken`) lead to the same single token either way. Every
 * other learnt word is answered "unknown", as before. A known word adds the same lexeme index, spaces and
 * non-breaking-space entry as the single token of the unknown path, so the token table is identical; only the
 * tokeniser's slow path (about a fifth of wink-nlp's time on news, most of it for names) is skipped.
 * @param trex the compiled token regexes wink-nlp builds its tokeniser with (`ltc`: `[RegExp, category]` pairs)
 * @param categories wink-nlp's token categories by name (`unk`, `wordRP`, …)
 * @returns a test: true when a learnt word must be answered "unknown"; every word when the layout is not the
 *   expected one (so the guard stays as strict as it was)
 */
function learntWordSplitter(trex: { ltc?: unknown }, categories: Record<string, number>): (text: string) => boolean {
  const everything = (): boolean => true;
  const { ltc } = trex;
  const { unk, wordRP } = categories;
  if (!Array.isArray(ltc) || typeof unk !== 'number' || typeof wordRP !== 'number') return everything;
  const rules: [RegExp, number][] = [];
  for (const rule of ltc) {
    if (!Array.isArray(rule) || !(rule[0] instanceof RegExp) || typeof rule[1] !== 'number') return everything;
    // own copies without global/sticky state, so testing never moves the tokeniser's lastIndex
    if (rule[0].global || rule[0].sticky) return everything;
    rules.push([new RegExp(rule[0].source, rule[0].flags), rule[1]]);
  }
  return (text) => {
    if (SPLIT_CHARACTERS.test(text)) return true;
    for (const [rx, category] of rules) if (rx.test(text)) return category === unk || category === wordRP;
    return true;
  };
}

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
 * The wrapped factory also leaves each document's raw data (wink-nlp's `rdd`: token table, sentences) in a slot
 * on itself, so that {@link createNlp} reads tokens, tags and sentences straight from it with wink-nlp's own
 * `its` accessors instead of through the document API's per-line output arrays and item objects. `readDoc` is
 * synchronous and makes exactly one data wrapper, so the slot holds the data of the `readDoc` call just made
 * until `takeDocData` empties it.
 * @param require a CommonJS require bound to this module
 * @returns the wink-nlp factory (`winkNLP(model, pipe)`) and `takeDocData`
 * @throws Error when wink-nlp was already loaded without the guard (another module required it first), or
 *   its internal layout changed (a newer wink-nlp), so that the guard would silently not apply
 */
function loadWinkIgnoringLearnedWords(require: NodeRequire): WinkLoad {
  const wrapperPath = require.resolve('wink-nlp/src/dd-wrapper.js');
  const winkPath = require.resolve('wink-nlp');
  const original = require(wrapperPath) as DocDataFactory;
  if (!original[GUARDED]) {
    if (require.cache[winkPath]) throw new Error('wink-nlp was loaded before detente could guard its tokeniser; load it through createNlp()');
    // the learnt words the tokeniser would split when it did not know them; set when wink-nlp builds its tokeniser
    let splitsLearnt: (text: string) => boolean = () => true;
    const tokenizerPath = require.resolve('wink-nlp/src/tokenizer.js');
    const originalTokenizer = require(tokenizerPath) as WinkTokenizerFactory;
    const tokenizerEntry = require.cache[tokenizerPath];
    if (typeof originalTokenizer !== 'function' || !tokenizerEntry) throw new Error('wink-nlp internals changed: cannot guard its tokeniser');
    const guardedTokenizer: WinkTokenizerFactory = (trex, categories, preserve) => {
      splitsLearnt = learntWordSplitter(trex, categories);
      const tokenize = originalTokenizer(trex, categories, preserve);
      const splitter = trex.helpers?.splitter;
      if (typeof tokenize !== 'function' || !(splitter instanceof RegExp) || splitter.source !== WINK_SPLITTER_SOURCE) return tokenize;
      return memoisedTokenizer(tokenize as WinkTokenize, () => ({ memo: guarded[TOKEN_MEMO], data: guarded[DOC_DATA] }));
    };
    tokenizerEntry.exports = guardedTokenizer;
    const guarded: DocDataFactory = (data) => {
      guarded[DOC_DATA] = data;
      const wrapped = original(data);
      const { cache } = data;
      const addIfKnown = wrapped._addTokenIfInCache;
      const addToken = wrapped._addToken;
      const isLexeme = wrapped.isLexeme;
      if (typeof addIfKnown !== 'function' || typeof addToken !== 'function' || typeof isLexeme !== 'function' || typeof cache?.lookup !== 'function') {
        throw new Error('wink-nlp internals changed: cannot guard its tokeniser');
      }
      const intrinsic = cache.intrinsicSize();
      const { tokens } = data;
      if (!Array.isArray(tokens) || typeof data.nonBreakingSpaces !== 'object') throw new Error('wink-nlp internals changed: cannot guard its tokeniser');
      const splits = splitsLearnt;
      const memo = guarded[TOKEN_MEMO];
      const answers = memo?.answers;
      // One cache lookup per question, as unguarded (a separate "is it learnt?" lookup first doubled the
      // tokeniser's lookups): the original answers, and a learnt word's answer is taken back unless the
      // tokeniser would have kept the word whole anyway ({@link learntWordSplitter}: then both answers give the
      // same token, and "known" spares the tokeniser its slow path). A known non-contraction adds exactly one
      // token (4 numbers: lexeme index, spaces, 0, 0) and, with non-breaking spaces before it, their entry at
      // its token index; learnt words are never contractions.
      // The memo's answers are those of the code below it: a plain token (lexeme, spaces, 0, 0) pushed with its
      // non-breaking-space entry, as wink-nlp's addTokenIfInCache pushes it (its answer `known` for "added"), or 0.
      wrapped._addTokenIfInCache = (text, precedingSpaces, nbsp) => {
        const remembered = answers === undefined ? undefined : answers.get(text);
        if (remembered !== undefined) {
          if (remembered < 0) return 0;
          const at = tokens.length;
          tokens.push(remembered, precedingSpaces, 0, 0);
          if (nbsp !== null && precedingSpaces > 0) data.nonBreakingSpaces[at / 4] = nbsp;
          return memo!.known;
        }
        const before = tokens.length;
        const added = addIfKnown(text, precedingSpaces, nbsp);
        const plain = added && tokens.length === before + 4 && tokens[before + 1] === precedingSpaces && tokens[before + 2] === 0 && tokens[before + 3] === 0;
        if (added && tokens.length === before + 4 && tokens[before] >= intrinsic && splits(text)) {
          tokens.length = before;
          if (nbsp !== null && precedingSpaces > 0) delete data.nonBreakingSpaces[before / 4];
          remember(text, -1);
          return 0;
        }
        if (plain) {
          if (memo !== undefined) memo.known = added;
          remember(text, tokens[before]);
        } else if (!added && splits(text)) remember(text, -1);
        return added;
      };
      // wink-nlp's addToken pushes `cache.add(text)`, spaces, 0, 0 and the non-breaking-space entry (src/dd-wrapper.js).
      const added = memo?.added;
      if (added !== undefined) {
        wrapped._addToken = (text, category, precedingSpaces, nbsp) => {
          const lexeme = added.get(text);
          if (lexeme !== undefined) {
            const at = tokens.length;
            tokens.push(lexeme, precedingSpaces, 0, 0);
            if (nbsp !== null && precedingSpaces > 0) data.nonBreakingSpaces[at / 4] = nbsp;
            return memo!.addedAnswer!;
          }
          const before = tokens.length;
          const answer = addToken(text, category, precedingSpaces, nbsp);
          if (tokens.length === before + 4 && text.length < TOKEN_MEMO_MAX_LENGTH) {
            memo!.addedAnswer = answer;
            if (added.size >= TOKEN_MEMO_LIMIT) added.clear();
            added.set(text, tokens[before]);
          }
          return answer;
        };
      }
      const remember = (text: string, answer: number): void => {
        if (answers === undefined || text.length >= TOKEN_MEMO_MAX_LENGTH) return;
        if (answers.size >= TOKEN_MEMO_LIMIT) answers.clear();
        answers.set(text, answer);
      };
      wrapped.isLexeme = (text) => {
        const found = isLexeme(text);
        return found !== null && found.length === 1 && found[0] >= intrinsic && splits(text) ? null : found;
      };
      return wrapped;
    };
    guarded[GUARDED] = true;
    guarded[DOC_DATA] = undefined;
    guarded[TOKEN_MEMO] = undefined;
    const entry = require.cache[wrapperPath];
    if (!entry) throw new Error('wink-nlp document-data module not in the module cache');
    entry.exports = guarded;
  }
  const factory = require(wrapperPath) as DocDataFactory;
  if (!factory[GUARDED] || !(DOC_DATA in factory) || !(TOKEN_MEMO in factory)) throw new Error('wink-nlp document-data module guarded by another version of detente');
  const takeDocData = (): WinkRawDocData => {
    const data = factory[DOC_DATA];
    factory[DOC_DATA] = undefined;
    if (data === undefined) throw new Error('wink-nlp read no document: its raw document data is missing');
    return data;
  };
  const useTokenMemo = (memo: TokenMemo | undefined): void => {
    factory[TOKEN_MEMO] = memo;
  };
  return { winkNLP: require('wink-nlp') as WinkFactory, takeDocData, useTokenMemo };
}
