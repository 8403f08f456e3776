import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { dropPlanetPersons } from './planet-names.js';
import { rawMention, type RawMention } from './raw-mention.js';

const nlp = createNlp();

/** Person mentions over the given words (first occurrence of each phrase's first word). */
function persons(view: ReturnType<typeof createDocView>, phrases: string[]): RawMention[] {
  const { doc, keys } = view;
  return phrases.map((p) => {
    const n = p.split(' ').length;
    let a = 0;
    while (doc.text.slice(doc.starts[a], doc.ends[a]) !== p.split(' ')[0]) a++;
    return rawMention({ start: doc.starts[a], end: doc.ends[a + n - 1], tokStart: a, tokEnd: a + n, sentence: view.sentenceOf[a], evidence: [] }, { kind: 'name', type: 'PERSON', key: '', name: p, actor: null, country: null, agent: null, rule: 'given-name-alone', confidence: 0.6, personTokens: nameTokens(keys, a, a + n) });
  });
}

test('a one-word person that is a planet is dropped ("Saturn transits Mars")', () => {
  const view = createDocView(nlp.parse('This month Saturn transits the house of Mars, writes Dora Quill.'));
  const out = dropPlanetPersons(view, persons(view, ['Saturn', 'Mars', 'Dora Quill']));
  assert.deepEqual(out.map((m) => m.name), ['Dora Quill']);
});

test('a planet name stays a person when the article names that person in full', () => {
  const view = createDocView(nlp.parse('Venus Okoro won the final. Later Venus thanked her coach.'));
  const { doc } = view;
  const full = persons(view, ['Venus Okoro'])[0];
  let second = 0;
  for (let i = full.tokEnd; i < doc.tokenCount; i++) if (doc.text.slice(doc.starts[i], doc.ends[i]) === 'Venus') second = i;
  const alone = { ...full, start: doc.starts[second], end: doc.ends[second], tokStart: second, tokEnd: second + 1, name: 'Venus', personTokens: ['venus'] };
  assert.equal(dropPlanetPersons(view, [full, alone]).length, 2);
});
