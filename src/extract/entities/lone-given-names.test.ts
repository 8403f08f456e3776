import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocView } from './doc-view.js';
import { rawMention } from './raw-mention.js';
import { tokenOf, tokenSpan } from './test-tokens.js';
import { confirmLoneGivenNames } from './lone-given-names.js';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const { nlp, resources: res } = run;
const persons = (text: string) => run(text).filter((e) => e.type === 'PERSON').map((e) => e.name);

test('a lone given name inside a sentence is a person: "once we hear from Carmen", "ask Walter as well"', () => {
  assert.ok(persons('Once we hear from Carmen we will call the bank.').includes('Carmen'));
  assert.ok(persons('Please ask Walter as well.').includes('Walter'));
});

test('a lone given name used as a modifier, shop, or numbered item is no person', () => {
  const found = persons('The Tory leader spoke near Guy\'s Hospital. It is a Ralph\'s now. See Tab 4 of the file.');
  for (const n of ['Tory', 'Guy', 'Ralph', 'Tab']) assert.ok(!found.includes(n), `${n} in ${found.join(', ')}`);
});

test('a given name alone on its line, with at most a closing colon or comma, is a letter\'s salutation or signature', () => {
  const view = createDocView(nlp.parse('Gretchen:\nThe invoice for the pumps is attached.\nHenrietta\nGretchen Street is closed today.'));
  const guess = (n: number) => {
    const i = tokenOf(view, 'Gretchen', n);
    return rawMention(tokenSpan(view, i, i + 1), { kind: 'name', type: 'PERSON', key: '', name: 'Gretchen', actor: null, country: null, agent: null, rule: 'capitalised-name', confidence: 0.5, weak: true, personTokens: ['gretchen'] });
  };
  const d = tokenOf(view, 'Henrietta');
  const signature = rawMention(tokenSpan(view, d, d + 1), { kind: 'name', type: 'PERSON', key: '', name: 'Henrietta', actor: null, country: null, agent: null, rule: 'capitalised-name', confidence: 0.5, weak: true, personTokens: ['henrietta'] });
  const out = confirmLoneGivenNames(view, res, [guess(0), signature, guess(1)]);
  assert.deepEqual(out.map((m) => `${m.name} ${m.rule}`), ['Gretchen given-name-alone', 'Henrietta given-name-alone', 'Gretchen capitalised-name']);
});
