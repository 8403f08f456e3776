import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { chooseContentEnd, MAX_END_FEATURES } from './content-end.js';
import { trainContentEndModel, type ContentEndExample } from './content-end-train.js';
import { quotedTokens } from './quoted-tokens.js';

const nlp = createNlp();

/** A content starting after `after` and running to the sentence end by rule, whose gold end is before `goldBefore`. */
function example(text: string, after: string, goldBefore: string): ContentEndExample {
  const doc = nlp.parse(text);
  const cs = doc.lower.indexOf(after) + 1;
  const gold = doc.lower.indexOf(goldBefore, cs);
  const limit = doc.tokenCount - 1; // before the full stop
  return { doc, quoted: quotedTokens(doc).quoted, q: { cs, ruleEnd: limit, limit, rule: 'indirect-cue-first' }, gold };
}

test('a ranker trained on contents that stop before ", while" ends a new content there, not at the sentence end', () => {
  const model = trainContentEndModel(
    [
      example('The mayor said taxes would rise next year, while the council disagreed.', 'said', ','),
      example('Officials said the bridge was safe, while engineers had doubts.', 'said', ','),
      example('She said the talks had stalled, while aides were more hopeful.', 'said', ','),
      example('He said the vote was fair and the count was quick.', 'said', '.'),
    ],
    { epochs: 4, seed: 3 },
  );
  const q = example('The senator said prices were falling, while analysts warned of a slump.', 'said', ',');
  assert.equal(chooseContentEnd(model, q.doc, q.q, q.quoted, new Uint32Array(MAX_END_FEATURES)), q.gold);
});

test('with no room to choose the rule end stands', () => {
  const q = example('He said no.', 'said', '.');
  const model = trainContentEndModel([q], { epochs: 1 });
  assert.equal(chooseContentEnd(model, q.doc, { ...q.q, limit: q.q.cs + 1, ruleEnd: q.q.cs + 1 }, q.quoted, new Uint32Array(MAX_END_FEATURES)), q.q.cs + 1);
});
