import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readInputs } from './read-inputs.js';
import { INPUT_FORMATS, type InputFormat, type ReadResult } from './read-result.js';
import { fixturePath } from './shared-path.js';

/** A small deterministic PRNG (mulberry32) so that failures reproduce. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function readBytes(bytes: Buffer, format?: InputFormat): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(['-'], { stdin: Readable.from([bytes]), format })) out.push(r);
  return out;
}

function fixtures(dir = fixturePath()): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? fixtures(p) : [p];
  });
}

test('cut, corrupted and random inputs never make readInputs throw, whatever the format', async () => {
  const rand = prng(42);
  const samples: Buffer[] = [];
  for (const path of fixtures()) {
    const bytes = readFileSync(path);
    samples.push(bytes.subarray(0, Math.floor(bytes.length * rand())));
    const flipped = Buffer.from(bytes);
    for (let i = 0; i < 8 && flipped.length; i++) flipped[Math.floor(rand() * flipped.length)] = Math.floor(rand() * 256);
    samples.push(flipped);
    samples.push(gzipSync(bytes).subarray(0, 30));
  }
  for (let i = 0; i < 5; i++) samples.push(Buffer.from(Array.from({ length: 2000 }, () => Math.floor(rand() * 256))));
  samples.push(Buffer.from(`<html><body>${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}</body></html>`));
  for (const bytes of samples) {
    for (const format of [undefined, ...INPUT_FORMATS]) {
      const results = await readBytes(bytes, format);
      for (const r of results) {
        if (r.ok) assert.equal(typeof r.article.text, 'string');
        else assert.ok(r.code.startsWith('E_INGEST_') && r.message.length > 0, JSON.stringify(r));
      }
    }
  }
});
