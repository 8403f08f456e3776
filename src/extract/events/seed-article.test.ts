import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../analyze.js';
import { readSeedText } from '../../ingest/read-text.js';
import { sharedPath } from '../../ingest/shared-path.js';

const seedPath = sharedPath('corpora', 'seed', '000_e7564de01d53ded9.txt');
const skip = seedPath ? false : 'seed article missing: set DETENTE_SHARED to the shared data folder (default ../shared)';

test('the seed article codes the events a careful coder records, and nothing else', { skip }, () => {
  const read = readSeedText(readFileSync(seedPath!, 'utf8'), seedPath!);
  assert.ok(read.ok);
  const { events } = createAnalyzer().analyze(read.article);
  const find = (src: string, tgt: string, root: string) =>
    events.find((e) => e.source.actor === src && e.target?.actor === tgt && e.rootCode === root);

  // Blinken met Xi on Monday, in Beijing (the place of the visit carries to the meeting)
  const meeting = find('USAGOV', 'CHNGOV', '04');
  assert.ok(meeting, 'USAGOV → CHNGOV consult');
  const met = events.find((e) => e.source.name === 'Antony Blinken' && e.target?.name === 'Xi Jinping' && e.rootCode === '04');
  assert.ok(met, 'Blinken meets Xi');
  assert.equal(met.date, '2023-06-19');
  assert.equal(met.location?.name, 'Beijing');
  assert.equal(met.location?.country, 'CHN');

  // the pledge to stabilise the relationship, both ways, in the lead paragraph
  const pledgeUS = find('USA', 'CHN', '03');
  const pledgeCN = find('CHN', 'USA', '03');
  assert.ok(pledgeUS && pledgeCN, 'reciprocal pledge');
  assert.equal(pledgeUS.isRoot, true);
  assert.equal(pledgeUS.date, '2023-06-19');

  // Blinken's visit to Beijing
  const visit = events.find((e) => e.code === '042');
  assert.ok(visit);
  assert.equal(visit.source.name, 'Antony Blinken');
  assert.equal(visit.target?.actor?.slice(0, 3), 'CHN');
  assert.equal(visit.location?.name, 'Beijing');

  // Gates met Xi in Beijing earlier this week
  const gates = events.find((e) => e.source.actor === 'USABUS' && e.target?.actor === 'CHNGOV');
  assert.ok(gates, 'Gates meets Xi');
  assert.equal(gates.rootCode, '04');
  assert.equal(gates.location?.name, 'Beijing');
  // the meeting was on Friday 16 June; in a Monday story "earlier this week" is the seven days before it, a week
  // that starts on Monday 12 June (the calendar week of Sunday 18 June or Monday 19 June would leave the Friday out)
  assert.equal(gates.datePrecision, 'week');
  assert.ok(gates.date! <= '2023-06-16' && gates.date! >= '2023-06-10', `a week that holds Friday 16 June: ${gates.date}`);

  // the balloon shot down over the US earlier in 2023
  const balloon = find('USA', 'CHN', '19');
  assert.ok(balloon, 'balloon shoot-down');
  assert.equal(balloon.code, '195');
  assert.ok(balloon.date!.startsWith('2023-'));
  assert.ok(balloon.date! < '2023-06-19');

  // Biden's statement about the Chinese
  assert.ok(events.find((e) => e.source.name === 'Joe Biden' && e.rootCode === '01'), 'Biden statement');

  // nothing spurious: every event is one of the dyads above, and none comes from inside a quotation
  for (const e of events) {
    const dyad = `${e.source.actor?.slice(0, 3)}>${e.target?.actor?.slice(0, 3)}`;
    assert.ok(['USA>CHN', 'CHN>USA'].includes(dyad), `unexpected dyad ${dyad} for ${e.rule}`);
    assert.ok(['01', '03', '04', '19'].includes(e.rootCode), `unexpected root ${e.rootCode} for ${e.rule}`);
    assert.ok(e.rule.length > 0 && e.trigger.text === read.article.text.slice(e.trigger.start, e.trigger.end));
  }
  assert.ok(events.length <= 9, `at most 9 events, got ${events.length}`);
});
