import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { findMentions } from './find-mentions.js';
import { loadEntityResources } from './resources.js';
import { placeInsideName } from './tagged-mentions.js';
import { tokenOf } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** The rule mentions (no weak guesses) inside tokens [a, b) of `view`. */
function held(view: ReturnType<typeof createDocView>, a: number, b: number) {
  return findMentions(view, res).filter((m) => m.tokStart >= a && m.tokEnd <= b && !m.weak);
}

test('wire copy "the U.S. Current account gap": an ordinary word capitalised after the abbreviation is no organisation name', () => {
  for (const [text, word] of [
    ['The forecaster said the U.S. Current account gap would narrow only a little this year.', 'Current'],
    ['Dealers said the U.S. Currency was quoted lower in late trade.', 'Currency'],
    ['One banker noted that U.K. Was slow to cut its rates.', 'Was'],
  ] as const) {
    const view = createDocView(nlp.parse(text));
    const w = tokenOf(view, word);
    assert.equal(placeInsideName(view, res, held(view, w - 1, w + 1), w - 1, w + 1), null, text);
  }
});

test('a country abbreviation before an organisation cue word or a proper name still makes that country\'s organisation', () => {
  for (const [text, word] of [
    ['Shares of a U.K. Company rose after the bid.', 'Company'],
    ['The U.S. Treasury sold new notes on Tuesday.', 'Treasury'],
  ] as const) {
    const view = createDocView(nlp.parse(text));
    const w = tokenOf(view, word);
    assert.notEqual(placeInsideName(view, res, held(view, w - 1, w + 1), w - 1, w + 1), null, text);
  }
});
