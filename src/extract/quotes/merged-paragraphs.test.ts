import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner, quotePieces } from './test-quotes.js';

const run = createQuoteRunner();

test('a quote whose paragraphs were run together ("…the war. "And they…") keeps its speaker for the second paragraph (review 15: it became a quote of "they")', () => {
  const text = 'Ms Rook told the crowd: "Voters were angry about the war. "And they noticed the stand we took."\n\nShe left at noon.';
  const pieces = quotePieces(run(text));
  const second = pieces.find((q) => q.text.startsWith('And they noticed'));
  assert.ok(second, `found: ${pieces.map((q) => q.text).join(' | ')}`);
  assert.equal(second.kind, 'direct');
  assert.equal(second.speaker.mention?.text, 'Ms Rook');
  assert.ok(pieces.some((q) => q.text === 'Voters were angry about the war.' && q.speaker.mention?.text === 'Ms Rook'));
  assert.ok(!pieces.some((q) => q.speaker.mention?.text === 'they'));
});

test('a run-on quote opening a paragraph after reported speech keeps that speaker, not the quote of the paragraph before (review 15)', () => {
  const text = 'Rival spokesman Tom Ash replied: "Nothing has changed."\n\nThe winter had been hard on farmers, Ms Rook said.\n\n"We saw the floods come in. "Yet the towns pulled together."';
  const pieces = quotePieces(run(text));
  for (const start of ['We saw the floods', 'Yet the towns']) {
    const q = pieces.find((p) => p.text.startsWith(start));
    assert.ok(q, `no quote starting "${start}": ${pieces.map((p) => p.text).join(' | ')}`);
    assert.equal(q.speaker.mention?.text, 'Ms Rook', start);
  }
});

test('a cue after a run-on quote that reports a that-clause of its own leaves the quote to its speaker (review 15)', () => {
  const text = 'Jo Vale said: "The rules are unclear. "How is a farmer supposed to know?" Local MP Sam Reed, a critic of the law, said that it was "badly written".';
  const pieces = quotePieces(run(text));
  const question = pieces.find((p) => p.text.startsWith('How is a farmer'));
  assert.equal(question?.speaker.mention?.text, 'Jo Vale');
  const reported = pieces.find((p) => p.text.includes('badly written'));
  assert.equal(reported?.speaker.mention?.text, 'Local MP Sam Reed');
});
