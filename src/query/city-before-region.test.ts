import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cityBeforeRegion } from './city-before-region.js';

/** An event whose sentence starts at offset 40 and whose location is the first `place` in it. */
function ev(sentence: string, place: string, withSpan = true) {
  const start = 40 + sentence.indexOf(place);
  return {
    sentence: { start: 40, end: 40 + sentence.length, text: sentence },
    location: { name: place, country: null, span: withSpan ? { start, end: start + place.length, text: place } : null },
  };
}

test('the capitalised words before a comma right before the place are the candidate city, longest first', () => {
  assert.deepEqual(cityBeforeRegion(ev('The leaders met in Seattle, Washington on Friday.', 'Washington')), ['Seattle']);
  assert.deepEqual(cityBeforeRegion(ev('Envoys gathered in Salt Lake City, Utah for the talks.', 'Utah')), ['Salt Lake City', 'Lake City', 'City']);
  assert.deepEqual(cityBeforeRegion(ev('In Dayton, Ohio the sides initialled a deal.', 'Ohio')), ['In Dayton', 'Dayton']);
});

test('a place without a comma-separated city before it, or without a span, has no candidate', () => {
  assert.deepEqual(cityBeforeRegion(ev('The leaders met in Washington on Friday.', 'Washington')), []);
  assert.deepEqual(cityBeforeRegion(ev('Troops withdrew, Georgia said on Monday.', 'Georgia')), []);
  assert.deepEqual(cityBeforeRegion(ev('The leaders met in Seattle, Washington on Friday.', 'Washington', false)), []);
});
