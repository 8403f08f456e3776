import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../analyze.js';

const analyzer = createAnalyzer();
const speakers = (text: string) =>
  analyzer.analyze({ id: 'represented', title: '', published: null, text }).quotes.map((q) => [q.speaker.mention?.text, q.speaker.name]);

test('a spokesperson, officials or analysts of a named body speak for that body', () => {
  assert.deepEqual(
    speakers('A Lufthansa spokesman said the cuts were final. A spokesman for Tesco said sales rose. Analysts at Barclays said the shares were cheap.'),
    [['A Lufthansa spokesman', 'Lufthansa'], ['A spokesman for Tesco', 'Tesco'], ['Analysts at Barclays', 'Barclays']],
  );
});

test("a person's spokesman or lawyer is not the person; a person's statement is the person's", () => {
  assert.deepEqual(speakers("Mr Tony Blair's official spokesman said the talks went well."), [["Mr Tony Blair's official spokesman", null]]);
  assert.deepEqual(speakers("Mr Jon Smith's statement said he was innocent."), [["Mr Jon Smith's statement", 'Jon Smith']]);
  assert.deepEqual(speakers("Mr Jon Smith's lawyer said he was innocent."), [["Mr Jon Smith's lawyer", null]]);
});

test('a title before a name resolves to the person named', () => {
  assert.deepEqual(speakers('Former welfare minister Frank Field MP said the scheme was flawed.'), [['Former welfare minister Frank Field MP', 'Frank Field']]);
});

test('a name after "of" or a description is not the speaker ("the parents of 14-year-old Jo Roe")', () => {
  assert.deepEqual(speakers('The parents of 14-year-old Stefan Roe said the game was to blame.'), [['The parents of 14-year-old Stefan Roe', null]]);
});
