import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMentionRecency } from './mention-recency.js';
import { createEntityRunner } from './test-entities.js';
import { buildEntities } from './build-entities.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { timeRatio } from '../../test-support/time-ratio.js';

type M = { start: number; rank?: boolean };

test('the latest mention before a position is found among mentions added in and out of order', () => {
  const a: { mentions: M[] } = { mentions: [{ start: 10 }, { start: 50 }] };
  const idx = createMentionRecency<M, typeof a>((m) => !!m.rank);
  assert.equal(idx.latestBefore(a, 10), null);
  assert.equal(idx.latestBefore(a, 11), 10);
  assert.equal(idx.latestBefore(a, 60), 50);
  a.mentions.push({ start: 30 }, { start: 90, rank: true });
  assert.equal(idx.latestBefore(a, 50), 30);
  assert.equal(idx.latestBefore(a, 40), 30);
  assert.equal(idx.latestBefore(a, 100), 90);
  assert.equal(idx.anyFlagged(a), true);
  assert.equal(idx.anyFlagged({ mentions: [{ start: 1 }] }), false);
});

test('20,000 "Mr Smith" after two Smiths cost buildEntities time in their number (was a scan of all earlier mentions of each Smith for each)', () => {
  const res = createEntityRunner().resources;
  const article = (n: number) => {
    const text = `John Smith and Jane Smith met. ${'Mr Smith, '.repeat(n)}`;
    const person = (start: number, name: string, tokens: string[], rule: string, evidence: { start: number; end: number }[]): RawMention =>
      rawMention({ start, end: start + name.length, tokStart: 0, tokEnd: tokens.length, sentence: 0, evidence }, {
        kind: 'name', type: 'PERSON', key: `PER|${tokens.join(' ')}`, name, actor: null, country: null, agent: null, rule, confidence: 0.9,
        personTokens: tokens, gender: rule === 'honorific' ? 'male' : null,
      });
    const mentions = [person(0, 'John Smith', ['john', 'smith'], 'full-name', []), person(15, 'Jane Smith', ['jane', 'smith'], 'full-name', [])];
    for (let i = 0, at = 31; i < n; i++, at += 10) mentions.push(person(at + 3, 'Smith', ['smith'], 'honorific', [{ start: at, end: at + 2 }]));
    return { text, mentions };
  };
  const one = article(3);
  const es = buildEntities(one.mentions, res, null, one.text);
  assert.equal(es.find((e) => e.name === 'John Smith')?.mentions.length, 4);
  const ratio = timeRatio(({ text, mentions }: ReturnType<typeof article>) => buildEntities(mentions, res, null, text), article(1_250), article(20_000));
  // 16× the mentions: the index measured 35–44× (its 20,000 outgrow the caches; a fresh-clone CI run gave 10.5× at 4×,
  // locally 6.3–7.4), the scan it replaced (fc90256's parent) 192×. 4× sizes could not tell them apart under load.
  assert.ok(ratio < 120, `16× the mentions took ${ratio.toFixed(1)}× the time`);
});
