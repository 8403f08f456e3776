import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const mentions = (text: string, type: string) => run(text).filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text));

test('a signature line with a phone number names its person and its company apart', () => {
  const text = 'Hi all,\nMarta Quintavalle Brightwater Gas Services, Inc. Phone (555) 201-7788 Fax (555) 201-7789';
  assert.ok(mentions(text, 'PERSON').includes('Marta Quintavalle'));
  assert.ok(mentions(text, 'ORG').includes('Brightwater Gas Services, Inc.'));
});

test('a middle initial stays with the person on a signature line', () => {
  assert.ok(mentions('Marta J. Quintavalle Brightwater Gas Services, Inc. (555) 201-7788', 'PERSON').includes('Marta J. Quintavalle'));
});

test('the same words in a sentence with no phone number or address are left whole', () => {
  const text = 'Marta Quintavalle Brightwater Gas Services, Inc. said on Monday it would sell the plant.';
  assert.ok(!mentions(text, 'PERSON').includes('Marta Quintavalle'));
});

test('a year range is no phone number: a news line with one is left whole', () => {
  const text = 'Marta Quintavalle Brightwater Gas Services, Inc. said profit rose 4 percent in 2003-2004.';
  assert.ok(!mentions(text, 'PERSON').includes('Marta Quintavalle'));
});
