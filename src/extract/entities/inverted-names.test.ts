import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { invertedNames } from './inverted-names.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

test('a quoted e-mail display name written surname first is one person', () => {
  const view = createDocView(nlp.parse('"Okafor, Linda" <lokafor@example.com>\nPlease call me.'));
  const out = invertedNames(view, res, []);
  assert.equal(out.length, 1);
  assert.equal(out[0].name, 'Okafor, Linda');
  assert.deepEqual(out[0].personTokens, ['linda', 'okafor']);
  assert.equal(out[0].rule, 'inverted-name');
});

test('an unquoted "Surname, Given." line, a greeting or a quoted sentence is left alone', () => {
  for (const text of ['Austen, Jane.', 'Goodbye, Ramon.', '"Stop, Linda, please," he said.']) {
    assert.equal(invertedNames(createDocView(nlp.parse(text)), res, []).length, 0, text);
  }
});

test('a surname-first display name whose address spells it is a person, given name unknown to the lists', () => {
  const view = createDocView(nlp.parse('"Quintavalle, Zarela" <zarela.quintavalle@example.com>\nGood morning, the contract is attached.'));
  const out = invertedNames(view, res, []);
  assert.deepEqual(out.map((m) => m.name), ['Quintavalle, Zarela']);
  assert.equal(invertedNames(createDocView(nlp.parse('"Quintavalle, Zarela" <zq@example.com>\nGood morning.')), res, []).length, 0);
});
