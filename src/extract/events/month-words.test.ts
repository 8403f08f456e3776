import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMonthName, isMonthWord } from './month-words.js';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner, eventBrief } from './test-events.js';

const { nlp, events } = createEventRunner('1987-04-02');
const KOR = countrySpec('KOR', 'South Korea', ['South Korea', 'South Korean', 'Seoul']);
const STUDENTS: EntitySpec = { id: 'stu', name: 'students', type: 'NORP', actor: 'KOREDU', country: 'KOR', surfaces: ['Korean students'] };

function codes(text: string, specs: EntitySpec[]): string[] {
  return events(text, specs, undefined, { requireTarget: false }).map((e) => `${eventBrief(e)} ${e.trigger.text}`);
}

/** The month test on the first token whose lower form is `word`. */
function monthAt(text: string, word: string): boolean {
  const doc = nlp.parse(text);
  const i = doc.lower.indexOf(word);
  const s = doc.sentences.find((x) => x.firstToken <= i && i < x.endToken)!;
  return isMonthName(doc, i, s.firstToken, s.endToken);
}

test('a month name with a day, after a preposition or before a noun is a date, not a protest march', () => {
  assert.equal(monthAt('The South Korean loan falls due on March 20, 1999 and pays eight pct.', 'march'), true);
  assert.equal(monthAt('Seoul car exports rose in March from a year earlier.', 'march'), true);
  assert.equal(monthAt('South Korean exporters said the March survey showed weaker orders.', 'march'), true);
  assert.equal(monthAt('HYUNDAI EARLY MARCH CAR SALES UP 4.1 PCT', 'march'), true);
});

test('a protest march written in lower case or heading a headline stays a trigger', () => {
  assert.equal(monthAt('Korean students began a march on the capital on Tuesday.', 'march'), false);
  assert.equal(monthAt('Korean students plan to march to the embassy.', 'march'), false);
  assert.equal(monthAt('STUDENTS HOLD PROTEST MARCH IN SEOUL', 'march'), false);
});

test('a sentence that only names the month March codes no demonstration', () => {
  assert.deepEqual(codes('South Korean shipments of cars began March nine.', [KOR]), []);
  assert.deepEqual(codes('SEOUL, March 4 - A plan by South Korean firms to build a plant could conflict with the law.', [KOR]), []);
  // the same sentence shape with a real march is still coded
  const marched = codes('Thousands of Korean students staged a march in Seoul on Tuesday.', [KOR, STUDENTS]);
  assert.ok(marched.some((e) => / 14\d /.test(e)), `coded: ${marched.join(', ')}`);
});

test('a month word is a month name or its abbreviation, and no longer word that starts like one', () => {
  for (const w of ['march', 'sept.', 'sep', 'dec', 'jan.', 'may']) assert.equal(isMonthWord(w), true, w);
  for (const w of ['market', 'mayor', 'decade', 'octopus', 'junior', 'augment']) assert.equal(isMonthWord(w), false, w);
});
