import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const entities = (text: string) => run(text);
const actorOf = (text: string, surface: string, from = 0) => {
  const at = text.indexOf(surface, from);
  return entities(text).find((e) => e.mentions.some((m) => m.start === at && m.end === at + surface.length));
};

test('a bare Labour in a story about British politics is the Labour Party, coded GBRPTY', () => {
  const text = 'The Tories attacked Labour over council tax in Britain, and Labour denied it.';
  const e = actorOf(text, 'Labour');
  assert.equal(e?.actor, 'GBRPTY');
  assert.equal(e?.name, 'Labour Party');
  assert.equal(actorOf(text, 'Labour', text.indexOf('and Labour'))?.actor, 'GBRPTY');
});

test('Labour inside a longer organisation name keeps that name', () => {
  const text = 'In Britain the International Labour Organisation published a report on the Tories and pay.';
  const es = entities(text);
  assert.ok(es.some((e) => e.type === 'ORG' && e.mentions.some((m) => m.text === 'International Labour Organisation')));
  assert.ok(!es.some((e) => e.mentions.some((m) => m.text === 'Labour')));
});

test('Labour takes the party of the country the story names most', () => {
  const text = 'Labour won the vote in Wellington, and New Zealand voters backed Labour again in Auckland.';
  assert.equal(actorOf(text, 'Labour')?.actor, 'NZLPTY');
});

test('a story naming none of its countries leaves Labour uncoded', () => {
  const text = 'Labour said on Tuesday that the plan would cost too much.';
  assert.notEqual(actorOf(text, 'Labour')?.actor, 'GBRPTY');
});

test('Tory before a noun is the Conservative Party, not a person', () => {
  const text = 'Speaking in London, the Tory leader attacked the government over immigration.';
  const e = actorOf(text, 'Tory');
  assert.equal(e?.type, 'ORG');
  assert.equal(e?.actor, 'GBRPTY');
});

test('the Lords and the Commons of a British story are its chambers', () => {
  const text = 'The reform passed the Commons easily, but peers in the Lords voted it down, the UK government said.';
  assert.equal(actorOf(text, 'Commons')?.actor, 'GBRLEG');
  assert.equal(actorOf(text, 'Lords')?.actor, 'GBRLEG');
});
