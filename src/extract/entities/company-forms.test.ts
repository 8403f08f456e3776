import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

// "<names> and Co Inc" in wire style (fresh-eyes review 21: "Co Inc" was an organisation of its own in ten Reuters
// stories). Made-up sentences.
const run = createEntityRunner('1987-03-30');
const names = (text: string) => run(text).map((e) => `${e.type} ${e.name} ${e.actor}`);

test('a known company before "and Co Inc" is that company over the whole name, with its code', () => {
  const text = 'Merrill Lynch and Co Inc said it would lead the offering of 40 mln dlrs of notes.';
  const entities = run(text);
  assert.ok(!entities.some((e) => e.name.startsWith('Co')), String(names(text)));
  const ml = entities.find((e) => e.name === 'Merrill Lynch');
  assert.equal(ml?.actor, 'USABUS');
  assert.equal(ml?.mentions[0].text, 'Merrill Lynch and Co Inc');
});

test('an unknown partnership before "and Co Inc" is one organisation', () => {
  const text = 'The company named Kestrelton, Ashby and Co Inc as underwriter of the offering.';
  assert.ok(names(text).includes('ORG Ashby and Co Inc null'), String(names(text)));
  assert.ok(!names(text).some((n) => n.startsWith('ORG Co')), String(names(text)));
});

test('a lower-case "co-" word after "and" joins nothing', () => {
  const text = 'Helga Brandt and co-workers at Harlow Dynamics Inc filed the patent.';
  assert.ok(names(text).includes('PERSON Helga Brandt null'), String(names(text)));
});
