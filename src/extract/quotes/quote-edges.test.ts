import { test } from 'node:test';
import assert from 'node:assert/strict';
import { floorAtQuote, limitAtQuote, quoteEdges } from './quote-edges.js';

/** The walks the edges replace, as they were written in find-cues. */
function walkLimit(from: number, s1: number, quoted: Uint8Array): number {
  let k = from;
  while (k < s1 && !quoted[k]) k++;
  return k;
}
function walkFloor(from: number, s0: number, quoted: Uint8Array): number {
  let k = from;
  while (k > s0 && !quoted[k - 1]) k--;
  return k;
}

test('the edges give the same token as a walk to the nearest quotation mark, for every start and limit', () => {
  const quoted = Uint8Array.from([0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0]);
  const edges = quoteEdges(quoted);
  for (let from = 0; from <= quoted.length; from++) {
    for (let lim = 0; lim <= quoted.length; lim++) {
      assert.equal(limitAtQuote(edges, from, lim), walkLimit(from, lim, quoted), `limit from ${from} to ${lim}`);
      assert.equal(floorAtQuote(edges, from, lim), walkFloor(from, lim, quoted), `floor from ${from} to ${lim}`);
    }
  }
});

test('a Doc with no quotation mark runs to the limits given', () => {
  const edges = quoteEdges(new Uint8Array(5));
  assert.equal(limitAtQuote(edges, 1, 4), 4);
  assert.equal(floorAtQuote(edges, 3, 1), 1);
});
