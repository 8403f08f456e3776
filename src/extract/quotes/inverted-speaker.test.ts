import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const attributed = (text: string) => run(text).map((q) => [q.cue?.text ?? null, q.speaker.mention?.text ?? null, q.text]);

// PolNeAR train: `"…," said <speaker>` where the noun-phrase chunker could not read the speaker (a place name the tagger read
// as a verb, a participle or relative clause after the head, a coordinated title) lost its cue, and the quotation was read
// as the continuation of the quote before it
test('a speaker after "…," said that the chunker cannot read is still the speaker', () => {
  assert.deepEqual(attributed('"The ferry never ran late," said the dock chief known as Sam, speaking for the first time.'), [
    ['said', 'the dock chief', 'The ferry never ran late'],
  ]);
  assert.deepEqual(attributed('"The tax will sink us," said one owner of a bakery that sells bread near the square.'), [
    ['said', 'one owner', 'The tax will sink us'],
  ]);
  assert.deepEqual(attributed('"Prices will fall," said former Ohio Gov. and party chairman Ed Lane.'), [
    ['said', 'former Ohio Gov. and party chairman Ed Lane', 'Prices will fall'],
  ]);
});

test('the speaker mention after "…," said is the noun phrase opening the phrase, without a time adjunct after it', () => {
  assert.deepEqual(attributed('"Rates will rise," said Deputy Prime Minister Ana Sole earlier this month.'), [['said', 'Deputy Prime Minister Ana Sole', 'Rates will rise']]);
  assert.deepEqual(attributed('"We won," said Ana Sole afterwards.'), [['said', 'Ana Sole', 'We won']]);
});

test('no speaker phrase opens with a preposition or a lower-case verb after "…," said', () => {
  assert.deepEqual(attributed('"It was cold," said in a statement.').filter(([cue]) => cue !== null), []);
});

// PolNeAR train (wrong clause): an indirect content closed by an inverted cue whose speaker carries a relative clause
// ("…, said an aide who sat in on …") was read as the relative clause, the speaker's own description
test('"The plan will fail, said an aide who sat in on the talks": the clause before the cue is the content', () => {
  assert.deepEqual(attributed('The harbour will close in May, said an aide who sat in on the talks.'), [
    ['said', 'an aide', 'The harbour will close in May'],
  ]);
  assert.deepEqual(attributed('The vote was rigged, claimed Ms Ruiz, whose party lost.'), [['claimed', 'Ms Ruiz', 'The vote was rigged']]);
  // (a relative clause after a speaker before the cue, or after an object, is untouched)
  assert.deepEqual(attributed('Mr Doe said an aide who sat in on the talks had quit.'), [
    ['said', 'Mr Doe', 'an aide who sat in on the talks had quit'],
  ]);
});

// BBC full text: news copy that leaves out the comma before an inverted cue ("… have new features said Mr Doe.") had the
// object before the cue as the speaker and the name after it as the content
test('with no comma before an inverted cue, a name closing the sentence after it is the speaker', () => {
  assert.deepEqual(attributed('Games on the shelf already have new features said Jo Doe.'), [['said', 'Jo Doe', 'Games on the shelf already have new features']]);
  assert.deepEqual(attributed('Providers must hold on to gamers said Ana Lee, an analyst with a small firm.'), [
    ['said', 'Ana Lee', 'Providers must hold on to gamers'],
  ]);
  // (a subject opening a clause keeps the cue: after a subordinator, or with the name going on into a clause)
  assert.deepEqual(attributed('After the agency asked Jo Doe, Al Roe and Ed Moe to search their files, the list grew.').map(([, s]) => s), ['the agency']);
  assert.deepEqual(attributed('Analysts at the bank said Jo Doe would resign.'), [['said', 'Analysts at the bank', 'Jo Doe would resign']]);
});

test('"Two directors, Jo Doe and Al Roe, remain defendants, said the paper": a name with its own verb is no apposed speaker', () => {
  assert.deepEqual(attributed('Two former directors, Al Roe and Ed Moe, remain defendants in the suit, said the newspaper.'), [
    ['said', 'the newspaper', 'Two former directors, Al Roe and Ed Moe, remain defendants in the suit'],
  ]);
  // (the name right before the cue's comma still speaks, whatever follows the cue)
  assert.deepEqual(attributed("His mother, Ana, said her son's friend, Al Roe, 17, had left.").map(([, s]) => s), ['Ana']);
});

// PolNeAR train: "“…” about the decision, said Jo Roe, director of the nurses' union, a union that has broken away …"
// read the relative clause inside the speaker's apposition as the inverted cue's that-clause
test('a "that" inside or after the apposition of an inverted speaker opens no content of the cue', () => {
  assert.deepEqual(attributed('The vote was a win, said Jo Roe, director of the Nurses Union, a union that has broken away from other groups.'), [
    ['said', 'Jo Roe', 'The vote was a win'],
  ]);
  assert.deepEqual(attributed('The vote was a win, said Jo Roe, director of the Nurses Union, that has broken away from other groups.'), [
    ['said', 'Jo Roe', 'The vote was a win'],
  ]);
  // (a speaker before the cue keeps its that-clause)
  assert.deepEqual(attributed('Jo Roe, director of the Nurses Union, said that the vote was a win.'), [['said', 'Jo Roe', 'that the vote was a win']]);
});
