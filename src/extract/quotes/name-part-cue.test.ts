import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();

// user report: 'Said' inside "bin Said" / "Al Said" was read as the cue of a quote
test('"Qaboos bin Said Al Said": a capitalised "Said" inside a name is no cue', () => {
  const quotes = run('The late Sultan Qaboos bin Said Al Said ruled the country for almost fifty years.');
  assert.deepEqual(quotes.map((q) => q.cue?.text), []);
});

test('a lower-case "said" next to the same name still reports speech', () => {
  const [q] = run('Sultan Qaboos bin Said Al Said said the new port would open next year.');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.text, 'the new port would open next year');
});

test('a title-case headline keeps its capitalised verb as the cue', () => {
  const quotes = run('Senator Reveals Secret Talks with Union Leaders');
  assert.ok(quotes.some((q) => q.cue?.text === 'Reveals'), JSON.stringify(quotes.map((q) => q.cue?.text)));
});

// review 13: once the name's "Said" was no cue, the verb after it found no subject and the quote was lost
test('"Qaboos bin Said said": a name ending in a cue word is the subject of the verb after it', () => {
  for (const text of ['Sultan Qaboos bin Said said the new port would open next year.', 'Qaboos bin Said told reporters that the new port would open next year.']) {
    const [q] = run(text);
    assert.match(q?.cue?.text ?? '', text.includes('told') ? /^told/ : /^said$/, text);
    assert.match(q?.speaker?.mention?.text ?? '', /Qaboos bin Said$/, text);
    assert.match(q?.text ?? '', /^(that )?the new port would open next year$/, text);
  }
});
