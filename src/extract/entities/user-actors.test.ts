import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const dir = mkdtempSync(join(tmpdir(), 'detente-actors-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'actors.json');
writeFileSync(
  file,
  JSON.stringify({
    people: [{ name: 'Mira Kestrel', gender: 'female', terms: [{ actor: 'CANMED', role: 'editor', from: '2018-01-01', to: null }] }],
    organisations: [{ name: 'Northwind Relief', aliases: ['Northwind'], actor: 'NGOHLH' }],
    groupRoles: [{ phrase: 'ferry crews', agent: 'LAB', plural: true }],
  }),
);
const nlp = createNlp();
const res = loadEntityResources({ actorsFile: file, nerModel: false });

test('a user actors file adds people with dated codes', () => {
  const es = extractEntities(nlp.parse('Mira Kestrel said she would publish the letter.'), res, '2020-05-05');
  const mira = es.find((e) => e.name === 'Mira Kestrel');
  assert.equal(mira?.actor, 'CANMED');
  assert.ok(mira?.mentions.some((m) => m.kind === 'pronoun' && m.text === 'she'));
});

test('a user actors file adds organisations and group nouns', () => {
  const es = extractEntities(nlp.parse('Northwind sent doctors while Greek ferry crews went on strike.'), res, '2020-05-05');
  assert.equal(es.find((e) => e.name === 'Northwind Relief')?.actor, 'NGOHLH');
  assert.equal(es.find((e) => e.name === 'Greek ferry crews')?.actor, 'GRCLAB');
});

test('a malformed actors file is rejected with a clear error', () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ people: [{ name: 'X', terms: [{ actor: 'not a code' }] }] }));
  assert.throws(() => loadEntityResources({ actorsFile: bad, nerModel: false }), /E_RESOURCE_INVALID|does not match/);
});

test('an invalid actors file names the field and the rule it breaks, one line per problem', () => {
  const bad = join(dir, 'lower.json');
  writeFileSync(bad, JSON.stringify({ people: [{ name: 'Ada Quill', terms: [{ actor: 'gbrmed', from: '2019' }] }] }));
  assert.throws(
    () => loadEntityResources({ actorsFile: bad, nerModel: false }),
    (e: Error & { code?: string }) =>
      e.code === 'E_RESOURCE_INVALID' &&
      /people\[0\]\.terms\[0\]\.actor: must be an upper-case CAMEO code/.test(e.message) &&
      /people\[0\]\.terms\[0\]\.from: must be a date YYYY-MM-DD/.test(e.message) &&
      !e.message.includes('\n'),
  );
});

test('a missing actors file says there is no such file', () => {
  assert.throws(() => loadEntityResources({ actorsFile: join(dir, 'nowhere.json'), nerModel: false }), (e: Error & { code?: string }) => e.code === 'E_RESOURCE_READ' && /nowhere\.json: no such file/.test(e.message));
});

test('an actors file that defines nothing is refused: a misspelt key, an empty object, a text file in no dictionary format', () => {
  const misspelt = join(dir, 'misspelt.json');
  writeFileSync(misspelt, JSON.stringify({ peeple: [] }));
  assert.throws(() => loadEntityResources({ actorsFile: misspelt, nerModel: false }), /E_RESOURCE_INVALID|peeple/);
  const empty = join(dir, 'empty.json');
  writeFileSync(empty, '{}');
  assert.throws(() => loadEntityResources({ actorsFile: empty, nerModel: false }), /defines no actors/);
  const prose = join(dir, 'notes.txt');
  writeFileSync(prose, 'Remember to ask the desk about the harbour story.\nFOO_ [xyz\n');
  assert.throws(() => loadEntityResources({ actorsFile: prose, nerModel: false }), /defines no actors, organisations or roles read as a PETRARCH actors dictionary/);
});

test('an actors file that is not JSON says so and points PETRARCH users to the .txt name', () => {
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ "people": [ ');
  assert.throws(() => loadEntityResources({ actorsFile: broken, nerModel: false }), /is not valid JSON .*PETRARCH dictionaries must be named \*\.txt/);
});

test('an impossible date or a term ending before it starts is an error naming the file, the entry and the reason', () => {
  const bad = join(dir, 'dates.json');
  writeFileSync(
    bad,
    JSON.stringify({
      people: [
        { name: 'Tova Brisk', terms: [{ actor: 'NORGOV', from: '2020-13-45', to: null }] },
        { name: 'Anselm Rook', terms: [{ actor: 'NORLEG', from: '2015-06-01', to: '2011-02-01' }] },
      ],
    }),
  );
  assert.throws(
    () => loadEntityResources({ actorsFile: bad, nerModel: false }),
    (e: Error & { code?: string }) =>
      e.code === 'E_RESOURCE_INVALID' &&
      e.message.includes(bad) &&
      /people\[0\]\.terms\[0\]\.from: "2020-13-45" is no day of the calendar \(Tova Brisk\)/.test(e.message) &&
      /people\[1\]\.terms\[0\]\.to: the term ends .* no later than it starts .*\(Anselm Rook\)/.test(e.message),
  );
});

test('a code opening with no known country is loaded with a warning naming the file, the line and the entry; CAMEO codes with digits are codes', () => {
  const odd = join(dir, 'odd.json');
  writeFileSync(
    odd,
    JSON.stringify(
      {
        people: [{ name: 'Ines Varga', terms: [{ actor: 'XYZGOV', from: '2019-01-01', to: null }] }],
        organisations: [
          { name: 'Kestrel Chapel Fund', actor: 'NGOCHRPRO214' },
          { name: 'Ashgrove Synod', actor: 'JEW050' },
        ],
      },
      null,
      1,
    ),
  );
  const warnings: { file: string; line: number; reason: string }[] = [];
  const loaded = loadEntityResources({ actorsFile: odd, nerModel: false, onActorsWarning: (w) => warnings.push(w) });
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0].file, odd);
  assert.equal(warnings[0].line, 7);
  assert.match(warnings[0].reason, /people\[0\] "Ines Varga": "XYZGOV" opens with XYZ/);
  const es = extractEntities(nlp.parse('Ines Varga spoke to the Kestrel Chapel Fund.'), loaded, '2020-05-05');
  assert.equal(es.find((e) => e.name === 'Ines Varga')?.actor, 'XYZGOV');
});
