import { Readable, pipeline } from 'node:stream';
import * as zlib from 'node:zlib';

/** Compressed size up to which one gzip member is decoded whole and checked before its bytes are passed on (8 MiB). */
export const MEMBER_BYTES_LIMIT = 8 * 1024 * 1024;

/** Decompressed size up to which one gzip member is decoded whole (64 MiB); a larger member is streamed. */
export const MEMBER_OUTPUT_LIMIT = 64 * 1024 * 1024;

/**
 * A stretch of a gzip file that does not decompress: a member whose data or check fails, and the bytes skipped up to
 * the next member that does. Offsets count bytes of the compressed file.
 */
export interface GzipGap {
  /** where the member that fails begins */
  start: number;
  /** where the next good member begins, or null when none was found before the end of the file */
  end: number | null;
  /** zlib's reason ("incorrect data check", "invalid distance too far back") or the header's fault */
  reason: string;
  /** zlib's error code (`Z_DATA_ERROR`) */
  code: string;
}

const GAP = Symbol('gzip gap');

/**
 * The gap a chunk of {@link gunzipMembers}'s output marks, if it is a gap marker (an empty chunk); else undefined.
 * @param chunk one chunk of the decompressed stream
 */
export function gzipGapOf(chunk: Uint8Array): GzipGap | undefined {
  return (chunk as Uint8Array & { [GAP]?: GzipGap })[GAP];
}

/**
 * Gunzips a stream member by member (RFC 1952 §2.2: a gzip file is a series of members; CC-NEWS and most WARC
 * writers put one record in each), with Node's zlib. Each member is decoded whole and its CRC-32 and length checked
 * before its bytes are passed on, so a member that does not decompress gives nothing: it is marked by one empty
 * chunk carrying a {@link GzipGap} (read it with {@link gzipGapOf}); only when its deflate data breaks (not its
 * check) is what decodes before the fault passed on first, as a streaming gunzip would, so that a whole-file gzip
 * keeps what comes before a fault. Reading goes on at the next gzip member
 * header (1f 8b 08 and valid flags) after the member's start, as warcio and other WARC readers resume at the next
 * record. A candidate header that fails too widens the same gap. Bytes after the last member that are no member
 * (padding) are ignored, as gzip and Node's gunzip do.
 * A member over {@link MEMBER_BYTES_LIMIT} compressed or {@link MEMBER_OUTPUT_LIMIT} decompressed (a whole-file gzip)
 * is streamed by Node's gunzip with the rest of the file, without resynchronisation: a fault there throws zlib's error.
 * @param source the compressed bytes (starting with a gzip member)
 * @param limits optional smaller limits (tests)
 * @returns the decompressed bytes, in file order, with a gap marker where members were lost
 * @throws an Error 'unexpected end of file' (code Z_BUF_ERROR, as Node's gunzip) when the file ends inside a member;
 *   zlib's errors inside a streamed large member; what the source throws
 */
export async function* gunzipMembers(
  source: AsyncIterable<Uint8Array | string>,
  limits: { memberBytes?: number; memberOutput?: number } = {},
): AsyncGenerator<Buffer> {
  const memberBytes = limits.memberBytes ?? MEMBER_BYTES_LIMIT;
  const memberOutput = limits.memberOutput ?? MEMBER_OUTPUT_LIMIT;
  const it = source[Symbol.asyncIterator]();
  let buf: Buffer = Buffer.alloc(0); // compressed bytes not yet decoded; buf[0] is byte `pos` of the file
  let pos = 0;
  let ended = false;
  let gap: Omit<GzipGap, 'end'> & { trailing: boolean } | null = null;
  let members = 0;
  let large = false; // a member too large to decode whole: the rest is streamed

  /** Reads on until `buf` holds n bytes or the source ends; tells whether it holds n. */
  const fill = async (n: number): Promise<boolean> => {
    const parts = [buf];
    let size = buf.length;
    while (size < n && !ended) {
      const r = await it.next();
      if (r.done) ended = true;
      else {
        const b = typeof r.value === 'string' ? Buffer.from(r.value) : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
        parts.push(b);
        size += b.length;
      }
    }
    if (parts.length > 1) buf = Buffer.concat(parts, size);
    return buf.length >= n;
  };
  const drop = (n: number) => {
    buf = buf.subarray(n);
    pos += n;
  };
  const marker = (end: number | null): Buffer => {
    const { start, reason, code } = gap!;
    gap = null;
    return Object.assign(Buffer.alloc(0), { [GAP]: { start, end, reason, code } });
  };
  /** Skips to the next candidate member header after buf[0]; false at the end of the file. */
  const resync = async (): Promise<boolean> => {
    let from = 1;
    for (;;) {
      const found = findMemberHeader(buf, from);
      if (found >= 0) {
        drop(found);
        return true;
      }
      drop(Math.max(from, buf.length - 3)); // a header may straddle two reads
      from = 0;
      if (!(await fill(buf.length + 1))) {
        drop(buf.length);
        return false;
      }
    }
  };
  const truncated = () => Object.assign(new Error('unexpected end of file'), { code: 'Z_BUF_ERROR', errno: zlib.constants.Z_BUF_ERROR });

  try {
    for (;;) {
      if (!(await fill(1))) break;
      const header = headerLength(buf);
      if (header === 'short') {
        if (await fill(buf.length + 1)) continue;
        if (gap) break;
        throw truncated();
      }
      let fault: { reason: string; code: string } | null = typeof header === 'string' ? { reason: header, code: 'Z_DATA_ERROR' } : null;
      let used = 0;
      let out: Buffer | null = null;
      if (typeof header === 'number') {
        const body = buf.subarray(header);
        try {
          const r = zlib.inflateRawSync(body, { info: true, finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: memberOutput }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
          out = r.buffer;
          used = r.engine.bytesWritten;
        } catch (error) {
          const e = error as { code?: string; message?: string };
          if (e.code === 'ERR_BUFFER_TOO_LARGE') {
            large = true;
            break;
          }
          fault = { reason: String(e.message), code: String(e.code ?? 'Z_DATA_ERROR') };
          // what decodes before the fault is passed on, as a streaming gunzip would (a whole-file gzip keeps the
          // records before it); not for a candidate header found while skipping, which may be no member at all
          if (!gap) {
            const before = decodablePrefix(body, memberOutput);
            if (before?.length) yield before;
          }
        }
        // all the input taken, or no room for the 8-byte trailer: the member goes on past what was read
        if (!fault && body.length - used < 8) {
          if (buf.length >= memberBytes) {
            large = true;
            break;
          }
          const before = buf.length;
          await fill(Math.min(memberBytes, Math.max(before + 1, before * 2)));
          if (buf.length > before) continue;
          // the file ends inside the member: what decodes is passed on (unchecked, as Node's gunzip does), then the cut
          if (gap) yield marker(pos);
          if (out?.length) yield out;
          throw truncated();
        }
        if (!fault && out) {
          const check = header + used;
          if (memberCrc(out) !== buf.readUInt32LE(check)) fault = { reason: 'incorrect data check', code: 'Z_DATA_ERROR' };
          else if ((out.length >>> 0) !== buf.readUInt32LE(check + 4)) fault = { reason: 'incorrect length check', code: 'Z_DATA_ERROR' };
          else {
            if (gap) yield marker(pos);
            members++;
            drop(check + 8);
            if (out.length) yield out;
            continue;
          }
        }
      }
      // bytes after a member that are no gzip member at all: trailing padding unless a member follows
      gap ??= { start: pos, reason: fault!.reason, code: fault!.code, trailing: members > 0 && buf[0] !== 0x1f };
      if (!(await resync())) break;
    }
    if (!large) {
      // the end of the file, or a candidate member after a gap cut by it
      if (gap && !gap.trailing) yield marker(null);
      return;
    }
    // a member too large to decode whole: Node's gunzip streams it and the rest of the file
    if (gap) yield marker(pos);
    const rest = buf;
    async function* remaining(): AsyncGenerator<Buffer> {
      yield rest;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield typeof r.value === 'string' ? Buffer.from(r.value) : Buffer.from(r.value);
      }
    }
    const gunzip = zlib.createGunzip();
    pipeline(Readable.from(remaining()), gunzip, () => {});
    yield* gunzip as AsyncIterable<Buffer>;
  } finally {
    await it.return?.();
  }
}

/**
 * Compressed bytes before the point where inflating fails whose output is not passed on: at least this many, and at
 * least a quarter of what inflates. Damaged deflate data often decodes into garbage for a while before zlib meets a
 * code it cannot read (16 bytes overwritten at random in a made-up 12-record whole-file gzip WARC: 1 to 3 of 40 files
 * gave an article with garbled text when everything up to the fault was kept, 1 of 120 with a 256-byte margin alone,
 * 0 of 120 with this rule); the record the dropped output falls in is reported as cut instead of being stored damaged.
 */
const FAULT_MARGIN_BYTES = 256;

/**
 * The output of the longest start of a deflate stream that inflates without error (binary search: zlib reports a
 * fault as soon as it reads it, so every shorter start inflates too), less what the compressed bytes just before the
 * fault decode to ({@link FAULT_MARGIN_BYTES}), or null when nothing is left.
 * @param body deflate data with a fault
 * @param maxOutput largest output accepted
 */
function decodablePrefix(body: Buffer, maxOutput: number): Buffer | null {
  const inflate = (n: number) => zlib.inflateRawSync(body.subarray(0, n), { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: maxOutput });
  let lo = 0;
  let hi = body.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      inflate(mid);
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  const safe = lo - Math.max(FAULT_MARGIN_BYTES, Math.ceil(lo / 4));
  try {
    return safe > 0 ? inflate(safe) : null;
  } catch {
    return null;
  }
}

/**
 * Length of the gzip member header at the start of `b` (RFC 1952 §2.3.1: ID1 ID2 CM FLG MTIME XFL OS, then FEXTRA,
 * FNAME, FCOMMENT, FHCRC as FLG says), 'short' when more bytes are needed, or zlib's word for what is wrong.
 * @param b bytes starting where a member should start
 */
function headerLength(b: Buffer): number | 'short' | 'incorrect header check' | 'unknown compression method' | 'unknown header flags set' {
  if (b.length >= 1 && b[0] !== 0x1f) return 'incorrect header check';
  if (b.length >= 2 && b[1] !== 0x8b) return 'incorrect header check';
  if (b.length >= 3 && b[2] !== 8) return 'unknown compression method';
  if (b.length >= 4 && (b[3] & 0xe0) !== 0) return 'unknown header flags set';
  if (b.length < 10) return 'short';
  const flags = b[3];
  let p = 10;
  if (flags & 4) {
    if (b.length < p + 2) return 'short';
    p += 2 + b.readUInt16LE(p);
  }
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    const zero = b.indexOf(0, p);
    if (zero < 0) return 'short';
    p = zero + 1;
  }
  if (flags & 2) p += 2;
  return p <= b.length ? p : 'short';
}

/**
 * Index of the first candidate member header (1f 8b 08, reserved flag bits clear) at or after `from`, or -1.
 * @param b compressed bytes
 * @param from first index to try
 */
function findMemberHeader(b: Buffer, from: number): number {
  for (let i = b.indexOf(0x1f, from); i >= 0 && i + 3 < b.length; i = b.indexOf(0x1f, i + 1)) {
    if (b[i + 1] === 0x8b && b[i + 2] === 8 && (b[i + 3] & 0xe0) === 0) return i;
  }
  return -1;
}

/**
 * CRC-32 of a member's decompressed bytes (the gzip trailer's check): Node's zlib.crc32 (Node 20.15 and later), else
 * zlib's own check through gunzipping a one-member gzip made of the bytes.
 * @param bytes the member's decompressed bytes
 */
function memberCrc(bytes: Buffer): number {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (crc32) return crc32(bytes);
  const gz = zlib.gzipSync(bytes, { level: 0 });
  return gz.readUInt32LE(gz.length - 8);
}

/**
 * Passes on the chunks of a {@link gunzipMembers} stream and throws at its first gap marker, for readers that cannot
 * go on after lost bytes (a JSON Lines or feed file: the next member need not start at a line or element).
 * @param stream decompressed chunks, perhaps with gap markers
 * @returns the same chunks up to the first gap
 * @throws an Error with zlib's code and reason and the member's byte offset, at the first gap
 */
export async function* failAtGzipGap<T extends Uint8Array>(stream: AsyncIterable<T>): AsyncGenerator<T> {
  for await (const chunk of stream) {
    const gap = gzipGapOf(chunk);
    if (gap) throw Object.assign(new Error(`${gap.reason}, in the gzip member at byte ${gap.start} of the file`), { code: gap.code });
    yield chunk;
  }
}
