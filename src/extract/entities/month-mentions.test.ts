import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../analyze.js';

const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze({ id: 'm', title: '', published: '1991-02-26', text }).entities.map((e) => `${e.type} ${e.name}`);

test('the date of a wire dateline is no place: "CITY, State, Feb 26 -" gives the city and the state only', () => {
  const found = names('FAIRBANKS, Alaska, Feb 26 - The harbour board said the ferry would run again.');
  assert.ok(!found.some((n) => /\bFeb\b/.test(n)), found.join(', '));
  assert.ok(found.includes('GPE Alaska'), found.join(', '));
});

test('a person named like a month stays a person', () => {
  const found = names('Jan de Vries met Ana Ruiz in Utrecht. Mr de Vries said the deal was close.');
  assert.ok(found.some((n) => n.startsWith('PERSON') && n.includes('de Vries')), found.join(', '));
});
