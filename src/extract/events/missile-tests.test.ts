import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../../model/event.js';
import { countrySpec, createEventRunner, eventBrief } from './test-events.js';

const { events: run } = createEventRunner('2024-05-10', { validate: true });
const brief = (events: CodedEvent[]) => events.map(eventBrief);

const PRK = countrySpec('PRK', 'North Korea');
const JPN = countrySpec('JPN', 'Japan');
const PAK = countrySpec('PAK', 'Pakistan');
const RUS = countrySpec('RUS', 'Russia');
const UKR = countrySpec('UKR', 'Ukraine');
const KYIV = { ...countrySpec('UKR', 'Kyiv'), id: 'kyiv', type: 'GPE' as const };

test('a missile fired or launched into the sea is a show of force with no target, not an air strike on the coast named', () => {
  assert.deepEqual(brief(run('North Korea fired a ballistic missile into the Sea of Japan on Friday.', [PRK, JPN])), []);
  assert.deepEqual(brief(run('North Korea fired missiles into waters off Japan on Saturday.', [PRK, JPN])), []);
  assert.deepEqual(brief(run('North Korea launched an intercontinental ballistic missile toward the Sea of Japan on Monday.', [PRK, JPN])), []);
});

test('a weapons test names no target', () => {
  assert.deepEqual(brief(run('North Korea test-fired two short-range ballistic missiles towards Japan on Sunday.', [PRK, JPN])), []);
  assert.deepEqual(brief(run('Pakistan test-fired a nuclear-capable cruise missile on Tuesday.', [PAK])), []);
});

test('missiles fired or launched at a place are aerial weapons used against it (195)', () => {
  assert.deepEqual(brief(run('Russia launched missiles at Kyiv on Thursday.', [RUS, KYIV])), ['RUS>UKR 195']);
  assert.deepEqual(brief(run('Russia fired missiles at Ukraine on Thursday.', [RUS, UKR])), ['RUS>UKR 195']);
});
