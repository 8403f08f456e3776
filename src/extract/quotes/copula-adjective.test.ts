import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();


test('a stance adjective phrase after "has been" reports its object, the subject speaking ("The mayor has been critical of …")', () => {
  const [q, ...rest] = run('The mayor has been critical of the harbour tender for months.');
  assert.equal(rest.length, 0);
  assert.equal(q?.cue?.text, 'critical of');
  assert.equal(q?.speaker.mention?.text, 'The mayor');
  assert.ok(q?.text.startsWith('the harbour tender'), q?.text);
});

test('"are wary of" with an adverb between is a cue, not a passive without a speaker ("Farmers are deeply wary of …")', () => {
  const [q] = run('Farmers are deeply wary of the new quota system.');
  assert.equal(q?.cue?.text, 'wary of');
  assert.equal(q?.speaker.mention?.text, 'Farmers');
  assert.equal(q?.text, 'the new quota system');
});

test('a stance adjective after a form of be takes its to-clause ("The coach was eager to …")', () => {
  const [q] = run('The coach was eager to put the loss behind the team.');
  assert.equal(q?.cue?.text, 'eager');
  assert.equal(q?.speaker.mention?.text, 'The coach');
  assert.equal(q?.text, 'to put the loss behind the team');
});

test('a stance adjective after a negated be takes its that-clause ("Union leaders were not hopeful that …")', () => {
  const [q] = run('Union leaders were not hopeful that the talks would resume.');
  assert.equal(q?.cue?.text, 'hopeful');
  assert.equal(q?.speaker.mention?.text, 'Union leaders');
  assert.equal(q?.text, 'that the talks would resume');
});

test('a stance adjective before an infinitive cue leaves the cue to that verb ("was eager to argue that …")', () => {
  const [q] = run('The lawyer was eager to argue that the contract was void.');
  assert.equal(q?.cue?.text, 'argue');
  assert.equal(q?.text, 'that the contract was void');
});

test('a stance adjective with no form of be before it is no cue ("an eager crowd", "hopeful voters")', () => {
  assert.deepEqual(run('Hopeful that the rain would stop, the crowd waited outside.').filter((q) => q.cue?.text === 'Hopeful'), []);
  assert.deepEqual(run('An eager crowd waited to see the band.'), []);
});

test('"unhappy with" and "aware that" after a form of be are cues too ("The chef was unhappy with …", "Staff were aware that …")', () => {
  const [q] = run('The chef was clearly unhappy with the new menu.');
  assert.equal(q?.cue?.text, 'unhappy with');
  assert.equal(q?.text, 'the new menu');
  const [r] = run('Staff were fully aware that the kitchen would close.');
  assert.equal(r?.cue?.text, 'aware');
  assert.equal(r?.speaker.mention?.text, 'Staff');
  assert.equal(r?.text, 'that the kitchen would close');
});
