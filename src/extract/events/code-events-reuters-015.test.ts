// Regression tests for the errors of a hand check of Reuters-21578 (reut2-015, 50 stories with events) and of 35 BBC
// politics articles: each sentence is our own, written to have the shape of a failing input, never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventSchema } from '../../model/event.js';
import { createNlp } from '../../nlp/nlp.js';
import { codeEvents } from './code-events.js';
import { loadEventResources } from './resources.js';
import { entitiesFor, type EntitySpec } from './test-entities.js';

const nlp = createNlp();
const resources = loadEventResources();

const CHL: EntitySpec = { id: 'chl', name: 'Chile', type: 'GPE', actor: 'CHL', country: 'CHL', surfaces: ['Chile', 'Chilean'] };
const PER: EntitySpec = { id: 'per', name: 'Peru', type: 'GPE', actor: 'PER', country: 'PER', surfaces: ['Peru', 'Peruvian'] };
const BOL: EntitySpec = { id: 'bol', name: 'Bolivia', type: 'GPE', actor: 'BOL', country: 'BOL', surfaces: ['Bolivia', 'Bolivian'] };
const ECU: EntitySpec = { id: 'ecu', name: 'Ecuador', type: 'GPE', actor: 'ECU', country: 'ECU', surfaces: ['Ecuador'] };
const CHLGOV: EntitySpec = { id: 'cg', name: 'Chilean government', type: 'ORG', actor: 'CHLGOV', country: 'CHL', surfaces: ['Chilean government'] };

function run(text: string, specs: EntitySpec[], published: string | null = '1987-04-08') {
  const doc = nlp.parse(text);
  const events = codeEvents({ id: 'a1', title: 't', published, text }, doc, entitiesFor(text, specs), resources);
  for (const e of events) EventSchema.parse(e);
  return events.map((e) => `${e.source.actor}>${e.target?.actor ?? '-'} ${e.code}`);
}

test('the members listed in a dash aside are no subject: "The Andean Council -- grouping Chile, Peru and Bolivia -- praised…"', () => {
  const COUNCIL: EntitySpec = { id: 'ac', name: 'Andean Council', type: 'ORG', actor: 'IGOAND', country: null, surfaces: ['Andean Council'] };
  assert.deepEqual(run('The Andean Council -- grouping Chile, Peru and Bolivia -- praised Ecuador on Monday.', [COUNCIL, CHL, PER, BOL, ECU]), ['IGOAND>ECU 051']);
  // a bracket aside likewise
  assert.deepEqual(run('Chile (a close ally of Peru) criticised Bolivia.', [CHL, PER, BOL]), ['CHL>BOL 111']);
});
