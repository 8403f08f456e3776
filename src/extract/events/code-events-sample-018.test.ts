// Errors of the sixth hand check (50 events drawn from reut2-018 stories 1-400 and BBC politics 300-360, judged against
// the CAMEO 1.1b3 codebook). Our own sentences have the shape of the failing ones and are never copied from them; where
// only the whole story shows the error, the test reads it in place from the shared folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { articleFromText } from '../../ingest/article-id.js';
import { createAnalysedRunner, eventBrief } from './test-events.js';
import { sharedPath } from '../../ingest/shared-path.js';

const analysed = createAnalysedRunner('2005-03-01');

const politics349 = sharedPath('corpora', 'bbc-fulltext', 'bbc', 'politics', '349.txt');

test('an object slot does not reach past an auxiliary into a clause: a warning that the picture was less rosy than the chancellor claims threatens no one (BBC politics 349)', { skip: politics349 ? false : 'BBC politics 349 missing: set DETENTE_SHARED' }, () => {
  const [title, ...body] = readFileSync(politics349!, 'utf8').split('\n');
  const events = analysed.analyzer.analyze(articleFromText(body.join('\n'), { title, published: '2005-03-01' })).events;
  assert.deepEqual(events.filter((e) => e.trigger.text === 'warned').map(eventBrief), []);
  // an addressee right after the verb is still warned
  assert.deepEqual(analysed('Canada warned Brazil against raising its tariffs on steel.'), ['CAN>BRA 130']);
});

test('delivering a budget or a speech is no economic aid: a chancellor to deliver his budget to parliament (BBC politics 354)', () => {
  assert.deepEqual(analysed('Finance Minister Ralph Goodale will deliver his budget to the Canadian parliament on 23 February.'), []);
  assert.deepEqual(analysed('Canada delivered the budget to parliament on Monday.'), []);
  // budget support delivered to a country stays aid
  assert.deepEqual(analysed('Canada delivered budget support to Kenya last year.'), ['CAN>KEN 071']);
});

test('to let someone down is no concession: voters "let down" on issues from Iraq to fees (BBC politics 335)', () => {
  assert.deepEqual(analysed('Mr Smith said Canadian farmers felt let down by the government on everything from Iraq to tuition fees.'), []);
  // letting people in is still a concession
  assert.deepEqual(analysed('Canada let Haitian refugees into the country on Monday.').some((e) => e.startsWith('CAN>') && e.endsWith(' 080')), true);
});

test('an act only "possibly" or "perhaps" done is not coded as done (open list of the fifth hand check)', () => {
  assert.deepEqual(analysed('Brazil possibly attacked Argentina on Monday.'), []);
  assert.deepEqual(analysed('Brazil perhaps attacked Argentina on Monday.'), []);
  assert.deepEqual(analysed('Brazil attacked Argentina on Monday.'), ['BRA>ARG 190']);
});

test('refusing or declining to rule something out rejects nothing (BBC politics 356: a chancellor who "refused to rule out" tax rises was coded 120)', () => {
  assert.deepEqual(analysed('Canada refused to rule out sanctions against Brazil.'), []);
  assert.deepEqual(analysed('Canada declined to rule out new talks with Brazil.'), []);
  assert.deepEqual(analysed('Canada failed to turn down the Brazilian offer.'), []);
  // ruling out, and refusing what is no rejection, stay rejections
  assert.deepEqual(analysed('Canada ruled out new talks with Brazil.'), ['CAN>BRA 120']);
  assert.deepEqual(analysed('Canada refused to hold talks with Brazil.'), ['CAN>BRA 125']);
});

test('"before they attacked": the subject of a clause opened by before/after is the actor itself, not the people of its country (19x for state forces, not 18x)', () => {
  assert.deepEqual(analysed('Canadian soldiers crossed into Brazil before they attacked the town of Manaus.'), ['CANMIL>BRA 190']);
  assert.deepEqual(analysed('Canadian soldiers crossed into Brazil after they attacked the town of Manaus.'), ['CANMIL>BRA 190']);
  // rebels stay non-state (180), and people in a place stay its people
  assert.deepEqual(analysed('Canadian rebels crossed into Brazil before they attacked the town of Manaus.'), ['CANREB>BRA 180']);
  assert.deepEqual(analysed('Hundreds of farmers in Canada protested against Brazil on Monday.'), ['CAN>BRA 141']);
});
