import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { dropDateNames } from './date-names.js';
import { rawMention } from './raw-mention.js';

const nlp = createNlp();

test('a month and a day taken for a name are dropped, a name with a month word in it stays', () => {
  const view = createDocView(nlp.parse('She died on March 14, 1921, said Julia March.'));
  const span = (a: number, b: number) => rawMention(
    { start: view.doc.starts[a], end: view.doc.ends[b - 1], tokStart: a, tokEnd: b, sentence: 0, evidence: [] },
    { kind: 'name', type: 'PERSON', key: '', name: view.doc.text.slice(view.doc.starts[a], view.doc.ends[b - 1]), actor: null, country: null, agent: null, rule: 'ner-tagger', confidence: 0.7 },
  );
  const date = span(3, 5); // "March 14"
  const person = span(9, 11); // "Julia March"
  assert.equal(view.doc.text.slice(date.start, date.end), 'March 14');
  assert.equal(view.doc.text.slice(person.start, person.end), 'Julia March');
  assert.deepEqual(dropDateNames(view, [date, person]), [person]);
});
