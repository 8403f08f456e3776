import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

// "<Country>'s <role>" with no name after it (fresh-eyes review 21: "Turkey's ambassador" left the event the country
// alone, TUR, where "the Turkish ambassador" gave TURGOV). Made-up sentences.
const run = createEntityRunner('1987-04-02');
const brief = (text: string) => run(text).map((e) => `${e.type} ${e.actor}`);

test('a country\'s office holder named by the role alone is that country\'s government, and the country keeps its mention', () => {
  const entities = run("Norway's ambassador to Rome criticised the ruling on Tuesday.");
  const envoy = entities.find((e) => e.type === 'PERSON');
  assert.equal(envoy?.actor, 'NORGOV', JSON.stringify(entities.map((e) => [e.name, e.type, e.actor])));
  assert.ok(entities.some((e) => e.type === 'GPE' && e.actor === 'NOR'), JSON.stringify(entities.map((e) => [e.name, e.actor])));
});

test('a named office holder after the possessive stays the titled person', () => {
  const entities = run("Norway's Foreign Minister Ingrid Solvang criticised the ruling on Tuesday.");
  assert.deepEqual(entities.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.actor]), [['Ingrid Solvang', 'NORGOV']]);
});

test('a company after a country\'s possessive is no office holder', () => {
  assert.ok(!brief("Norway's Halvorsen Shipping said profits rose.").includes('PERSON NORGOV'), String(brief("Norway's Halvorsen Shipping said profits rose.")));
});

test('a role word before a noun is an adjective, no office holder', () => {
  for (const text of ["Norway's major banks cut their rates.", "Norway's official reserves fell in March."]) {
    assert.ok(!run(text).some((e) => e.type === 'PERSON'), text + ' ' + JSON.stringify(run(text).map((e) => [e.name, e.actor])));
  }
});
