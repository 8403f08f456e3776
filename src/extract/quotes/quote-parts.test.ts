import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../model/quote.js';
import { joinQuoteParts, PART_JOINER } from './quote-parts.js';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();

test('"The new levy, the treasurer said, will hit small shops.": one quote whose content has two parts', () => {
  const text = 'The new levy, the treasurer said, will hit small shops.';
  const quotes = run(text);
  assert.equal(quotes.length, 1);
  const [q] = quotes;
  assert.deepEqual(q.parts?.map((p) => p.text), ['The new levy', 'will hit small shops']);
  assert.equal(q.text, 'The new levy … will hit small shops');
  assert.deepEqual([q.start, q.end], [0, text.indexOf(' small shops') + ' small shops'.length]);
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.speaker.mention?.text, 'the treasurer');
  assert.equal(q.id, 'q1');
});

test('"“Rents,” the landlord added, “will climb again in spring.”": one direct quote of two parts', () => {
  const quotes = run('“Rents,” the landlord added, “will climb again in spring.”');
  assert.deepEqual(quotes.map((q) => [q.kind, q.text, q.speaker.mention?.text]), [['direct', 'Rents … will climb again in spring.', 'the landlord']]);
});

test('"The governor is expected to announce that the bridge will reopen.": the raised subject and its to-clause are one quote', () => {
  const quotes = run('The governor is expected to announce that the bridge will reopen.');
  assert.deepEqual(quotes.map((q) => q.parts?.map((p) => p.text)), [['The governor', 'to announce that the bridge will reopen']]);
});

test('a content in one piece has no parts, and quotes with other cues stay apart', () => {
  const quotes = run('The pier will close, the mayor said. The harbour master said the ferry would still run.');
  assert.deepEqual(quotes.map((q) => [q.text, q.parts]), [
    ['The pier will close', undefined],
    ['the ferry would still run', undefined],
  ]);
  assert.deepEqual(quotes.map((q) => q.id), ['q1', 'q2']);
});

const prov = { component: 'quotes', version: 'test', rule: 'direct-cue-after', confidence: 0.9, evidence: [{ start: 30, end: 34 }] };
function piece(id: string, start: number, text: string, over: Partial<Quote> = {}): Quote {
  return {
    id, text, start, end: start + text.length, kind: 'direct',
    speaker: { entity: null, name: null, actor: null, mention: null },
    cue: { start: 30, end: 34, text: 'said' }, mentions: [], provenance: prov, ...over,
  };
}

test('joinQuoteParts: pieces of one cue join (kind mixed when the kinds differ, negated when one is, lowest confidence); quotes without a cue never do', () => {
  const she = { entity: 'E1', name: 'Ana Ruiz', actor: null, mention: { start: 24, end: 27, text: 'she' } };
  const joined = joinQuoteParts([
    piece('q1', 0, 'Ten', { cue: null }),
    piece('q2', 10, 'The levy', { kind: 'indirect', mentions: ['E2'], provenance: { ...prov, rule: 'indirect-cue-after', confidence: 0.7 } }),
    piece('q3', 40, 'will hurt', { speaker: she, mentions: ['E3', 'E2'], negated: true }),
    piece('q4', 60, 'Eleven', { cue: null }),
  ]);
  assert.deepEqual(joined.map((q) => [q.id, q.text, q.kind]), [
    ['q1', 'Ten', 'direct'],
    ['q2', `The levy${PART_JOINER}will hurt`, 'mixed'],
    ['q3', 'Eleven', 'direct'],
  ]);
  const q = joined[1];
  assert.deepEqual(q.parts, [{ start: 10, end: 18, text: 'The levy' }, { start: 40, end: 49, text: 'will hurt' }]);
  assert.deepEqual([q.start, q.end, q.negated, q.provenance.rule, q.provenance.confidence], [10, 49, true, 'indirect-cue-after', 0.7]);
  assert.equal(q.speaker, she);
  assert.deepEqual(q.mentions, ['E2', 'E3']);
  assert.deepEqual(q.provenance.evidence, [{ start: 30, end: 34 }]);
});

test('joinQuoteParts: renumbered and joined quotes keep the JSON key order of the quotes they come from (negated after parts when only a later piece is)', () => {
  const built = (id: string, start: number, text: string, cueStart: number, negated: boolean): Quote => {
    const base = { id, text, start, end: start + text.length, kind: 'direct' as const, speaker: { entity: null, name: null, actor: null, mention: null }, cue: { start: cueStart, end: cueStart + 5, text: 'added' }, cueClass: 'speech' as const, addressee: null };
    return negated ? { ...base, negated: true, mentions: [], provenance: prov } : { ...base, mentions: [], provenance: prov };
  };
  const plain = ['id', 'text', 'start', 'end', 'kind', 'speaker', 'cue', 'cueClass', 'addressee', 'mentions', 'provenance'];
  const withNegated = ['id', 'text', 'start', 'end', 'kind', 'speaker', 'cue', 'cueClass', 'addressee', 'negated', 'mentions', 'provenance'];
  const out = joinQuoteParts([
    built('q7', 0, 'Rain', 100, true),
    built('q8', 10, 'The dam held', 200, false),
    built('q9', 40, 'for now', 200, true),
    built('q10', 60, 'Dry spring', 300, true),
    built('q11', 80, 'ahead', 300, false),
  ]);
  assert.deepEqual(out.map((q) => q.id), ['q1', 'q2', 'q3']);
  assert.deepEqual(Object.keys(out[0]), withNegated);
  assert.deepEqual(Object.keys(out[1]), [...plain, 'parts', 'negated']);
  assert.deepEqual(Object.keys(out[2]), [...withNegated, 'parts']);
  assert.deepEqual([out[1].negated, out[2].negated], [true, true]);
});
