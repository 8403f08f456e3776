import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const actorOf = (text: string, name: string, date = '1987-03-03') =>
  run(text, date).find((e) => e.type === 'PERSON' && e.name === name)?.actor ?? null;

test('his U.S. counterpart, Trade Representative X, in a Tokyo story holds the office in the United States', () => {
  const text = 'TOKYO, March 3 - Trade Minister Kenji Horiba will meet his U.S. counterpart, Trade Representative Dana Whitcombe, in Geneva next week.';
  assert.equal(actorOf(text, 'Dana Whitcombe'), 'USAGOV');
  assert.equal(actorOf(text, 'Kenji Horiba'), 'JPNGOV');
});

test('a counterpart without a title takes the agent of the office holder whose counterpart he is', () => {
  const text = 'CAIRO, May 2 - Defence Minister General Omar Fathy telephoned his Israeli counterpart Avner Golan on Sunday.';
  assert.equal(actorOf(text, 'Avner Golan'), 'ISRMIL');
});

test('a titled person who is nobody\'s counterpart keeps the country of the story', () => {
  const text = 'TOKYO, March 3 - Trade Representative Dana Whitcombe said the talks in Geneva would go on.';
  assert.equal(actorOf(text, 'Dana Whitcombe'), 'JPNGOV');
});

test('"his counterpart" with no country word is not of the story\'s country: left uncoded', () => {
  const text = 'TOKYO, March 3 - Foreign Minister Tadashi Morikawa met his counterpart, Foreign Minister Rolf Andersen, to discuss fishing rights.';
  assert.equal(actorOf(text, 'Rolf Andersen'), null);
  assert.equal(actorOf(text, 'Tadashi Morikawa'), 'JPNGOV');
});
