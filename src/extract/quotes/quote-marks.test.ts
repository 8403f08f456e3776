import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanQuoteMarks } from './quote-marks.js';

/** One paragraph per line, as the Doc builds them. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}

function contents(text: string): string[] {
  return scanQuoteMarks(text, paragraphsOf(text)).fragments.map((f) => text.slice(f.start, f.end));
}

test('curly, straight and angle marks all delimit quotes, without the marks or a trailing comma', () => {
  const text = '“We will talk again,” she said. He replied: "Not soon." A third: «Never».';
  assert.deepEqual(contents(text), ['We will talk again', 'Not soon.', 'Never']);
});

test('apostrophes in contractions, plural possessives and decades are not quotation marks', () => {
  const text = 'The envoys’ talks in the ’80s didn’t fail, the Joneses\' lawyer said: ‘It’s over.’';
  assert.deepEqual(contents(text), ['It’s over.']);
});

test('a quote nested inside another stays part of the outer quote', () => {
  const text = '“They told us ‘no deal’ and left,” the minister said.';
  assert.deepEqual(contents(text), ['They told us ‘no deal’ and left']);
});

test('a quote running over paragraphs has an opening mark on each and a closing mark on the last', () => {
  const text = '“The first part of the statement.\n“The second part,” the envoy said.';
  const { fragments, messages } = scanQuoteMarks(text, paragraphsOf(text));
  assert.equal(fragments.length, 2);
  assert.equal(fragments[0].continues, true);
  assert.equal(fragments[0].closed, false);
  assert.equal(fragments[1].continuation, true);
  assert.equal(messages.length, 0);
});

test('an unbalanced mark is confined to its own paragraph and reported', () => {
  const text = 'The "talks went on all day.\nOfficials said "progress" was made.';
  const { fragments, messages } = scanQuoteMarks(text, paragraphsOf(text));
  assert.equal(messages[0].ruleId, 'unbalanced-quote');
  assert.deepEqual(
    fragments.filter((f) => f.paragraph === 1).map((f) => text.slice(f.start, f.end)),
    ['progress'],
  );
});

test('two apostrophes in a row work as a double quotation mark', () => {
  const text = "''We are ready,'' the general said.";
  const { fragments } = scanQuoteMarks(text, paragraphsOf(text));
  assert.equal(text.slice(fragments[0].start, fragments[0].end), 'We are ready');
  assert.equal(text.slice(fragments[0].close, fragments[0].closeEnd), "''");
});

test("three apostrophes after an open single quote close it and then the doubled-apostrophe quote", () => {
  const text = "''They keep telling us, 'Wait your turn,''' the farmer said. ''We have waited.''";
  const { fragments } = scanQuoteMarks(text, paragraphsOf(text));
  assert.deepEqual(fragments.map((f) => text.slice(f.start, f.end)), ["They keep telling us, 'Wait your turn,'", 'We have waited.']);
  assert.equal(text.slice(fragments[0].closeEnd, fragments[0].closeEnd + 4), ' the');
});

test('an opening mark after a finished sentence inside an open straight quote carries the quote on (two paragraphs run together)', () => {
  const text = 'Ms Rook told the crowd: "Voters were angry about the war. "And they noticed the stand we took." The rally ended.';
  const { fragments, messages } = scanQuoteMarks(text, paragraphsOf(text));
  assert.deepEqual(fragments.map((f) => text.slice(f.start, f.end)), ['Voters were angry about the war.', 'And they noticed the stand we took.']);
  assert.deepEqual(fragments.map((f) => [f.closed, f.continues, f.continuation, f.runOn]), [[false, true, false, false], [true, false, false, true]]);
  assert.equal(messages.length, 0);
  // controls: a closed quote then a new one, and an opening-shaped mark inside a clause, stay as they were
  assert.deepEqual(contents('"We are ready," she said. "The talks start today."'), ['We are ready', 'The talks start today.']);
  assert.deepEqual(contents('He wrote "we tried "hard" to win."'), ['we tried']);
});
