// Builds data/actors/fips10.json: ISO 3166 alpha-3 country code -> FIPS 10-4 country code, the two-letter
// codes GDELT's *Geo_CountryCode columns use (GDELT Event Codebook 2.0: "the 2-character FIPS10-4 country
// code"). Facts read in place from the Phoenix/PETRARCH CountryInfo file
// ($DETENTE_SHARED/reference/dictionaries/countryinfo/CountryInfo.120116.txt; never copied): the first
// <FIPS-10> of each plain three-letter <CountryCode>; CAMEO sub-codes (USAPRI, GBRGIB…) and "--" are skipped.
// Codes the file leaves out or marks "--"/"NOT_YET" are added from the FIPS 10-4 list itself (CIA World
// Factbook appendix D): Cyprus CY, Serbia RI, Kosovo KV, Anguilla AV.
// Deterministic. Usage: npx tsx scripts/build-fips-codes.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../src/ingest/shared-path.js';
import { dataPath } from '../src/resources/data-path.js';

const file = sharedPath('reference', 'dictionaries', 'countryinfo', 'CountryInfo.120116.txt');
if (!file) {
  console.error('CountryInfo.120116.txt missing under reference/dictionaries/countryinfo (set DETENTE_SHARED)');
  process.exit(1);
}
const text = readFileSync(file).toString('latin1');
const codes: Record<string, string> = {};
for (const block of text.split('<CountryCode>').slice(1)) {
  const code = block.slice(0, block.indexOf('<')).trim();
  const fips = /<FIPS-10>([^<]*)<\/FIPS-10>/.exec(block.slice(0, block.indexOf('</Country>') >= 0 ? block.indexOf('</Country>') : undefined))?.[1].trim();
  if (!/^[A-Z]{3}$/.test(code) || !fips || !/^[A-Z]{2}$/.test(fips) || codes[code]) continue;
  codes[code] = fips;
}
for (const [code, fips] of Object.entries({ CYP: 'CY', SRB: 'RI', KSV: 'KV', XKX: 'KV', AIA: 'AV' })) codes[code] ??= fips;
const sorted = Object.fromEntries(Object.keys(codes).sort().map((k) => [k, codes[k]]));
const out = {
  source:
    'ISO 3166 alpha-3 -> FIPS 10-4 country codes (GDELT *Geo_CountryCode). Built by scripts/build-fips-codes.ts from the CountryInfo file of the Phoenix/PETRARCH dictionaries (first FIPS-10 per country), plus CY, RI, KV, AV from the FIPS 10-4 list.',
  codes: sorted,
};
writeFileSync(dataPath('actors', 'fips10.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${Object.keys(sorted).length} codes to ${join('data', 'actors', 'fips10.json')}`);
