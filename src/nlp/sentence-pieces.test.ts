import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from './nlp.js';
import { MAX_SENTENCE_TOKENS, sentencePieceEnds } from './sentence-pieces.js';

/** A made-up line of `words` words with no end punctuation, a comma after every 37th word. */
function unpunctuatedLine(words: number): string {
  const vocabulary = ['envoys', 'met', 'officials', 'in', 'Lakeport', 'and', 'talks', 'on', 'trade', 'the', 'police', 'said'];
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(vocabulary[(i * 7) % vocabulary.length] + (i % 37 === 36 ? ',' : ''));
  return out.join(' ');
}

test('a sentence no longer than the bound is one piece', () => {
  assert.deepEqual(sentencePieceEnds(10, 20, () => false, 10), [20]);
});

test('an overlong sentence is cut after the last break in the second half of each window, else at the bound', () => {
  // breaks after tokens 6 and 13: windows [0,10) cut after 6 → 7; [7,17) cut after 13 → 14; [14,24) none → 24
  assert.deepEqual(sentencePieceEnds(0, 30, (t) => t === 6 || t === 13, 10), [7, 14, 24, 30]);
  // a break in the first half of the window is not used (the piece would be short)
  assert.deepEqual(sentencePieceEnds(0, 12, (t) => t === 2, 10), [10, 12]);
});

test('one huge line without end punctuation is parsed as sentences of at most the bound, covering every token (review 20)', () => {
  const nlp = createNlp();
  const doc = nlp.parse(unpunctuatedLine(6_000));
  assert.equal(doc.tokenCount, 6_000 + Math.floor(6_000 / 37));
  assert.ok(doc.sentences.length >= Math.ceil(doc.tokenCount / MAX_SENTENCE_TOKENS), `${doc.sentences.length} sentences`);
  let next = 0;
  for (const s of doc.sentences) {
    assert.equal(s.firstToken, next);
    assert.ok(s.endToken - s.firstToken <= MAX_SENTENCE_TOKENS);
    assert.equal(s.start, doc.starts[s.firstToken]);
    assert.equal(s.end, doc.ends[s.endToken - 1]);
    assert.equal(s.paragraph, 0);
    next = s.endToken;
  }
  assert.equal(next, doc.tokenCount);
  // pieces end at a comma where one is in reach
  assert.ok(doc.sentences.slice(0, -1).every((s) => doc.text[s.end - 1] === ','));
  assert.equal(doc.paragraphs.length, 1);
  assert.equal(doc.paragraphs[0].endSentence, doc.sentences.length);
});
