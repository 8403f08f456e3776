import { createRequire } from 'node:module';
import { IngestCode, IngestError } from './errors.js';

/**
 * chardet (charset statistics), loaded when bytes are not plain UTF-8: importing it and iconv-lite cost ~15-25 ms of
 * CPU at every start-up (measured), and a UTF-8 article (most input) needs neither. Node's require cache keeps each
 * module after its first load.
 */
function chardet(): typeof import('chardet') {
  return createRequire(import.meta.url)('chardet') as typeof import('chardet');
}

/** iconv-lite (legacy charsets and UTF-16), loaded when needed (see {@link chardet}). */
function iconv(): typeof import('iconv-lite') {
  return createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
}

/** What {@link decodeBytes} returns: the text and the encoding it was decoded from. */
export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, or the declared charset that was used */
  encoding: string;
  /** true when the bytes were not UTF-8 and a single-byte fallback was applied */
  fallback: boolean;
}

/** Bytes inspected by the binary check (the start of the file is enough to tell). */
const SNIFF_BYTES = 65_536;
/** Share of control bytes (other than TAB, LF, CR, FF) above which a file counts as binary. */
const MAX_CONTROL_RATIO = 0.02;
/** Share of bytes ≥ 0x80 above which non-UTF-8 bytes are not "clearly single-byte text". */
const MAX_HIGH_BYTE_RATIO = 0.3;
/** chardet confidence (0–100) needed to prefer a detected non-Latin single-byte charset over windows-1252. */
const MIN_SINGLE_BYTE_CONFIDENCE = 25;
/** chardet confidence (0–100) needed to prefer another Latin charset (Latin-2, Turkish, Baltic) over windows-1252:
 * their letters mostly coincide with Latin-1's, so a weak guess is more likely wrong than useful. */
const MIN_OTHER_LATIN_CONFIDENCE = 60;
/** Single-byte charsets of non-Latin scripts (Cyrillic, Greek, Hebrew, Arabic), whose text Latin-1 would garble whole. */
const NON_LATIN_CHARSET = /^(?:windows-125[1356]|koi8-[ru]|iso-8859-[5678])$/i;
/** chardet confidence (0–100) needed to decode bytes as a legacy multi-byte charset. */
const MIN_MULTI_BYTE_CONFIDENCE = 50;
/** Charset names chardet reports for single-byte encodings. */
const SINGLE_BYTE_CHARSET = /^(?:iso-8859-\d+|windows-125\d|koi8-[ru])$/i;

/** Bytes that windows-1252 leaves undefined: text in that encoding never contains them. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

/**
 * Tells whether bytes are binary rather than text: a known binary signature (PDF, PNG, JPEG, GIF, ZIP, ELF,
 * SQLite), a NUL byte, or more than 2% control bytes (other than TAB/LF/CR/FF/ESC) in the first 64 KiB.
 * UTF-16 with a byte-order mark is text, and so is UTF-16 without one when {@link bomlessUtf16} recognises it.
 * @param bytes file content (or its start)
 * @returns a short reason (`NUL bytes`, `PDF signature`…) when binary, else null
 */
export function binaryReason(bytes: Uint8Array): string | null {
  if (hasUtf16Bom(bytes) || bomlessUtf16(bytes)) return null;
  for (const [name, sig] of SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return `${name} signature`;
  }
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'NUL bytes';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_RATIO) return `${((100 * control) / n).toFixed(1)}% control characters`;
  return null;
}

/** Share of two-byte code units that must be an ASCII character beside a NUL byte for BOM-less UTF-16. */
const MIN_UTF16_ASCII_UNITS = 0.6;
/** Code units sniffed to recognise BOM-less UTF-16 (fewer say nothing). */
const MIN_UTF16_UNITS = 8;

/**
 * Recognises UTF-16 without a byte-order mark (Windows tools write it: PowerShell's `>` redirection, "Unicode"
 * in Notepad) from the NUL bytes of its ASCII characters: in the first 64 KiB, at least 60% of the two-byte code
 * units are a printable or white-space ASCII byte beside a NUL on the same side (low byte first: UTF-16LE), none is
 * the mirror image and no unit is NUL NUL. Text in another script without ASCII letters is
 * not recognised (its NULs are rare) and stays "binary" for {@link binaryReason}.
 * @param bytes file content or its start (a trailing odd byte is not looked at)
 * @returns `utf-16le`, `utf-16be`, or null when the bytes are not recognisably UTF-16
 */
export function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) >> 1;
  // most input has no NUL byte at all: one native scan says so before the loop over every code unit (this runs for
  // every file read, on the binary check and again on decoding)
  if (n < MIN_UTF16_UNITS || bytes.subarray(0, 2 * n).indexOf(0) < 0) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i++) {
    const lo = bytes[2 * i];
    const hi = bytes[2 * i + 1];
    if (lo === 0 && hi === 0) return null;
    if (hi === 0 && isAsciiText(lo)) le++;
    else if (lo === 0 && isAsciiText(hi)) be++;
  }
  if (le >= MIN_UTF16_ASCII_UNITS * n && be === 0) return 'utf-16le';
  if (be >= MIN_UTF16_ASCII_UNITS * n && le === 0) return 'utf-16be';
  return null;
}

function isAsciiText(b: number): boolean {
  return (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and invalid bytes, to tell UTF-8 with a few errors from
 * single-byte text.
 */
function utf8Census(bytes: Uint8Array): { multi: number; invalid: number; high: number } {
  let multi = 0;
  let invalid = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      multi++;
      high += len - 1;
      i += len - 1;
    } else invalid++;
  }
  return { multi, invalid, high };
}

/**
 * The most likely legacy charset of non-UTF-8 bytes (chardet statistics over the first 64 KiB), when iconv-lite can
 * decode it; UTF-8/UTF-16/UTF-32/ASCII guesses are ignored (those were already tried).
 */
function detectedCharset(buf: Buffer): { name: string; confidence: number } | null {
  for (const c of chardet().analyse(buf.subarray(0, SNIFF_BYTES))) {
    if (/^(?:utf-|ascii)/i.test(c.name) || !iconv().encodingExists(c.name)) continue;
    return { name: c.name, confidence: c.confidence };
  }
  return null;
}

/**
 * Decodes file bytes to a string, safely.
 * Order: byte-order mark (UTF-8, UTF-16LE/BE); UTF-16 without one ({@link bomlessUtf16}); a declared charset (XML declaration, HTML meta, HTTP header)
 * when iconv-lite knows it and it is not UTF-8; strict UTF-8; then, only when the bytes are clearly single-byte
 * text (no well-formed UTF-8 multi-byte sequence at all): the charset chardet detects when it is a non-Latin
 * single-byte one with confidence ≥ 25 (windows-1251, ISO-8859-7…) or another Latin one with confidence ≥ 60 (ISO-8859-2…),
 * else, with at most 30% high bytes and none that
 * it leaves undefined, windows-1252 (a superset of Latin-1's printable range). Bytes that are mostly invalid UTF-8 are
 * decoded as the legacy multi-byte charset chardet finds with confidence ≥ 50 (Shift_JIS, GB18030, EUC-KR).
 * @param bytes raw content
 * @param origin file path or other origin, used in error messages
 * @param declared charset label declared by the content or transport, if any
 * @returns the decoded text (BOM removed) and the encoding used
 * @throws IngestError E_INGEST_ENCODING when the bytes are neither UTF-8 nor clearly single-byte text
 */
export function decodeBytes(bytes: Uint8Array, origin: string, declared?: string | null): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: strictUtf8(buf.subarray(3), origin), encoding: 'utf-8', fallback: false };
  }
  const utf16 = buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    // UTF-16 is two bytes a code unit: an odd length means a broken or mislabelled file
    if (buf.length % 2 !== 0) {
      throw new IngestError(IngestCode.Encoding, `${origin} starts with a UTF-16 byte-order mark but has an odd number of bytes (${buf.length}); it is truncated or not UTF-16: convert it to UTF-8`, origin);
    }
    return { text: iconv().decode(buf.subarray(2), utf16), encoding: utf16, fallback: false };
  }
  const bomless = bomlessUtf16(buf);
  if (bomless && buf.length % 2 !== 0) {
    throw new IngestError(IngestCode.Encoding, `${origin} looks like ${bomless.toUpperCase()} without a byte-order mark but has an odd number of bytes (${buf.length}); it is truncated or not UTF-16: convert it to UTF-8`, origin);
  }
  if (bomless) return { text: iconv().decode(buf, bomless), encoding: bomless, fallback: false };
  const label = declared?.trim().toLowerCase();
  if (label && !/^(utf-?8|us-ascii|ascii)$/.test(label) && iconv().encodingExists(label)) {
    // A declared single-byte charset is only trusted when the bytes are not valid UTF-8 with multi-byte
    // characters (pages often declare ISO-8859-1 but are served as UTF-8).
    const census = utf8Census(buf);
    if (!(census.multi > 0 && census.invalid === 0)) return { text: iconv().decode(buf, label), encoding: label, fallback: false };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', fallback: false };
  } catch {
    const { multi, invalid, high } = utf8Census(buf);
    const guess = detectedCharset(buf);
    const undefinedByte = buf.some((b) => CP1252_UNDEFINED.has(b));
    if (multi === 0) {
      // single-byte text: a non-Latin single-byte charset when detection is fairly sure (Cyrillic, Greek…, whose
      // letters are all high bytes), else, when clearly Latin text, windows-1252 (Latin-1 plus typographic quotes)
      const needed = NON_LATIN_CHARSET.test(guess?.name ?? '') ? MIN_SINGLE_BYTE_CONFIDENCE : MIN_OTHER_LATIN_CONFIDENCE;
      if (guess && guess.confidence >= needed && SINGLE_BYTE_CHARSET.test(guess.name) && !/^(?:iso-8859-1|windows-1252)$/i.test(guess.name)) {
        return { text: iconv().decode(buf, guess.name), encoding: guess.name.toLowerCase(), fallback: true };
      }
      if (!undefinedByte && high / Math.max(1, buf.length) <= MAX_HIGH_BYTE_RATIO) {
        return { text: iconv().decode(buf, 'windows-1252'), encoding: 'windows-1252', fallback: true };
      }
    }
    // mostly not UTF-8 at all: a legacy multi-byte charset (Shift_JIS, GB18030, EUC-KR, Big5) when detection is sure
    if (invalid > multi && guess && guess.confidence >= MIN_MULTI_BYTE_CONFIDENCE && !SINGLE_BYTE_CHARSET.test(guess.name)) {
      return { text: iconv().decode(buf, guess.name), encoding: guess.name.toLowerCase(), fallback: true };
    }
    const why = multi > 0
      ? `it mixes ${multi} UTF-8 sequence(s) with ${invalid} invalid byte(s)`
      : `${high} of ${buf.length} bytes are non-ASCII`;
    throw new IngestError(
      IngestCode.Encoding,
      `${origin} is not valid UTF-8 and not clearly single-byte text (${why}); convert it to UTF-8 (e.g. iconv -f <charset> -t UTF-8)`,
      origin,
    );
  }
}

function strictUtf8(buf: Buffer, origin: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch (cause) {
    throw new IngestError(IngestCode.Encoding, `${origin} starts with a UTF-8 byte-order mark but holds invalid UTF-8; convert it to UTF-8`, origin, { cause });
  }
}
