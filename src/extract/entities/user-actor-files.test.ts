import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources, type ActorsFileWarning } from './resources.js';

const dir = mkdtempSync(join(tmpdir(), 'detente-actor-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const nlp = createNlp();
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

test('several actors files are all read, and the later one wins where both name the same organisation', () => {
  const first = write('first.actors.txt', 'QUILLON_TRUST_ [NGOHLH]\nBRACKEN_MILLS_ [GBRBUS]\n');
  const second = write('second.json', JSON.stringify({ organisations: [{ name: 'Bracken Mills', actor: 'IRLBUS' }] }));
  const res = loadEntityResources({ actorsFile: [first, second], nerModel: false });
  const es = extractEntities(nlp.parse('The Quillon Trust said Bracken Mills would close a plant.'), res, '2021-03-04');
  assert.equal(es.find((e) => e.name === 'Quillon Trust')?.actor, 'NGOHLH');
  assert.equal(es.find((e) => e.name === 'Bracken Mills')?.actor, 'IRLBUS');
});

test("a PETRARCH country block keeps the built-in nationality words, capitals and country codes (Phoenix.Countries' FRENCH_, TOKYO_, SOVIET_UNION)", () => {
  const dict = write(
    'countries.actors.txt',
    ['FRANCE_ [FRA]', '+FRENCH_', '+PARIS_', 'JAPAN_ [JPN]', '+TOKYO_', '+LAND_OF_THE_RISING_SUN_', 'SOVIET_UNION', '+USSR', '\t[SUN]', ''].join('\n'),
  );
  const res = loadEntityResources({ actorsFile: dict, nerModel: false });
  const es = extractEntities(
    nlp.parse('French cookware maker Brisol Cuisine said Tokyo had agreed to cut tariffs, as the Soviet Union once did, and the Land of the Rising Sun welcomed it.'),
    res,
    '1988-05-02',
  );
  const actorOf = (text: string) => es.find((e) => e.mentions.some((m) => m.text === text))?.actor;
  assert.equal(actorOf('Tokyo'), 'JPNGOV');
  assert.equal(actorOf('Soviet Union'), 'USR');
  assert.notEqual(es.find((e) => e.mentions.some((m) => m.text === 'French'))?.type, 'GPE');
  assert.equal(actorOf('Land of the Rising Sun'), 'JPN');
});

test('each unreadable block of a PETRARCH file is reported with its file and line, and a file of nothing but bad blocks fails naming the line', () => {
  const mixed = write('mixed.actors.txt', 'SALT_COOPERATIVE_ [NORAGR]\nHERON_FUND_ [NGOENV\n');
  const warnings: ActorsFileWarning[] = [];
  loadEntityResources({ actorsFile: mixed, nerModel: false, onActorsWarning: (w) => warnings.push(w) });
  assert.deepEqual(warnings.map((w) => [w.file, w.line]), [[mixed, 2]]);
  const bad = write('bad.actors.txt', '\n\nHERON_FUND_ [NGOENV\n+HERON_\n');
  assert.throws(() => loadEntityResources({ actorsFile: bad, nerModel: false }), (e: Error & { code?: string }) => e.code === 'E_RESOURCE_INVALID' && e.message.includes(`${bad}:3: unclosed "["`));
});

test("the user's dictionary wins over a title in the article: 'Canadian Finance Minister Odile Marchetti' is what the user's file says she was on the date", () => {
  const mine = write('people.json', JSON.stringify({ people: [{ name: 'Odile Marchetti', gender: 'female', terms: [{ actor: 'CANLEG', role: 'member of parliament', from: '2015-01-01', to: null }] }] }));
  const res = loadEntityResources({ actorsFile: mine, nerModel: false });
  const es = extractEntities(nlp.parse('Canadian Finance Minister Odile Marchetti said the budget would balance by spring.'), res, '2019-06-10');
  const odile = es.find((e) => e.name === 'Odile Marchetti');
  assert.equal(odile?.actor, 'CANLEG');
  assert.match(odile?.provenance.rule ?? '', /user-dictionary/);
  const plain = extractEntities(nlp.parse('Canadian Finance Minister Odile Marchetti said the budget would balance by spring.'), loadEntityResources({ nerModel: false }), '2019-06-10');
  assert.equal(plain.find((e) => e.name === 'Odile Marchetti')?.actor, 'CANGOV');
});
