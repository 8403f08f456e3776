// Dyads of actor codes longer than a country's (government to government, a country and an IGO) on both stores:
// SQLite always, PostgreSQL with `source .ci/services`.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/open-store.js';
import { postgresBackend, sqliteBackend, type TestBackend } from '../store/test-stores.js';
import { sample } from '../store/test-analyses.js';
import { inActorDyad, listDyadEvents } from './dyad-events.js';

/** Article `id` with one 042 event from `source` to `target` on `date` (made-up actors). */
function eventBetween(id: string, source: string, target: string, date: string) {
  const a = sample(id, `Story ${id}: envoys of ${source} visited ${target} on ${date}, both sides said.`);
  Object.assign(a.article, { published: date });
  Object.assign(a.events[0], { source: { actor: source, name: source, entity: null }, target: { actor: target, name: target, entity: null }, date });
  return a;
}

test('an actor code is under a dyad side when the side is it or a prefix of it, in either direction unless directed', () => {
  const ev = { source: { actor: 'USAGOVLEG' }, target: { actor: 'JPNGOV' } };
  assert.equal(inActorDyad(ev, ['USAGOV', 'JPNGOV']), true);
  assert.equal(inActorDyad(ev, ['JPN', 'USAGOV']), true);
  assert.equal(inActorDyad(ev, ['JPN', 'USAGOV'], true), false);
  assert.equal(inActorDyad(ev, ['USAMIL', 'JPN']), false);
  assert.equal(inActorDyad({ source: { actor: 'USA' }, target: null }, ['USA', 'JPN']), false);
});

for (const backend of [sqliteBackend(), postgresBackend()] as TestBackend[]) {
  describe(`dyads of actor codes on the ${backend.name} store`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    test('USAGOV-JPNGOV keeps government to government, USA-IGOUNO the UN, and --limit counts the dyad\'s events', async () => {
      const store = await openStore(await backend.freshLocation());
      try {
        await store.recordRun({ id: 'r0', startedAt: 'now', detenteVersion: '0', components: {} });
        await store.saveBatch([
          eventBetween('g1', 'USAGOV', 'JPNGOV', '2024-01-09'),
          eventBetween('g2', 'JPNGOV', 'USAGOV', '2024-02-13'),
          eventBetween('m1', 'USAMIL', 'JPNGOV', '2024-03-12'),
          eventBetween('b1', 'USABUS', 'JPNBUS', '2024-04-16'),
          eventBetween('u1', 'USAGOV', 'IGOUNO', '2024-05-14'),
          eventBetween('u2', 'IGOUNOWHO', 'USA', '2024-06-11'),
          eventBetween('e1', 'USAGOV', 'IGOEUREEC', '2024-07-09'),
        ], 'r0');
        const ids = async (dyad: [string, string], more: { directed?: boolean; limit?: number } = {}) =>
          (await listDyadEvents(store, { dyad, ...more })).map((e) => e.articleId).sort();
        assert.deepEqual(await ids(['USAGOV', 'JPNGOV']), ['g1', 'g2']);
        assert.deepEqual(await ids(['USAGOV', 'JPNGOV'], { directed: true }), ['g1']);
        assert.deepEqual(await ids(['USA', 'JPNGOV']), ['g1', 'g2', 'm1']);
        assert.deepEqual(await ids(['USA', 'JPN']), ['b1', 'g1', 'g2', 'm1']);
        assert.deepEqual(await ids(['USA', 'IGOUNO']), ['u1', 'u2']);
        assert.deepEqual(await ids(['USA', 'IGO']), ['e1', 'u1', 'u2']);
        assert.deepEqual(await ids(['USA', 'IGOUNO'], { limit: 1 }), ['u1']);
        // codes in any case and a limit of 0 (every row) as the store reads them (change review 19: 0 rows both)
        assert.deepEqual(await ids(['usagov', 'jpngov']), ['g1', 'g2']);
        assert.deepEqual(await ids(['USAGOV', 'JPNGOV'], { limit: 0 }), ['g1', 'g2']);
      } finally {
        await store.close();
      }
    });
  });
}
