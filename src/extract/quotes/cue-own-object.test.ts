import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const said = (text: string) => run(text).map((q) => [q.cue?.text, q.text]);

// PolNeAR train: a closing cue whose verb had an object of its own (a critic attacking a person, two countries dreading a
// neighbour's return to power) was read as reporting the fronted clause before it (indirect-cue-after)
test('a cue with its own object after it does not report the clause before it ("…, his rivals denounced him")', () => {
  assert.deepEqual(said('When the plant closed in the spring, his rivals loudly denounced him.'), [['denounced', 'him']]);
  assert.deepEqual(said('Back when the dam was built, farmers in the valley feared the loss of their land.'), [['feared', 'the loss of their land']]);
});

test('a time adjunct, a preposition or an addressee after the cue still closes the clause before it', () => {
  assert.deepEqual(said('The harbour will close in May, the council announced on Friday.'), [['announced', 'The harbour will close in May']]);
  assert.deepEqual(said('Prices will rise, analysts said this week.'), [['said', 'Prices will rise']]);
  assert.deepEqual(said('The plan is dead, Ms Rook told reporters.'), [['told reporters', 'The plan is dead']]);
  assert.deepEqual(said('The plan is dead, Ms Rook wrote in a letter.'), [['wrote', 'The plan is dead']]);
  // a pronoun that stands for the clause before it is no object of its own (a BBC reader's comment ending so)
  assert.deepEqual(said('The new stadium will never pay for itself, I just know it.'), [['know', 'The new stadium will never pay for itself']]);
});
