import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources();

test('a town written before its state stays a place beside a person whose name holds the word', () => {
  const text = 'Marcus Austin Delaney is a chef. He lives in Austin, Texas with his family.';
  const at = text.indexOf('Austin, Texas');
  const e = extractEntities(nlp.parse(text), res).find((x) => x.mentions.some((m) => m.start === at));
  assert.equal(e?.type, 'GPE');
});
