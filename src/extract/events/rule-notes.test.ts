import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEventResources } from './resources.js';

/**
 * What `detente explain` prints as a rule's note must tell a user what the rule does and its source (a CAMEO
 * manual section, a PETRARCH2 pattern), not the project's history: no review rounds, hand checks, corpus files or
 * story numbers (that history lives in src/extract/events/README.md and the commit messages).
 */
const INTERNAL = /\breview\b|hand check|\breut2-\d|\bsession\b|\bsample\b|\bBBC (?:politics|business|tech|entertainment)\b|Reuters-21578|\bfound in\b/i;

test('no built-in rule note shown by explain refers to our review history or corpus files', () => {
  const { lexicon } = loadEventResources();
  const bad: string[] = [];
  let notes = 0;
  for (const index of [lexicon.verbs, lexicon.nouns]) {
    for (const rules of index.values()) {
      for (const r of rules) {
        if (!r.note) continue;
        notes++;
        if (INTERNAL.test(r.note)) bad.push(`${r.id}: ${r.note.slice(0, 100)}`);
      }
    }
  }
  assert.ok(notes > 100, `the built-in lexicon has notes (${notes})`);
  assert.deepEqual(bad, []);
});
