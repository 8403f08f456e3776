import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/entity.js';
import { createSpeakerResolver } from './speaker-resolver.js';

const prov = { component: 'test', version: '0', rule: 'hand-built', confidence: 1 };
// "Mr Rook argued …" and "Mr Vale's spokesman said …": Rook a name mention at 3–7, Vale at 29–33
const entities: Entity[] = [
  { id: 'E1', name: 'Ada Rook', type: 'PERSON', actor: 'GBRELI', country: 'GBR', agent: 'ELI', mentions: [{ start: 3, end: 7, text: 'Rook', kind: 'name', provenance: prov }], provenance: prov },
  { id: 'E2', name: 'Tom Vale', type: 'PERSON', actor: 'GBRGOV', country: 'GBR', agent: 'GOV', mentions: [{ start: 29, end: 33, text: 'Vale', kind: 'name', provenance: prov }], provenance: prov },
];

test('a speaker phrase whose head is no mention is the name that ends it ("Mr Rook" with "Mr" taken for the head)', () => {
  const r = createSpeakerResolver(entities);
  assert.equal(r.resolve(0, 7, 0, 2)?.name, 'Ada Rook');
  // "a spokesman for Rook": the name ends the phrase but is no part of its head's noun
  assert.equal(r.resolve(0, 7, 0, 1), null);
  assert.equal(r.resolve(0, 7, 3, 7)?.name, 'Ada Rook');
});

test("a name inside the speaker phrase that does not end it is no speaker (\"Mr Vale's spokesman\")", () => {
  const r = createSpeakerResolver(entities);
  assert.equal(r.resolve(26, 46, 37, 46), null);
});

// "Officials in Beijing said …": the city is coded with its country but no actor, so the speaker had no code
test('an unnamed speaker takes the country of a place named inside the phrase when no mention there has an actor code', () => {
  const text = 'Officials in Lisbon said no. A spokesman for Portugal in Madrid said yes.';
  const at = (w: string) => text.indexOf(w);
  const place = (id: string, name: string, actor: string | null, country: string): Entity => ({
    id, name, type: 'GPE', actor, country, agent: null, provenance: prov,
    mentions: [{ start: at(name), end: at(name) + name.length, text: name, kind: 'name', provenance: prov }],
  });
  const r = createSpeakerResolver([place('E1', 'Lisbon', null, 'PRT'), place('E2', 'Portugal', 'PRT', 'PRT'), place('E3', 'Madrid', null, 'ESP')]);
  assert.equal(r.affiliation(0, at(' said')), 'PRT');
  // a mention with an actor code wins over a place without one ("… for Portugal in Madrid": PRT, not ESP)
  assert.equal(r.affiliation(at('A spokesman'), text.lastIndexOf(' said')), 'PRT');
  // no place, no code
  assert.equal(r.affiliation(0, at(' in')), null);
});
