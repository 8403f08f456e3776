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

test('a batch gives each article the analysis run gives it, and a failed parse stops only its own article', () => {
  let calls = 0;
  const counting: Nlp = {
    parse: (text) => {
      if (text === 'unreadable') throw new Error('cannot parse');
      return nlp.parse(text);
    },
  };
  // tone counts the articles it has seen: stage by stage, every article is parsed before tone runs on any
  const tone: Component<'tone'> = { name: 'tone', version: '1', requires: [], assigns: 'tone', predict: (ctx) => ({ tone: ctx.article.text.length, positive: ++calls, negative: 0, polarity: 0, wordCount: 0 }) };
  const broken: Component<'entities'> = { name: 'entities', version: '1', requires: [], assigns: 'entities', predict: (ctx) => { if (ctx.article.id === 'b') throw new Error('boom'); return []; } };
  const pipeline = createPipeline({ nlp: counting, resources, components: [broken, tone] });
  const articles = [article, { ...article, id: 'b', text: 'xyz' }, { ...article, id: 'c', text: 'unreadable' }];
  const results = pipeline.runBatch(articles);
  assert.equal(results.length, 3);
  assert.ok(results[0].ok && results[1].ok && !results[2].ok);
  if (!results[2].ok) assert.match(results[2].error.message, /cannot parse/);
  if (results[0].ok && results[1].ok) {
    assert.equal(results[0].analysis.tone.tone, 1);
    assert.equal(results[1].analysis.tone.tone, 3);
    assert.equal(results[1].analysis.issues[0].code, 'E_COMPONENT_FAILED');
    assert.deepEqual(results[0].analysis.issues, []);
    calls = 0;
    const single = pipeline.run(articles[1]);
    assert.deepEqual({ ...single, tone: { ...single.tone, positive: 2 } }, results[1].analysis);
  }
});
