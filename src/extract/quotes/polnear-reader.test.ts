import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolnearAnn } from './polnear-reader.js';

test('a brat attribution binds its content, cue and source spans, discontinuous pieces kept apart', () => {
  const ann = [
    'T1\tSource 0 8\tThe mayor',
    'T2\tCue 9 13\tsaid',
    'T3\tContent 14 30;40 52\tthe bridge would … open in June',
    'T4\tAttribution 9 13\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  ].join('\n');
  const [a] = parsePolnearAnn(ann);
  assert.deepEqual(a.content, [[14, 30], [40, 52]]);
  assert.deepEqual(a.cue, [[9, 13]]);
  assert.deepEqual(a.source, [[0, 8]]);
});

test('an attribution without a cue or source keeps empty ranges, and one without content is skipped', () => {
  const ann = ['T1\tContent 5 20\tx', 'T2\tAttribution 5 20\tx', 'E1\tAttribution:T2 Content:T1', 'T3\tCue 30 34\tsaid', 'E2\tAttribution:T2 Cue:T3'].join('\n');
  const out = parsePolnearAnn(ann);
  assert.equal(out.length, 1);
  assert.deepEqual(out[0].cue, []);
  assert.deepEqual(out[0].source, []);
});

test('a continuation named Content2 joins the first content of its attribution, in text order', () => {
  const ann = [
    'T1\tContent 0 20\t"We will win,"',
    'T2\tSource 21 23\tshe',
    'T3\tCue 24 28\tsaid',
    'T4\tAttribution 24 28\tsaid',
    'T5\tContent 30 50\t"Mark my words."',
    'E1\tAttribution:T4 Cue:T3 Source:T2 Content2:T5 Content:T1',
  ].join('\n');
  const [a] = parsePolnearAnn(ann);
  assert.deepEqual(a.content, [[0, 20], [30, 50]]);
});
