import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createNerModel, loadNerModel, type NerModel } from './ner-tagger.js';
import type { HashedWeights } from './ner-weights.js';
import { moduleFingerprint } from '../../resources/module-fingerprint.js';

/**
 * The NER model's weight table as loading builds it (ner-weights.ts: slots of a key and its float32 weights, presence bits), stored by
 * the build (scripts/compile-data.mjs) next to the model so that a start-up reads it as it is: loading the gzipped
 * model inflates 1.3 MB, turns its int16 weights into floats and hashes 130,000 features into the table, ~60 ms of
 * every `detente analyze` (measured; the largest part of loading the entity resources after zod). The table file
 * names the SHA-256 of the model file it was built from and the fingerprint of the code that built it (this module,
 * ner-tagger, ner-weights, nlp/fnv1a: moduleFingerprint) and is used only while both are the same, so neither a retrained model
 * nor a changed table layout is read through a stale table; any other case loads the model itself (loadNerModel).
 *
 * Layout (little-endian): magic "DNTC", uint32 header length (a multiple of 8), the JSON header
 * ({@link TableHeader}) padded with spaces, then the `capacity` slots of the table as it is in memory (each a uint32 key
 * and `labelCount` float32 weights) and `capacity / 4` uint32 words of presence bits.
 */

/** The JSON header of a table file. */
interface TableHeader {
  format: 'detente-ner-table/2';
  /** SHA-256 (hex) of the model file the table was built from */
  source: string;
  /** fingerprint of the modules that built the table ({@link tableCode}) */
  code: string;
  labels: string[];
  meta: Record<string, unknown>;
  size: number;
  capacity: number;
  filterShift: number;
}

const MAGIC = 0x43544e44; // "DNTC" little-endian

/**
 * Where the table of a model file is kept: `models/ner/ner-perceptron.bin.gz` → `models/ner/ner-perceptron.table.compiled.bin`
 * (a build output, ignored by git).
 * @param modelPath the model file
 */
export function nerTablePath(modelPath: string): string {
  return `${modelPath.replace(/\.bin(\.gz)?$/, '')}.table.compiled.bin`;
}

/**
 * The modules (paths from this one, no extension) whose code a stored table depends on: this module, the model loader,
 * the weight table's layout and the hash of its feature keys.
 */
export const NER_TABLE_MODULES: readonly string[] = ['ner-table-cache', 'ner-tagger', 'ner-weights', '../../nlp/fnv1a'];

/** The fingerprint of the code a table depends on ({@link NER_TABLE_MODULES}). */
function tableCode(): string | null {
  return moduleFingerprint(import.meta.url, NER_TABLE_MODULES);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Loads the model at `modelPath` (see loadNerModel) and writes its weight table to `tablePath`.
 * @param modelPath a model file written by serialiseNerModel (gzipped when it ends in .gz)
 * @param tablePath where to write (default {@link nerTablePath})
 * @throws DetenteError E_NER_MODEL when the model cannot be read; the file system's error when the table cannot be written
 */
export function writeNerTable(modelPath: string, tablePath: string = nerTablePath(modelPath)): void {
  const source = sha256(readFileSync(modelPath));
  const code = tableCode();
  if (code === null) throw new Error(`cannot fingerprint the NER table code next to ${import.meta.url}`);
  const model = loadNerModel(modelPath);
  const w = model.weights;
  const header: TableHeader = {
    format: 'detente-ner-table/2',
    source,
    code,
    labels: [...model.labels],
    meta: { ...model.meta },
    size: w.size,
    capacity: w.capacity,
    filterShift: w.filterShift,
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  if (json.length % 8 !== 0) json = Buffer.concat([json, Buffer.alloc(8 - (json.length % 8), 32)]);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(json.length, 4);
  const view = (a: Uint32Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  writeFileSync(tablePath, Buffer.concat([head, json, view(w.rows), view(w.filter)]));
}

/**
 * The table stored for the model file whose SHA-256 is `source` by the code whose fingerprint is `code`, or null
 * when there is none, it was built from another model file or by other code, or it is not a whole table file.
 */
function readTable(tablePath: string, source: string, code: string): { header: TableHeader; weights: HashedWeights } | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(tablePath);
  } catch {
    return null;
  }
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC) return null;
  const len = bytes.readUInt32LE(4);
  let header: TableHeader;
  try {
    header = JSON.parse(bytes.subarray(8, 8 + len).toString('utf8')) as TableHeader;
  } catch {
    return null;
  }
  if (header.format !== 'detente-ner-table/2' || header.source !== source || header.code !== code || !Array.isArray(header.labels)) return null;
  const L = header.labels.length;
  const capacity = header.capacity;
  const at = 8 + len;
  const stride = L + 1;
  if (bytes.length !== at + capacity * stride * 4 + capacity) return null;
  // typed arrays need 4-byte alignment: a file this large has a buffer of its own (offset 0), else copy it
  const buf = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const keys = new Uint32Array(buf.buffer, buf.byteOffset + at, capacity * stride);
  const rows = new Float32Array(buf.buffer, buf.byteOffset + at, capacity * stride);
  const filter = new Uint32Array(buf.buffer, buf.byteOffset + at + capacity * stride * 4, capacity / 4);
  return { header, weights: { labelCount: L, size: header.size, stride, capacity, keys, rows, filter, filterShift: header.filterShift } };
}

/**
 * Loads a NER model, through the weight table the build stored for it when that table was built from this very
 * model file; the model is the same either way (same labels, meta and weight table, byte for byte).
 * @param modelPath the model file (see loadNerModel)
 * @param tablePath the table file (default {@link nerTablePath})
 * @throws DetenteError E_NER_MODEL when the model file is missing or not a detente NER model
 */
export function loadNerModelWithTable(modelPath: string, tablePath: string = nerTablePath(modelPath)): NerModel {
  let source: string;
  try {
    source = sha256(readFileSync(modelPath));
  } catch {
    return loadNerModel(modelPath); // throws the loader's error for a missing model
  }
  const code = tableCode();
  const table = code === null ? null : readTable(tablePath, source, code);
  return table ? createNerModel(table.header.labels, table.weights, table.header.meta ?? {}) : loadNerModel(modelPath);
}
