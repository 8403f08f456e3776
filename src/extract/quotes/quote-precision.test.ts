import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropRepeatedQuotes } from './repeated-quotes.js';
import { parseCueLexicon } from './resources.js';
import { createQuoteRunner } from './test-quotes.js';
import { DetenteError } from '../../pipeline/errors.js';

const run = createQuoteRunner();


// stance objects (review: "rejecting [the president's executive order]", "focused on [illegal immigration]")
test('the object of a verb that criticises or rejects something is a stance quote, not speech', () => {
  const [q] = run('The union leader criticized the new pension plan.');
  assert.equal(q.text, 'the new pension plan');
  assert.equal(q.cueClass, 'stance');
  const [r] = run('The panel rejected the governor’s emergency decree.');
  assert.equal(r.cueClass, 'stance');
});

test('"focused on" is no cue: "the senator focused on rural broadband" makes no quote', () => {
  const quotes = run('In his speech the senator focused on rural broadband and farm subsidies.');
  assert.deepEqual(quotes.map((q) => q.text), []);
});

test('the topic after "talked about" is a stance quote', () => {
  const [q] = run('In his speech the senator talked about rural broadband and farm subsidies.');
  assert.equal(q.cueClass, 'stance');
});

test('the same verb before a that-clause still reports speech', () => {
  const [q] = run('The union leader criticized that the new pension plan came too late.');
  assert.match(q.text, /the new pension plan came too late/);
  assert.equal(q.cueClass, 'speech');
});

test('a stance verb with a clause as complement reports speech: "questioned why the vote was held so early"', () => {
  const [q] = run('The analyst questioned why the vote was held so early.');
  assert.equal(q.text, 'why the vote was held so early');
  assert.equal(q.cueClass, 'speech');
});

test('an object of a verb of saying stays speech', () => {
  const [q] = run('The minister announced a new rail line for the north.');
  assert.equal(q.cueClass, 'speech');
});

// review (shape): "lashed [out after a split top court upheld …]"
test('"lashed out after" makes no quote of "out after …"; "lashed out at" names the target', () => {
  const after = run('The coach lashed out after the league upheld the suspension of his striker.');
  assert.ok(!after.some((q) => q.text.startsWith('out')), JSON.stringify(after.map((q) => q.text)));
  const [at] = run('The coach lashed out at the referees.');
  assert.equal(at.text, 'the referees');
  assert.equal(at.cue?.text, 'lashed out at');
  assert.equal(at.cueClass, 'stance');
});

// review: "pointed [Fischer toward TDU]"
test('"pointed someone toward a group" is no quote', () => {
  const quotes = run('It was his uncle who pointed the young driver toward the reform caucus.');
  assert.deepEqual(quotes.map((q) => q.text), []);
});

test('a lexicon that lists a stance object no verb or phrase takes as object is rejected', () => {
  const json = JSON.stringify({ version: 't', verbs: [{ lemma: 'say', class: 'speech', frames: ['that'] }], stanceObjects: ['say'], phrases: [] });
  assert.throws(() => parseCueLexicon(json), (e: unknown) => e instanceof DetenteError && e.code === 'E_RESOURCE_INVALID');
});

// negated cues (review: "Trump has not offered [any details]", "Strava wouldn't confirm …")
test('a negated cue keeps its quote and marks it negated', () => {
  const [q] = run('The company wouldn’t confirm how many riders were affected.');
  assert.equal(q.text, 'how many riders were affected');
  assert.equal(q.negated, true);
  const [r] = run('The mayor did not say when the bridge would reopen.');
  assert.equal(r.negated, true);
  const [s] = run('The mayor has never mentioned the audit in public.');
  assert.equal(s.negated, true);
});

test('a cue without negation is not marked negated, even when its content is negative', () => {
  const [q] = run('The mayor said the bridge would not reopen this year.');
  assert.equal(q.negated, undefined);
});

// headlines (review: a feed item "… Gershkovich denied detention appeal in Moscow" as a quote by Gershkovich)
test('a past form in a headline item is a passive, no quote: "Reporter Jo Doe denied detention appeal in Minsk"', () => {
  const bullets = run('Storms close ports along the coast • Jailed Daily Post reporter Jo Doe denied detention appeal in Minsk • Mayor visits flooded towns in the north');
  assert.deepEqual(bullets.map((q) => q.text), []);
  const lines = run('Ports reopen after storm\nJailed reporter Jo Doe denied detention appeal in Minsk\nMarkets rally');
  assert.deepEqual(lines.map((q) => q.text), []);
});

test('a headline item with a clause after its cue, or a present tense, is still a report', () => {
  const quotes = run('Key figures\nThe mayor said taxes would rise\nThe governor says the plan failed');
  assert.deepEqual(quotes.map((q) => q.text), ['taxes would rise', 'the plan failed']);
});

test('a past form closing its headline item still reports what stands before it: "Cabinet resigns, officials announced"', () => {
  const quotes = run('Markets steady\nThe cabinet of Ruritania has resigned, officials announced\nWeather');
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker.mention?.text]), [['The cabinet of Ruritania has resigned', 'officials']]);
});

test('a past-tense cue in a sentence ending with a full stop is unaffected', () => {
  const [q] = run('Jo Doe denied wrongdoing in the bail hearing.');
  assert.ok(q, 'a quote');
  assert.equal(q.speaker.mention?.text, 'Jo Doe');
});

// pull quotes (review: TheIntercept_2023_04_28, a pull quote stored again as an unattributed quote)
test('a pull quote printed before the paragraph that attributes the same words is not stored twice', () => {
  const text = [
    'The long session ended at midnight.',
    '“Nobody in that room was listening to the people outside.”',
    'Protesters gathered on the steps for hours.',
    '“Nobody in that room was listening to the people outside,” said Ana Ruiz, an organiser.',
  ].join('\n');
  const quotes = run(text);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker.mention?.text ?? null]), [['Nobody in that room was listening to the people outside', 'Ana Ruiz']]);
});

test('the same words attributed twice both stay (a live blog repeats its items)', () => {
  const quotes = [
    { start: 0, end: 30, speaker: 'A', cue: 'said' },
    { start: 40, end: 70, speaker: 'A', cue: 'said' },
  ];
  const text = 'we will keep fighting for this'.padEnd(40, ' ') + 'We will keep fighting for this!';
  assert.equal(dropRepeatedQuotes(text, quotes).length, 2);
});

test('an unattributed quote inside an attributed one is dropped, wherever it stands', () => {
  const text = 'we will keep fighting for this'.padEnd(40, ' ') + 'she said we will keep fighting for this, and more';
  const quotes = [
    { start: 40, end: 89, speaker: 'A', cue: 'said' },
    { start: 0, end: 30, speaker: null, cue: null },
  ];
  assert.deepEqual(dropRepeatedQuotes(text, quotes), [quotes[0]]);
});

test('short repeated words and different words are all kept', () => {
  const text = 'no way at all'.padEnd(20, ' ') + 'no way at all'.padEnd(20, ' ') + 'we shall see about that';
  const quotes = [
    { start: 0, end: 13, speaker: null, cue: null },
    { start: 20, end: 33, speaker: 'B', cue: 'said' },
    { start: 40, end: 63, speaker: 'B', cue: 'said' },
  ];
  assert.equal(dropRepeatedQuotes(text, quotes).length, 3);
});

// review: "has responded" with the clause before it as content
test('a cue followed by its own complement ("responded with …") does not take the clause before it', () => {
  const quotes = run('In the rare cases when the board has not, the owner has responded with angry posts about its members.');
  assert.ok(!quotes.some((q) => q.text.startsWith('In the rare cases')), JSON.stringify(quotes.map((q) => q.text)));
  const [q] = run('The deal is off, the owner responded on Friday.');
  assert.equal(q.text, 'The deal is off');
});
