import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

// Defence ministers in data/actors/office-holders.json (fresh-eyes review 27 item 2: "Defense Secretary Ash Carter"
// meeting Iraq's prime minister in Baghdad was coded IRQGOV, the title naming no country and the place giving its own).
// Made-up sentences.
const run = createEntityRunner();
const actorOf = (text: string, name: string, date: string | null) => run(text, date).find((e) => e.name === name)?.actor;

test('a US defense secretary visiting Baghdad is coded USAGOV, not IRQGOV', () => {
  const carter = 'Defense Secretary Ash Carter met Iraqi Prime Minister Haider al-Abadi in Baghdad on Monday.';
  assert.equal(actorOf(carter, 'Ash Carter', '2016-04-18'), 'USAGOV');
  assert.equal(actorOf(carter, 'Haider al-Abadi', '2016-04-18'), 'IRQGOV');
  const austin = 'Defense Secretary Lloyd Austin met with Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Tuesday.';
  assert.equal(actorOf(austin, 'Lloyd Austin', '2023-03-07'), 'USAGOV');
  assert.equal(actorOf(austin, 'Lloyd Austin', null), 'USAGOV');
});

test('defence ministers of other countries are coded by their term, and by a later office the list holds', () => {
  assert.equal(actorOf('Sergei Shoigu told commanders in Rostov to press on.', 'Sergei Shoigu', '2023-05-02'), 'RUSGOV');
  assert.equal(actorOf('Sergei Shoigu met Chinese officials in Beijing.', 'Sergei Shoigu', '2025-02-05'), 'RUSGOV');
  assert.equal(actorOf('Yoav Gallant visited troops near Gaza on Sunday.', 'Yoav Gallant', '2023-11-05'), 'ISRGOV');
  assert.equal(actorOf('Boris Pistorius announced new aid for Kyiv in Berlin.', 'Boris Pistorius', '2024-06-11'), 'DEUGOV');
});

test('a defence minister after his last listed term is a former official', () => {
  assert.equal(actorOf('Donald Rumsfeld spoke at a dinner in Chicago.', 'Donald Rumsfeld', '2010-03-01'), 'USAELI');
});
