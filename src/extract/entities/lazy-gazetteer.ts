import { GazetteerBuilder, isAcronym, PhraseIndex, phraseKeys, tokenKey, type FirstKeyPhrases, type GazetteerEntry, type GazetteerPhrase } from './gazetteer.js';

/**
 * A large gazetteer (the 24,000 cities and regions of `EntityResources.places`, the brands) whose phrases are built
 * per first key when a lookup first meets that key, instead of all of them at load time: an article meets a few
 * dozen of its first keys, and building every phrase (its token keys, id, entries, frozen lists, second-key index)
 * was more than half of loading the entity resources, the largest step of `detente analyze` start-up.
 *
 * A first key's phrases are built by a {@link GazetteerBuilder} fed that key's additions in the order they were
 * made, so each list is the one the eager builder gives (same phrases, entries, order and second-key split; a
 * phrase's key sequences never share an id across first keys). Built lists are kept, so a key is built once; the
 * index is a memo of a pure function of what was added and gives the same answers whenever a key is first met.
 */

/**
 * Additions a caller keeps in its own form (the lines of data/actors/places.tsv: place-lines.ts) until their first key
 * is built: the builder keeps a number per addition instead of its phrase, entry and keys, so loading costs the
 * first keys alone.
 */
export interface DeferredAdditions {
  /**
   * The phrase, entry and properness of one addition, as {@link LazyGazetteerBuilder.add} would have taken them.
   * @param ref the number the caller gave {@link LazyGazetteerBuilder.addDeferred} for it
   */
  addition(ref: number): { readonly phrase: string; readonly entry: GazetteerEntry; readonly proper: boolean };
}

/**
 * The first keys of deferred additions as a build record keeps them (place-lines.ts): each key's additions are found
 * when the key is first looked up, so loading makes no list per key.
 */
export interface DeferredKeyTable {
  /** how many first keys the table holds */
  readonly size: number;
  /** {@link firstKeyHash} of each first key of the table, in any order */
  readonly hashes: ArrayLike<number>;
  /**
   * The numbers of the deferred additions under one first key, in the order they were added.
   * @param key a token key
   * @returns a fresh list, or undefined when the table has no addition under `key`
   */
  refsOf(key: string): number[] | undefined;
  /** The table's first keys, in the order first met. */
  keys(): Iterable<string>;
}

/** One addition waiting for its first key's phrases to be built. */
interface PendingPhrase {
  readonly phrase: string;
  readonly entry: GazetteerEntry;
  readonly proper: boolean;
  /** The key sequence, for a phrase with several variants ({@link phraseKeys}); null for the usual single variant. */
  readonly keys: string[] | null;
}

/** A phrase with an apostrophe or a hyphen, whose {@link phraseKeys} are worked out word by word (maybe two variants); any other phrase takes phraseKeys' fast path. */
const APOSTROPHE_OR_HYPHEN = /['\u2019\u2018-]/;

/**
 * Collects phrases as {@link GazetteerBuilder.add} takes them and builds a {@link LazyPhraseIndex}.
 * Only the first key of each phrase is computed when it is added.
 */
export class LazyGazetteerBuilder {
  private readonly pending = new Map<string, PendingItem[]>();
  private readonly deferred: DeferredAdditions | null;
  /** the deferred additions of {@link addDeferredTable}, if any */
  private table: DeferredKeyTable | null = null;
  /** additions made after the table, by first key */
  private readonly after = new Map<string, PendingItem[]>();

  /** @param deferred where the additions of {@link addDeferred} are read when their first key is built (none: addDeferred throws) */
  constructor(deferred: DeferredAdditions | null = null) {
    this.deferred = deferred;
  }

  /**
   * Adds a phrase naming an entry, as {@link GazetteerBuilder.add} does (same arguments, same result once built).
   * @param phrase surface phrase, e.g. "San Jose", "Winston-Salem"
   * @param entry what the phrase names
   * @param proper whether the phrase is a proper name (case-checked)
   */
  add(phrase: string, entry: GazetteerEntry, proper: boolean): void {
    if (!APOSTROPHE_OR_HYPHEN.test(phrase)) {
      // phraseKeys gives the keys of `phrase.trim().split(/\s+/)`: the first is the key of the first word
      this.push(tokenKey(phrase.trim().split(/\s+/, 1)[0]), { phrase, entry, proper, keys: null });
      return;
    }
    for (const keys of phraseKeys(phrase)) if (keys.length > 0) this.push(keys[0], { phrase, entry, proper, keys });
  }

  /**
   * Adds one of the deferred additions (see {@link DeferredAdditions}): the same, once built, as {@link add} of
   * `deferred.addition(ref)` at this point of the order of additions.
   * @param ref the caller's number of the addition
   * @param phrase its phrase (`deferred.addition(ref).phrase`), whose first keys are worked out now
   * @throws Error when the builder was made without deferred additions
   */
  addDeferred(ref: number, phrase: string): void {
    if (this.deferred === null) throw new Error('this LazyGazetteerBuilder was made without deferred additions');
    if (!APOSTROPHE_OR_HYPHEN.test(phrase)) {
      this.push(tokenKey(phrase.trim().split(/\s+/, 1)[0]), ref);
      return;
    }
    // once under each first key of its variants: building a key adds every variant of that key (firstOf)
    const firsts = new Set<string>();
    for (const keys of phraseKeys(phrase)) if (keys.length > 0) firsts.add(keys[0]);
    for (const first of firsts) this.push(first, ref);
  }

  /**
   * Adds a deferred addition under a first key already worked out: what {@link addDeferred} of its phrase does, given
   * a record of the keys it gave ({@link deferredFirstKeys} of a builder fed the same additions).
   * @param first one first key of the addition's phrase (each of them, in turn, for a phrase of several)
   * @param ref the caller's number of the addition
   * @throws Error when the builder was made without deferred additions
   */
  addDeferredUnder(first: string, ref: number): void {
    if (this.deferred === null) throw new Error('this LazyGazetteerBuilder was made without deferred additions');
    this.push(first, ref);
  }

  /**
   * Adds a table of deferred additions whose first keys were worked out before (a build record: place-lines.ts): the
   * same, once built, as {@link addDeferredUnder} of each of its keys' additions in turn at this point of the order of
   * additions, without a list per key until a lookup first meets the key.
   * @param table the additions by first key ({@link deferredFirstKeys} of a builder fed the same additions)
   * @throws Error when the builder was made without deferred additions, or already has a table
   */
  addDeferredTable(table: DeferredKeyTable): void {
    if (this.deferred === null) throw new Error('this LazyGazetteerBuilder was made without deferred additions');
    if (this.table !== null) throw new Error('this LazyGazetteerBuilder already has a table of deferred additions');
    this.table = table;
  }

  /**
   * The first keys of the additions so far, each with the numbers of its deferred additions in order, keys in the
   * order first met: feeding these to {@link addDeferredUnder} in this order builds the same index.
   * @throws Error when an addition was not deferred (its phrase is not a number to record), or a table was added
   */
  deferredFirstKeys(): [string, number[]][] {
    if (this.table !== null) throw new Error('the first keys of a table of deferred additions are not recorded again');
    return [...this.pending].map(([first, items]) => [
      first,
      items.map((p) => {
        if (typeof p !== 'number') throw new Error(`"${p.phrase}" is no deferred addition`);
        return p;
      }),
    ]);
  }

  private push(first: string, p: PendingItem): void {
    const pending = this.table === null ? this.pending : this.after;
    const list = pending.get(first);
    if (list) list.push(p);
    else pending.set(first, [p]);
  }

  /** The index of the phrases added so far (the builder is not to be used after). */
  build(): LazyPhraseIndex {
    return new LazyPhraseIndex(this.pending, this.deferred, this.table === null ? null : { table: this.table, after: this.after });
  }
}

/** An addition waiting for its first key: the phrase itself, or the number of a deferred one ({@link DeferredAdditions}). */
type PendingItem = PendingPhrase | number;

/**
 * A {@link PhraseIndex} whose first keys' phrases are built when first looked up ({@link firstOf}, `get`, `has`);
 * iterating it or asking its size builds the rest first. See the file comment.
 */
export class LazyPhraseIndex extends PhraseIndex {
  private readonly pending: Map<string, PendingItem[]>;
  private readonly deferred: DeferredAdditions | null;
  /** a table of deferred additions made after `pending`'s, and the additions by first key made after the table */
  private readonly tabled: { readonly table: DeferredKeyTable; readonly after: Map<string, PendingItem[]> } | null;
  /** how many first keys the index has, built or not */
  private readonly keyCount: number;

  /**
   * @param pending the additions by first key, in the order they were made (taken over, emptied as keys are built)
   * @param deferred where the numbered additions among them are read
   * @param tabled a {@link DeferredKeyTable} added after `pending`'s additions and the additions made after it (taken over)
   */
  constructor(
    pending: Map<string, PendingItem[]>,
    deferred: DeferredAdditions | null = null,
    tabled: { readonly table: DeferredKeyTable; readonly after: Map<string, PendingItem[]> } | null = null,
  ) {
    super();
    this.pending = pending;
    this.deferred = deferred;
    this.tabled = tabled;
    if (tabled === null) {
      this.keyCount = pending.size;
      this.markFirstKeys(pending.keys(), pending.size);
    } else {
      // the keys of the additions made around the table that it lacks, each once
      const others = new Set<string>();
      for (const source of [pending, tabled.after]) for (const key of source.keys()) if (tabled.table.refsOf(key) === undefined) others.add(key);
      this.keyCount = tabled.table.size + others.size;
      this.markFirstKeys(others, this.keyCount, tabled.table.hashes);
    }
  }

  /** The additions under `key` not built yet, in the order they were made; undefined when there are none. */
  private pendingOf(key: string): PendingItem[] | undefined {
    const before = this.pending.get(key);
    if (this.tabled === null) return before;
    const refs = this.tabled.table.refsOf(key);
    const after = this.tabled.after.get(key);
    if (refs === undefined && after === undefined) return before;
    return [...(before ?? []), ...(refs ?? []), ...(after ?? [])];
  }

  /** The phrases whose first key is `key`, built on first use; null when no phrase starts with it. */
  override firstOf(key: string): FirstKeyPhrases | null {
    if (!this.mayStartPhrase(key)) return null;
    const built = this.byFirstKey.get(key);
    if (built !== undefined) return built;
    const pending = this.pendingOf(key);
    if (pending === undefined) return null;
    const builder = new GazetteerBuilder();
    for (const p of pending) {
      if (typeof p === 'number') {
        const a = this.deferred!.addition(p);
        if (!APOSTROPHE_OR_HYPHEN.test(a.phrase)) builder.add(a.phrase, a.entry, a.proper);
        else for (const keys of phraseKeys(a.phrase)) if (keys.length > 0 && keys[0] === key) builder.addKeys(keys, a.entry, a.proper && isAcronym(a.phrase), a.proper);
      } else if (p.keys === null) builder.add(p.phrase, p.entry, p.proper);
      else builder.addKeys(p.keys, p.entry, p.proper && isAcronym(p.phrase), p.proper);
    }
    const first = (builder.build() as PhraseIndex).firstOf(key)!;
    this.pending.delete(key);
    this.tabled?.after.delete(key);
    this.byFirstKey.set(key, first);
    super.set(key, first.list);
    return first;
  }

  override get(key: string): readonly GazetteerPhrase[] | undefined {
    return this.firstOf(key)?.list;
  }

  override has(key: string): boolean {
    return this.firstOf(key) !== null;
  }

  /** Builds every first key not built yet (before iterating the index). */
  private buildAll(): void {
    // in the order the keys were first met (a key already built is not built again)
    for (const key of [...this.pending.keys()]) this.firstOf(key);
    if (this.tabled === null) return;
    for (const key of this.tabled.table.keys()) this.firstOf(key);
    for (const key of [...this.tabled.after.keys()]) this.firstOf(key);
  }

  override get size(): number {
    return this.keyCount;
  }

  override forEach(fn: (value: readonly GazetteerPhrase[], key: string, map: Map<string, readonly GazetteerPhrase[]>) => void, thisArg?: unknown): void {
    this.buildAll();
    super.forEach(fn, thisArg);
  }

  override entries(): MapIterator<[string, readonly GazetteerPhrase[]]> {
    this.buildAll();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.buildAll();
    return super.keys();
  }

  override values(): MapIterator<readonly GazetteerPhrase[]> {
    this.buildAll();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, readonly GazetteerPhrase[]]> {
    this.buildAll();
    return super[Symbol.iterator]();
  }

  /** Not supported: the index is read-only once built. */
  override set(): this {
    throw new TypeError('a LazyPhraseIndex is read-only');
  }
}
