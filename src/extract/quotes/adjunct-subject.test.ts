import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const speakerOf = (text: string, cue: string) => run(text).find((q) => q.cue?.text === cue)?.speaker.mention?.text;

// PolNeAR train speaker errors: the chunker ended the cue's subject at the object of an adjunct preposition right after a
// relative pronoun, so "the past", "a radio interview" or "its newsletter" became the speaker
test('"Tom Hale, who in the past has criticized the port, …": the relative pronoun, not the adjunct, is the subject', () => {
  assert.equal(speakerOf('Tom Hale, who in the past has criticized the port, endorsed the new budget.', 'criticized'), 'Tom Hale');
  assert.equal(speakerOf('The mayor, who in a radio interview praised the plan, later said it would fail.', 'praised'), 'The mayor');
  assert.equal(speakerOf('Ms Ruiz, who during the debate attacked the levy, said taxes would rise.', 'attacked'), 'Ms Ruiz');
  assert.equal(speakerOf('The union that in its newsletter denounced the deal said talks would resume.', 'denounced'), 'The union');
});

test('the main clause after such a relative clause keeps its own subject', () => {
  assert.equal(speakerOf('Tom Hale, who in the past has criticized the port, endorsed the new budget.', 'endorsed'), 'Tom Hale');
});

test('a phrase after an adjunct preposition with no relative pronoun before it is left as it was', () => {
  assert.equal(speakerOf('Critics of the plan in the city council said the vote was rushed.', 'said'), 'Critics of the plan in the city council');
});
