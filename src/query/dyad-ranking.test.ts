import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankDyads } from './dyad-ranking.js';

/** A made-up event from `source` to `target` (null: none). */
const ev = (source: string, target: string | null, quadClass: 1 | 2 | 3 | 4, goldstein: number, mentions?: number) => ({
  source: { actor: source, name: source, entity: null },
  target: target === null ? null : { actor: target, name: target, entity: null },
  quadClass,
  goldstein,
  mentions,
});

const events = [
  ev('ISLGOV', 'NORGOV', 1, 1.9, 2),
  ev('NOR', 'ISLGOV', 3, -2),
  ev('NORMIL', 'ISL', 4, -10),
  ev('ISL', 'IGOUNOWHO', 1, 3.4),
  ev('IGOUNO', 'ISL', 2, 7),
  ev('DNK', 'IGOEUREEC', 1, 1),
  ev('DNK', null, 1, 1),
];

test('dyads are country pairs by events, both directions one pair, with QuadClass counts and Goldstein sum and mean', () => {
  const ranked = rankDyads(events);
  assert.deepEqual(ranked.map((t) => [t.dyad.join('-'), t.events]), [['ISL-NOR', 3], ['IGOUNO-ISL', 2], ['DNK-IGOEUR', 1]]);
  assert.deepEqual(ranked[0], { dyad: ['ISL', 'NOR'], events: 3, mentions: 4, quadClass: [1, 0, 1, 1], goldsteinSum: -10.1, goldsteinMean: -3.37 });
  assert.deepEqual(rankDyads(events, { top: 1 }).length, 1);
});

test('directed dyads keep source and target apart; ties go to the more often reported, then by the codes', () => {
  const ranked = rankDyads(events, { directed: true });
  assert.deepEqual(ranked.map((t) => [t.dyad.join('-'), t.events]), [['NOR-ISL', 2], ['ISL-NOR', 1], ['DNK-IGOEUR', 1], ['IGOUNO-ISL', 1], ['ISL-IGOUNO', 1]]);
});
