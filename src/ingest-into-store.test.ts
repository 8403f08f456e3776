import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestIntoStore } from './ingest-into-store.js';
import { EMPTY_TONE } from './model/tone.js';
import type { Analyzer } from './analyze.js';
import type { Article } from './model/article.js';
import type { Analysis } from './model/analysis.js';
import type { ReadResult } from './ingest/read-result.js';
import { openSqliteStore } from './store/sqlite-store.js';
import { readJsonLines } from './ingest/read-jsonl.js';
import { DetenteError } from './pipeline/errors.js';
import { readFeed } from './ingest/read-feed.js';
import { openStore } from './store/open-store.js';
import { postgresBackend, sqliteBackend, type TestBackend } from './store/test-stores.js';
import { sample } from './store/test-analyses.js';

const CITIES = ['Lima', 'Quito', 'Bogota', 'Caracas', 'Santiago', 'Asuncion', 'Montevideo', 'La Paz'];

/** A distinct short story (different words, so that no two are near-duplicates). */
function article(i: number): Article {
  const text = `Delegates gathered in ${CITIES[i % CITIES.length]} for round ${i} of talks on river shipping.\nCase ${i * 7919} was filed by a fishing cooperative numbered ${i * 104729}.`;
  return { id: `a${i}`, title: `Round ${i}`, published: '2024-02-01', text };
}

/** An analyzer stand-in that returns an empty analysis at once (ingestIntoStore only calls `analyzeBatch`). */
const fakeAnalyzer = stubAnalyzer((a: Article) => ({ article: a, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [] }));

/** An analyzer stand-in whose `analyze` is `analyze` and whose `analyzeBatch` calls it on each article in turn. */
function stubAnalyzer(analyze: (a: Article) => Analysis): Analyzer {
  return { analyze, analyzeBatch: (articles: readonly Article[]) => articles.map((a) => ({ ok: true as const, analysis: analyze(a) })) } as unknown as Analyzer;
}

const ok = (a: Article): ReadResult => ({ ok: true, article: a });

test('an aborted signal stops the ingest, stores the articles analysed so far and reads no further', async () => {
  const store = openSqliteStore(':memory:');
  const controller = new AbortController();
  let readAfterAbort = 0;
  async function* input(): AsyncGenerator<ReadResult> {
    for (let i = 0; i < 5; i++) yield ok(article(i));
    controller.abort('SIGINT');
    for (let i = 5; i < 50; i++) {
      readAfterAbort++;
      yield ok(article(i));
    }
  }
  try {
    store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
    const stats = await ingestIntoStore(input(), { analyzer: fakeAnalyzer, store, runId: 'r1', batchSize: 200, signal: controller.signal });
    assert.equal(stats.interrupted, true);
    assert.equal(stats.stored, 5);
    assert.equal(store.counts().articles, 5);
    assert.ok(readAfterAbort <= 1, `read ${readAfterAbort} item(s) after the abort`);
  } finally {
    store.close();
  }
});

test('an abort ends the ingest even while the input is waiting for data that never comes', async () => {
  const store = openSqliteStore(':memory:');
  const controller = new AbortController();
  let returned = false;
  async function* input(): AsyncGenerator<ReadResult> {
    try {
      yield ok(article(1));
      yield ok(article(2));
      setTimeout(() => controller.abort('SIGTERM'), 20);
      await new Promise(() => {}); // a stdin that stays open
    } finally {
      returned = true;
    }
  }
  try {
    store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
    const stats = await ingestIntoStore(input(), { analyzer: fakeAnalyzer, store, runId: 'r1', signal: controller.signal });
    assert.equal(stats.interrupted, true);
    assert.equal(stats.read, 2);
    assert.equal(store.counts().articles, 2);
    assert.equal(returned, false, 'the pending read is left alone, not awaited');
  } finally {
    store.close();
  }
});

test('a signal gets a turn of the event loop while a long synchronous input is ingested', async () => {
  const store = openSqliteStore(':memory:');
  const controller = new AbortController();
  // a timer, like a signal handler, runs only in a turn of the event loop
  setTimeout(() => controller.abort('SIGINT'), 30);
  // a synchronous input that never waits: each item costs 2 ms, so 5,000 of them would take 10 s
  function* input(): Generator<ReadResult> {
    for (let i = 0; i < 5000; i++) {
      const until = performance.now() + 2;
      while (performance.now() < until);
      yield ok(article(i));
    }
  }
  try {
    store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
    const stats = await ingestIntoStore(input(), { analyzer: fakeAnalyzer, store, runId: 'r1', signal: controller.signal });
    assert.equal(stats.interrupted, true);
    assert.ok(stats.read < 1000, `read ${stats.read} before stopping`);
    assert.equal(store.counts().articles, stats.stored);
  } finally {
    store.close();
  }
});

test('a crawl page without an article (marked skip) is counted as skipped, not as a failure; other failures stay failures', async () => {
  const store = openSqliteStore(':memory:');
  try {
    store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
    const input: ReadResult[] = [
      ok(article(0)),
      { ok: false, origin: 'crawl.warc.gz#512', code: 'E_INGEST_NO_ARTICLE', message: 'crawl.warc.gz#512: not an article page', skip: 'no-article' },
      { ok: false, origin: 'page.html', code: 'E_INGEST_NO_ARTICLE', message: 'page.html: not an article page' },
    ];
    const stats = await ingestIntoStore(input, { analyzer: fakeAnalyzer, store, runId: 'r1' });
    assert.equal(stats.noArticle, 1);
    assert.deepEqual(stats.failures.map((f) => f.origin), ['page.html']);
    assert.equal(stats.stored, 1);
  } finally {
    store.close();
  }
});

test('without an abort every article is stored and the run is not marked interrupted', async () => {
  const store = openSqliteStore(':memory:');
  try {
    store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
    const input = [0, 1, 2, 3, 4, 5, 6].map((i) => ok(article(i)));
    const stats = await ingestIntoStore(input, { analyzer: fakeAnalyzer, store, runId: 'r1', batchSize: 3, signal: new AbortController().signal });
    assert.equal(stats.interrupted, false);
    assert.equal(stats.stored, 7);
    assert.equal(store.counts().articles, 7);
  } finally {
    store.close();
  }
});

test('a feed summary stored first is replaced by the full page from the same URL, which is analysed, in a later run and in the same batch', async () => {
  const summary: Article = { ...article(1), id: 's1', text: 'Delegates met in Lima for talks on river shipping.', url: 'https://news.example/river' };
  const page: Article = { ...article(1), id: 'p1', url: 'https://news.example/river' };
  const analysed: string[] = [];
  const analyzer = stubAnalyzer((a: Article) => (analysed.push(a.id), fakeAnalyzer.analyze(a)));
  for (const batches of [[[summary], [page]], [[summary, page]]]) {
    const store = openSqliteStore(':memory:');
    analysed.length = 0;
    try {
      store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
      let replaced = 0;
      for (const items of batches) replaced += (await ingestIntoStore(items.map(ok), { analyzer, store, runId: 'r1' })).replaced;
      assert.deepEqual(analysed, ['s1', 'p1']);
      assert.equal(replaced, 1);
      assert.equal(store.counts().articles, 1);
      assert.equal(store.getAnalysis('p1')?.article.text, page.text);
      assert.equal(store.getAnalysis('s1'), undefined);
    } finally {
      store.close();
    }
  }
});

test('a JSON Lines record exported again with a corrected text (same id and source) is analysed and replaces the stored version; the old export read again changes nothing', async () => {
  const record = (text: string) => JSON.stringify({ id: 'story-88', source: 'Harbour Gazette', title: 'Ferry fares', published: '2024-02-01', text });
  const first = record('The ferry company raised fares on the island route by ten percent on Monday, the harbour board said.');
  const corrected = record('The ferry company raised fares on the island route by twelve percent on Monday, the harbour board said.');
  const lines = (line: string) => readJsonLines(Readable.from([`${line}\n`]), 'export.jsonl');
  const analysed: Article[] = [];
  const analyzer = stubAnalyzer((a: Article) => (analysed.push(a), fakeAnalyzer.analyze(a)));
  const store = openSqliteStore(':memory:');
  try {
    store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
    const runs = [];
    for (const line of [first, corrected, first]) runs.push(await ingestIntoStore(lines(line), { analyzer, store, runId: 'r1' }));
    assert.deepEqual(runs.map((s) => [s.stored, s.revised, s.duplicates]), [[1, 0, 0], [1, 1, 0], [0, 0, 1]]);
    assert.deepEqual(analysed.map((a) => /ten|twelve/.exec(a.text)?.[0]), ['ten', 'twelve'], 'the old export again is not analysed');
    assert.equal(store.counts().articles, 1);
    assert.equal(store.getAnalysis(analysed[0].id), undefined);
    assert.equal(store.getAnalysis(analysed[1].id)?.article.externalId, 'story-88');
  } finally {
    store.close();
  }
});

test('a feed item fetched again under a changed link is known by its guid: the same text is linked to it, an edited one replaces it', async () => {
  const feed = (link: string, text: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Dunmore Post</title>
    <item><title>Mill reopens</title><link>${link}</link><guid isPermaLink="false">post-4411</guid><description>${text}</description></item>
  </channel></rss>`;
  const first = 'The old paper mill in Dunmore reopened on Friday with forty workers.';
  const edited = 'After two idle years the Dunmore paper mill is running again; sixty people were hired, its owners said.';
  const store = openSqliteStore(':memory:');
  try {
    store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
    const runs = [];
    const fetches: [string, string][] = [['https://post.example/mill?ref=rss', first], ['https://post.example/news/2024/mill', first], ['https://post.example/news/2024/mill-v2', edited]];
    for (const [link, text] of fetches) {
      runs.push(await ingestIntoStore(await readFeed(Buffer.from(feed(link, text)), 'https://post.example/rss'), { analyzer: fakeAnalyzer, store, runId: 'r1' }));
    }
    assert.deepEqual(runs.map((s) => [s.stored, s.revised, s.duplicates]), [[1, 0, 0], [0, 0, 1], [1, 1, 0]]);
    assert.equal(store.counts().articles, 1);
  } finally {
    store.close();
  }
});

test('a batch is stored once its articles to analyse hold batchCharacters of text, before it has batchSize articles', async () => {
  const store = openSqliteStore(':memory:');
  try {
    store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
    const sizes: number[] = [];
    const inner = store.saveBatch.bind(store);
    store.saveBatch = (analyses, runId) => {
      sizes.push(analyses.length);
      return inner(analyses, runId);
    };
    const articles = [0, 1, 2, 3, 4, 5, 6].map(article);
    const perArticle = articles[0].text.length;
    // two and a half articles' worth of text: every third article closes a batch
    const stats = await ingestIntoStore(articles.map(ok), { analyzer: fakeAnalyzer, store, runId: 'r1', batchSize: 200, batchCharacters: Math.round(perArticle * 2.5) });
    assert.deepEqual(sizes, [3, 3, 1]);
    assert.equal(stats.stored, 7);
  } finally {
    store.close();
  }
});

for (const backend of [sqliteBackend(), postgresBackend()] as TestBackend[]) {
  describe(`ingest into the ${backend.name} store`, { skip: backend.skip }, () => {
    after(() => backend.dispose());
    test('a plain-text copy read before the JSON Lines copy of the same story in one run gets its source and id, as two runs give it', async () => {
      // the same story twice: a text file with no source, then an export record naming its source and source id
      const plain: Article = { ...article(3), origin: 'texts/round-3.txt' };
      const exported: Article = { ...plain, origin: 'export.jsonl:1', externalId: 'rv-303', source: 'River Bulletin' };
      const stored = async (runs: Article[][], batchSize?: number) => {
        const store = await openStore(await backend.freshLocation());
        try {
          await store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
          const stats = [];
          for (const items of runs) stats.push(await ingestIntoStore(items.map(ok), { analyzer: fakeAnalyzer, store, runId: 'r1', batchSize }));
          const a = (await store.getAnalysis(plain.id))?.article;
          return { stats: stats.map((s) => [s.stored, s.skipped]), source: a?.source, externalId: a?.externalId, articles: (await store.counts()).articles };
        } finally {
          await store.close();
        }
      };
      const twoRuns = await stored([[plain], [exported]]);
      assert.deepEqual(twoRuns, { stats: [[1, 0], [0, 1]], source: 'River Bulletin', externalId: 'rv-303', articles: 1 });
      // one run, the copies in one batch and in two batches
      for (const batchSize of [200, 1]) {
        assert.deepEqual(await stored([[plain, exported]], batchSize), { ...twoRuns, stats: [[1, 1]] }, `batch size ${batchSize}`);
      }
    });

    test('a plain-text copy stored without a date gets the publication and modification dates of a later copy; a stored date is never overwritten', async () => {
      const plain: Article = { ...article(5), published: null, origin: 'texts/round-5.txt' };
      const dated: Article = { ...plain, origin: 'export.jsonl:5', published: '2024-03-11', modified: '2024-03-14' };
      const datesAfter = async (runs: Article[][], batchSize?: number) => {
        const store = await openStore(await backend.freshLocation());
        try {
          await store.recordRun({ id: 'r1', startedAt: '2024-03-20T00:00:00Z', detenteVersion: '0', components: {} });
          for (const items of runs) await ingestIntoStore(items.map(ok), { analyzer: fakeAnalyzer, store, runId: 'r1', batchSize });
          const a = (await store.getAnalysis(plain.id))?.article;
          return [a?.published ?? null, a?.modified ?? null, (await store.counts()).articles];
        } finally {
          await store.close();
        }
      };
      // two runs, one run in one batch, one run in batches of one: the empty dates are filled
      assert.deepEqual(await datesAfter([[plain], [dated]]), ['2024-03-11', '2024-03-14', 1]);
      for (const batchSize of [200, 1]) assert.deepEqual(await datesAfter([[plain, dated]], batchSize), ['2024-03-11', '2024-03-14', 1], `batch size ${batchSize}`);
      // a stored publication date stays; the copy's modification day fills the empty one only when after it
      const early: Article = { ...plain, published: '2024-03-10' };
      assert.deepEqual(await datesAfter([[early], [dated]]), ['2024-03-10', '2024-03-14', 1]);
      const late: Article = { ...plain, published: '2024-03-15' };
      assert.deepEqual(await datesAfter([[late], [dated]]), ['2024-03-15', null, 1]);
      // a stored modification date stays
      assert.deepEqual(await datesAfter([[{ ...early, modified: '2024-03-12' }], [dated]]), ['2024-03-10', '2024-03-12', 1]);
    });

    test('a later copy of a story whose analysis failed in the same run is not stored empty in its place', async () => {
      const plain: Article = { ...article(4), origin: 'texts/round-4.txt' };
      const exported: Article = { ...plain, externalId: 'rv-404', source: 'River Bulletin' };
      const failing = {
        analyzeBatch: (articles: readonly Article[]) => articles.map(() => ({ ok: false as const, error: new Error('no model') })),
      } as unknown as Analyzer;
      const store = await openStore(await backend.freshLocation());
      try {
        await store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
        const stats = await ingestIntoStore([plain, exported].map(ok), { analyzer: failing, store, runId: 'r1' });
        assert.deepEqual([stats.stored, stats.skipped, stats.failures.length], [0, 1, 1]);
        assert.equal((await store.counts()).articles, 0);
      } finally {
        await store.close();
      }
    });
  });
}

test("a failed analysis keeps the analyzer's error code (E_INPUT_EMPTY…); only errors without one are E_ANALYZE", async () => {
  const store = openSqliteStore(':memory:');
  const failing = {
    analyzeBatch: (articles: readonly Article[]) =>
      articles.map((a) =>
        a.id === 'a0'
          ? { ok: false as const, error: new DetenteError('E_INPUT_EMPTY', 'the article text is empty') }
          : a.id === 'a1'
            ? { ok: false as const, error: new TypeError('something broke inside') }
            : { ok: true as const, analysis: { article: a, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [] } },
      ),
  } as unknown as Analyzer;
  async function* input(): AsyncGenerator<ReadResult> {
    for (let i = 0; i < 3; i++) yield ok(article(i));
  }
  try {
    store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
    const stats = await ingestIntoStore(input(), { analyzer: failing, store, runId: 'r1' });
    assert.deepEqual(
      stats.failures.map((f) => [f.origin, f.code]),
      [
        ['a0', 'E_INPUT_EMPTY'],
        ['a1', 'E_ANALYZE'],
      ],
    );
    assert.equal(stats.stored, 1);
  } finally {
    store.close();
  }
});

test('a real signal that comes during a long synchronous analysis stops the ingest at the next article (review 20)', async () => {
  const store = openSqliteStore(':memory:');
  const controller = new AbortController();
  // a signal handler runs only when the event loop polls for I/O, which a setImmediate alone can skip (a timer, as
  // in the test above, runs without a poll); SIGUSR2 stands for SIGINT/SIGTERM, which the test runner may use
  const onSignal = () => controller.abort('SIGUSR2');
  process.on('SIGUSR2', onSignal);
  let analysed = 0;
  const slowAnalyzer = stubAnalyzer((a: Article) => {
    analysed++;
    // the first article: the signal comes while its analysis runs (a huge article), for longer than the ingest's
    // stretch without a turn of the event loop
    if (analysed === 1) {
      process.kill(process.pid, 'SIGUSR2');
      const until = performance.now() + 200;
      while (performance.now() < until);
    }
    return { article: a, entities: [], quotes: [], events: [], tone: { ...EMPTY_TONE }, issues: [] };
  });
  function* input(): Generator<ReadResult> {
    for (let i = 0; i < 20; i++) yield ok(article(i));
  }
  try {
    store.recordRun({ id: 'r1', startedAt: '2024-02-01T00:00:00Z', detenteVersion: '0', components: {} });
    const stats = await ingestIntoStore(input(), { analyzer: slowAnalyzer, store, runId: 'r1', batchSize: 1, signal: controller.signal });
    assert.equal(stats.interrupted, true);
    assert.equal(stats.read, 1);
    assert.equal(analysed, 1);
    assert.equal(store.counts().articles, 1);
  } finally {
    process.off('SIGUSR2', onSignal);
    store.close();
  }
});

for (const backend of [sqliteBackend(), postgresBackend()] as TestBackend[]) {
  describe(`ingesting a stored undated article again with a publication date (${backend.name})`, { skip: backend.skip }, () => {
    after(() => backend.dispose());
    // review 27 item 2: `ingest a.txt`, then `ingest a.txt --published 2024-03-12` said "already stored 1", dated the
    // article but left its events undated, so `export` dropped them
    const undated: Article = { id: 'd1', title: 'Talks', published: null, text: sample('d1').article.text, origin: 'a.txt' };
    const dated: Article = { ...undated, published: '2024-03-12' };
    const copy: Article = { ...undated, id: 'd1-copy', url: 'https://other.example/d1' };
    /** An analyzer stand-in that dates its one event by the article's publication date, as the event coder does. */
    const datingAnalyzer = stubAnalyzer((a: Article) => {
      const s = sample(a.id, a.text);
      return { ...s, article: a, events: s.events.map((e) => ({ ...e, date: a.published ?? null })) };
    });

    test('its analysis is made again with the date and replaces the stored one in place: events dated, nothing lost or duplicated, copies kept; a third ingest changes nothing', async () => {
      const store = await openStore(await backend.freshLocation());
      try {
        await store.recordRun({ id: 'r1', startedAt: '2024-03-20T00:00:00Z', detenteVersion: '0', components: {} });
        await store.recordRun({ id: 'r2', startedAt: '2024-03-21T00:00:00Z', detenteVersion: '0', components: {} });
        const first = await ingestIntoStore([undated, copy].map(ok), { analyzer: datingAnalyzer, store, runId: 'r1' });
        assert.deepEqual([first.stored, first.duplicates], [1, 1]);
        assert.deepEqual((await store.listEvents()).map((e) => e.date), [null]);

        const again = await ingestIntoStore([dated].map(ok), { analyzer: datingAnalyzer, store, runId: 'r2' });
        assert.deepEqual([again.analysed, again.stored, again.revised, again.skipped, again.events], [1, 1, 1, 0, 1]);
        assert.deepEqual((await store.listEvents()).map((e) => [e.articleId, e.date]), [['d1', '2024-03-12']]);
        assert.deepEqual((await store.listEvents({ from: '2024-03-01', to: '2024-03-31' })).length, 1, 'found by date, as export finds it');
        const stored = await store.getAnalysis('d1');
        assert.deepEqual([stored?.article.published, stored?.entities.length, stored?.quotes.length, stored?.events.length], ['2024-03-12', 1, 1, 1]);
        const record = await store.findArticle({ id: 'd1' });
        assert.equal(record?.runId, 'r2', 'the run that analysed it now');
        assert.deepEqual(record?.copies.map((c) => c.id), ['d1-copy'], 'the copy linked to it stays linked');
        assert.deepEqual(await store.counts(), { ...(await store.counts()), articles: 1 });

        const third = await ingestIntoStore([dated].map(ok), { analyzer: datingAnalyzer, store, runId: 'r2' });
        assert.deepEqual([third.analysed, third.stored, third.skipped], [0, 0, 1]);
        assert.equal((await store.listEvents()).length, 1);
      } finally {
        await store.close();
      }
    });

    test('a dated copy read later in the same run as the undated one fills the date and keeps the annotations (a marker replaces nothing)', async () => {
      for (const batchSize of [200, 1]) {
        const store = await openStore(await backend.freshLocation());
        try {
          await store.recordRun({ id: 'r1', startedAt: '2024-03-20T00:00:00Z', detenteVersion: '0', components: {} });
          await ingestIntoStore([undated, dated].map(ok), { analyzer: datingAnalyzer, store, runId: 'r1', batchSize });
          const stored = await store.getAnalysis('d1');
          assert.deepEqual([stored?.article.published, stored?.entities.length, stored?.events.length], ['2024-03-12', 1, 1], `batch size ${batchSize}`);
        } finally {
          await store.close();
        }
      }
    });
  });
}
