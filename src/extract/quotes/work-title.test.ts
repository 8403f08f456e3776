import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWorkTitle } from './work-title.js';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const attributed = (text: string) => run(text).map((q) => [q.cue?.text ?? null, q.speaker.mention?.text ?? null, q.text]);

// PolNeAR train: "…, she wrote in her memoir, “Tough Choices.”" and "…, Mr. Rubio said in his 2012 book, ''An American
// Son.''" made the book's title the cue's direct quote, and the words the cue closes no quote at all
test('the title of a work named in the cue\'s adjunct is no quote; the cue reports the words before it', () => {
  assert.deepEqual(attributed('The harbour was his first love, Mr. Varga wrote in his 2012 memoir, “Salt and Iron.”'), [
    ['wrote', 'Mr. Varga', 'The harbour was his first love'],
  ]);
  assert.deepEqual(attributed("The ferry had always lost money, she said in her book, ''The Long Crossing.''"), [
    ['said', 'she', 'The ferry had always lost money'],
  ]);
});

test('a sentence quoted from a work, or a title after a noun naming no work, stays a quote', () => {
  assert.deepEqual(attributed('He wrote in his memoir, “The state must never again take a fisherman’s boat without paying for it.”'), [
    ['wrote', 'He', 'The state must never again take a fisherman’s boat without paying for it.'],
  ]);
  assert.equal(isWorkTitle('memoir', 'Salt and Iron.'), true);
  assert.equal(isWorkTitle('book', 'The Art of the Deal'), true);
  assert.equal(isWorkTitle('statement', 'Salt and Iron.'), false);
  assert.equal(isWorkTitle('memoir', 'We will win. They will lose'), false);
  assert.equal(isWorkTitle('memoir', 'we will rebuild the pier'), false);
});
