import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detente } from './test-cli-args.js';
import { PG_SKIP, postgresBackend, sqliteBackend, type TestBackend } from '../store/test-stores.js';

// Made-up stories with text whose UTF-16 offsets differ from its code points and bytes (accents, an emoji, a flag).
const TALKS =
  'Café talks in Zürich 🇨🇭 ended on Friday. The foreign minister of Norway met envoys from Chile in Zürich on Thursday.\n' +
  '"We agreed on a framework 🙂 for the fisheries," the minister said after the meeting.';
const STRIKE = 'Dock workers in Ostrev ended a three-day strike on Monday. "The wage offer is fair," a union leader said.';

const records = [
  { id: 'x1', source: 'Harbour Wire', url: 'https://news.example/talks', title: 'Talks end', date: '2024-03-01', text: TALKS },
  { id: 'x2', source: 'Harbour Wire', url: 'https://news.example/strike', title: 'Strike over', date: '2024-03-04', text: STRIKE },
  // the same text under another URL: linked to the first as a copy
  { id: 'x3', source: 'Other Wire', url: 'https://other.example/talks-copy', title: 'Talks end (copy)', date: '2024-03-01', text: TALKS },
];

function backendTests(name: string, backend: () => TestBackend, skip: string | false) {
  describe(`detente article on a ${name} store`, { skip }, () => {
    const b = skip ? null : backend();
    const dir = mkdtempSync(join(tmpdir(), 'detente-article-'));
    after(async () => {
      await b?.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    test('prints the stored text every span indexes, its metadata and its linked copy; by id or URL; an unknown id is an error', { timeout: 300_000 }, async () => {
      const db = await b!.freshLocation();
      const input = join(dir, `${name}.jsonl`);
      writeFileSync(input, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
      const ingest = detente(['ingest', '--quiet', '--db', db, input]);
      assert.equal(ingest.status, 0, ingest.stderr);

      const events = detente(['events', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
      const quotes = detente(['quotes', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.ok(events.length > 0 && quotes.length > 0);
      const ids = new Set([...events, ...quotes].map((x) => x.articleId as string));
      assert.equal(ids.size, 2, 'two articles stored, the copy linked');
      for (const id of ids) {
        const r = detente(['article', '--db', db, '--id', id, '--format', 'json']);
        assert.equal(r.status, 0, r.stderr);
        const art = JSON.parse(r.stdout);
        assert.equal(art.id, id);
        for (const ev of events.filter((e) => e.articleId === id)) assert.equal(art.text.slice(ev.trigger.start, ev.trigger.end), ev.trigger.text, ev.id);
        for (const q of quotes.filter((x) => x.articleId === id)) assert.equal(art.text.slice(q.start, q.end), q.text, q.id);
      }

      const byUrl = detente(['article', '--db', db, '--url', 'https://news.example/talks', '--format', 'json']);
      assert.equal(byUrl.status, 0, byUrl.stderr);
      const talks = JSON.parse(byUrl.stdout);
      assert.equal(talks.text, TALKS.normalize('NFC'));
      assert.deepEqual([talks.title, talks.source, talks.externalId, talks.published, talks.runId === null], ['Talks end', 'Harbour Wire', 'x1', '2024-03-01', false]);
      assert.match(talks.storedAt, /^\d{4}-\d\d-\d\dT/);
      // the run that stored it: the fingerprint of the code and data that ran, and the settings that change output
      assert.equal(talks.run.id, talks.runId);
      assert.match(talks.run.fingerprint, /^[0-9a-f]{16}$/);
      assert.deepEqual(talks.run.settings, { quoteModels: true, actors: [], verbs: [], nerModel: 'built-in', clusters: 'built-in' });
      assert.deepEqual(talks.copies.map((c: { url: string; kind: string }) => [c.url, c.kind]), [['https://other.example/talks-copy', 'text']]);
      assert.deepEqual(talks.counts, { entities: talks.counts.entities, quotes: quotes.filter((q) => q.articleId === talks.id).length, events: events.filter((e) => e.articleId === talks.id).length });

      // the copy's URL names the article it is linked to, and says so
      const copy = detente(['article', '--db', db, '--url', 'https://other.example/talks-copy']);
      assert.equal(copy.status, 0, copy.stderr);
      assert.match(copy.stdout, new RegExp(`^id: ${talks.id}$`, 'm'));
      assert.match(copy.stdout, /^asked for: \w+: a copy linked to this article \(text\), /m);
      // text form: the header, then the text unchanged from the line after `text:` to the end
      const text = detente(['article', '--db', db, '--id', talks.id]);
      assert.equal(text.status, 0, text.stderr);
      const at = text.stdout.indexOf('\n', text.stdout.search(/^text: \d+ characters/m));
      assert.equal(text.stdout.slice(at + 1), `${talks.text}\n`);
      assert.match(text.stdout, /^url: https:\/\/news\.example\/talks$/m);
      assert.match(text.stdout, new RegExp(`^run: detente \\S+, code and data ${talks.run.fingerprint}, quote models on$`, 'm'));
      assert.match(text.stdout, new RegExp(`^text: ${talks.text.length} characters`, 'm'));

      // the events' text lines name the article
      assert.match(detente(['events', '--db', db]).stdout, new RegExp(`· article ${talks.id}  \\(`));

      const unknown = detente(['article', '--db', db, '--id', 'no-such-id']);
      assert.equal(unknown.status, 1);
      assert.equal(unknown.stdout, '');
      assert.match(unknown.stderr, /no article with id no-such-id in .* \(neither stored nor linked as a copy\)/);
      assert.equal(detente(['article', '--db', db]).status, 1, 'neither --id nor --url');
    });
  });
}

backendTests('SQLite', sqliteBackend, false);
backendTests('PostgreSQL', postgresBackend, PG_SKIP);
