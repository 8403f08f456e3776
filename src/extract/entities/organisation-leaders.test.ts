import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

// The officer of a named union, rebel or criminal group is of that group, not his country's government (fresh-eyes
// review 28 item 3: "CGT leader Héctor Daer" was ARGGOV, the role word 'leader' giving GOV and the story the country).
// Made-up sentences.
const run = createEntityRunner('2024-05-10');
const actorOf = (text: string, name: string) => run(text).find((e) => e.name === name)?.actor ?? null;

test('the leader of a union coded by the article\'s country is a labour actor of that country', () => {
  assert.equal(actorOf("Argentina's union federation, the CGT, called a strike. CGT leader Mario Daer said the strike would go on.", 'Mario Daer'), 'ARGLAB');
});

test('the leader of a rebel or criminal group takes the group\'s agent, not GOV', () => {
  assert.equal(actorOf('FARC commander Ivan Rojas said the group would disarm.', 'Ivan Rojas'), 'COLREB');
  assert.equal(actorOf('Sinaloa Cartel leader Ismael Ortega was arrested in Texas.', 'Ismael Ortega'), 'MEXCRM');
});

test('a government or business title after an organisation keeps its agent', () => {
  assert.equal(actorOf('Goldman Sachs chief executive David Solomon spoke in London.', 'David Solomon'), 'USABUS');
  assert.equal(actorOf('Hamas prime minister Ali Nasser spoke in Gaza.', 'Ali Nasser'), 'PSEGOV');
});
