import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { pairedAsideClose } from './paired-dash-aside.js';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const content = (text: string, cue: string) => run(text).find((q) => q.cue?.text === cue)?.text;

// PolNeAR train: a reported clause whose subject is set off from its verb by an aside between two dashes ended at the
// first dash ("said the plan - which … - would pay off" became "the plan"), so the content missed its own verb
test('"said the new rules — drafted in a hurry — would raise costs": the content runs over the aside to its verb', () => {
  assert.equal(content('The mayor said the new rules — drafted in a hurry last spring — would raise costs for shops.', 'said'), 'the new rules — drafted in a hurry last spring — would raise costs for shops');
  assert.equal(
    content('The manager said she believes the new shifts - which start in May - will cut overtime.', 'said'),
    'she believes the new shifts - which start in May - will cut overtime',
  );
  assert.equal(content('Ms Okafor insisted the harbour tax -- the highest on the coast -- had driven ships away.', 'insisted'), 'the harbour tax -- the highest on the coast -- had driven ships away');
});

test('a single dash, an aside that closes the sentence or one followed by a conjunction or a name is no paired aside', () => {
  const nlp = createNlp();
  const close = (text: string) => {
    const doc = nlp.parse(text);
    const t = doc.lower.findIndex((w) => w === '—' || w === '--');
    const none = new Uint8Array(doc.tokenCount);
    return pairedAsideClose(doc, t, doc.sentences[0].endToken, none, none);
  };
  assert.ok(close('The mayor said the new rules — drafted in a hurry — would raise costs.') > 0);
  assert.equal(close('The mayor said the new rules would raise costs — a claim the shops dispute.'), -1);
  assert.equal(close('The mayor said the rules would change — and soon — .'), -1);
  assert.equal(close('The mayor said the rules would change — and soon — and then left.'), -1);
  assert.equal(close('The mayor said the rules would change -- in May -- Tom Reyes added.'), -1);
});
