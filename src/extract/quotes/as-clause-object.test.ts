import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const attributed = (text: string) => run(text).map((q) => [q.cue?.text ?? null, q.speaker.mention?.text ?? null, q.text]);

// PolNeAR train and BBC politics: "As Trump attacked Clinton, the attendees chanted …", "But as Forsythe criticises this
// government, Hobbes has been criticised …" read the main clause after the comma as what the cue in the as-clause reported
test('a cue with its own object inside a fronted as-clause reports that object, not the clause after the comma', () => {
  assert.deepEqual(attributed('As the mayor attacked the harbour board, the crowd chanted loudly.'), [['attacked', 'the mayor', 'the harbour board']]);
});

test('"As the Post reported (a few days later), …" and "as they saw it" still report the clause', () => {
  assert.deepEqual(attributed('As the Gazette reported on Monday, the inspector issued subpoenas to the board.'), [
    ['reported', 'the Gazette', 'the inspector issued subpoenas to the board'],
  ]);
  assert.deepEqual(attributed('The board was among those backing the plan, as the Gazette reported a few days later.'), [
    ['reported', 'the Gazette', 'The board was among those backing the plan'],
  ]);
  assert.deepEqual(attributed('The workers were angry at his failure to, as they saw it, stand up for the shipyards in the North.'), [
    ['saw', 'they', 'stand up for the shipyards in the North'],
  ]);
});
