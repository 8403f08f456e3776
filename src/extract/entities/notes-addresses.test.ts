import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const personMentions = (text: string) => run(text).filter((e) => e.type === 'PERSON').flatMap((e) => e.mentions.map((m) => m.text));

test('a Lotus Notes address names its person whole, domain included', () => {
  assert.ok(personMentions('Karen Holloway@GLOBEX on 03/02/2001 09:12:44 AM').includes('Karen Holloway@GLOBEX'));
});

test('an ordinary e-mail address after a spaced name leaves the name alone', () => {
  assert.ok(personMentions('Please write to Karen Holloway at karen.holloway@example.com today.').includes('Karen Holloway'));
});
