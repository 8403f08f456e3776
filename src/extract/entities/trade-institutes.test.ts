import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner, entityWithMention } from './test-entities.js';

const run = createEntityRunner();

/** The actor code of the entity holding the mention whose text is `surface`, or "none". */
function actorOf(text: string, surface: string): string {
  const e = entityWithMention(run(text, '1987-03-02'), surface);
  return e ? String(e.actor) : 'none';
}

test('an institute named after a commodity is a body of that trade, not a school', () => {
  assert.equal(actorOf('The Colombian Cocoa Institute said exports would rise this season.', 'Colombian Cocoa Institute'), 'COLBUS');
  assert.equal(actorOf('The American Iron and Steel Institute said output fell in March.', 'American Iron and Steel Institute'), 'USABUS');
});

test('a research or engineering institute of a commodity stays one of learning', () => {
  assert.equal(actorOf('The Colombian Cocoa Research Institute said yields rose this season.', 'Colombian Cocoa Research Institute'), 'COLEDU');
  assert.equal(actorOf('The American Institute of Chemical Engineers met in Chicago.', 'American Institute of Chemical Engineers'), 'USAEDU');
});

test("Brazil's coffee institute, a state agency, is coded as the knowledge base lists it", () => {
  assert.equal(actorOf('The Brazilian Coffee Institute opened export registrations for May.', 'Brazilian Coffee Institute'), 'BRAGOV');
});

test('"IBC" is the coffee institute only where the article names it in full', () => {
  assert.equal(actorOf('The Brazilian Coffee Institute (IBC) opened registrations. The IBC said prices would rise.', 'IBC'), 'BRAGOV');
  assert.equal(actorOf('IBC shares rose 5 pct in heavy trading.', 'IBC'), 'null');
});
