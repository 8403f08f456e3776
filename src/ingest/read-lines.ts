/** One line from {@link readLines}: its 1-based number and bytes (without the LF / CRLF), or `tooLong`. */
export interface ByteLine {
  lineNo: number;
  bytes: Buffer;
  /** true when the line exceeded the limit; `bytes` is then empty and the line was skipped */
  tooLong: boolean;
}

/**
 * Splits a byte stream into lines without holding more than one line (plus one chunk) in memory, and without
 * decoding (each line is decoded on its own, so one badly encoded line fails alone).
 * @param stream any readable byte stream (file, stdin, gunzip output)
 * @param maxLineBytes longest line kept, in bytes; longer lines are reported with `tooLong` and skipped
 * @returns an async iterable of lines; a last line without LF is included
 * @throws whatever the stream emits as an error (read error, corrupt gzip)
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let lineNo = 0;
  const emit = (): ByteLine => {
    lineNo++;
    let bytes = tooLong ? Buffer.alloc(0) : parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    const line = { lineNo, bytes, tooLong };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, start);
      const end = nl < 0 ? buf.length : nl;
      if (!tooLong) {
        if (size + (end - start) > maxLineBytes) {
          tooLong = true;
          parts = [];
          size = 0;
        } else if (end > start) {
          parts.push(buf.subarray(start, end));
          size += end - start;
        }
      }
      if (nl < 0) break;
      yield emit();
      start = nl + 1;
    }
  }
  if (size > 0 || tooLong) yield emit();
}
