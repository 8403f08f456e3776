import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { failAtGzipGap, gunzipMembers, gzipGapOf } from './gzip-members.js';

/** Decodes `bytes` fed in reads of `size` bytes: the text of each chunk, gaps as `[gap start-end reason]`, a throw as `[throw code]`. */
async function decode(bytes: Buffer, size = 65_536, limits = {}): Promise<string[]> {
  const reads: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) reads.push(bytes.subarray(i, i + size));
  const out: string[] = [];
  try {
    for await (const chunk of gunzipMembers(Readable.from(reads), limits)) {
      const gap = gzipGapOf(chunk);
      out.push(gap ? `[gap ${gap.start}-${gap.end} ${gap.reason}]` : chunk.toString());
    }
  } catch (error) {
    out.push(`[throw ${(error as { code?: string }).code}]`);
  }
  return out;
}
const member = (text: string) => gzipSync(Buffer.from(text));

test('members are decoded in order whatever the size of the reads', async () => {
  const file = Buffer.concat([member('the pier reopens'), member(''), member('the ferry sails at nine')]);
  for (const size of [1, 2, 5, 64, 65_536]) assert.deepEqual(await decode(file, size), ['the pier reopens', 'the ferry sails at nine'], `reads of ${size}`);
});

test('a member whose check fails gives nothing but a gap from its start to the next member, and reading goes on', async () => {
  const first = member('boats leave from the east quay');
  const bad = Buffer.from(member('a notice with a damaged check'));
  bad[bad.length - 8] ^= 0xff;
  const file = Buffer.concat([first, bad, member('the last boat is at six')]);
  const gap = `[gap ${first.length}-${first.length + bad.length} incorrect data check]`;
  for (const size of [1, 3, 65_536]) assert.deepEqual(await decode(file, size), ['boats leave from the east quay', gap, 'the last boat is at six'], `reads of ${size}`);
});

test('a damaged header, junk between members and a corrupt first member are gaps too', async () => {
  const a = member('lock one');
  const b = Buffer.from(member('lock two'));
  b[1] = 0x8c;
  assert.deepEqual(await decode(Buffer.concat([a, b, member('lock three')])), ['lock one', `[gap ${a.length}-${a.length + b.length} incorrect header check]`, 'lock three']);
  assert.deepEqual(await decode(Buffer.concat([a, Buffer.from('not gzip'), member('lock three')])), ['lock one', `[gap ${a.length}-${a.length + 8} incorrect header check]`, 'lock three']);
  const c = Buffer.from(member('lock zero'));
  c[c.length - 1] ^= 1;
  assert.deepEqual(await decode(Buffer.concat([c, a])), [`[gap 0-${c.length} incorrect length check]`, 'lock one']);
});

test('padding after the last member is ignored, and a lost last member is a gap with no end', async () => {
  assert.deepEqual(await decode(Buffer.concat([member('canal open'), Buffer.alloc(512)])), ['canal open']);
  const bad = Buffer.from(member('canal shut'));
  bad[bad.length - 6] ^= 1;
  assert.deepEqual(await decode(Buffer.concat([member('canal open'), bad])), ['canal open', `[gap ${member('canal open').length}-null incorrect data check]`]);
});

test('a file cut inside a member passes on what decodes, then throws as Node\'s gunzip does', async () => {
  const last = member('the bridge will lift at noon for the tall ship');
  assert.deepEqual(await decode(Buffer.concat([member('bridge notice'), last.subarray(0, last.length - 4)])), ['bridge notice', 'the bridge will lift at noon for the tall ship', '[throw Z_BUF_ERROR]']);
});

test('broken deflate data passes on what decodes well before the fault, never the garbage near it, then the gap', async () => {
  const text = Array.from({ length: 400 }, (_, i) => `Notice ${i}: the dredger works on channel ${(i * 7) % 13} from ${i % 24} hours, berth ${(i * 31) % 97}. `).join('');
  const bad = Buffer.from(member(text));
  const at = Math.floor(bad.length * 0.8);
  bad.fill(0xff, at, at + 16);
  const out = await decode(Buffer.concat([bad, member('next notice')]));
  assert.equal(out.length, 3, out.join('|'));
  // a clean start of the text: the output of the compressed bytes just before the fault is held back
  assert.ok(out[0].length > 0 && text.startsWith(out[0]), out[0].slice(-80));
  assert.match(out[1], new RegExp(`^\\[gap 0-${bad.length} `));
  assert.equal(out[2], 'next notice');
});

test('a member over the size limits is streamed whole with the rest of the file', async () => {
  const long = 'The toll road stays closed for resurfacing until the end of the month. '.repeat(200);
  const file = Buffer.concat([member('short one'), member(long), member('short two')]);
  for (const limits of [{ memberOutput: 4_000 }, { memberBytes: 100 }]) {
    assert.equal((await decode(file, 50, limits)).join(''), `short one${long}short two`, JSON.stringify(limits));
  }
});

test('failAtGzipGap throws zlib\'s reason and the member\'s offset at the first gap', async () => {
  const bad = Buffer.from(member('b'));
  bad[bad.length - 8] ^= 1;
  const seen: string[] = [];
  await assert.rejects(async () => {
    for await (const chunk of failAtGzipGap(gunzipMembers(Readable.from([Buffer.concat([member('a'), bad, member('c')])])))) seen.push(chunk.toString());
  }, { code: 'Z_DATA_ERROR', message: `incorrect data check, in the gzip member at byte ${member('a').length} of the file` });
  assert.deepEqual(seen, ['a']);
});
