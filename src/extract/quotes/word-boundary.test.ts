import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { insideWord } from './word-boundary.js';
import { createQuoteRunner } from './test-quotes.js';

const nlp = createNlp();
const run = createQuoteRunner();

test('a token glued into a word continues it; a comma or a spaced word does not', () => {
  const doc = nlp.parse('An Ohio-born pastor, who said that\u2019s fine.');
  const at = (w: string) => doc.lower.indexOf(w);
  assert.equal(insideWord(doc, at('born')), true);
  assert.equal(insideWord(doc, at(',')), false);
  assert.equal(insideWord(doc, at('pastor')), false);
  assert.equal(insideWord(doc, at('\u2019s')), true);
});

test('the object of a cue inside a relative clause does not end inside a word ("a Texas-born striker")', () => {
  const q = run('Fans jeered the coach who criticizes the skill of a Texas-born striker after one bad game in April.').find((x) => x.cue?.text === 'criticizes');
  assert.ok(q, 'the object is found');
  assert.ok(!/-$/.test(q.text), `no content ending on a hyphen: ${q.text}`);
  assert.match(q.text, /^the skill of a Texas-born striker/);
});
