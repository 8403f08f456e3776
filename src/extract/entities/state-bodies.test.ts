import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

// Regulators, central banks and legislatures that Reuters-era finance news names by their own or a bare word
// (fresh-eyes review 21: the Securities and Exchange Commission, Congress, USDA and the Bank of England
// had no code, the Bank of Japan and the Bank of France were coded as businesses). Made-up sentences.
const run = createEntityRunner('1987-04-02');
const codesOf = (text: string, surface: string) => [...new Set(run(text).filter((e) => e.mentions.some((m) => m.text === surface)).map((e) => e.actor))];

test('the Securities and Exchange Commission and its acronym are a US government body', () => {
  const text = 'Harlow Dynamics Inc told the Securities and Exchange Commission it holds 7.1 pct of Pellmont Corp. The SEC said it would review the filing.';
  assert.deepEqual(codesOf(text, 'Securities and Exchange Commission'), ['USAGOV']);
  assert.deepEqual(codesOf(text, 'SEC'), ['USAGOV']);
});

test('USDA is the US Department of Agriculture', () => {
  assert.deepEqual(codesOf('The USDA said corn stocks fell 4 pct in the quarter to March.', 'USDA'), ['USAGOV']);
});

test('a central bank is its country\'s government, not a business (CAMEO GOV)', () => {
  const text = 'The Bank of Japan bought dollars in Tokyo, dealers said, and the Bank of England and the Bundesbank held rates steady.';
  assert.deepEqual(codesOf(text, 'Bank of Japan'), ['JPNGOV']);
  assert.deepEqual(codesOf(text, 'Bank of England'), ['GBRGOV']);
  assert.deepEqual(codesOf(text, 'Bundesbank'), ['DEUGOV']);
});

test('a commercial bank named after a country stays a business', () => {
  const text = 'The Bank of Ireland raised its prime lending rate by half a point, the bank said in Dublin.';
  assert.ok(!codesOf(text, 'Bank of Ireland').includes('IRLGOV'), String(codesOf(text, 'Bank of Ireland')));
});

test('GM is General Motors in a story that names General Motors', () => {
  const text = 'General Motors Corp said it would close a plant in Ohio. GM said 2,000 workers would be laid off.';
  assert.deepEqual(codesOf(text, 'GM'), ['USABUS']);
});

test('GM is no carmaker in a story about genetically modified crops', () => {
  const text = 'Farmers in Wales oppose GM crops, and the minister said GM maize would not be grown there this year.';
  assert.ok(!codesOf(text, 'GM').includes('USABUS'), String(codesOf(text, 'GM')));
});

test('a bare Congress is the legislature of the country the story names', () => {
  const text = 'WASHINGTON, April 2 - The Reagan administration urged Congress to pass the U.S. trade bill before the summer recess.';
  assert.deepEqual(codesOf(text, 'Congress'), ['USALEG']);
  const manila = 'MANILA, April 2 - The Philippine government asked Congress to approve the budget, officials in Manila said.';
  assert.deepEqual(codesOf(manila, 'Congress'), ['PHLLEG']);
});

test('a commercial bank whose name ends in a central bank\'s name keeps its own name and code', () => {
  const text = 'The Industrial Bank of Japan lent 300 mln dlrs to the utility. Royal Bank of Canada Chairman Alan Fenwick said rates would fall.';
  assert.deepEqual(codesOf(text, 'Industrial Bank of Japan'), ['JPNBUS']);
  assert.deepEqual(codesOf(text, 'Royal Bank of Canada'), ['CANBUS']);
  assert.ok(!run(text).some((e) => e.actor === 'JPNGOV' || e.actor === 'CANGOV'), JSON.stringify(run(text).map((e) => [e.name, e.actor])));
});
