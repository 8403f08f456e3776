import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';
import { createEntityRunner } from '../entities/test-entities.js';

const quotes = createQuoteRunner();
const entities = createEntityRunner('2005-03-16');
/** [speaker phrase, actor code] of each quote of a made-up text, with the entities the pipeline finds in it. */
const speakers = (text: string): [string | undefined, string | null][] => quotes(text, entities(text)).map((q) => [q.speaker.mention?.text, q.speaker.actor]);

test('"the spokesman" speaks for the body of the spokesman the article introduced before ("a spokesman for the Home Office")', () => {
  assert.deepEqual(speakers('Ministers will publish the plan on Monday, a spokesman for the Home Office said. The spokesman added that the cost was not yet known.'), [
    ['a spokesman for the Home Office', 'GBRGOV'],
    ['The spokesman', 'GBRGOV'],
  ]);
  // a body before the role word, and a chain of definite ones: each takes the first spokesman's body
  assert.deepEqual(speakers('The plan is fair, a Home Office spokesman said. The spokesman later said it would cost more. The spokesman also said talks would go on.'), [
    ['a Home Office spokesman', 'GBRGOV'],
    ['The spokesman', 'GBRGOV'],
    ['The spokesman', 'GBRGOV'],
  ]);
});

test('"the spokesman" takes nothing from a spokeswoman before, nor from a spokesman of no stated body', () => {
  assert.deepEqual(speakers('Ministers will publish the plan on Monday, a spokeswoman for the Home Office said. The spokesman added that the cost was not yet known.'), [
    ['a spokeswoman for the Home Office', 'GBRGOV'],
    ['The spokesman', null],
  ]);
  assert.deepEqual(speakers('Ministers will publish the plan on Monday, a spokesman said. The spokesman added that the cost was not yet known.'), [
    ['a spokesman', null],
    ['The spokesman', null],
  ]);
});
