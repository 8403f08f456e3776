// "The two sides" is never a mediator, a host, a place travelled to, or one side named twice. Made-up sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/entity.js';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner('2023-05-10');

/** The names of the entities "the two sides" (any case) was given to, sorted. */
function sides(text: string): string[] {
  const es: Entity[] = run(text);
  return es.filter((e) => e.mentions.some((m) => m.text.toLowerCase() === 'the two sides')).map((e) => e.name).sort();
}

test('"the two sides" is not the mediators or hosts named by "chaired by" / "brokered by"', () => {
  assert.deepEqual(sides('Peace talks between the government and the rebels opened on Monday, chaired by Norway and Kenya. The first meeting between the two sides lasted three hours.'), []);
  assert.deepEqual(sides('A truce brokered by Norway and Kenya took effect on Monday. The two sides exchanged prisoners.'), []);
});

test('"the two sides" is not the places a party travels to', () => {
  assert.deepEqual(sides('Engineers from the ministry will travel to Norway and Sweden this year. The ministry and the bank signed the programme. This is the second time the two sides have cooperated.'), []);
});

test('"the two sides" is not one side named twice: a country inside its government, a person and the country he is of', () => {
  assert.deepEqual(sides("Nepal's government and rebel commanders began talks on Tuesday. Officials said the two sides remained divided over the border."), []);
  assert.deepEqual(sides('The council welcomed talks between the Ugandan government and the rebels. In a statement read by council chairman Anton Weller of Norway, the council welcomed a truce agreed between the two sides.'), []);
});

test('near misses: the parties of talks, of a meeting or of an agreement, and those talked to, stay the two sides', () => {
  assert.deepEqual(sides('Talks between Norway and Kenya ended in Nairobi. The two sides agreed to meet again.'), ['Kenya', 'Norway']);
  assert.deepEqual(sides('Norway and Kenya agreed on Monday to expand trade, and the two sides will meet again in May.'), ['Kenya', 'Norway']);
  assert.deepEqual(sides('The envoy talked to Norway and Kenya on Monday. The two sides agreed to meet again.'), ['Kenya', 'Norway']);
  assert.deepEqual(sides('Delegations from Norway and Kenya met in Geneva. The two sides agreed to meet again.'), ['Kenya', 'Norway']);
  assert.deepEqual(sides('Norway and Kenya held talks in Geneva, chaired by Sweden. The two sides agreed to meet again.'), ['Kenya', 'Norway']);
});

test('a country or nationality before the official it qualifies is one side, not two', () => {
  assert.deepEqual(sides('Talks between the government and the rebels opened on Monday. South African Deputy Foreign Minister Thabo Ndlovu attended the first meeting between the two sides.'), []);
  // near miss: a country that meets another is a side
  assert.deepEqual(sides('Norway met Kenya on Monday, and the two sides agreed to meet again.'), ['Kenya', 'Norway']);
});

test('near miss: two countries joined by a hyphen are two sides', () => {
  assert.deepEqual(sides('Officials praised the growth of Norwegian-Kenyan trade. The two sides will meet again in May.'), ['Kenyan', 'Norwegian']);
});
