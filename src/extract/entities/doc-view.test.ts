import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import type { Doc } from '../../nlp/doc.js';
import { createDocView } from './doc-view.js';
import { tokenKey } from './gazetteer.js';

const nlp = createNlp();
const TEXT = "The U.S. envoy met Ms O\u2019Hara in Örebro on MONDAY, and “talks” went well.\nthe ÉLYSÉE said nothing about ``it'' at 10.30, a.m. or 1,000 e-mails (r&d).";

/** The keys and lower-case set the view must hold: built from each token's sliced surface. */
function expected(doc: Doc) {
  const keys: string[] = [];
  const lower = new Set<string>();
  for (let i = 0; i < doc.tokenCount; i++) {
    const s = doc.text.slice(doc.starts[i], doc.ends[i]);
    keys.push(tokenKey(s));
    if (s !== s.toUpperCase() && s === s.toLowerCase()) lower.add(tokenKey(s));
  }
  return { keys, lower };
}

test('token keys and the lower-case set are those of the sliced surfaces', () => {
  const doc = nlp.parse(TEXT);
  const view = createDocView(doc);
  const want = expected(doc);
  assert.deepEqual(view.keys, want.keys);
  assert.deepEqual([...view.lowercaseSeen].sort(), [...want.lower].sort());
  assert.ok(view.lowercaseSeen.has('the') && view.lowercaseSeen.has('envoy') && !view.lowercaseSeen.has('monday'));
  assert.ok(view.keys.includes('us') && view.keys.includes("o'hara") && view.keys.includes('örebro'));
});

test('quoted tokens are marked inside the marks and the marks themselves apart', () => {
  const doc = nlp.parse(TEXT);
  const view = createDocView(doc);
  const talks = view.keys.indexOf('talks');
  assert.equal(view.inQuote[talks], 1);
  assert.equal(view.inQuote[talks - 1], 2);
  assert.equal(view.inQuote[talks + 1], 2);
  assert.equal(view.inQuote[talks + 2], 0);
});
