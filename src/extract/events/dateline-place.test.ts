import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../analyze.js';
import { articleFromText } from '../../ingest/article-id.js';

const analyzer = createAnalyzer();
const eventsOf = (text: string) => analyzer.analyze(articleFromText(text, { title: 'Talks', published: '1991-04-09' })).events;

test('an event whose sentence names no place takes the place of the wire dateline, saying so', () => {
  const events = eventsOf('JAKARTA, April 9 (Reuters) - The Indonesian foreign minister met the Malaysian ambassador to discuss fishing rights.');
  const met = events.find((e) => e.rootCode === '04');
  assert.ok(met, 'the meeting is coded');
  assert.equal(met.location?.name, 'Jakarta');
  assert.equal(met.location?.country, 'IDN');
  assert.equal(met.location?.from, 'dateline');
  assert.ok(met.provenance.evidence?.some((s) => s.start === met.location?.span?.start), 'the dateline place is evidence');
});

test('a place the sentence names wins over the dateline', () => {
  const events = eventsOf('JAKARTA, April 9 (Reuters) - The Indonesian foreign minister met the Malaysian ambassador in Singapore on Monday.');
  const met = events.find((e) => e.rootCode === '04');
  assert.ok(met, 'the meeting is coded');
  assert.equal(met.location?.name, 'Singapore');
  assert.notEqual(met.location?.from, 'dateline');
});

test('a story without a dateline gives no place from it', () => {
  const events = eventsOf('The Indonesian foreign minister met the Malaysian ambassador to discuss fishing rights.');
  const met = events.find((e) => e.rootCode === '04');
  assert.ok(met, 'the meeting is coded');
  assert.equal(met.location, null);
});
