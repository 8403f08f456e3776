import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../../model/event.js';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner, eventBrief } from './test-events.js';

const { events: run } = createEventRunner('2024-05-10', { validate: true });
const brief = (events: CodedEvent[]) => events.map(eventBrief);

const ISR_JETS: EntitySpec = { id: 'isr-mil', name: 'Israeli jets', type: 'ORG', actor: 'ISRMIL', country: 'ISR', surfaces: ['Israeli jets'] };
const DAMASCUS: EntitySpec = { id: 'damascus', name: 'Damascus', type: 'GPE', actor: 'SYRGOV', country: 'SYR', surfaces: ['Damascus'] };
const RUS_TROOPS: EntitySpec = { id: 'rus-mil', name: 'Russian troops', type: 'ORG', actor: 'RUSMIL', country: 'RUS', surfaces: ['Russian troops'] };
const UKR = countrySpec('UKR', 'Ukraine');

test('an act in a report the sentence calls false is no event', () => {
  assert.deepEqual(brief(run('A report that Israeli jets struck Damascus was baseless, the army said.', [ISR_JETS, DAMASCUS])), []);
  assert.deepEqual(brief(run('Claims that Russian troops had shelled towns in Ukraine were completely false, officials said.', [RUS_TROOPS, UKR])), []);
  assert.deepEqual(brief(run('Reports that Israeli jets struck Damascus proved untrue.', [ISR_JETS, DAMASCUS])), []);
});

test('a report confirmed, or an act beside a false claim, is still coded', () => {
  assert.equal(brief(run('Reports that Israeli jets struck Damascus were confirmed by the army.', [ISR_JETS, DAMASCUS])).length, 1);
  assert.equal(brief(run('Israeli jets struck Damascus on Friday, and claims of a ceasefire were false.', [ISR_JETS, DAMASCUS])).length, 1);
});
