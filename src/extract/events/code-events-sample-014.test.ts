// Regression tests for the errors of a hand check of 50 events (BBC politics 001–012 and 410–417, Reuters-21578
// reut2-014, and the open cases of reut2-013): each sentence is our own, written to have the shape of the failing
// wire or BBC copy, never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { codeEvents } from './code-events.js';
import { loadEventResources } from './resources.js';
import { entitiesFor, type EntitySpec } from './test-entities.js';

const nlp = createNlp();
const resources = loadEventResources();

function brief(text: string, specs: EntitySpec[], published = '1987-04-08'): string[] {
  const doc = nlp.parse(text);
  return codeEvents({ id: 'a1', title: 't', published, text }, doc, entitiesFor(text, specs), resources).map((e) => `${e.source.actor}>${e.target?.actor ?? '-'} ${e.code}`);
}

const LEADER: EntitySpec = { id: 'ldr', name: 'Jane Moss', type: 'PERSON', actor: 'GBRPTY', country: 'GBR', surfaces: ['Ms Moss', '~she'] };
const place = (id: string, name: string): EntitySpec => ({ id, name, type: 'GPE', actor: 'GBR', country: 'GBR', surfaces: [name] });
const USA_PRES: EntitySpec = { id: 'pres', name: 'Ronald Reagan', type: 'PERSON', actor: 'USAGOV', country: 'USA', surfaces: ['President Reagan', 'Reagan'] };
const JPN: EntitySpec = { id: 'jpn', name: 'Japan', type: 'GPE', actor: 'JPN', country: 'JPN', surfaces: ['Japan', 'Japanese'] };
const GBR: EntitySpec = { id: 'gbr', name: 'United Kingdom', type: 'GPE', actor: 'GBR', country: 'GBR', surfaces: ['Britain', 'British'] };

test('a tour of several towns of one country is one visit, not one per town (BBC politics 007: seven GBRPTY → GBR 042)', () => {
  const towns = [place('lds', 'Leeds'), place('bri', 'Bristol'), place('nor', 'Norwich')];
  assert.deepEqual(brief('Ms Moss is stepping up her campaign this week as she visits Leeds, Bristol and Norwich.', [LEADER, ...towns], '2005-03-01'), ['GBRPTY>GBR 042']);
  // two countries visited are two dyads
  assert.deepEqual(brief('Reagan visited Japan and Britain last week.', [USA_PRES, JPN, GBR]), ['USAGOV>JPN 042', 'USAGOV>GBR 042']);
});
