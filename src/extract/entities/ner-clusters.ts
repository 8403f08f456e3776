import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DetenteError } from '../../pipeline/errors.js';

/**
 * Word classes for the NER tagger (models/clusters/, built by `npm run train:clusters` with
 * ner-clusters-train.ts): each known token key has a leaf class of a binary tree of `depth` levels, and
 * the features use the class's bit-string prefixes at `prefixes` lengths (Ratinov & Roth 2009 used
 * Brown-cluster prefixes of length 4, 6, 10 and 20).
 */
export interface WordClusters {
  /** Bits of a leaf class. */
  readonly depth: number;
  /** Prefix lengths used as features, ascending, each ≤ depth. */
  readonly prefixes: readonly number[];
  /** Token key (tokenKey) → leaf class in [0, 2^depth). */
  readonly leaf: ReadonlyMap<string, number>;
  /** A short name of the table (file name and word count) that a model records in its metadata. */
  readonly name: string;
}

const FORMAT = 'detente-word-clusters/1';

/** Default prefix lengths of the features for a tree of `depth` levels (4, 6, 8 and the full path). */
export function defaultPrefixes(depth: number): number[] {
  return [...new Set([4, 6, 8, depth].filter((k) => k <= depth))].sort((a, b) => a - b);
}

/**
 * Serialises a clustering compactly: a header line `# detente-word-clusters/1 depth=D prefixes=4,6,8,10`
 * then one line per leaf class, its bit string, a tab, and its words separated by spaces (token keys
 * contain no whitespace), classes in bit order, words in the order given (most frequent first).
 * @param words token keys; `bits` their leaf bit strings of length `depth`
 * @returns the text (the caller gzips it)
 * @throws RangeError when a word contains whitespace or a bit string has the wrong length
 */
export function serialiseWordClusters(depth: number, words: readonly string[], bits: readonly string[], prefixes: readonly number[] = defaultPrefixes(depth)): string {
  const byClass = new Map<string, string[]>();
  words.forEach((w, i) => {
    if (/\s/.test(w) || w === '') throw new RangeError(`cluster word ${JSON.stringify(w)} is empty or contains whitespace`);
    if (bits[i].length !== depth || !/^[01]+$/.test(bits[i])) throw new RangeError(`bit string ${bits[i]} is not ${depth} bits`);
    const list = byClass.get(bits[i]) ?? [];
    list.push(w);
    byClass.set(bits[i], list);
  });
  const lines = [`# ${FORMAT} depth=${depth} prefixes=${prefixes.join(',')}`];
  for (const b of [...byClass.keys()].sort()) lines.push(`${b}\t${byClass.get(b)!.join(' ')}`);
  return lines.join('\n') + '\n';
}

/**
 * Parses the text written by {@link serialiseWordClusters}.
 * @param name recorded as {@link WordClusters.name} (with the word count appended)
 * @throws DetenteError E_CLUSTERS when the header or a line is malformed
 */
export function parseWordClusters(text: string, name: string): WordClusters {
  const lines = text.split('\n');
  const head = /^# detente-word-clusters\/1 depth=(\d+) prefixes=([\d,]+)$/.exec(lines[0] ?? '');
  if (!head) throw new DetenteError('E_CLUSTERS', `${name}: not a word-cluster table (expected a "# ${FORMAT} depth=… prefixes=…" header)`);
  const depth = Number(head[1]);
  const prefixes = head[2].split(',').map(Number);
  if (depth < 1 || depth > 30 || prefixes.some((k) => !(k >= 1 && k <= depth))) throw new DetenteError('E_CLUSTERS', `${name}: bad depth ${depth} or prefixes ${head[2]}`);
  const leaf = new Map<string, number>();
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li];
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const bits = line.slice(0, tab);
    if (tab < 0 || bits.length !== depth || !/^[01]+$/.test(bits)) throw new DetenteError('E_CLUSTERS', `${name}: line ${li + 1} is not "<${depth} bits>\\t<words>"`);
    const c = parseInt(bits, 2);
    for (const w of line.slice(tab + 1).split(' ')) if (w !== '') leaf.set(w, c);
  }
  return Object.freeze({ depth, prefixes: Object.freeze(prefixes), leaf, name: `${name}:${leaf.size}` });
}

/**
 * Loads a word-cluster table (gzipped when the path ends in .gz).
 * @throws DetenteError E_CLUSTERS when the file is missing or malformed
 */
export function loadWordClusters(path: string): WordClusters {
  let text: string;
  try {
    const buf = readFileSync(path);
    text = (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
  } catch (cause) {
    throw new DetenteError('E_CLUSTERS', `could not read the word clusters at ${path}: run \`npm run train:clusters\` to build them`, { cause });
  }
  return parseWordClusters(text, path.replace(/^.*\//, ''));
}

/**
 * The bit-string prefix of leaf class `leaf` at length `k` ("0110" for k = 4), the value of a cluster feature.
 * @param leaf class in [0, 2^depth)
 */
export function clusterPrefix(leaf: number, depth: number, k: number): string {
  return (leaf >>> (depth - k)).toString(2).padStart(k, '0');
}
