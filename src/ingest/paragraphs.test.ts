import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinDanglingDateline, titleFromText, unwrapParagraphs } from './paragraphs.js';

test('hard-wrapped paragraphs are joined into one line each', () => {
  const text = 'The council met on Monday to discuss the new budget for the\ncoming year and the repairs to the harbour wall, officials\nsaid.\n\nA vote is expected next week.';
  assert.equal(unwrapParagraphs(text), 'The council met on Monday to discuss the new budget for the coming year and the repairs to the harbour wall, officials said.\n\nA vote is expected next week.');
});

test('indented lines start new paragraphs in wire copy', () => {
  const text = 'Grain exports rose sharply in the first quarter of the year, the\nministry said.\n    Shipments to Asia doubled over the same period, helped by\nlower freight rates.';
  assert.equal(unwrapParagraphs(text), 'Grain exports rose sharply in the first quarter of the year, the ministry said.\nShipments to Asia doubled over the same period, helped by lower freight rates.');
});

test('short lines are separate paragraphs, not a wrap', () => {
  assert.equal(unwrapParagraphs('The pier reopened on Friday.\nCrowds came.'), 'The pier reopened on Friday.\nCrowds came.');
});

test('one paragraph per line is left unchanged', () => {
  const text = 'A short first paragraph.\nA much longer second paragraph that goes on for quite a while and would never be wrapped like this.\nThird.';
  assert.equal(unwrapParagraphs(text), text);
});

test('a title from text is its first sentence, not cut at U.S. or Mr.', () => {
  assert.equal(titleFromText('Mr. Lopez and U.S. envoys met in Lima on Friday. Talks went on late.'), 'Mr. Lopez and U.S. envoys met in Lima on Friday.');
  assert.equal(titleFromText('No full stop in this line\nSecond line.'), 'No full stop in this line');
});

test('a very long first sentence is cut at a word boundary', () => {
  const title = titleFromText(`${'word '.repeat(60)}end.`, 40);
  assert.ok(title.length <= 40 && title.endsWith('…'), title);
});

test('a dateline alone on the first line joins the paragraph it opens', () => {
  assert.equal(joinDanglingDateline('HAVANA (AP) --\n\nOfficials said on Monday.\nMore.'), 'HAVANA (AP) -- Officials said on Monday.\nMore.');
  assert.equal(joinDanglingDateline('NAIROBI, Kenya (AP) _\nTalks resumed.'), 'NAIROBI, Kenya (AP) _ Talks resumed.');
  assert.equal(joinDanglingDateline('MIAMI _\nStorm nears.'), 'MIAMI _ Storm nears.');
  const normal = 'A normal first paragraph.\nSecond.';
  assert.equal(joinDanglingDateline(normal), normal);
});
