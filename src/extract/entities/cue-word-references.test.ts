import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner('2020-03-03');
const entityOf = (text: string, start: number) => {
  const e = run(text).find((x) => x.mentions.some((m) => m.start === start && m.kind === 'name'));
  return e ? `${e.type} ${e.name} ${e.actor ?? '-'}` : null;
};

test('"the Bank" after the Bank of England is that bank, not an organisation named Bank', () => {
  const text = 'The Bank of England left its rate at four pct. Dealers said the Bank would act in May.';
  assert.equal(entityOf(text, text.lastIndexOf('Bank')), 'ORG Bank of England GBRGOV');
});

test('the short form takes the last organisation named with that word before it', () => {
  const text = 'The World Bank lent Peru money. The Bank of Japan and the Bank of Korea met, and the Bank said rates would rise.';
  assert.equal(entityOf(text, text.lastIndexOf('Bank')), 'ORG Bank of Korea KORGOV');
});

test('a short form with no organisation of that word named before it stays as it is', () => {
  const text = 'Dealers said the Bank would act in May. The Bank of England declined to comment.';
  assert.notEqual(entityOf(text, text.indexOf('Bank')), 'ORG Bank of England GBRGOV');
});

test('"the Army" or "the Police" after an armed group named with that word is another force, left as it is (change review 22)', () => {
  const text = 'The Ruritanian Liberation Army said it planted the bomb. Later the Army attacked the rebels in the hills.';
  assert.notEqual(entityOf(text, text.lastIndexOf('Army')), 'ORG Ruritanian Liberation Army -');
  assert.ok(!(entityOf(text, text.lastIndexOf('Army')) ?? '').includes('Liberation'));
});

test('"The Exchange" opening a sentence after the Tokyo Stock Exchange is that exchange, though no tagger span covers it', () => {
  const text = 'Shares fell on the Tokyo Stock Exchange on Monday. The Exchange said volume was the lowest this year.';
  assert.equal(entityOf(text, text.lastIndexOf('Exchange')), 'ORG Tokyo Stock Exchange JPNBUS');
});

test('a cue word opening a longer name, or with no full name before it, is no short form', () => {
  const longer = 'Shares fell on the Tokyo Stock Exchange on Monday. The Exchange Commission said volume was low.';
  assert.notEqual(entityOf(longer, longer.lastIndexOf('Exchange')), 'ORG Tokyo Stock Exchange JPNBUS');
  const alone = 'The Exchange said volume was the lowest this year.';
  assert.equal(entityOf(alone, alone.indexOf('Exchange')), null);
});

test('"The Exchange" is the exchange named before, not a commission holding the word inside its name', () => {
  const text = 'The New York Stock Exchange halted trading in the shares, and an application will go to the Securities and Exchange Commission. The Exchange said it would delist them.';
  assert.equal(entityOf(text, text.lastIndexOf('Exchange')), 'ORG New York Stock Exchange USABUS');
});
