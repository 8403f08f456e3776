import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../analyze.js';

const analyzer = createAnalyzer();

/** The entity name and actor of the speaker of each quote whose speaker mention reads `mention`. */
function speakersOf(text: string, mention: string): { name: string | null; actor: string | null }[] {
  const { quotes } = analyzer.analyze({ id: 't', title: 'T', text, published: '1987-03-03' });
  return quotes.filter((q) => q.speaker.mention?.text === mention).map((q) => ({ name: q.speaker.name, actor: q.speaker.actor }));
}

test('"the department", "the agency", "the central bank" take up the body of that kind named before', () => {
  assert.deepEqual(speakersOf('The Quillon Energy Department said sales rose. The department said prices fell.', 'The department'), [{ name: 'Quillon Energy Department', actor: null }]);
  assert.deepEqual(speakersOf('The Bank of Japan said it would hold rates. The central bank said growth was slow.', 'The central bank'), [{ name: 'Bank of Japan', actor: 'JPNGOV' }]);
  assert.deepEqual(speakersOf('The International Energy Agency said demand rose. The energy agency said stocks fell.', 'The energy agency'), [{ name: 'International Energy Agency', actor: 'IGOUNOAIE' }]);
});

test('a description with a word outside the name, a following noun, or no such body before it stays unresolved', () => {
  // "the finance ministry" is not the Foreign Ministry named before
  assert.deepEqual(speakersOf('The Ruritanian Foreign Ministry said talks would go on. The finance ministry said taxes would rise.', 'The finance ministry'), [{ name: null, actor: null }]);
  // no body named before: "the union" is no company
  assert.deepEqual(speakersOf('Brelvo Corp said it would cut jobs. The union said it would strike.', 'The union'), [{ name: null, actor: null }]);
  // a commercial bank is no central bank
  assert.deepEqual(speakersOf('Brelvo Bank said profits rose. The central bank said growth was slow.', 'The central bank'), [{ name: null, actor: null }]);
});
