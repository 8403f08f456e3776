import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * wink-eng-lite-web-model's core model JSON (2.96 MB) in a form that loads faster, written by the build
 * (scripts/compile-data.mjs) into dist/nlp/ and read by {@link readWinkCoreParts} at every start-up while the package's
 * JSON is unchanged. Node reads the JSON as UTF-8 text, and its ~1,850 non-ASCII characters make all of it a two-byte
 * string of 5.9 MB, which JSON.parse then reads; 1.87 MB of it is the base64 of the lexicon's packed words, which the
 * reader decodes again. Here the lexicon and its expansions are raw bytes, the 87,593 lexeme words one UTF-8 run split
 * at NUL, and the rest of the model (60 KB) a JSON header in ASCII (non-ASCII written as \u escapes).
 *
 * Layout (little-endian): magic "DWCM", uint32 length of the JSON header (a multiple of 4, padded with spaces), the
 * header ({@link CompiledHeader}), the lexicon's bytes, the expansions' bytes (each a multiple of 4 long, as the
 * Uint32Arrays they are), then the lexeme words.
 */

/** The model's JSON as the package ships it, in the parts the core reader treats apart. */
export interface WinkCoreParts {
  /** the model's JSON but for `lexicon`, `xpansions` and the lexeme list (`features.lexeme.list` absent) */
  json: Record<string, unknown> & { features: Record<string, { list?: unknown[]; [part: string]: unknown }> };
  /** the lexeme words, in the model's order (a fresh array) */
  lexemes: string[];
  /** the packed lexicon and expansions (fresh buffers, exactly their bytes) */
  lexicon: ArrayBuffer;
  xpansions: ArrayBuffer;
}

/** The JSON header of a compiled file. */
interface CompiledHeader {
  format: 'detente-wink-core/1';
  /** version of wink-eng-lite-web-model and the byte length of its core JSON that the file was made from */
  version: string;
  size: number;
  lexiconBytes: number;
  xpansionsBytes: number;
  wordsBytes: number;
  /** {@link WinkCoreParts.json} */
  json: WinkCoreParts['json'];
}

const MAGIC = 0x4d435744; // "DWCM" little-endian
const FORMAT = 'detente-wink-core/1';
const WORD_SEPARATOR = '\0';

/** Where the build writes the compiled form and start-up reads it: next to this module (dist/nlp/ when built). */
export const WINK_CORE_COMPILED = fileURLToPath(new URL('./wink-core-model.compiled.bin', import.meta.url));

/**
 * The package's core JSON split into {@link WinkCoreParts} (base64 decoded), as the fallback reader and the compiler read it.
 * @param json the parsed package JSON (`lexicon` and `xpansions` base64 strings, `features.lexeme.list` the words); not changed
 */
export function partsOfWinkCoreJson(json: Record<string, unknown>): WinkCoreParts {
  const { lexicon, xpansions, ...rest } = json as { lexicon: string; xpansions: string; features: Record<string, Record<string, unknown>> };
  const { list, ...lexeme } = rest.features.lexeme as { list: string[] };
  return {
    json: { ...rest, features: { ...rest.features, lexeme } },
    lexemes: list.slice(),
    lexicon: arrayBufferFromBase64(lexicon),
    xpansions: arrayBufferFromBase64(xpansions),
  };
}

/**
 * The compiled form of the package's core JSON (see the file comment).
 * @param json the parsed package JSON; `version` the package's version and `size` the JSON file's byte length, recorded
 * @returns the file's bytes, or null when a lexeme word holds the separator (NUL) and the form cannot hold the list
 */
export function compileWinkCore(json: Record<string, unknown>, version: string, size: number): Buffer | null {
  const parts = partsOfWinkCoreJson(json);
  if (parts.lexemes.some((w) => w.includes(WORD_SEPARATOR))) return null;
  const words = Buffer.from(parts.lexemes.join(WORD_SEPARATOR), 'utf8');
  const header: CompiledHeader = {
    format: FORMAT,
    version,
    size,
    lexiconBytes: parts.lexicon.byteLength,
    xpansionsBytes: parts.xpansions.byteLength,
    wordsBytes: words.length,
    json: parts.json,
  };
  let text = JSON.stringify(header).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  text += ' '.repeat((4 - (text.length % 4)) % 4);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(text.length, 4);
  return Buffer.concat([head, Buffer.from(text, 'latin1'), Buffer.from(parts.lexicon), Buffer.from(parts.xpansions), words]);
}

/**
 * Writes the compiled form of the installed package's core JSON to {@link WINK_CORE_COMPILED} (scripts/compile-data.mjs).
 * @param require a `require` that resolves wink-eng-lite-web-model
 * @param coreJson the core JSON's module path below node_modules (wink-core-model.ts WINK_CORE_MODEL_JSON)
 * @returns whether it was written (not when the words hold a NUL; start-up then reads the JSON)
 */
export function writeWinkCoreCompiled(require: NodeJS.Require, coreJson: string, path = WINK_CORE_COMPILED): boolean {
  const bytes = compileWinkCore(require(coreJson) as Record<string, unknown>, packageVersion(require), statSync(require.resolve(coreJson)).size);
  if (bytes) writeFileSync(path, bytes);
  return bytes !== null;
}

/**
 * The parts of the package's core model read from its compiled form, when that was made from the installed package
 * (same version, same JSON byte length) by this format.
 * @param require a `require` that resolves wink-eng-lite-web-model
 * @param coreJson the core JSON's module path below node_modules
 * @param path the compiled file
 * @returns the parts, or null when there is no such file or it was made from another package or format
 */
export function readWinkCoreCompiled(require: NodeJS.Require, coreJson: string, path = WINK_CORE_COMPILED): WinkCoreParts | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC) return null;
  const headerEnd = 8 + bytes.readUInt32LE(4);
  let header: CompiledHeader;
  try {
    header = JSON.parse(bytes.toString('latin1', 8, headerEnd)) as CompiledHeader;
  } catch {
    return null;
  }
  if (header.format !== FORMAT || header.version !== packageVersion(require) || header.size !== statSync(require.resolve(coreJson)).size) return null;
  const lexiconAt = headerEnd;
  const xpansionsAt = lexiconAt + header.lexiconBytes;
  const wordsAt = xpansionsAt + header.xpansionsBytes;
  if (wordsAt + header.wordsBytes !== bytes.length) return null;
  return {
    json: header.json,
    lexemes: bytes.toString('utf8', wordsAt, bytes.length).split(WORD_SEPARATOR),
    lexicon: copyOf(bytes, lexiconAt, xpansionsAt),
    xpansions: copyOf(bytes, xpansionsAt, wordsAt),
  };
}

/** The installed wink-eng-lite-web-model's version. */
function packageVersion(require: NodeJS.Require): string {
  return (require('wink-eng-lite-web-model/package.json') as { version: string }).version;
}

/** Bytes `[from, to)` of `bytes` in an ArrayBuffer of their own. */
function copyOf(bytes: Buffer, from: number, to: number): ArrayBuffer {
  const out = new ArrayBuffer(to - from);
  new Uint8Array(out).set(bytes.subarray(from, to));
  return out;
}

/**
 * The bytes of a base64 string in an ArrayBuffer of their own, of exactly their length (as read-core-model.js's
 * `bufferFromBase64` returns them).
 * @param data base64 text
 */
function arrayBufferFromBase64(data: string): ArrayBuffer {
  const bytes = Buffer.from(data, 'base64');
  return copyOf(bytes, 0, bytes.length);
}
