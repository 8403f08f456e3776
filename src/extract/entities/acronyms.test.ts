import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenOf, tokenSpan } from './test-tokens.js';
import { createEntityRunner, entityWithMention } from './test-entities.js';

const run = createEntityRunner();
const { nlp, resources: res } = run;
const entityOf = (text: string, surface: string) => entityWithMention(run(text), surface);

test('an acronym defined in parentheses names the same entity as its long form, with its type', () => {
  const text = 'Crews gathered at the Marlow Launch Center (MLC) on Friday. Staff at MLC cheered the landing.';
  const e = entityOf(text, 'Marlow Launch Center');
  assert.equal(e?.type, 'FAC');
  assert.equal(e?.mentions.filter((m) => m.text === 'MLC').length, 2);
});

test('a long form takes the actor code the knowledge base gives its acronym', () => {
  const e = entityOf('Figures from the International Labour Organisation (ILO) showed a rise. The ILO said so.', 'International Labour Organisation');
  assert.ok(e?.actor?.startsWith('IGO'), String(e?.actor));
  assert.ok(e?.mentions.some((m) => m.text === 'ILO'));
});

test('letters in parentheses that are not the initials of the name before them are no acronym of it', () => {
  const e = entityOf('Shares of the Northgate Shipping Company (NYSE) fell. The NYSE closed early.', 'Northgate Shipping Company');
  assert.ok(!e?.mentions.some((m) => m.text === 'NYSE'));
});

test('a term in capitals defines no acronym entity: its words are ordinary words of the article', async () => {
  const { linkAcronyms } = await import('./acronyms.js');
  const { createDocView } = await import('./doc-view.js');
  const { rawMention } = await import('./raw-mention.js');
  const view = createDocView(nlp.parse('Most homes now use a Compact Fluorescent Light (CFL). A light that is compact and fluorescent saves power, and CFL prices fell.'));
  const at = (w: string, n = 0) => tokenOf(view, w, n);
  const place = (a: number, b: number) => tokenSpan(view, a, b);
  const c = at('Compact');
  const term = rawMention(place(c, c + 3), { kind: 'name', type: 'ORG', key: 'ORG|compact fluorescent light', name: 'Compact Fluorescent Light', actor: null, country: null, agent: null, rule: 'ner-tagger', confidence: 0.7 });
  const later = at('CFL', 1);
  const guess = rawMention(place(later, later + 1), { kind: 'name', type: 'PERSON', key: '', name: 'CFL', actor: null, country: null, agent: null, personTokens: ['cfl'], weak: true, rule: 'capitalised-name', confidence: 0.5 });
  const out = linkAcronyms(view, res, [term, guess]);
  assert.equal(out[1].rule, 'capitalised-name');
});

test('a name defining an acronym the knowledge base knows as another organisation keeps its own reading', () => {
  // "AP" is the Associated Press in the knowledge base; here it is an investment firm's initials
  const e = entityOf('The Alpine Partnership (AP) said on Monday it would close its fund in Ohio. AP shares fell 3 pct.', 'Alpine Partnership');
  assert.ok(e, 'no entity');
  assert.notEqual(e?.actor, 'USAMED');
  assert.ok(e?.mentions.some((m) => m.text === 'AP'));
});
