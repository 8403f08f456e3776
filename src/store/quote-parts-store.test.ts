// A quote whose content is discontinuous (`Quote.parts`) is stored and read back whole on every back end: the parts
// live in the quote's JSON, the quotes row's start/end are the first part's start and the last part's end. The
// PostgreSQL half runs when DETENTE_TEST_PG_URL is set (`source .ci/services`), as in store-contract.test.ts.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from './open-store.js';
import { postgresBackend, sqliteBackend, type TestBackend } from './test-stores.js';
import { sample } from './test-analyses.js';

for (const backend of [sqliteBackend(), postgresBackend()] as TestBackend[]) {
  describe(`the ${backend.name} store`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    test('keeps the parts of a discontinuous quote ("The levy, she said, will hurt shops.")', async () => {
      const store = await openStore(await backend.freshLocation());
      await store.recordRun({ id: 'r0', startedAt: 'now', detenteVersion: '0', components: {} });
      const text = 'The levy, she said, will hurt shops in Ruritania.';
      const a = sample('p1', text);
      const parts = [{ start: 0, end: 8, text: 'The levy' }, { start: 20, end: 35, text: 'will hurt shops' }];
      a.quotes = [{ ...a.quotes[0], kind: 'indirect', start: 0, end: 35, text: 'The levy … will hurt shops', parts, cue: { start: 14, end: 18, text: 'said' } }];
      await store.saveBatch([a], 'r0');
      const back = await store.getAnalysis('p1');
      assert.deepEqual(back?.quotes, a.quotes);
      await store.close();
    });
  });
}
