import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { cueTokenLabels } from './cue-train.js';

test('every token overlapping a gold cue range is labelled, the others are not', () => {
  const text = 'The mayor has warned voters that taxes will rise.';
  const doc = createNlp().parse(text);
  const a = text.indexOf('has warned');
  const labels = cueTokenLabels(doc, [[[a, a + 'has warned'.length]]]);
  const marked = [...labels.keys()].filter((t) => labels[t]).map((t) => doc.lower[t]);
  assert.deepEqual(marked, ['has', 'warned']);
});
