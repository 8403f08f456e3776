import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as detente from './index.js';

test('the public API exports analyze, createAnalyzer and the output schema', () => {
  for (const name of ['analyze', 'createAnalyzer', 'articleFromText', 'AnalysisSchema', 'createNlp', 'createPipeline', 'loadResources']) {
    assert.equal(typeof (detente as Record<string, unknown>)[name] !== 'undefined', true, `missing export ${name}`);
  }
});

test('analyze on raw text returns an analysis that validates against the schema', () => {
  const result = detente.analyze('Talks in Ankara\nTurkish President Recep Tayyip Erdogan hosted Swedish Prime Minister Ulf Kristersson in Ankara on Tuesday.', {
    published: '2024-01-16',
  });
  assert.doesNotThrow(() => detente.AnalysisSchema.parse(result));
  assert.equal(result.article.title, 'Talks in Ankara');
  for (const e of result.entities) for (const m of e.mentions) assert.equal(result.article.text.slice(m.start, m.end), m.text);
  for (const ev of result.events) assert.equal(result.article.text.slice(ev.trigger.start, ev.trigger.end), ev.trigger.text);
});
