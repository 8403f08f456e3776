import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });
const entities = (text: string) => extractEntities(nlp.parse(text), res).map((e) => `${e.mentions[0].text} ${e.type} ${e.actor ?? '-'}`);

test('"Georgia Tech" and "Virginia Tech" are universities, not the country Georgia or a person', () => {
  assert.deepEqual(entities('Researchers at Georgia Tech and Virginia Tech built the robot.'), ['Georgia Tech ORG -', 'Virginia Tech ORG -']);
});

test('"Tech" after an ordinary word names no university', () => {
  assert.ok(!entities('The Tech sector grew in Georgia.').some((e) => e.includes('Tech')));
});

test('"Penn State" is a university, not a person named Penn; "Secretary of State" is no university', () => {
  assert.deepEqual(entities('She teaches at Penn State in the spring.'), ['Penn State ORG -']);
  assert.ok(!entities('The Shadow Secretary of State for Wales, Tam Rees, spoke.').some((e) => e.includes('ORG')));
});
