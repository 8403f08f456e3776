// Event nouns an infinitive sets out to bring about ("a bid to revive talks") are aims, not acts that took place.
// The sentences are our own, written to have the shape of failing wire copy (TempEval-3 review), never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { codeEvents } from './code-events.js';
import { loadEventResources } from './resources.js';
import { entitiesFor, type EntitySpec } from './test-entities.js';
import { infinitiveOfNoun } from './infinitive-object.js';

const nlp = createNlp();
const resources = loadEventResources();
const NOR: EntitySpec = { id: 'nor', name: 'Norway', type: 'GPE', actor: 'NOR', country: 'NOR', surfaces: ['Norway'] };
const ISR: EntitySpec = { id: 'isr', name: 'Israel', type: 'GPE', actor: 'ISR', country: 'ISR', surfaces: ['Israel'] };
const SYR: EntitySpec = { id: 'syr', name: 'Syria', type: 'GPE', actor: 'SYR', country: 'SYR', surfaces: ['Syria'] };

function brief(text: string, specs: EntitySpec[]): string[] {
  const doc = nlp.parse(text);
  return codeEvents({ id: 'a1', title: 't', published: '1997-04-20', text }, doc, entitiesFor(text, specs), resources).map((e) => `${e.source.actor}>${e.target?.actor ?? '-'} ${e.code}`);
}

test('negotiations an envoy failed in a bid to revive are no negotiations (failed bid to revive negotiations)', () => {
  assert.deepEqual(brief('A Norwegian envoy flew to Cairo in a failed bid to revive negotiations between Israel and Syria.', [ISR, SYR]), []);
});

test('talks a visitor is invited to broker are no talks (invited for a visit to broker talks)', () => {
  const out = brief('Norway invited the Syrian minister for a visit to broker talks between Israel and Syria.', [NOR, ISR, SYR]);
  assert.ok(!out.some((e) => e.endsWith(' 040') || e.endsWith(' 046')), out.join(', '));
});

test('talks held are still talks, and talks someone managed to hold took place', () => {
  assert.deepEqual(brief('Israel and Syria held negotiations in Oslo last week.', [ISR, SYR]), ['ISR>SYR 046', 'SYR>ISR 046']);
  assert.deepEqual(brief('Norway managed to arrange a meeting between Israel and Syria last week.', [NOR, ISR, SYR]).filter((e) => !e.startsWith('NOR')), ['ISR>SYR 040', 'SYR>ISR 040']);
});

test('an event noun the infinitive acts on, not brings about, is left alone (to condemn the attack)', () => {
  const text = 'Ministers met to condemn the attack.';
  const doc = nlp.parse(text);
  assert.equal(infinitiveOfNoun(doc, doc.lower.indexOf('attack'), 0), -1);
  const text2 = 'Envoys tried hard to revive the stalled peace negotiations.';
  const doc2 = nlp.parse(text2);
  assert.equal(infinitiveOfNoun(doc2, doc2.lower.indexOf('negotiations'), 0), doc2.lower.indexOf('hard'));
});
