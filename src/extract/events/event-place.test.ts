// Where an event happens: the place its preposition names, not a later place of the phrase nor one of another clause
// (fresh-eyes review 24: 8 of 73 conflict events placed wrong). Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../analyze.js';
import { articleFromText } from '../../ingest/article-id.js';

const analyzer = createAnalyzer();
const placeOf = (text: string, code: string, published = '1991-04-09') => {
  const ev = analyzer.analyze(articleFromText(text, { title: 'Unrest', published })).events.find((e) => e.code.startsWith(code));
  assert.ok(ev, `an event ${code} is coded: ${text}`);
  return ev.location;
};

test('the place right after the preposition, not a list or region after it', () => {
  assert.equal(placeOf('Spain boycotted a summit in Rome of its NATO allies - the United States, Canada and Norway.', '143')?.name, 'Rome');
  assert.equal(placeOf('US troops killed three Iraqi insurgents near Samarra, north of Baghdad, on Monday.', '190', '2005-11-09')?.name, 'Samarra');
});

test('a place modifier between the preposition and the name, and a possessor place before the part named', () => {
  assert.equal(placeOf('Some 2,000 Kurdish students marched on Sunday in downtown Ankara, burning Turkish flags to protest arrests of Kurds in southeastern Turkey.', '141')?.name, 'Ankara');
  assert.equal(placeOf("Israeli tanks shelled Palestinian houses in Gaza's Beit Hanoun town on Monday.", '194')?.name, 'Beit Hanoun');
  // near miss: a place of another country in a later clause still does not win over the first one
  assert.equal(placeOf('Israeli tanks shelled Palestinian houses in Beit Hanoun on Monday, near the border with Egypt.', '194')?.name, 'Beit Hanoun');
});

test('"here" after the trigger leaves the place to the dateline, not to a place named further on', () => {
  const here = placeOf('STOCKHOLM, April 9 (Reuters) - Swedish students rallied outside the Turkish embassy here on Friday to demand that Turkey free a leader wanted in Germany.', '141');
  assert.deepEqual([here?.name, here?.from], ['Stockholm', 'dateline']);
  const there = placeOf('STOCKHOLM, April 9 (Reuters) - Swedish students rallied outside the Turkish embassy in Oslo on Friday to demand that Turkey free a leader.', '141');
  assert.equal(there?.name, 'Oslo');
});
