import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, EntityType } from '../../model/entity.js';
import { groupHeadAgents } from './group-speaker-actor.js';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const prov = { component: 'test', version: '0', rule: 'hand-built', confidence: 1 };

/** A hand-built entity named by `name` at each of its occurrences in `text`. */
function entity(text: string, id: string, name: string, type: EntityType, actor: string | null, country: string): Entity {
  const mentions = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) mentions.push({ start: i, end: i + name.length, text: name, kind: 'name' as const, provenance: prov });
  return { id, name, type, actor, country, agent: actor && actor.length > 3 ? actor.slice(3) : null, mentions, provenance: prov };
}
const speakers = (text: string, entities: Entity[]) => run(text, entities).map((q) => [q.speaker.mention?.text, q.speaker.actor]);

test('the role lexicon gives group heads their agents; analysts and spokesmen get none', () => {
  const agents = groupHeadAgents({
    groupRoles: [{ phrase: 'officials', agent: 'GOV', plural: true }, { phrase: 'union officials', agent: 'LAB', plural: true }, { phrase: 'government', agent: 'GOV' }],
    personRoles: [{ phrase: 'minister', agent: 'GOV' }, { phrase: 'spokesman', agent: null }, { phrase: 'sen.', agent: 'LEG' }],
  });
  assert.equal(agents.get('officials'), 'GOV');
  assert.equal(agents.get('union officials'), 'LAB');
  assert.equal(agents.get('ministers'), 'GOV');
  assert.equal(agents.get('government'), undefined); // not a plural group role
  assert.equal(agents.get('spokesman'), undefined);
  assert.equal(agents.get('analysts'), undefined);
});

// review of issue 5: "officials in Beijing" got the country alone (CHN), while the entities layer codes "Chinese
// officials" CHNGOV by the same head word
test('"officials in Lisbon" take the agent of their head with the place\'s country; analysts and party officials the country alone', () => {
  const text = 'Officials in Lisbon said the port would reopen. Police in Lisbon said two men were held. Analysts in Lisbon said prices would rise. Party officials in Lisbon said the vote was fair.';
  const lisbon = entity(text, 'E1', 'Lisbon', 'GPE', null, 'PRT');
  assert.deepEqual(speakers(text, [lisbon]), [
    ['Officials in Lisbon', 'PRTGOV'],
    ['Police in Lisbon', 'PRTCOP'],
    ['Analysts in Lisbon', 'PRT'],
    ['Party officials in Lisbon', 'PRT'],
  ]);
});

test('diplomats in a capital keep only its country: they are mostly posted there by other governments', () => {
  const text = 'Diplomats in Lisbon said the talks had stalled.';
  assert.deepEqual(speakers(text, [entity(text, 'E1', 'Lisbon', 'GPE', null, 'PRT')]), [['Diplomats in Lisbon', 'PRT']]);
});

// a bare "Officials said" right after the article named a coded government had no code at all
test('bare "officials" after a coded government within a few sentences speak for that government', () => {
  const text = 'The Ruritanian government raised fuel duty on Monday. Officials said the money would repair roads.';
  const gov = entity(text, 'E1', 'The Ruritanian government', 'ORG', 'RURGOV', 'RUR');
  assert.deepEqual(speakers(text, [gov]), [['Officials', 'RURGOV']]);
  // "the authorities", "a senior official" too, within three sentences
  const later = 'The Ruritanian government raised fuel duty. Roads were busy. A senior official said the money would repair roads.';
  assert.deepEqual(speakers(later, [entity(later, 'E1', 'The Ruritanian government', 'ORG', 'RURGOV', 'RUR')]), [['A senior official', 'RURGOV']]);
});

test('bare "officials" far from any coded government, or after an uncoded body, stay uncoded', () => {
  const far = 'The Ruritanian government raised fuel duty on Monday. Roads were busy. Shops were shut. Buses ran late. Trains were full. Officials said the money would repair roads.';
  const gov = entity(far, 'E1', 'The Ruritanian government', 'ORG', 'RURGOV', 'RUR');
  assert.deepEqual(speakers(far, [gov]).at(-1), ['Officials', null]);
  const club = 'The football club raised ticket prices. Officials said the money would repair the stand.';
  assert.deepEqual(speakers(club, []).at(-1), ['Officials', null]);
  // a noun before the head names another body
  const party = 'The Ruritanian government raised fuel duty on Monday. Party officials said the rise was a mistake.';
  assert.deepEqual(speakers(party, [entity(party, 'E1', 'The Ruritanian government', 'ORG', 'RURGOV', 'RUR')]).at(-1), ['Party officials', null]);
});

// review 16b: "The American president met the Chinese president … Officials said" took the last government named
test('bare "officials" after the governments of two countries stay uncoded: whose officials cannot be told', () => {
  const text = 'The Ruritanian president met the Borduvian president in Lima. Officials said the talks had gone well.';
  const rur = entity(text, 'E1', 'The Ruritanian president', 'PERSON', 'RURGOV', 'RUR');
  const bor = entity(text, 'E2', 'the Borduvian president', 'PERSON', 'BORGOV', 'BOR');
  assert.deepEqual(speakers(text, [rur, bor]).at(-1), ['Officials', null]);
});
