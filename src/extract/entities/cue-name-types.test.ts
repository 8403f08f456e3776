import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { findMentions } from './find-mentions.js';
import { retypeCueNames } from './cue-name-types.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** The type of the rule mention whose surface is `name`, after {@link retypeCueNames}. */
function typeOf(text: string, name: string): string | undefined {
  const view = createDocView(nlp.parse(text));
  return retypeCueNames(view, res, findMentions(view, res)).find((m) => m.name === name)?.type;
}

test('a church named by its denomination or "Church of" a faith is an organisation', () => {
  assert.equal(typeOf('Leaders of the Lutheran Church met in Oslo.', 'Lutheran Church'), 'ORG');
  assert.equal(typeOf('Critics of the Church of Scientology protested.', 'Church of Scientology'), 'ORG');
});

test('a church named after a saint or "the Holy …" stays a building', () => {
  assert.equal(typeOf('The wedding was at Kilbride Church last May.', 'Kilbride Church'), 'FAC');
  assert.equal(typeOf('Pilgrims queued outside the Church of St Brendan on Sunday.', 'Church of St Brendan'), 'FAC');
});

test('a "Centre for …" is an institution, an organisation; a "… Centre" stays a building', () => {
  assert.equal(typeOf('Staff at the Centre for Coastal Erosion Studies warned of floods.', 'Centre for Coastal Erosion Studies'), 'ORG');
  assert.equal(typeOf('The concert was held at the Dunmore Leisure Centre on Friday.', 'Dunmore Leisure Centre'), 'FAC');
});
