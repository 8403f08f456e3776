import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const typeOf = (text: string, surface: string) => {
  const at = text.indexOf(surface);
  return run(text).find((e) => e.mentions.some((m) => m.start === at && m.end === at + surface.length))?.type;
};

test('a name modifying "company" after "the" is the company', () => {
  const text = 'The chief of the Ukrainian state-owned Naftoprom company met the press.';
  assert.equal(typeOf(text, 'Naftoprom'), 'ORG');
  assert.equal(typeOf('The state-owned Kovalchuk company said prices would rise.', 'Kovalchuk'), 'ORG');
});

test('an indefinite article opens no company name', () => {
  const text = 'Travellers should call an Asian airline directly for an answer.';
  assert.notEqual(typeOf(text, 'Asian'), 'ORG');
});

test('a news agency named beside "news agency" is an organisation of agent MED, and so is its name cited alone as a source', () => {
  const entityAt = (text: string, surface: string, n = 0) => {
    let at = -1;
    for (let k = 0; k <= n; k++) at = text.indexOf(surface, at + 1);
    return entities(text).find((e) => e.mentions.some((m) => m.start === at && m.end === at + surface.length));
  };
  const entities = (text: string) => run(text);
  const before = 'Output grew four pct, the official Zorvak news agency said. Zorvak said the plan would create jobs.';
  const first = entityAt(before, 'Zorvak');
  assert.equal(first?.type, 'ORG');
  assert.equal(first?.agent, 'MED');
  assert.equal(entityAt(before, 'Zorvak', 1)?.id, first?.id);
  const after = 'Strikes spread last week, the official news agency Pelmira said. Pelmira said thousands of workers joined.';
  assert.equal(entityAt(after, 'Pelmira')?.type, 'ORG');
  assert.equal(entityAt(after, 'Pelmira', 1)?.type, 'ORG');
});

test("a name modifying a group noun leaves a person's surname alone elsewhere (\"the Kessling group\" beside \"Arvid Kessling\")", () => {
  const text = 'A group controlled by Halvorsen Bancorp Chairman Arvid Kessling said it bought shares. The Kessling group filed a notice. Kessling said he would not seek a seat.';
  const at = text.lastIndexOf('Kessling');
  assert.equal(run(text).find((e) => e.mentions.some((m) => m.start === at))?.type, 'PERSON');
});
