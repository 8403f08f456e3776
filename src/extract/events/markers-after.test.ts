import test from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { markersAfter } from './clause-context.js';

const nlp = createNlp();

/** The markers after the first token spelt `trigger` in a made-up sentence. */
function after(text: string, trigger: string): { jointly: boolean; reciprocal: boolean } {
  const doc = nlp.parse(text);
  const t = doc.lower.indexOf(trigger);
  return { ...markersAfter(doc, t + 1, doc.lower.length) };
}

test('a joint adverb counts in the trigger\'s clause only, a reciprocal marker anywhere after it', () => {
  assert.deepEqual(after('The allies vowed to fight the rebels together.', 'vowed'), { jointly: true, reciprocal: true });
  assert.deepEqual(after('The allies vowed to fight the rebels jointly.', 'vowed'), { jointly: true, reciprocal: false });
  assert.deepEqual(after('The two sides met, and they fought together later.', 'met'), { jointly: false, reciprocal: true });
  assert.deepEqual(after('Both ministers praised their bilateral ties.', 'praised'), { jointly: false, reciprocal: true });
  assert.deepEqual(after('The rebels attacked a convoy near the border.', 'attacked'), { jointly: false, reciprocal: false });
});

test('a reciprocal marker before the trigger does not count', () => {
  assert.deepEqual(after('Their mutual friends attacked the convoy.', 'attacked'), { jointly: false, reciprocal: false });
});
