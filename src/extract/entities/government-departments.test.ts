import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../analyze.js';

const analyzer = createAnalyzer();
const actors = (text: string) =>
  Object.fromEntries(analyzer.analyze({ id: 'g', title: 'T', published: '1987-03-03', text }).entities.filter((e) => e.type === 'ORG').map((e) => [e.name, e.actor]));

test('a ministry or department of state takes the government code of the country named with it or of the story', () => {
  const tokyo = actors('TOKYO, March 3 - The Trade Ministry said exports rose. Taiwan\'s Labor Department said jobs grew.');
  assert.equal(tokyo['Trade Ministry'], 'JPNGOV');
  assert.equal(tokyo['Labor Department'], 'TWNGOV');
  const washington = actors('WASHINGTON, March 3 - The Labor Department said jobs grew. The Defense Department said it would buy ships.');
  assert.equal(washington['Labor Department'], 'USAGOV');
  assert.equal(washington['Defense Department'], 'USAMIL');
});

test('a police, fire or store department, a club or a university department is no ministry of state', () => {
  const found = actors(
    'LONDON, March 3 - The Harlow County Fire Department said the blaze was out. Brelvo Department Stores said sales rose. ' +
      'The Ministry of Sound said its club would reopen. The Department of Physics at Oxford said the test failed.',
  );
  for (const [name, actor] of Object.entries(found)) assert.ok(!actor?.endsWith('GOV'), `${name} ${actor}`);
});
