import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { coordinatedActEnd, finiteForm, wordForm } from './coordinated-act.js';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const content = (text: string, cue: string) => run(text).find((q) => q.cue?.text === cue)?.text;

// PolNeAR train (issue 5): an object content ran over "and" into the speaker's next act ("has criticized X and is
// planning …", "mocking X and asking …"): 47 gold contents of that shape end at the conjunction, 2 run over it
test('an object ends before a second act of its speaker: a verb of the cue\'s own form after "and"', () => {
  assert.equal(content('The Orvale dockers union has criticized the port authority and is planning a protest at the gates.', 'criticized'), 'the port authority');
  assert.equal(
    content('Speaking at the dock, Ms. Tandry was mocking the harbour board and pointedly asking who would pay for the repairs.', 'mocking'),
    'the harbour board',
  );
  assert.equal(content('The station barely mentioned the strike and turned to the football scores.', 'mentioned'), 'the strike');
});

test('a participle inside the content, another verb form or a content with a verb of its own keeps the conjunction', () => {
  const nlp = createNlp();
  const end = (text: string, cue: string) => {
    const doc = nlp.parse(text);
    const c = doc.lower.indexOf(cue);
    const limit = doc.tokenCount - 1;
    return coordinatedActEnd(doc, c, c + 1, limit) === limit;
  };
  // passive and attributive participles
  assert.ok(end('The firm called the claims unfounded and invented by a rival.', 'called'));
  assert.ok(end('The mayor was citing slow trade, high rents and rising river levels.', 'citing'));
  // another finite form: present cue, past verb
  assert.ok(end('She says the dockers left early and missed the vote.', 'says'));
  // a content with its own verb
  assert.ok(end('He denied the ferry was late and blamed the weather.', 'denied'));
});

test('finiteForm reads the first auxiliary of a verb group', () => {
  const doc = createNlp().parse('The board has not yet sacked him, but it will sack him and says so.');
  assert.equal(finiteForm(doc, doc.lower.indexOf('sacked')), '3s');
  assert.equal(wordForm(doc, doc.lower.indexOf('sacked')), 'past');
  assert.equal(finiteForm(doc, doc.lower.indexOf('sack')), 'md');
  assert.equal(finiteForm(doc, doc.lower.indexOf('says')), '3s');
});

test('wordForm reads the -ies form of a verb in -y as the third person present, not the past', () => {
  const doc = createNlp().parse('The mayor denies the charge and replies to every letter.');
  assert.equal(wordForm(doc, doc.lower.indexOf('denies')), '3s');
  assert.equal(wordForm(doc, doc.lower.indexOf('replies')), '3s');
});
