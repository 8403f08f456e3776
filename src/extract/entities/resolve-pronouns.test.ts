import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import type { Entity } from '../../model/entity.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources();
const entityAt = (text: string, surface: string, from: number, date: string | null): string | undefined => {
  const es: Entity[] = extractEntities(nlp.parse(text), res, date);
  const at = text.indexOf(surface, from);
  return es.find((e) => e.mentions.some((m) => m.start === at && m.text === surface))?.name;
};

test('"He" after "…, the Tory leader said" is the Tory leader, not the chancellor named as a possessor before (BBC politics 364)', () => {
  const text =
    'In London, Tory leader Michael Howard has criticised the British plans of Gordon Brown. ' +
    'Mr Brown\'s plans were a trick played on voters, the Tory leader said after welcoming the chancellor back. ' +
    'He urged the chancellor to admit the truth.';
  // "leader" in "the Tory leader" is a description of Michael Howard ("Tory" stays the party)
  assert.equal(entityAt(text, 'leader', text.indexOf('the Tory leader said'), '2005-03-16'), 'Michael Howard');
  assert.equal(entityAt(text, 'He', text.indexOf('back.'), '2005-03-16'), 'Michael Howard');
  // and "Tory" stays the Conservative Party
  assert.equal(entityAt(text, 'Tory', text.indexOf('the Tory leader said'), '2005-03-16'), 'Conservative Party');
});

test('"he concluded" with nobody named in its window goes on the chain of the "he said" before it, not to the most named man (BBC politics 364)', () => {
  const text =
    'Gordon Brown presented his Budget on Wednesday. Mr Brown said taxes would stay low. Gordon Brown was cheered. ' +
    'Mr Brown\'s pension plan was weaker than the Tory offer, Michael Howard said. ' +
    'Voters would face a stark choice in May, he said. ' +
    '"That is the whole fight. That is what May is about. And I welcome it," he concluded.';
  assert.equal(entityAt(text, 'he', text.indexOf('in May,'), '2005-03-16'), 'Michael Howard');
  assert.equal(entityAt(text, 'he', text.indexOf('welcome it'), '2005-03-16'), 'Michael Howard');
});

test('a reflexive in a quoted fragment is the name of its own clause, not the salient speaker of the sentence (GUM news "defector")', () => {
  const text =
    'Sheriff Tom Keller spoke to reporters on Monday. ' +
    'Tom Keller told the Valley Courier that after a week in Oregon, Pedro Alvarado "drove to the county jail and handed himself over" to the guards.';
  assert.equal(entityAt(text, 'himself', 0, '2024-05-06'), 'Pedro Alvarado');
});

test('a reflexive after a pronoun of its own clause goes where that pronoun went, not to a nearer name of the sentence (GUM bio "byron")', () => {
  const text =
    'Oscar Lind was born in Bergen in 1790. Oscar Lind suffered from a weak leg as a boy. ' +
    'Sent to see Doctor Hansen, he was told to walk daily but not to tire himself.';
  assert.equal(entityAt(text, 'he', text.indexOf('Hansen,'), '2024-05-06'), 'Oscar Lind');
  assert.equal(entityAt(text, 'himself', 0, '2024-05-06'), 'Oscar Lind');
});

test('a run of "It said" sentences stays with the organisation that spoke first, not a country named in a predicate between', () => {
  const text =
    'The Harbour Research Institute said on Monday that world trade would slow this year.\n' +
    'It said shipments from Brazil were likely to fall by a tenth.\n' +
    'It said demand in Japan would stay flat until the autumn.\n' +
    'It said the Canadian dollar could weaken further.\n' +
    'It said oil prices were set to drift lower in Europe.\n';
  let from = 0;
  for (let k = 0; k < 4; k++) {
    const at = text.indexOf('It said', from);
    assert.equal(entityAt(text, 'It', at, null), 'Harbour Research Institute', `"It" #${k + 1}`);
    from = at + 1;
  }
});

test('a speaking "It" is the company that spoke, not the dateline city nor a city named before it (fresh-eyes review 20)', () => {
  const dateline =
    'WASHINGTON, March 16 - Brightlens Inc informed federal regulators that it now holds 1,200,000 shares of Harbor Optics Corp.\n' +
    'The purchase of the holding cost Brightlens 3.1 mln dlrs, according to the filing.\n' +
    'It said further purchases were possible later in the year.\n';
  assert.equal(entityAt(dateline, 'It', dateline.indexOf('It said'), '1987-03-16'), 'Brightlens Inc');
  const city = 'Talks opened in Belgrade on Monday.\nIt said the lenders were patient.\n';
  assert.equal(entityAt(city, 'It', city.indexOf('It said'), '1987-04-07'), undefined);
});

test('a speaking "it" with an auxiliary, the negation or an adverb before its verb is the organisation that spoke (BBC business)', () => {
  const text =
    'Brightlens Inc reported a loss for the year on Monday, its first in a decade.\n' +
    'It blamed weak demand in Europe for the fall.\n' +
    'It has also said that two of its plants will close.\n' +
    'It did not say which plants would be affected.\n';
  assert.equal(entityAt(text, 'It', text.indexOf('It blamed'), '2005-02-01'), 'Brightlens Inc');
  assert.equal(entityAt(text, 'It', text.indexOf('It has also'), '2005-02-01'), 'Brightlens Inc');
  assert.equal(entityAt(text, 'It', text.indexOf('It did not'), '2005-02-01'), 'Brightlens Inc');
  // near misses: an expletive "It is expected that" and a passive "It has been said" stay unresolved
  const expletive = 'Brightlens Inc reported a loss on Monday.\nIt is expected that two plants will close.\nIt has been said that sales will fall.\n';
  assert.equal(entityAt(expletive, 'It', expletive.indexOf('It is'), '2005-02-01'), undefined);
  assert.equal(entityAt(expletive, 'It', expletive.indexOf('It has'), '2005-02-01'), undefined);
  // and an "it" is never a person: a man named last leaves it to the company
  const person = 'Brightlens Inc reported a loss on Monday.\nChief executive Tom Keller resigned.\nIt has said it will cut costs.\n';
  assert.equal(entityAt(person, 'It', person.indexOf('It has'), '2005-02-01'), 'Brightlens Inc');
});

test('a country that modifies a noun ("The US firm") is not the "it" that follows it', () => {
  const text =
    'General Motors wants to leave its alliance with an Italian carmaker.\n' +
    'Talks between the partners stalled on Monday.\n' +
    'The US firm may pay some $2bn to end the pact.\n' +
    'It said the pact had lapsed when a finance arm was sold.\n';
  assert.equal(entityAt(text, 'It', text.indexOf('It said'), '2005-02-01'), 'General Motors');
  // near miss: a country standing alone as the subject is the "it"
  const alone = 'Harlow Motors Corp sells cars in Ruritania.\nCanada said on Monday it would cut tariffs on cars.\nIt said talks would resume in May.\n';
  assert.equal(entityAt(alone, 'It', alone.indexOf('It said'), '2005-02-01'), 'Canada');
});

test('an "it" after a report, a poll or an advisory that no entity names stays unresolved; a statement in an opening phrase does not stop it', () => {
  const report =
    'Brightlens Inc published figures on Monday.\n' +
    'The annual report said more than half of the staff were part-time.\n' +
    'It also called on the regulators to relax the rules.\n';
  assert.equal(entityAt(report, 'It', report.indexOf('It also'), '2005-02-01'), undefined);
  const advisory = 'Brightlens Inc found a fault in one of its lenses.\nThe advisory alerts buyers to the fault, but it does not recommend any action.\n';
  assert.equal(entityAt(advisory, 'it', advisory.indexOf('it does'), '2005-02-01'), undefined);
  // near misses: "In a statement, X said" names the speaker after the statement; "the NIESR report" is the institute's
  const statement = 'Brightlens Inc cut its forecast.\nIn a statement, Brightlens Inc said sales were weak.\nHowever, it stressed that no jobs would go.\n';
  assert.equal(entityAt(statement, 'it', statement.indexOf('it stressed'), '2005-02-01'), 'Brightlens Inc');
  // figures speak for no one: the "It said" after them is the company
  const figures = 'Brightlens Inc said on Monday that profit rose 10%.\nThe figures beat forecasts.\nIt said demand for lenses stayed strong.\n';
  assert.equal(entityAt(figures, 'It', figures.indexOf('It said'), '2005-02-01'), 'Brightlens Inc');
});

test('"the Institute for Fiscal Studies (IFS) said" spoke: its "It also said" is the institute, not a body that spoke two sentences before', () => {
  const text =
    'The Harbour Treasury said the budget rule would be met.\n' +
    'Borrowing rose in the year to March.\n' +
    'In January the independent Harbour Institute for Fiscal Studies (HIFS) said taxes would have to rise.\n' +
    'It also said the government might miss its rule.\n';
  assert.equal(entityAt(text, 'It', text.indexOf('It also'), '2005-02-01'), 'Harbour Institute for Fiscal Studies');
});

test('"its" opening a reported clause is its speaker, not the subject of the sentence: "while Baghdad said its forces …"', () => {
  const text = 'Iran reported a new push east of Iraq\'s port of Basra, while Baghdad said its forces had held the line.';
  assert.equal(entityAt(text, 'its', 0, '1987-04-07'), 'Baghdad');
  // near miss: with no reporting verb between, the subject stays the more salient one
  const other = 'Iran reported a new push east of Iraq\'s port of Basra, and its forces took two hills near Baghdad.';
  assert.equal(entityAt(other, 'its', 0, '1987-04-07'), 'Iran');
});
