import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../../analyze.js';
import type { Quote } from '../../model/quote.js';
import { quotePieces } from './test-quotes.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const seedPath = join(resolve(repo, process.env.DETENTE_SHARED ?? '../shared'), 'corpora/seed/000_e7564de01d53ded9.txt');
const missing = existsSync(seedPath) ? false : `seed article not found at ${seedPath} (set DETENTE_SHARED)`;

/** The quote whose content starts with `prefix`. */
function find(quotes: Quote[], prefix: string): Quote {
  const q = quotes.find((x) => x.text.startsWith(prefix));
  assert.ok(q, `no quote starting "${prefix}"; found: ${quotes.map((x) => x.text.slice(0, 30)).join(' | ')}`);
  return q;
}

test('on the seed article every direct quote and reported statement is found with its speaker', { skip: missing }, () => {
  const text = readFileSync(seedPath, 'utf8');
  const analysis = createAnalyzer().analyze({ id: 'seed', title: 'seed', published: '2023-06-19', text });
  // (a quotation carried on after its cue is the second part of its quote: each part is looked up as a quote of its own)
  const quotes = quotePieces(analysis.quotes);
  const expected: [string, 'direct' | 'indirect' | 'mixed', RegExp, string | null][] = [
    // a commitment is a reported statement too (PolNeAR annotates it); its speaker is the compound "The US and China"
    ['to stabilise their tense relationship', 'indirect', /United States|China/, 'pledged'],
    ['they had made progress', 'indirect', /Xi/, 'said'],
    ['that both sides were open', 'indirect', /Blinken/, 'indicated'],
    ['that there remained major differences', 'indirect', /Blinken/, 'made clear'],
    ['I stressed that', 'direct', /Blinken/, 'told reporters'],
    ['I heard the same', 'direct', /Blinken/, 'said'],
    ['We both agree', 'direct', /Blinken/, 'said'],
    ['he was "clear-eyed"', 'mixed', /Blinken/, 'said'],
    ['relations could be moving', 'indirect', /Xi/, 'suggested'],
    // an infinitive cue takes the subject of its clause ("the visitors will be able to claim …"): a stance PolNeAR annotates
    ["the secretary's visit", 'indirect', /American/, 'point to'],
    ['The two sides have also made progress', 'direct', /Xi/, 'said'],
    ['This is very good', 'direct', /Xi/, 'said'],
    ['It is absolutely vital', 'direct', /Blinken/, 'said'],
    ['This is something', 'direct', /Blinken/, 'said'],
    ['they view the Chinese', 'indirect', /Biden/, 'said'],
  ];
  for (const [prefix, kind, speaker, cue] of expected) {
    const q = find(quotes, prefix);
    assert.equal(q.kind, kind, prefix);
    assert.equal(q.cue?.text, cue, prefix);
    assert.ok(q.speaker.mention, `${prefix}: speaker mention`);
    if (analysis.entities.length === 0) continue; // entities layer not present: spans and cues only
    assert.match(q.speaker.name ?? '(unresolved)', speaker, `${prefix}: speaker ${q.speaker.mention.text}`);
  }
  assert.equal(quotes.length, expected.length, 'no other quotes');
  // one quote per attribution: the three quotations carried on after their cue are parts of the quote before them
  assert.deepEqual(analysis.quotes.filter((q) => q.parts).map((q) => q.parts!.map((p) => p.text.slice(0, 14))), [
    ['I heard the sa', 'We both agree '],
    ['The two sides ', 'This is very g'],
    ['It is absolute', 'This is someth'],
  ]);
  const toReporters = find(quotes, 'I stressed that');
  assert.equal(toReporters.addressee, 'reporters');
  assert.equal(text.slice(toReporters.start - 1, toReporters.start), '"');
});
