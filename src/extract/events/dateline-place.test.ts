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

test('an event whose actors both belong to other countries than the dateline\'s does not take it', () => {
  // a raid told from a wire desk abroad (review 22: placed at the dateline's city)
  const raid = eventsOf('NEW YORK, April 9 (Reuters) - Iranian gunboats attacked a Kuwaiti tanker, shipping sources said.');
  const attack = raid.find((e) => e.quadClass === 4);
  assert.ok(attack, 'the attack is coded');
  assert.equal(attack.location, null);
  const deal = eventsOf('NEW YORK, April 9 (Reuters) - The British government signed an agreement with the Japanese government on landing rights.');
  const signed = deal.find((e) => e.code.startsWith('05') || e.code.startsWith('03'));
  assert.ok(signed, 'the agreement is coded');
  assert.equal(signed.location, null);
  // near miss: an actor of the dateline's country keeps it
  const home = eventsOf('TOKYO, April 9 (Reuters) - The Japanese government signed an agreement with the British government on landing rights.');
  const own = home.find((e) => e.code.startsWith('05') || e.code.startsWith('03'));
  assert.ok(own, 'the agreement is coded');
  assert.equal(own.location?.from, 'dateline');
  assert.equal(own.location?.country, 'JPN');
});

test('a force event whose sentence names a place of the other actor\'s country does not take the dateline (review 24)', () => {
  const away = eventsOf("BAGHDAD, April 9 (Reuters) - Iraq said its troops killed hundreds of Iranian soldiers who had crossed from Iran's Khuzestan province.").find((e) => e.rootCode === '19');
  assert.ok(away, 'the killing is coded');
  assert.equal(away.location, null);
  // near miss: no such place named, the dateline stays
  const home = eventsOf('BAGHDAD, April 9 (Reuters) - Iraq said its troops killed hundreds of Iranian soldiers, the army said.').find((e) => e.rootCode === '19');
  assert.equal(home?.location?.name, 'Baghdad');
});
