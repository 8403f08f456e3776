/**
 * Pull-style reader over a byte stream: read a line, read or skip n bytes. Holds at most the bytes asked for plus
 * one chunk, so archive records are read one at a time.
 */
export class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private readonly it: AsyncIterator<Uint8Array | string>;
  private done = false;
  /** bytes consumed so far (the offset of the next unread byte) */
  offset = 0;

  /** @param stream any byte stream */
  constructor(stream: AsyncIterable<Uint8Array | string>) {
    this.it = stream[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const r = await this.it.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    return true;
  }

  /**
   * Reads one line (without LF/CRLF).
   * @param maxBytes longest line accepted
   * @returns the line, or null at the end of the stream
   * @throws Error when a line is longer than maxBytes
   */
  async readLine(maxBytes = 65_536): Promise<string | null> {
    for (;;) {
      const nl = this.buf.indexOf(0x0a);
      if (nl >= 0) {
        const line = this.buf.subarray(0, nl);
        this.buf = this.buf.subarray(nl + 1);
        this.offset += nl + 1;
        return line.toString('latin1').replace(/\r$/, '');
      }
      if (this.buf.length > maxBytes) throw new Error(`line longer than ${maxBytes} bytes`);
      if (!(await this.fill())) {
        if (!this.buf.length) return null;
        const line = this.buf.toString('latin1');
        this.offset += this.buf.length;
        this.buf = Buffer.alloc(0);
        return line;
      }
    }
  }

  /**
   * Reads n bytes, or fewer when the stream ends first.
   * @returns the bytes read (shorter than n only at the end of the stream)
   */
  async readUpTo(n: number): Promise<Buffer> {
    while (this.buf.length < n) if (!(await this.fill())) break;
    const take = Math.min(n, this.buf.length);
    const out = this.buf.subarray(0, take);
    this.buf = this.buf.subarray(take);
    this.offset += take;
    return out;
  }

  /**
   * Skips n bytes without keeping them.
   * @returns false when the stream ends first
   */
  async skip(n: number): Promise<boolean> {
    let left = n;
    for (;;) {
      const take = Math.min(left, this.buf.length);
      this.buf = this.buf.subarray(take);
      this.offset += take;
      left -= take;
      if (left === 0) return true;
      if (!(await this.fill())) return false;
    }
  }
}
