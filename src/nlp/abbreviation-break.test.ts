import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAbbreviationBreak, isUnitPointEnd } from './abbreviation-break.js';
import { createNlp } from './nlp.js';
import { createQuoteRunner } from '../extract/quotes/test-quotes.js';

const nlp = createNlp();
const sentences = (text: string) => nlp.parse(text).sentences.map((s) => text.slice(s.start, s.end));

test('a title, a party-and-state tag or an initial before a point does not end a sentence', () => {
  assert.deepEqual(sentences('The gap between Lane and then-Sen. Bram Quint was narrow.'), ['The gap between Lane and then-Sen. Bram Quint was narrow.']);
  assert.deepEqual(sentences('That is fine, said Rev. Kell Tamm, a pastor.'), ['That is fine, said Rev. Kell Tamm, a pastor.']);
  assert.deepEqual(sentences('Rep. Jon Clay (D-S.C.), a member, left. Sen. Ora Sand (I-Vt.) took the stage.'), [
    'Rep. Jon Clay (D-S.C.), a member, left.',
    'Sen. Ora Sand (I-Vt.) took the stage.',
  ]);
  assert.deepEqual(sentences('He argued thatU.S. military spending is high.'), ['He argued thatU.S. military spending is high.']);
});

test('a sentence that ends on a tag or an initial still ends there', () => {
  assert.deepEqual(sentences('He met Sen. Ora Sand (I-Vt.). They spoke.'), ['He met Sen. Ora Sand (I-Vt.).', 'They spoke.']);
  assert.equal(isAbbreviationBreak('said Sen. Lin Gray, R-S.', 'C. "We will see."'), false);
  assert.equal(isAbbreviationBreak('on the console DS.', 'S.T.A.R. opens the list'), false);
  assert.equal(isAbbreviationBreak('the vote went to the Gov.', ''), false);
});

test('an infinitive content runs on over a title with a point', () => {
  const run = createQuoteRunner();
  const q = run('The council agreed to pay $2 million to people hurt by a squad run by then-Cmdr. Ivo Rusk.').find((x) => x.cue?.text === 'agreed');
  assert.equal(q?.text, 'to pay $2 million to people hurt by a squad run by then-Cmdr. Ivo Rusk');
});

test('a ticker in angle brackets with an exchange suffix does not end a sentence at its point', () => {
  assert.deepEqual(sentences('Brelvo Holdings <BRVH.L> said its profit rose. The company expects more.'), [
    'Brelvo Holdings <BRVH.L> said its profit rose.',
    'The company expects more.',
  ]);
  assert.deepEqual(sentences('Shares of <QTRM.AS> fell 3 pct, dealers said.'), ['Shares of <QTRM.AS> fell 3 pct, dealers said.']);
  // a point before a bracket that closes nothing, or a capitalised sentence after an initial, is still a break
  assert.equal(isAbbreviationBreak('the index closed at <5.', 'The market fell.'), false);
  assert.equal(isAbbreviationBreak('bought <BRVH.', 'Later it sold.'), false);
  const q = createQuoteRunner()('Brelvo Holdings <BRVH.L> said its profit rose 20 pct in 1986.').find((x) => x.cue?.text === 'said');
  assert.equal(q?.text, 'its profit rose 20 pct in 1986');
});

test('"pct." before a capital ends its sentence, so a name after it opens the next one', () => {
  assert.deepEqual(sentences('Sales rose 20 pct. Olan Brisk said the firm would grow. Up 5 pct. U.S. exports rose.'), [
    'Sales rose 20 pct.',
    'Olan Brisk said the firm would grow.',
    'Up 5 pct.',
    'U.S. exports rose.',
  ]);
  // inside a sentence "pct" has no point; a lower-case word after "pct." does not open a sentence
  assert.deepEqual(sentences('A 20 pct stake went to Olan Brisk. It rose 3 pct. on the day.'), ['A 20 pct stake went to Olan Brisk.', 'It rose 3 pct. on the day.']);
  assert.equal(isUnitPointEnd('pct.', 'pct. Olan', 0, 5), true);
  assert.equal(isUnitPointEnd('pct', 'pct Olan', 0, 4), false);
  const q = createQuoteRunner()('Net profit rose 12 pct. Olan Brisk, the chairman, said demand was strong.').find((x) => x.cue?.text === 'said');
  assert.equal(q?.speaker.mention?.text, 'Olan Brisk');
});

test('a unit letter glued to its number and "in." after a word end their sentence before a capital', () => {
  assert.deepEqual(sentences('Losses topped £4m. Olan Brisk said so. Users are interested in. Brisk Labs said it agreed.'), [
    'Losses topped £4m.',
    'Olan Brisk said so.',
    'Users are interested in.',
    'Brisk Labs said it agreed.',
  ]);
  // a title keeps its name, an inch keeps its sentence, an initial after a word is no unit
  assert.deepEqual(sentences('Mr. Brisk said the pipe was 5 in. Wide pipes cost more.'), ['Mr. Brisk said the pipe was 5 in. Wide pipes cost more.']);
  assert.equal(isUnitPointEnd('m.', 'Ed m. Brisk', 3, 6), false);
});
