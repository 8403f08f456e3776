import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { hyphenatedNameEnd, joinHyphenatedNames } from './hyphenated-names.js';
import { rawMention, type RawMention } from './raw-mention.js';

const nlp = createNlp();

/** Token index of the first token whose surface is `word`. */
function tokenOf(view: ReturnType<typeof createDocView>, word: string): number {
  for (let i = 0; i < view.doc.tokenCount; i++) if (view.doc.text.slice(view.doc.starts[i], view.doc.ends[i]) === word) return i;
  throw new Error(`no ${word}`);
}

/** A person mention over tokens `[a, b)`. */
function person(view: ReturnType<typeof createDocView>, a: number, b: number, weak = false): RawMention {
  const { doc } = view;
  return rawMention({ start: doc.starts[a], end: doc.ends[b - 1], tokStart: a, tokEnd: b, sentence: view.sentenceOf[a], evidence: [] }, { kind: 'name', type: 'PERSON', key: '', name: doc.text.slice(doc.starts[a], doc.ends[b - 1]), actor: null, country: null, agent: null, rule: 'given-name', confidence: 0.7, weak });
}

test('a person name cut at a hyphen is joined with the word before it and with the person after it', () => {
  const view = createDocView(nlp.parse('Marie-Claude Vautrin met Omar El-Fadil Osman in Rabat.'));
  const p = tokenOf(view, 'Claude');
  const o = tokenOf(view, 'Omar');
  const f = tokenOf(view, 'Fadil');
  const out = joinHyphenatedNames(view, [person(view, p, p + 2), person(view, o, o + 2), person(view, f, f + 2)]);
  assert.deepEqual(out.map((m) => m.name), ['Marie-Claude Vautrin', 'Omar El-Fadil Osman']);
  assert.deepEqual(out[1].personTokens, ['omar', 'el', 'fadil', 'osman']);
});

test('a two-word person name goes on over a hyphen and a name syllable, a one-word name before "-era" does not', () => {
  const view = createDocView(nlp.parse('Leung Chun-ying praised the Obama-era rules, and Park Ji-sung the Bush-led war.'));
  const l = tokenOf(view, 'Leung');
  assert.equal(hyphenatedNameEnd(view, l, l + 2), l + 4);
  const o = tokenOf(view, 'Obama');
  assert.equal(hyphenatedNameEnd(view, o, o + 1), o + 1);
  const spaced = createDocView(nlp.parse('Ask Dana Whitfield - she knows.'));
  const d = tokenOf(spaced, 'Dana');
  assert.equal(hyphenatedNameEnd(spaced, d, d + 2), d + 2);
});
