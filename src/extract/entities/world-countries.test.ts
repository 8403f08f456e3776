import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileWorldCountries, readWorldCountries, subsetOfWorldCountries, worldCountriesSource, type WorldCountry } from './world-countries.js';

const require = createRequire(import.meta.url);
const packageSubset = () => subsetOfWorldCountries(require('world-countries') as WorldCountry[]);

test('the compiled world-countries subset reads back as the subset of the installed package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-world-countries-'));
  try {
    const path = join(dir, 'compiled.json');
    writeFileSync(path, compileWorldCountries(require));
    const read = readWorldCountries(require, path);
    assert.deepStrictEqual(read, packageSubset());
    assert.ok(read.length > 240);
    assert.deepStrictEqual(read.find((c) => c.cca3 === 'FRA')?.demonyms, { eng: { f: 'French', m: 'French' } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a compiled subset is used while it matches the installed package, and not once the package changed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-world-countries-'));
  try {
    const path = join(dir, 'compiled.json');
    const marker: WorldCountry[] = [{ name: { common: 'Marker', official: 'Marker' }, cca2: 'ZZ', cca3: 'ZZZ' }];
    writeFileSync(path, JSON.stringify({ format: 2, source: worldCountriesSource(require), countries: marker }));
    assert.deepStrictEqual(readWorldCountries(require, path), marker);
    writeFileSync(path, JSON.stringify({ format: 2, source: { ...worldCountriesSource(require), version: '0.0.1' }, countries: marker }));
    assert.deepStrictEqual(readWorldCountries(require, path), packageSubset());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a compiled subset of the format before native names (no format field) is not read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'detente-world-countries-'));
  try {
    const path = join(dir, 'compiled.json');
    const marker: WorldCountry[] = [{ name: { common: 'Marker', official: 'Marker' }, cca2: 'ZZ', cca3: 'ZZZ' }];
    writeFileSync(path, JSON.stringify({ source: worldCountriesSource(require), countries: marker }));
    assert.deepStrictEqual(readWorldCountries(require, path), packageSubset());
    assert.equal(packageSubset().find((c) => c.cca3 === 'DEU')?.name.native?.deu?.common, 'Deutschland');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without a compiled subset the package itself is read', () => {
  assert.deepStrictEqual(readWorldCountries(require, join(tmpdir(), 'detente-no-such-world-countries.json')), packageSubset());
});
