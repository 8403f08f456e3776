import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../analyze.js';
import { createNlp } from '../../nlp/nlp.js';
import { extractQuotes } from './extract-quotes.js';
import { nounPhraseEndingAt } from './noun-phrase.js';
import { loadQuoteResources } from './resources.js';

const nlp = createNlp();

/** The text of the noun phrase ending right before the first occurrence of `verb`. */
function subjectBefore(text: string, verb: string): string | null {
  const doc = nlp.parse(text);
  let v = 0;
  while (v < doc.tokenCount && doc.lower[v] !== verb) v++;
  const np = nounPhraseEndingAt(doc, v - 1, 0);
  return np ? text.slice(doc.starts[np.start], doc.ends[np.end - 1]) : null;
}

test('a hyphenated title with a preposition inside stays one phrase ("Editor-in-Chief", "mother-in-law")', () => {
  assert.equal(subjectBefore('Harbour Daily Editor-in-Chief Lena Moss said the paper would appeal.', 'said'), 'Harbour Daily Editor-in-Chief Lena Moss');
  assert.equal(subjectBefore('Her mother-in-law told reporters the family was safe.', 'told'), 'Her mother-in-law');
});

test('a titled name after a long quotation is its speaker ("…," Paper Editor-in-Chief Jo Doe said)', () => {
  const text = '"We mourn a brave colleague. We ask the army to explain what its crew saw that day," Harbour Daily Editor-in-Chief Lena Moss said.';
  const { quotes } = extractQuotes(nlp.parse(text), loadQuoteResources(), [], { name: 'quotes', version: 'test' });
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].provenance.rule, 'direct-cue-after');
  assert.equal(quotes[0].speaker.mention?.text, 'Harbour Daily Editor-in-Chief Lena Moss');
});

test('a title tagged as an adjective after a determiner heads a phrase with "of" ("The chief of the navy said")', () => {
  assert.equal(subjectBefore('The chief of the coast guard said the search would resume.', 'said'), 'The chief of the coast guard');
  assert.equal(subjectBefore('Both conservative and liberal judges questioned the ruling.', 'questioned'), 'Both conservative and liberal judges');
});

test('a hyphenated participle modifier stays in the phrase ("the state-owned gas company", "The US-led coalition")', () => {
  assert.equal(subjectBefore('The head of the state-owned gas company said output would rise.', 'said'), 'The head of the state-owned gas company');
  assert.equal(subjectBefore('The Oslo-based watchdog said demand would rise.', 'said'), 'The Oslo-based watchdog');
});

test('a name set off after a description with a hyphenated modifier is the speaker ("The head of the state-owned X, Jo Doe, said")', () => {
  const text = 'The head of the state-owned Harbour Gas company, Ivan Petrenko, said he was pleased with the price.';
  const { quotes } = extractQuotes(nlp.parse(text), loadQuoteResources(), [], { name: 'quotes', version: 'test' });
  assert.equal(quotes[0]?.speaker.mention?.text, 'Ivan Petrenko');
});

test('a parenthesised relative clause is no part of the speaker ("The mayor (who has said she backs Ms Roe) said …")', () => {
  // a user report: the outer cue took the whole parenthesis as its speaker phrase, so the body named inside the
  // relative clause gave the speaker its actor code
  assert.equal(subjectBefore('The mayor (who has said she backs the Chinese government) told us trade must grow.', 'told'), null);
  // tags of the name stay: a party and state, an age, a reduced description
  assert.equal(subjectBefore('Sen. Jane Roe (D-Ohio) said the bill would pass.', 'said'), 'Sen. Jane Roe (D-Ohio)');
  assert.equal(subjectBefore('Jo Doe (58) said the plant would close.', 'said'), 'Jo Doe (58)');
  const text = 'The mayor of Dunmore (who has said she backs the Chinese government) said trade with the port must grow.';
  const { quotes } = createAnalyzer().analyze({ id: 'paren', title: '', published: null, text });
  const outer = quotes.find((q) => q.text === 'trade with the port must grow');
  assert.ok(outer, 'the outer quote is found');
  assert.equal(outer.speaker.mention?.text, 'The mayor of Dunmore');
  assert.equal(outer.speaker.actor, null);
  const inner = quotes.find((q) => q.text === 'she backs the Chinese government');
  assert.equal(inner?.speaker.mention?.text, 'The mayor of Dunmore');
});

test('an office title that runs into a name ("Secretary of Trade Jo Marlow") has the person as its speaker; "Jo Marlow of Acme Corp" and "a spokesman for President Roe" keep theirs', () => {
  const analyzer = createAnalyzer();
  const speakerOf = (text: string) => analyzer.analyze({ id: 'office', title: '', published: '2024-03-01', text }).quotes[0]?.speaker;
  const titled = speakerOf('Secretary of Trade Jo Marlow said the tariff talks would resume in Lima next month.');
  assert.equal(titled?.mention?.text, 'Secretary of Trade Jo Marlow');
  assert.equal(titled?.name, 'Jo Marlow');
  assert.equal(speakerOf('White House Chief of Staff Ned Corvin told reporters the budget plan was ready.')?.name, 'Ned Corvin');
  // a person named before "of" stays the speaker, and a spokesman is not the man he speaks for
  assert.equal(speakerOf('Jo Marlow of Acme Shipping Corp said freight rates would rise.')?.name, 'Jo Marlow');
  assert.notEqual(speakerOf('A spokesman for President Ned Corvin said the visit was off.')?.name, 'Ned Corvin');
});

test('an office title with no name after it names no one: "Director of Central Intelligence said" has no organisation speaker', () => {
  const analyzer = createAnalyzer();
  const speaker = analyzer.analyze({ id: 'office2', title: '', published: '2024-03-01', text: 'Director of Central Intelligence said the report would be published in May.' }).quotes[0]?.speaker;
  assert.notEqual(speaker?.name, 'Central Intelligence');
});

test('a body named with "of" then a role and a name ("Bank of Japan governor Jo Roe") has the person as its speaker', () => {
  const analyzer = createAnalyzer();
  const speakerOf = (text: string) => analyzer.analyze({ id: 'body', title: '', published: '1987-03-01', text }).quotes[0]?.speaker;
  const governor = speakerOf('Bank of Japan governor Jo Roe said the bank would keep its discount rate.');
  assert.equal(governor?.name, 'Jo Roe');
  assert.equal(governor?.actor, 'JPNGOV');
  assert.equal(speakerOf('Bank of England Deputy Governor Ana Lee said rates would rise.')?.name, 'Ana Lee');
  // (no name after the role: the body speaks; a person before "of" keeps the phrase)
  assert.equal(speakerOf('The head of the Bank of Japan said rates would rise.')?.name ?? null, null);
});
