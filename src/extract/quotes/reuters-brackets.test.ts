import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const said = (text: string) => run(text).find((q) => q.cue?.text === 'said');

test('a company named in angle brackets, or before its ticker in an apposition, is the speaker', () => {
  assert.equal(said('<Brelvo Foods Ltd> said it is issuing new shares.')?.speaker.mention?.text, 'Brelvo Foods Ltd');
  const chain = said('<Brelvo SA>, a unit of Quell group <QUEL.PA>, said it is issuing new shares.');
  assert.equal(chain?.speaker.mention?.text, 'Brelvo SA');
  assert.equal(chain?.text, 'it is issuing new shares');
  const listed = said('Brelvo SA <BRV.PA>, a unit of Quell group <QUEL.PA>, said it is issuing new shares.');
  assert.equal(listed?.speaker.mention?.text, 'Brelvo SA');
  // lower-case words or an empty pair in brackets are no name
  assert.equal(said('Prices <fell> sharply, dealers said.')?.speaker.mention?.text, 'dealers');
});

test('a dateline opening the sentence is never the speaker', () => {
  const q = said('TORVIK, Ontario, May 2 - <Brelvo Mining Ltd>, which lost money last year, said it sold a mine.');
  assert.equal(q?.speaker.mention?.text, 'Brelvo Mining Ltd');
  assert.equal(q?.text, 'it sold a mine');
  assert.equal(said('TORVIK, March 16 - <Brelvo SA>, a unit of Quell group, said it is issuing new shares.')?.speaker.mention?.text, 'Brelvo SA');
  assert.equal(said('TORVIK, March 16 - Dealers said the market was quiet.')?.speaker.mention?.text, 'Dealers');
});
