import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/entity.js';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const holderOf = (text: string, surface: string, date: string | null): string | undefined => {
  const es: Entity[] = run(text, date);
  const at = text.indexOf(surface);
  return es.find((e) => e.mentions.some((m) => m.start === at && m.text === surface))?.name;
};

test('"the chancellor" is not the shadow chancellor named before it, but the holder of the office on the date', () => {
  const text = 'Gordon Brown will present his Budget today. Shadow chancellor Oliver Letwin called it a stealth tax. Critics say the chancellor will raise taxes after the poll.';
  assert.equal(holderOf(text, 'the chancellor', '2005-03-16'), 'Gordon Brown');
});

test('"the chancellor" is not the party leader named before it: the leader category alone does not link a specific office', () => {
  const text = 'Gordon Brown presented his Budget. Tory leader Michael Howard rose to reply. He mocked the chancellor for his forecasts.';
  assert.equal(holderOf(text, 'the chancellor', '2005-03-16'), 'Gordon Brown');
});

test('"the prime minister" is the prime minister named before, not a secretary of state named nearer', () => {
  const text = 'Prime Minister Tom Vale has promised higher pensions. Echoing the new US Secretary of State Mary Stone, the prime minister said policy had changed.';
  assert.equal(holderOf(text, 'the prime minister', null), 'Tom Vale');
});

test('"the home secretary" is not a Home Office minister named nearer: a shared category (minister) is no fit', () => {
  const text = 'Home Secretary Tom Vale unveiled the bill. Home Office minister Ann Lee said it was fair. Critics said the home secretary had gone too far.';
  assert.equal(holderOf(text, 'the home secretary', null), 'Tom Vale');
});

test('"the premier" still links a prime minister, and "the minister" any minister: the description\'s own category fits', () => {
  const text = 'Prime Minister Tom Vale arrived. Later the premier spoke. Work minister Ann Lee arrived. Later the minister spoke.';
  assert.equal(holderOf(text, 'the premier', null), 'Tom Vale');
  assert.equal(holderOf(text, 'the minister', null), 'Ann Lee');
});

test('a former holder of an office is no "the chancellor": the description goes to the holder, or to no one', () => {
  const entities = run('Chancellor Tom Vale will set out his plans on Wednesday. Ex-Conservative chancellor Ken Marlow said the plans were weak. The chancellor said growth would be strong.');
  const holderOf = (text: string) => entities.find((e) => e.mentions.some((m) => m.text === text))?.name;
  assert.equal(holderOf('The chancellor'), 'Tom Vale');
  assert.equal(entities.find((e) => e.name === 'Ken Marlow')?.role, 'former chancellor');
  // with no current holder named, the former one is still not taken
  const alone = run('Former chancellor Ken Marlow said the plans were weak. The chancellor said growth would be strong.');
  assert.notEqual(alone.find((e) => e.mentions.some((m) => m.text === 'The chancellor'))?.name, 'Ken Marlow');
});
