import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();

test('an agentless passive and its "for"/"as"/"of" predicate: the subject and the phrase are the content, the preposition goes with the cue', () => {
  const [known] = run('The old harbour master was known for his fondness for brass bands.');
  assert.equal(known?.cue?.text, 'known for');
  assert.equal(known?.speaker.mention, null);
  assert.deepEqual(known?.parts?.map((p) => p.text), ['The old harbour master', 'his fondness for brass bands']);
  assert.equal(known?.cueClass, 'belief');
  const [remembered] = run('The old mayor is still remembered as a stubborn reformer.');
  assert.equal(remembered?.cue?.text, 'remembered as');
  assert.deepEqual(remembered?.parts?.map((p) => p.text), ['The old mayor', 'a stubborn reformer']);
  const [accused] = run('The ferry operator is accused of hiding the losses.');
  assert.equal(accused?.cue?.text, 'accused of');
  assert.deepEqual(accused?.parts?.map((p) => p.text), ['The ferry operator', 'hiding the losses']);
});

test('a passive predicate of a verb of speech is a stance, not a statement: --cue-class speech,writing leaves it out', () => {
  const [q] = run('The county clerk was criticized for losing the ballots.');
  assert.equal(q?.cue?.text, 'criticized for');
  assert.equal(q?.cueClass, 'stance');
  assert.deepEqual(q?.parts?.map((p) => p.text), ['The county clerk', 'losing the ballots']);
});

test('no passive predicate after "on"/"with", after "and" or a comma, for a holder\'s passive or with a "by" agent', () => {
  // adjuncts, not predicates
  assert.deepEqual(run('The new timetable was posted on the station door.'), []);
  assert.deepEqual(run('The harbour levy was approved with broad support.'), []);
  // a passive joined to the clause before shares its subject: no subject of its own to report
  assert.deepEqual(run('The ferry firm left administration in 2004, and is now known as Harbor Link.'), []);
  // a holder's passive: the subject holds the worry, it is not what is reported
  assert.ok(!run('The ferry crews were worried about the storm.').some((q) => q.cue?.text === 'worried about'));
  // the agent's reading stays: "by X" is the speaker
  const [agent] = run('The harbour levy was criticized by the fishermen for its cost.');
  assert.equal(agent?.speaker.mention?.text, 'the fishermen');
});

test('a passive\'s "for"/"as" phrase of time or of a larger whole is an adjunct, not a predicate about its subject (review 16b)', () => {
  assert.deepEqual(run('The harbour figures were reported for the first time in euros.'), []);
  assert.deepEqual(run('The new bridge was announced as part of the transport budget.'), []);
  assert.deepEqual(run('The ferry contract was confirmed for another five years.'), []);
  // a predicate about the subject keeps the reading
  const [blamed] = run('The harbour board was blamed for the delays.');
  assert.equal(blamed?.cue?.text, 'blamed for');
  const [named] = run('The missing skipper was identified as a local fisherman.');
  assert.equal(named?.cue?.text, 'identified as');
});
