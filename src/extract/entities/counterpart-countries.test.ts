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

const described = (text: string, surface: string) => {
  const e = run(text, '2020-03-03').find((x) => x.mentions.some((m) => m.text === surface));
  return e ? `${e.type} ${e.actor ?? '-'} ${e.mentions.find((m) => m.text === surface)!.kind}` : null;
};

test('an unnamed counterpart of a minister is his country\'s government, not the country', () => {
  assert.equal(described('Foreign Minister Ana Ruiz met her Chilean counterpart in Lima on Monday.', 'Chilean counterpart'), 'PERSON CHLGOV nominal');
  assert.equal(described('The US diplomat will telephone his Peruvian counterpart on Sunday.', 'Peruvian counterpart'), 'PERSON PERGOV nominal');
});

test('an unnamed counterpart takes the agent of the office holder whose counterpart he is', () => {
  assert.equal(described('Defence Minister General Omar Fathy telephoned his Israeli counterpart on Sunday.', 'Israeli counterpart'), 'PERSON ISRMIL nominal');
});

test('unnamed counterparts are a group of their country', () => {
  assert.equal(described('U.S. trade officials met their Japanese counterparts in Geneva.', 'Japanese counterparts'), 'ORG JPNGOV nominal');
});

test('a named counterpart keeps the country word a place and the name the person', () => {
  const text = 'TOKYO, March 3 - Trade Minister Kenji Horiba will meet his U.S. counterpart, Trade Representative Dana Whitcombe, in Geneva next week.';
  assert.equal(described(text, 'U.S. counterpart'), null);
  assert.equal(described(text, 'U.S.'), 'GPE USA name');
});

test('a country word before another noun is no counterpart', () => {
  assert.equal(described('Foreign Minister Ana Ruiz met her Chilean colleagues in Lima.', 'Chilean'), 'NORP CHL name');
});

/** The entity holding the mention whose text is `surface`, as "TYPE ACTOR". */
const holderOf = (text: string, surface: string) => {
  const e = run(text, '1987-03-03').find((x) => x.mentions.some((m) => m.text === surface));
  return e ? `${e.type} ${e.actor}` : 'none';
};

test("an organisation's counterparts are organisations of its kind in their country, not that country's government", () => {
  assert.equal(holderOf('Toyota and its Chinese counterparts agreed to share the cost of the new plant.', 'Chinese counterparts'), 'ORG CHNBUS');
  assert.equal(holderOf('The Bank of Japan and its U.S. counterpart agreed to steady the dollar.', 'U.S. counterpart'), 'ORG USAGOV');
});

test('"his counterparts" are the counterparts of the person, not of an organisation named nearer', () => {
  const text = 'Foreign Minister Taro Kono, speaking to the Nikkei newspaper, said his Chinese counterparts had agreed.';
  assert.equal(holderOf(text, 'Chinese counterparts'), 'ORG CHNGOV');
  assert.equal(holderOf('Japanese officials met their Chinese counterparts on Monday.', 'Chinese counterparts'), 'ORG CHNGOV');
});
