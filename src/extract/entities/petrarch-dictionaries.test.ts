import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dir = join(resolve(repoRoot, process.env.DETENTE_SHARED ?? '../shared'), 'reference', 'dictionaries', 'petrarch2');
const actors = join(dir, 'Phoenix.Countries.actors.txt');
const skip = existsSync(actors) ? false : `PETRARCH dictionaries missing at ${dir} (set DETENTE_SHARED)`;

test('the Phoenix country actor dictionary loads as a user dictionary and codes people by date', { skip }, () => {
  const res = loadEntityResources({ actorsFile: actors, nerModel: false });
  const nlp = createNlp();
  const text = 'Yasser Arafat met Mr Mubarak in the afternoon.';
  const before = extractEntities(nlp.parse(text), res, '1990-05-01').find((e) => e.type === 'PERSON' && /Arafat/.test(e.name));
  const after = extractEntities(nlp.parse(text), res, '2000-05-01').find((e) => e.type === 'PERSON' && /Arafat/.test(e.name));
  assert.equal(before?.actor, 'PSEELI');
  assert.equal(after?.actor, 'PSEGOV');
});

test('the Phoenix agents dictionary adds role words', { skip }, () => {
  const res = loadEntityResources({ actorsFile: join(dir, 'Phoenix.agents.txt'), nerModel: false });
  const es = extractEntities(createNlp().parse('Kenyan cattle ranchers blocked the road.'), res, null);
  assert.equal(es.find((e) => /ranchers/.test(e.name))?.actor, 'KENAGR');
});

test('a PETRARCH agents file keeps the names and types the built-in knowledge finds ("told the House of Commons of Canada")', () => {
  // government, parliament bodies and courts in PETRARCH's agents file were read as person titles: the Brazilian
  // government became a PERSON and the House of Commons of Canada (CANLEG) was cut out, losing its 010 event
  const file = join(mkdtempSync(join(tmpdir(), 'detente-agents-')), 'mine.agents.txt');
  writeFileSync(file, 'GOVERNMENT [~GOV]\nHOUSE_OF_COMMONS [~LEG]\nSUPERIOR_COURT [~JUD]\nDOCKWORKER [~LAB]\n');
  const res = loadEntityResources({ actorsFile: file, nerModel: false });
  const nlp = createNlp();
  const told = extractEntities(nlp.parse('Prime Minister Brian Mulroney told the House of Commons of Canada on Monday that the levy on fuel would rise.'), res, '1987-06-18');
  assert.equal(told.find((e) => e.name === 'House of Commons of Canada')?.actor, 'CANLEG');
  const said = extractEntities(nlp.parse('The Brazilian government said the Superior Court of Lisbon would hear the dockworkers.'), res, '1987-06-18');
  assert.equal(said.find((e) => e.name === 'Brazilian government')?.type, 'ORG');
  assert.ok(said.some((e) => e.name.startsWith('Superior Court')));
});
