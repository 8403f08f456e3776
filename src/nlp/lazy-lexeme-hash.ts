import { fnv1a } from './fnv1a.js';

/**
 * wink-nlp's lexeme hash (word → lexeme index: `model.features.lexeme.hash`, read by src/cache.js `lookup` and
 * `getFeaturesIndex` as `hash[word]`) without building it at start-up. The plain object of 87,593 words that
 * wink-eng-lite-web-model's reader builds costs about a tenth of a `detente analyze` start-up (CPU profiles: one
 * dictionary insertion per word, the dictionary grown and rehashed again and again, ~10% of the start-up's page
 * faults), while one article looks up a few thousand words. So the hash starts as an empty object whose prototype
 * is a Proxy answering `hash[word]` from the words' FNV-1a hashes, sorted (16-28 ms of CPU to make against 58-70 ms for
 * the plain object, in one process at load 22; a cold lookup a few µs); after
 * `buildAfter` such answers (a batch run) the plain object is built after all and put in the Proxy's place, so
 * that a long run looks words up about as fast as before. Either way `hash[word]` is the index wink-eng-lite-web-model's
 * own hash gives: the last index of the word in the list, `undefined` for a word not in it.
 *
 * Writes (`hash[word] = index` for a word wink-nlp learns) land on the object written to, never on the Proxy or
 * the list: wink-nlp writes only to a per-instance object whose prototype is this one (nlp.ts `sharedCore`), and
 * the Proxy has no `set` trap, so the ordinary [[Set]] makes the property on that receiver.
 */

/** Proxy answers after which {@link lazyLexemeHash} builds the plain object (a few articles' words). */
export const LEXEME_HASH_BUILD_AFTER = 20_000;

/**
 * A lexeme hash for `list` that answers `hash[word]` as `{ [list[k]]: k }` (later duplicates win) would, built lazily.
 * @param list the model's lexeme list (never written to afterwards: wink-nlp instances get copies of it)
 * @param buildAfter Proxy answers after which the plain object is built (0: at the first lookup; Infinity: never)
 * @returns an empty object whose prototype chain answers the lookups (no Object.prototype on it); enumerate nothing from it
 */
export function lazyLexemeHash(list: readonly string[], buildAfter = LEXEME_HASH_BUILD_AFTER): Record<string, number> {
  const n = list.length;
  // each word as hash × 2^bits + index, sorted: the words of one hash lie together, in index order
  let bits = 0;
  while (1 << bits < n) bits++;
  const scale = 2 ** bits; // hash (32 bits) × 2^bits + index stays below 2^53 for up to 2^21 words
  if (bits > 21) throw new RangeError(`lazyLexemeHash: ${n} words are more than 2^21`);
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = fnv1a(list[k]) * scale + k;
  keys.sort();
  let answers = 0;
  const find = (word: string): number | undefined => {
    const low = fnv1a(word) * scale;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] < low) lo = mid + 1;
      else hi = mid;
    }
    let found: number | undefined;
    for (let i = lo; i < n && keys[i] < low + scale; i++) {
      const k = keys[i] - low;
      if (list[k] === word) found = k;
    }
    return found;
  };
  const lookup = new Proxy(Object.create(null) as Record<string, number>, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      if (++answers > buildAfter) {
        const built = Object.create(null) as Record<string, number>;
        for (let k = 0; k < n; k++) built[list[k]] = k;
        Object.setPrototypeOf(hash, built);
        return built[key];
      }
      return find(key);
    },
  });
  // an empty object in V8's fast mode (an Object.create(null) is a dictionary) in front of the Proxy, later of the
  // plain object: one more object on the prototype chain of each lookup, ~3 ns a word (200,000 lookups: 15.1 ms
  // straight from the plain object, 17.7 through the empty one, 18.5 through an empty dictionary)
  const hash = Object.create(lookup) as Record<string, number>;
  return hash;
}
