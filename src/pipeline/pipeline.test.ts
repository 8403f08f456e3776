import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from './pipeline.js';
import type { Component } from './component.js';
import type { Nlp } from '../nlp/nlp.js';
import type { Resources } from '../resources/resources.js';

const nlp: Nlp = { parse: (text) => ({ text, tokenCount: 0, starts: new Int32Array(), ends: new Int32Array(), pos: [], lemmas: [], lower: [], sentences: [], paragraphs: [], datelines: [] }) };
const resources = {} as Resources;
const article = { id: 'a', title: 't', published: null, text: 'x' };

test('building a pipeline fails early when a required layer is never assigned', () => {
  const quotes: Component<'quotes'> = { name: 'quotes', version: '1', requires: ['entities'], assigns: 'quotes', predict: () => [] };
  assert.throws(() => createPipeline({ nlp, resources, components: [quotes] }), /E_PIPELINE_REQUIREMENT|requires layer "entities"/);
});

test('a failing component is recorded as an issue and the others still run', () => {
  const broken: Component<'entities'> = { name: 'entities', version: '1', requires: [], assigns: 'entities', predict: () => { throw new Error('boom'); } };
  const tone: Component<'tone'> = { name: 'tone', version: '1', requires: [], assigns: 'tone', predict: () => ({ tone: 1, positive: 1, negative: 0, polarity: 1, wordCount: 1 }) };
  const result = createPipeline({ nlp, resources, components: [broken, tone] }).run(article);
  assert.equal(result.issues[0].code, 'E_COMPONENT_FAILED');
  assert.match(result.issues[0].message, /boom/);
  assert.equal(result.tone.tone, 1);
  assert.deepEqual(result.entities, []);
});
