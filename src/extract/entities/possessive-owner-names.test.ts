import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner, entityWithMention } from './test-entities.js';

const run = createEntityRunner();

/** The entity holding the mention whose text is `surface`, as "TYPE ACTOR COUNTRY". */
function holder(text: string, surface: string): string {
  const e = entityWithMention(run(text, '1987-03-02'), surface);
  return e ? `${e.type} ${e.actor} ${e.country}` : 'none';
}

test("a ministry after a country's possessive is that country's government, as after its demonym", () => {
  assert.equal(holder("Japan's Finance Ministry said the yen would stay near its current level.", 'Finance Ministry'), 'ORG JPNGOV JPN');
  assert.equal(holder('The Japanese Finance Ministry said the yen would stay near its current level.', 'Japanese Finance Ministry'), 'ORG JPNGOV JPN');
});

test("an agency after a capital's possessive is that country's", () => {
  assert.equal(holder("Tokyo's Economic Planning Agency cut its growth forecast for the year.", 'Economic Planning Agency'), 'ORG JPNGOV JPN');
});

test("an organisation's possessive gives no country to the name after it", () => {
  assert.equal(holder("The World Bank's Economic Development Institute trains officials from poor countries.", 'Economic Development Institute').split(' ')[2], 'null');
});

test("a company's country before the possessive gives no country to its subsidiary", () => {
  assert.equal(holder("Nordhavn Holding AG of Sweden's White Valley Industries unit will build a plant in Ohio.", 'White Valley Industries').split(' ')[2], 'null');
});

test("a person or a deal of a country's company leaves the company that country's", () => {
  assert.equal(holder("The association elected Hamad al-Sabah of Kuwait's Gulf Trust Bank as its chairman.", 'Gulf Trust Bank'), 'ORG KWTBUS KWT');
});
