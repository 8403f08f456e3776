import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner('1987-03-20');

test('regression reut2-005 "Unilever NV <UN.AS>": a ticker is no mention of the United Nations, nor "<UK.N>" of Britain', () => {
  const es = run('Vandel Foods NV <UN.AS> said profits rose, and Kerr Group Inc <UK.N> agreed.');
  assert.equal(es.some((e) => e.actor === 'IGOUNO' || e.actor === 'GBR'), false);
  assert.equal(es.some((e) => e.mentions.some((m) => m.text === 'UN' || m.text === 'UK')), false);
});

test('a known business read from its ticker is kept, and names outside tickers are left alone', () => {
  const es = run('International Business Machines Corp <IBM> said the UN had bought its machines in the UK.');
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'IBM'))?.actor, 'USABUS');
  assert.ok(es.some((e) => e.actor === 'IGOUNO'));
  assert.ok(es.some((e) => e.actor === 'GBR'));
});
