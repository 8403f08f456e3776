import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

// "former president X" is one of the country's elites, ELI, not its government (CAMEO 1.1b3 Table 3.1: ELI, former
// government officials; TABARI codes "former" before an agent as ELI). Fresh-eyes review 28 item 2: a known office
// holder after the end of his term and an unknown one both kept the title's GOV. Made-up sentences.
const run = createEntityRunner('2024-10-03');
const actorOf = (text: string, name: string) => run(text).find((e) => e.name === name)?.actor ?? null;

test('a former president named with the title is his country\'s elite, known to the office-holder list or not', () => {
  assert.equal(actorOf('Former president Jair Bolsonaro denied wrongdoing.', 'Jair Bolsonaro'), 'BRAELI');
  assert.equal(actorOf('Former president Andrés Manuel López Obrador did not attend.', 'Andrés Manuel López Obrador'), 'MEXELI');
  assert.equal(actorOf('Former Mexican president Vicente Fox criticised the reform.', 'Vicente Fox'), 'MEXELI');
});

test('a serving title keeps GOV, and a former business title keeps BUS', () => {
  assert.equal(actorOf('Mexican President Claudia Sheinbaum criticised the reform.', 'Claudia Sheinbaum'), 'MEXGOV');
  assert.equal(actorOf('Former Goldman Sachs chief executive Lloyd Blankfein criticised the plan.', 'Lloyd Blankfein'), 'USABUS');
});
