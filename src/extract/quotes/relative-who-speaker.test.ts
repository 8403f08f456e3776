import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, EntityType } from '../../model/entity.js';
import { createNlp } from '../../nlp/nlp.js';
import { extractQuotes } from './extract-quotes.js';
import { loadQuoteResources } from './resources.js';

const nlp = createNlp();
const resources = loadQuoteResources();
const prov = { component: 'test', version: '0', rule: 'test', confidence: 1 };

/** An entity whose one mention is the first occurrence of `surface` in `text`. */
function entity(id: string, type: EntityType, surface: string, text: string): Entity {
  const at = text.indexOf(surface);
  assert.ok(at >= 0, `${surface} not in the text`);
  return {
    id, name: surface, type, actor: null, country: null, agent: null, provenance: prov,
    mentions: [{ start: at, end: at + surface.length, text: surface, kind: 'name', provenance: prov }],
  };
}

const quotesOf = (text: string, entities: Entity[]) =>
  extractQuotes(nlp.parse(text), resources, entities, { name: 'quotes', version: 'test' }).quotes;

test('"a challenge from <title> <name> who said" is the named person\'s quote (review 18)', () => {
  const text = 'At the hearing the mayor faced a challenge from council leader Tom Vell who said the fares would rise in May.';
  const said = quotesOf(text, [entity('E1', 'PERSON', 'Tom Vell', text)]).find((q) => q.text === 'the fares would rise in May');
  assert.ok(said);
  assert.equal(said.speaker.mention?.text, 'council leader Tom Vell');
  assert.equal(said.speaker.entity, 'E1');
});

test('"a speech by <name>, who said" is the named person\'s quote', () => {
  const text = 'Delegates heard a speech by Ana Ruiz, who said the port would close.';
  const said = quotesOf(text, [entity('E1', 'PERSON', 'Ana Ruiz', text)]).find((q) => q.text === 'the port would close');
  assert.equal(said?.speaker.entity, 'E1');
});

test('a place after "from" leaves the phrase as the speaker ("a nurse from Leeds who said")', () => {
  const text = 'A nurse from Leeds who said she had waited an hour was interviewed.';
  const said = quotesOf(text, [entity('E1', 'GPE', 'Leeds', text)]).find((q) => q.text.startsWith('she had waited'));
  assert.equal(said?.speaker.mention?.text, 'A nurse from Leeds');
  assert.equal(said?.speaker.entity, null);
});
