// Regression tests for the errors of the eleventh hand check (50 events drawn with seed 20261201 from reut2-020,
// reut2-021, TempEval-3 newswire and BBC politics 250–300): each sentence is our own, written to have the shape of a
// failing input, never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('1991-04-10', { validate: true });

const CHL = countrySpec('CHL', 'Chile');
const PER = countrySpec('PER', 'Peru');
const nationality = (code: string, word: string): EntitySpec => ({ id: `n-${code}`, name: word, type: 'NORP', actor: code, country: code, surfaces: [word] });
const person = (id: string, name: string, actor: string, country: string): EntitySpec => ({ id, name, type: 'PERSON', actor, country, surfaces: [`President ${name}`, name] });

test('a month after a trigger is no protest march its object names', () => {
  const PERUVIAN = nationality('PER', 'Peruvian');
  // "broke out in March": a war began; no march was broken up (CAMEO 172)
  assert.deepEqual(run('Since the Peruvian-led war in Chile broke out in March 1990, more than 300 Peruvian soldiers have been killed.', [PERUVIAN, CHL]).filter((e) => e.endsWith(' 172')), []);
  // a protest march stays one
  assert.deepEqual(run('Peru broke up a march by Chile supporters.', [PER, CHL]).filter((e) => e.endsWith(' 172')), ['PER>CHL 172']);
});

test('rallying behind a leader backs him: an endorsement, no demonstration', () => {
  const LAW: EntitySpec = { id: 'law', name: 'Peruvian lawmakers', type: 'ORG', actor: 'PERLEG', country: 'PER', surfaces: ['Peruvian lawmakers'] };
  const FUJ = person('fuj', 'Fujimori', 'PERGOV', 'PER');
  assert.deepEqual(run('Peruvian lawmakers rallied behind President Fujimori for the strike against Chilean targets.', [LAW, FUJ, nationality('CHL', 'Chilean')]), ['PERLEG>PERGOV 051']);
  // a rally against someone stays a protest
  assert.deepEqual(run('Peruvian lawmakers rallied in Lima against Chile.', [LAW, CHL]), ['PERLEG>CHL 141']);
});

test('money committed to projects is allocated, no intent to cooperate', () => {
  assert.deepEqual(run('The total of Peruvian funds committed to Chile projects could reach 2 billion dlrs this year, he said.', [nationality('PER', 'Peruvian'), CHL]), []);
  assert.deepEqual(run('Peru committed to Chile to cut its tariffs.', [PER, CHL]), ['PER>CHL 030']);
});

test('executing repurchases or an order carries it out; executing prisoners kills them', () => {
  const BANK: EntitySpec = { id: 'bcr', name: 'Peruvian central bank', type: 'ORG', actor: 'PERGOV', country: 'PER', surfaces: ['the central bank'] };
  assert.deepEqual(run('Dealers said the central bank would execute two-day repurchases in Chile to add reserves.', [BANK, CHL]), []);
  assert.deepEqual(run('Peru executed three Chilean prisoners.', [PER, nationality('CHL', 'Chilean')]), ['PER>CHL 190']);
});

test('declining to describe or explain something declines comment (011), no rejection', () => {
  const FUJ = person('fuj', 'Fujimori', 'PERGOV', 'PER');
  assert.deepEqual(run('Fujimori declined to explain the plan on Chile.', [FUJ, CHL]), ['PERGOV>CHL 011']);
});

test('a clause on a noun of what was said ("reports", "claims": nouns the tagger may read as verbs) names no target', () => {
  assert.deepEqual(run('Peru refused to give succour to reports it was preparing strikes against Chile.', [PER, CHL]), []);
  assert.deepEqual(run('Peru refused to give support to claims that Ecuador was arming Chile.', [PER, countrySpec('ECU', 'Ecuador'), CHL]), []);
  // the noun's own object is still one
  assert.deepEqual(run('Peru refused to give support to Chile.', [PER, CHL]).length, 1);
});

test('the noun of a wh-phrase is no act of the sentence subject: "what help X gave" is no aid to X', () => {
  assert.deepEqual(run('Peru declined to describe what help the Chileans gave.', [PER, nationality('CHL', 'Chileans')]).filter((e) => e.endsWith(' 070')), []);
  // the verb itself stays one
  assert.deepEqual(run('Peru will help Chile.', [PER, CHL]), ['PER>CHL 033']);
});

test('a condemnation or protest of a killing or an arrest is not aimed at its victim', () => {
  const LAGOS = { ...person('lag', 'Lagos', 'CHLGOV', 'CHL'), surfaces: ['Chilean Minister Ricardo Lagos', 'Lagos'] };
  assert.deepEqual(run('Peru strongly condemned the killing of Chilean Minister Ricardo Lagos.', [PER, LAGOS]), []);
  assert.deepEqual(run('Peru protested the arrest of two Chilean reporters.', [PER, nationality('CHL', 'Chilean')]), []);
  // the mention may be the name alone, after a country word and a title; a gerund with no determiner is no killing by
  // the one condemning it
  const NAME_ONLY = { ...LAGOS, surfaces: ['Ricardo Lagos'] };
  assert.deepEqual(run('Peru on Tuesday strongly condemned killing of Chilean Industry Minister Ricardo Lagos.', [PER, NAME_ONLY]), []);
  // the one blamed for it is
  assert.deepEqual(run('Peru condemned Chile for the killing of two Peruvian fishermen.', [PER, CHL, nationality('PER', 'Peruvian')]), ['PER>CHL 111']);
  // also when its own people are the victims: an actor named before the act noun stays the one blamed (review of the
  // day's changes: the victim's entity had been left out wherever it stood)
  assert.deepEqual(run("Peru condemned Chile for the arrest of Chile's dissidents.", [PER, CHL]), ['PER>CHL 111']);
  // and the of-phrase of an act it does is: "the withdrawal of Chilean troops" is asked of them
  assert.deepEqual(run('Peru demanded the withdrawal of Chilean troops.', [PER, nationality('CHL', 'Chilean')]), ['PER>CHL 106']);
});

test('a refusal finds no fallback target inside an indirect question or a clause on a noun', () => {
  const FUJ = person('fuj', 'Fujimori', 'PERGOV', 'PER');
  assert.deepEqual(run('Fujimori refused to give comfort to suggestions it was planning raids against Chile.', [FUJ, CHL]), []);
  assert.deepEqual(run('Fujimori refused to give comfort to suggestions that Peru was planning raids against Chile.', [FUJ, PER, CHL]), []);
  assert.deepEqual(run('Fujimori refused to say how Chile would be paid.', [FUJ, CHL]), []);
  // a target right in the refusal's own clause stays
  assert.deepEqual(run('Fujimori refused to give comfort to Chile.', [FUJ, CHL]), ['PERGOV>CHL 120']);
});
