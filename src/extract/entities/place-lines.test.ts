import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstKeyPhrases, type Gazetteer } from './gazetteer.js';
import { LazyGazetteerBuilder } from './lazy-gazetteer.js';
import { PLACE_KEY_MODULES, PlaceLines, placeKeysPath, writePlaceKeys, type CountryCodes } from './place-lines.js';
import { moduleFingerprint } from '../../resources/module-fingerprint.js';

const PLACES = fileURLToPath(new URL('../../../data/actors/places.tsv', import.meta.url));

/** The places index built by adding each line of a places file one by one, as the loader did before place-lines.ts. */
function addedOneByOne(text: string, countries: CountryCodes): Gazetteer {
  const b = new LazyGazetteerBuilder();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [name, cca2, population] = line.split('\t');
    const country = countries.get(cca2);
    if (country) b.add(name, { kind: 'place', name, country, population: Number(population) }, false);
  }
  return b.build();
}

/** The places index of PlaceLines, with the given record (null: keys worked out line by line). */
function fromLines(path: string, countries: CountryCodes, recordPath: string | null): Gazetteer {
  const lines = new PlaceLines(path);
  const b = new LazyGazetteerBuilder(lines);
  lines.addTo(b, countries, recordPath);
  return b.build();
}

function assertSameIndex(actual: Gazetteer, expected: Gazetteer): void {
  assert.equal(actual.size, expected.size);
  for (const key of expected.keys()) assert.deepEqual(firstKeyPhrases(actual, key), firstKeyPhrases(expected, key), key);
  // the same keys in the same order (the order an index is iterated in)
  assert.deepEqual([...actual.keys()], [...expected.keys()]);
}

function withTmp(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'detente-place-lines-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the places of data/actors/places.tsv read as deferred lines equal them added one by one, with and without the build record', () => {
  const countries = { get: (cca2: string) => (cca2 === 'GB' ? 'GBR' : cca2 === 'US' ? 'USA' : `${cca2}X`) };
  const expected = addedOneByOne(readFileSync(PLACES, 'utf8'), countries);
  assertSameIndex(fromLines(PLACES, countries, null), expected);
  withTmp((dir) => {
    const record = join(dir, 'places.keys.compiled.bin');
    writePlaceKeys(PLACES, record);
    assertSameIndex(fromLines(PLACES, countries, record), expected);
  });
});

test('lines of a country left out are not added, and the build record is then not used', () => {
  withTmp((dir) => {
    const path = join(dir, 'places.tsv');
    writeFileSync(path, 'Lower Brindlemoor\tZQ\t40000\nSaint-Quarnby\tZR\t35000\nLower Farrowdale\tZR\t20000\n\nQuarnby\tZQ\t15000\n');
    writePlaceKeys(path);
    const onlyZr = new Map([['ZR', 'ZRR']]);
    const index = fromLines(path, onlyZr, placeKeysPath(path));
    assertSameIndex(index, addedOneByOne(readFileSync(path, 'utf8'), onlyZr));
    assert.deepEqual([...index.keys()], ['saint-quarnby', 'saint', 'lower']);
    assert.deepEqual(
      index.get('lower')?.map((p) => p.entries),
      [[{ kind: 'place', name: 'Lower Farrowdale', country: 'ZRR', population: 20000 }]],
    );
  });
});

test('a build record of another text is not used', () => {
  withTmp((dir) => {
    const path = join(dir, 'places.tsv');
    writeFileSync(path, 'Upper Tollbridge\tZQ\t40000\nTollbridge\tZQ\t30000\n');
    writePlaceKeys(path);
    // same length, other names: the stored offsets would still point at line starts
    writeFileSync(path, 'Upper Millbridge\tZQ\t40000\nMillbridge\tZQ\t30000\n');
    const index = fromLines(path, new Map([['ZQ', 'ZQQ']]), placeKeysPath(path));
    assert.deepEqual([...index.keys()], ['upper', 'millbridge']);
    assertSameIndex(index, addedOneByOne(readFileSync(path, 'utf8'), new Map([['ZQ', 'ZQQ']])));
  });
});

// review 16b: a record whose fingerprints matched but whose offsets were shifted made every article fail its entities
test('a build record damaged after it was written (offsets off their lines, a wrong hash, cut short) is not used', () => {
  withTmp((dir) => {
    const path = join(dir, 'places.tsv');
    writeFileSync(path, 'Upper Tollbridge\tZQ\t40000\nTollbridge\tZQ\t30000\n');
    writePlaceKeys(path);
    const recordPath = placeKeysPath(path);
    const good = readFileSync(recordPath);
    const headerLength = good.readUInt32LE(4);
    const keys = (JSON.parse(good.subarray(8, 8 + headerLength).toString('utf8')) as { keys: number }).keys;
    const words = 8 + headerLength;
    const countries = new Map([['ZQ', 'ZQQ']]);
    const expected = addedOneByOne(readFileSync(path, 'utf8'), countries);
    const shiftedOffset = Buffer.from(good);
    shiftedOffset.writeUInt32LE(shiftedOffset.readUInt32LE(words + 16 * keys) + 1, words + 16 * keys);
    const wrongHash = Buffer.from(good);
    wrongHash.writeUInt32LE(wrongHash.readUInt32LE(words) ^ 1, words);
    for (const damaged of [shiftedOffset, wrongHash, good.subarray(0, good.length - 2)]) {
      writeFileSync(recordPath, damaged);
      assertSameIndex(fromLines(path, countries, recordPath), expected);
    }
  });
});

test('places added before and after the lines of a build record keep their order under a shared first key', () => {
  withTmp((dir) => {
    const path = join(dir, 'places.tsv');
    writeFileSync(path, 'Lower Brindlemoor\tZQ\t40000\nQuarnby\tZQ\t15000\nSaint-Quarnby\tZQ\t9000\n');
    writePlaceKeys(path);
    const countries = new Map([['ZQ', 'ZQQ']]);
    const build = (recordPath: string | null): Gazetteer => {
      const lines = new PlaceLines(path);
      const b = new LazyGazetteerBuilder(lines);
      b.add('Quarnby', { kind: 'place', name: 'Quarnby', country: 'AAA' }, false);
      b.add('Farrowdale', { kind: 'place', name: 'Farrowdale', country: 'AAA' }, false);
      lines.addTo(b, countries, recordPath);
      b.add('Lower Quarnby', { kind: 'place', name: 'Lower Quarnby', country: 'BBB' }, false);
      b.add('Saint', { kind: 'place', name: 'Saint', country: 'BBB' }, false);
      return b.build();
    };
    // iterated before any lookup: every key in the order first met
    assert.deepEqual([...build(placeKeysPath(path)).keys()], [...build(null).keys()]);
    const withRecord = build(placeKeysPath(path));
    const without = build(null);
    const places = (key: string) => withRecord.get(key)?.flatMap((p) => p.entries.map((e) => (e.kind === 'place' ? `${e.name} ${e.country}` : '')));
    assert.deepEqual(places('quarnby'), ['Quarnby AAA', 'Quarnby ZQQ']);
    assert.deepEqual(places('lower'), ['Lower Brindlemoor ZQQ', 'Lower Quarnby BBB']);
    assert.equal(withRecord.size, without.size);
    assertSameIndex(build(placeKeysPath(path)), without);
  });
});

test('a malformed line is an error naming the file and the line', () => {
  withTmp((dir) => {
    const path = join(dir, 'places.tsv');
    for (const bad of ['Quarnby\tZQ\t15000\tmore', 'Quarnby\tZQQ\t15000', 'Quarnby\tzq\t15000', 'Quarnby\tZQ\t15 000', 'Quarnby\tZQ\t', '\tZQ\t15000', 'Quarnby ZQ 15000']) {
      writeFileSync(path, `Lower Brindlemoor\tZQ\t40000\n${bad}\n`);
      assert.throws(
        () => fromLines(path, new Map([['ZQ', 'ZQQ']]), null),
        (e: Error & { code?: string }) => e.code === 'E_RESOURCE_INVALID' && e.message.includes(path) && e.message.includes(JSON.stringify(bad)),
        bad,
      );
    }
  });
});

test('the code a place-key record depends on includes the hash of its first keys, and every module named exists', () => {
  assert.ok(PLACE_KEY_MODULES.includes('../../nlp/fnv1a'));
  assert.notEqual(moduleFingerprint(import.meta.url, PLACE_KEY_MODULES), null);
});
