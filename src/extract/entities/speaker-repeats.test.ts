import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();

/** The entity holding a mention that starts at the n-th occurrence (0-based) of `word` in `text`. */
function entityAt(es: ReturnType<typeof run>, text: string, word: string, n: number) {
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf(word, at + 1);
  return es.find((e) => e.mentions.some((m) => m.start === at && m.kind === 'name'));
}

test('an organisation named elsewhere and missed where it speaks is a mention of it there ("Umbro, which …, said", "according to Umbro")', () => {
  const text = 'Sportswear maker Umbro reported a rise in profits. Pre-tax profit for 2004 was 15m. Umbro, which recently lost a deal, said sales were strong. The fall was "temporary", according to Umbro.';
  const es = run(text, '2005-03-01');
  const umbro = entityAt(es, text, 'Umbro', 0);
  assert.equal(umbro?.type, 'ORG');
  assert.equal(entityAt(es, text, 'Umbro', 1), umbro);
  assert.equal(entityAt(es, text, 'Umbro', 2), umbro);
});

test('a surname speaking alone confirms the full name guessed elsewhere: "Arsene Wenger … said Wenger."', () => {
  const text = '"We are ready," said Wenger. Arsene Wenger is the manager of the club.';
  const es = run(text, '2005-03-01');
  const p = entityAt(es, text, 'Wenger', 0);
  assert.equal(p?.type, 'PERSON');
  assert.equal(p?.name, 'Arsene Wenger');
  assert.equal(entityAt(es, text, 'Arsene Wenger', 0), p);
});

test('a two-word name the tagger doubts is a person where it speaks: "said Heronry Nozaki, an analyst"', () => {
  const text = '"The relationship will get even stronger," said Heronry Nozaki, an analyst at a bank in Tokyo.';
  const es = run(text, '2005-03-01');
  assert.equal(entityAt(es, text, 'Heronry Nozaki', 0)?.type, 'PERSON');
});

test('a capitalised run of ordinary words where a speaker stands is not made a person ("the Land Registry said")', () => {
  const text = 'House sales fell by a quarter, the Land Registry said.';
  const es = run(text, '2005-03-01');
  assert.notEqual(entityAt(es, text, 'Land Registry', 0)?.type, 'PERSON');
});

test('a repeat outside speaker position is left to the tagger ("shares in Umbro fell")', () => {
  const text = 'Sportswear maker Umbro reported a rise in profits. Analysts expect shares in Umbro to fall.';
  const es = run(text, '2005-03-01');
  const second = entityAt(es, text, 'Umbro', 1);
  assert.ok(!second || second.mentions.every((m) => m.provenance.rule !== 'speaker-repeat'));
});

test('2,500 and 20,000 speaking surnames cost time in their number (each had been matched against every guess)', async () => {
  const { speakerRepeats } = await import('./speaker-repeats.js');
  const { createDocView } = await import('./doc-view.js');
  const { rawMention } = await import('./raw-mention.js');
  const { timeRatio } = await import('../../test-support/time-ratio.js');
  const { nlp, resources: res } = run;
  const article = (n: number) => {
    const view = createDocView(nlp.parse(`Arsene Wenger met them. ${'"Fine," said Wenger. '.repeat(n)}`));
    const { doc } = view;
    const guess = (a: number, b: number, tokens: string[]) =>
      rawMention({ start: doc.starts[a], end: doc.ends[b - 1], tokStart: a, tokEnd: b, sentence: view.sentenceOf[a], evidence: [] }, {
        kind: 'name', type: 'PERSON', key: '', name: doc.text.slice(doc.starts[a], doc.ends[b - 1]), actor: null, country: null, agent: null,
        rule: 'capitalised-name', confidence: 0.5, personTokens: tokens, weak: true,
      });
    const mentions = [guess(0, 2, ['arsene', 'wenger'])];
    for (let i = 2; i < doc.tokenCount; i++) if (doc.text.slice(doc.starts[i], doc.ends[i]) === 'Wenger') mentions.push(guess(i, i + 1, ['wenger']));
    return { view, mentions };
  };
  const small = article(3);
  const out = speakerRepeats(small.view, res, small.mentions);
  assert.equal(out.filter((m) => !m.weak).length, 4);
  const ratio = timeRatio(({ view, mentions }: ReturnType<typeof article>) => speakerRepeats(view, res, mentions), article(2_500), article(20_000));
  // 8× the surnames: linear measured 9–10 (the longer input's garbage), quadratic (c3fd846's parent) 46–56.
  assert.ok(ratio < 24, `20,000 surnames took ${ratio.toFixed(1)}× the time of 2,500 (linear: about 8)`);
});
