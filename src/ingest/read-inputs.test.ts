import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readInputs, type ReadInputsOptions } from './read-inputs.js';
import { fixturePath, sharedPath } from './shared-path.js';
import type { ReadResult } from './read-result.js';

async function readAll(inputs: string[], options?: ReadInputsOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs, options)) out.push(r);
  return out;
}
const summary = (r: ReadResult) => (r.ok ? `ok ${r.article.title}` : `${r.code} ${r.origin}`);
const root = mkdtempSync(join(tmpdir(), 'detente-ingest-'));
after(() => rmSync(root, { recursive: true, force: true }));
const tmp = () => mkdtempSync(join(root, 'case-'));

test('seed, plain text and JSON Lines files are detected and read', async () => {
  const results = await readAll([fixturePath('seed-article.txt'), fixturePath('plain-article.txt'), fixturePath('articles.jsonl')]);
  assert.equal(results.filter((r) => r.ok).length, 5);
  assert.equal(results.filter((r) => !r.ok).length, 3);
  const [seed, plain] = results;
  assert.ok(seed.ok && plain.ok);
  assert.equal(seed.article.published, '2024-03-11');
  assert.equal(seed.article.origin, fixturePath('seed-article.txt'));
  assert.equal(plain.article.published, null);
});

test('a gzip-compressed JSON Lines file reads like the plain one', async () => {
  const plain = (await readAll([fixturePath('articles.jsonl')])).map(summary);
  const gz = (await readAll([fixturePath('articles.jsonl.gz')])).map((r) => summary(r).replace('.jsonl.gz', '.jsonl'));
  assert.deepEqual(gz, plain);
});

test('a directory is read recursively in sorted order, skipping hidden and unknown files', async () => {
  const results = await readAll([fixturePath('tree')]);
  assert.deepEqual(results.map(summary), ['ok Line story', 'ok Nested story one', 'ok Nested seed story']);
  const origins = results.map((r) => (r.ok ? r.article.origin : ''));
  assert.ok(origins[0]?.endsWith('a-lines.jsonl:1'));
});

test('stdin is read for "-" and its format detected', async () => {
  const stdin = Readable.from([Buffer.from('{"title":"From a pipe","text":"Piped text."}\n{"title":"Second","text":"More."}\n')]);
  const results = await readAll(['-'], { stdin });
  assert.deepEqual(results.map(summary), ['ok From a pipe', 'ok Second']);
  assert.equal(results[0].ok && results[0].article.origin, '-:1');
});

test('the format option overrides detection', async () => {
  const stdin = Readable.from([Buffer.from('date 2024-01-02 Not a seed here\nBody line.\n')]);
  const [r] = await readAll(['-'], { stdin, format: 'txt' });
  assert.ok(r.ok);
  assert.equal(r.article.title, 'date 2024-01-02 Not a seed here');
  assert.equal(r.article.published, null);
});

test('bad inputs each give one clear failure and the batch goes on', async () => {
  const dir = tmp();
  const write = (name: string, bytes: string | Buffer) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  const inputs = [
    join(dir, 'missing.txt'),
    write('empty.txt', ''),
    write('blank.txt', '  \n\n\t\n'),
    write('binary.txt', Buffer.from([0x89, 0x00, 0x01, 0x02, 0x41, 0x00, 0x42])),
    write('mixed.txt', Buffer.concat([Buffer.from('Zürich talks\n\nSome text '), Buffer.from([0xff, 0xfe, 0x80])])),
    write('latin1.txt', Buffer.from([0x4d, 0x61, 0x64, 0x72, 0x69, 0x64, 0x0a, 0x0a, 0x45, 0x6c, 0x20, 0x6d, 0x69, 0x6e, 0x69, 0x73, 0x74, 0x72, 0x6f, 0x20, 0x64, 0x69, 0x6a, 0x6f, 0x20, 0x71, 0x75, 0x65, 0x20, 0x73, 0xed, 0x2e])),
    write('corrupt.jsonl.gz', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])),
    write('big.txt', `Big title\n\n${'a sentence of text. '.repeat(400)}`),
    fixturePath('seed-article.txt'),
  ];
  const results = await readAll(inputs, { maxBytes: 4096 });
  assert.deepEqual(results.map(summary), [
    `E_INGEST_NOT_FOUND ${inputs[0]}`,
    `E_INGEST_EMPTY ${inputs[1]}`,
    `E_INGEST_EMPTY ${inputs[2]}`,
    `E_INGEST_BINARY ${inputs[3]}`,
    `E_INGEST_ENCODING ${inputs[4]}`,
    'ok Madrid',
    `E_INGEST_TRUNCATED ${inputs[6]}`,
    `E_INGEST_TOO_LARGE ${inputs[7]}`,
    'ok Kenya and Ethiopia agree to reopen border crossing after talks',
  ]);
  const latin = results[5];
  assert.ok(latin.ok && latin.article.text === 'El ministro dijo que sí.');
  for (const r of results) if (!r.ok) assert.ok(r.message.includes(r.origin), r.message);
  const binary = results[3];
  assert.ok(!binary.ok && /looks binary \(.*\), not text;/.test(binary.message), binary.ok ? '' : binary.message);
});

test('a truncated gzip JSON Lines file yields its complete lines, then one truncation failure', async () => {
  const dir = tmp();
  const path = join(dir, 'cut.jsonl.gz');
  const gz = gzipSync(Buffer.from(Array.from({ length: 400 }, (_, i) => `{"title":"Story ${i}","text":"Text of story number ${i} with some words."}\n`).join('')));
  writeFileSync(path, gz.subarray(0, Math.floor(gz.length * 0.6)));
  const results = await readAll([path]);
  const last = results[results.length - 1];
  assert.ok(results.length > 10 && results.slice(0, -1).every((r) => r.ok));
  assert.equal(!last.ok && last.code, 'E_INGEST_TRUNCATED');
  assert.equal(!last.ok && last.origin, path);
});

test('a file far over the size limit is refused without being read whole', async () => {
  const dir = tmp();
  const path = join(dir, 'huge.html');
  writeFileSync(path, `<html><body>${'<p>Filler paragraph of a huge page.</p>'.repeat(1_000_000)}</body></html>`); // ~38 MB
  const t0 = performance.now();
  const results = await readAll([path]);
  assert.deepEqual(results.map(summary), [`E_INGEST_TOO_LARGE ${path}`]);
  assert.ok(performance.now() - t0 < 5000, 'refused from its size, not after parsing');
});

test('an unreadable directory is a failure naming it', { skip: process.getuid?.() === 0 ? 'running as root: permissions are not enforced' : false }, async () => {
  const dir = tmp();
  const locked = join(dir, 'locked');
  mkdirSync(locked);
  writeFileSync(join(locked, 'a.txt'), 'Title\n\nBody.');
  chmodSync(locked, 0o000);
  try {
    const results = await readAll([dir]);
    assert.deepEqual(results.map(summary), [`E_INGEST_UNREADABLE ${locked}`]);
  } finally {
    chmodSync(locked, 0o755);
  }
});

test('the real seed and a TempEval-3 JSON Lines file read completely', { skip: sharedPath('corpora', 'tempeval3', 'derived', 'te3-platinum.jsonl') && sharedPath('corpora', 'seed') ? false : 'shared data missing (set DETENTE_SHARED)' }, async () => {
  const results = await readAll([sharedPath('corpora', 'seed')!, sharedPath('corpora', 'tempeval3', 'derived', 'te3-platinum.jsonl')!]);
  assert.ok(results.every((r) => r.ok), results.filter((r) => !r.ok).map(summary).join('\n'));
  assert.equal(results.length, 21);
  const articles = results.flatMap((r) => (r.ok ? [r.article] : []));
  assert.equal(articles[0].published, '2023-06-19');
  assert.ok(articles.slice(1).every((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.published ?? '') && a.title && a.text.length > 100));
  assert.equal(new Set(articles.map((a) => a.id)).size, 21);
});

test('a format no reader knows (a library caller passing a string) is a format failure listing the known formats', async () => {
  const dir = tmp();
  const path = join(dir, 'note.txt');
  writeFileSync(path, 'Harbour talks resume\n\nNegotiators returned to the harbour authority on Monday.\n');
  const [r] = await readAll([path], { format: 'pdf' as unknown as ReadInputsOptions['format'] });
  assert.ok(!r.ok && r.code === 'E_INGEST_FORMAT', summary(r));
  assert.match(r.message, /no "pdf" reader; the input formats are seed, txt, jsonl, html, feed, warc, reuters/);
  assert.doesNotMatch(r.message, /--format/);
});

test('files of a directory whose extension no reader knows are reported to onSkippedFile, not dropped silently', async () => {
  const dir = tmp();
  const story = 'date 2024-05-07 Ferry service restored\n- Published\nThe island ferry sailed again on Tuesday after repairs.\n';
  writeFileSync(join(dir, 'story.txt'), story);
  writeFileSync(join(dir, 'story-no-extension'), story);
  writeFileSync(join(dir, 'notes.md'), story);
  const skipped: string[] = [];
  const results = await readAll([dir], { onSkippedFile: (p) => skipped.push(p) });
  assert.deepEqual(results.map(summary), ['ok Ferry service restored']);
  assert.deepEqual(skipped, [join(dir, 'notes.md'), join(dir, 'story-no-extension')]);
});

test("a folder's README.TXT or LICENSE.txt is its documentation, skipped and reported, while a file named for a story is read", async () => {
  const dir = tmp();
  const story = 'date 2024-05-07 Ferry service restored\n- Published\nThe island ferry sailed again on Tuesday after repairs.\n';
  writeFileSync(join(dir, 'README.TXT'), 'Consists of 40 documents from a regional news site, in five folders.\n');
  writeFileSync(join(dir, 'LICENSE.txt'), 'Licensed for research use only.\n');
  writeFileSync(join(dir, 'PROVENANCE.txt'), 'Fetched from the regional site in May 2024 by the corpus authors.\n');
  // one licence of several (review 16: LICENSE-MIT.txt outside node_modules was read as an article)
  writeFileSync(join(dir, 'LICENSE-MIT.txt'), 'Permission is granted to anyone who keeps this notice.\n');
  writeFileSync(join(dir, 'readme-ferry-story.txt'), story);
  writeFileSync(join(dir, 'license-fees-story.txt'), story.replace('Ferry service restored', 'Licence fees frozen'));
  const skipped: string[] = [];
  const results = await readAll([dir], { onSkippedFile: (p) => skipped.push(p) });
  assert.deepEqual(results.map(summary).sort(), ['ok Ferry service restored', 'ok Licence fees frozen']);
  assert.deepEqual(skipped, [join(dir, 'LICENSE-MIT.txt'), join(dir, 'LICENSE.txt'), join(dir, 'PROVENANCE.txt'), join(dir, 'README.TXT')]);
  // named on the command line, it is read like any other file
  assert.deepEqual((await readAll([join(dir, 'README.TXT')])).map((r) => r.ok), [true]);
});

test('with a forced format every file of a directory is read, whatever its extension', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'story-no-extension'), 'date 2024-05-07 Ferry service restored\n- Published\nThe island ferry sailed again on Tuesday after repairs.\n');
  writeFileSync(join(dir, '.hidden'), 'not read');
  const skipped: string[] = [];
  const results = await readAll([dir], { format: 'seed', onSkippedFile: (p) => skipped.push(p) });
  assert.deepEqual(results.map(summary), ['ok Ferry service restored']);
  assert.deepEqual(skipped, []);
});

test('a body over the per-article limit (many stories on one line) is a too-large failure, and the next file is read', async () => {
  const dir = tmp();
  const huge = join(dir, 'a-all-in-one.txt');
  writeFileSync(huge, `Collected wire stories\n\n${'The port authority said the ferry timetable would change in spring. '.repeat(16_000)}\n`);
  writeFileSync(join(dir, 'b-story.txt'), 'Ferry timetable changes\n\nThe port authority said the ferry timetable would change in spring.\n');
  const results = await readAll([dir]);
  assert.deepEqual(results.map(summary), [`E_INGEST_TOO_LARGE ${huge}`, 'ok Ferry timetable changes']);
  assert.ok(!results[0].ok && /over the 1,000,000-character limit for one article; if it holds many articles, split it/.test(results[0].message), summary(results[0]));
});

test('a folder with a linked node_modules and a hidden folder reads only its news: the packages\' licences, help texts and fixtures are left out, even with a forced format', async () => {
  const dir = tmp();
  const packages = tmp();
  // written for this test: a news story, and files a package tree holds
  writeFileSync(join(dir, 'harbour.txt'), 'Harbour reopens\n\nThe harbour of Puerto Aysen reopened on Monday after the storm, port officials said.\n');
  mkdirSync(join(packages, 'left-pad', 'test', 'fixtures'), { recursive: true });
  writeFileSync(join(packages, 'left-pad', 'LICENSE-MIT.txt'), 'Permission is hereby granted to anyone who asks nicely.\n');
  writeFileSync(join(packages, 'left-pad', 'test', 'fixtures', 'hello.txt'), 'hello from a fixture\n');
  symlinkSync(packages, join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, '.cache'));
  writeFileSync(join(dir, '.cache', 'old-story.txt'), 'Cached copy\n\nA copy an editor kept of an older draft.\n');
  for (const options of [{}, { format: 'txt' as const }]) {
    assert.deepEqual((await readAll([dir], options)).map(summary), ['ok Harbour reopens'], JSON.stringify(options));
  }
  // a node_modules folder named itself is read
  assert.deepEqual((await readAll([join(dir, 'node_modules', 'left-pad', 'test')])).map(summary), ['ok hello from a fixture']);
});

test('a file named .gz that is not gzip is read as it is, and a failure reading it says it is no gzip', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'plain.txt.gz'), 'Quay reopens\n\nThe harbour board said on Monday that the north quay would reopen in June.\n');
  writeFileSync(join(dir, 'menu.html.gz'), '<html><body><p>Home</p></body></html>');
  writeFileSync(join(dir, 'real.html.gz'), gzipSync(Buffer.from('<html><body><p>Home</p></body></html>')));
  const results = await readAll([dir]);
  const byName = (name: string) => results.find((r) => (r.ok ? r.article.origin : r.origin)?.endsWith(name));
  assert.equal(byName('plain.txt.gz')?.ok, true, 'plain text under a .gz name is still read');
  const misnamed = byName('menu.html.gz');
  assert.ok(misnamed && !misnamed.ok);
  assert.match(misnamed.message, /menu\.html\.gz.*; it is named \.gz but is not gzip-compressed/);
  const real = byName('real.html.gz');
  assert.ok(real && !real.ok);
  assert.doesNotMatch(real.message, /not gzip-compressed/, 'a real gzip file keeps its own reason alone');
});

test('a text file that is not UTF-8 and is read by a guessed charset carries a warning naming it; a UTF-8 one none', async () => {
  const dir = tmp();
  // ASCII with three bytes that are no UTF-8: "caf\xe9", "na\xefve", "\xa3"
  writeFileSync(join(dir, 'latin.txt'), Buffer.concat([Buffer.from('Harbour notes\n\nThe caf'), Buffer.from([0xe9]), Buffer.from(' served a na'), Buffer.from([0xef]), Buffer.from('ve tart for 3'), Buffer.from([0xa3]), Buffer.from('.\n')]));
  writeFileSync(join(dir, 'plain.txt'), 'Harbour notes\n\nThe café served a naïve tart.\n');
  const [latin, plain] = await readAll([join(dir, 'latin.txt'), join(dir, 'plain.txt')]);
  assert.ok(latin.ok && plain.ok);
  assert.match(latin.article.text, /café/);
  assert.deepEqual(latin.issues?.map((i) => i.code), ['W_INGEST_CHARSET_GUESS']);
  assert.match(latin.issues?.[0].message ?? '', /latin\.txt is not valid UTF-8: read as windows-1252/);
  assert.equal(plain.issues, undefined);
});

test('a file or stream over the size limit says the limit in MiB and names the option that raises it (--max-file-mb), not an internal field', async () => {
  const dir = tmp();
  const path = join(dir, 'big.html');
  const page = `<html><body>${'<p>Filler paragraph of a big page.</p>'.repeat(70_000)}</body></html>`; // ~2.6 MB
  writeFileSync(path, page);
  const fromFile = await readAll([path], { maxBytes: 2 * 1024 * 1024 });
  const fromStdin = await readAll(['-'], { stdin: Readable.from([Buffer.from(page)]), maxBytes: 2 * 1024 * 1024 });
  for (const r of [...fromFile, ...fromStdin]) {
    assert.ok(!r.ok && r.code === 'E_INGEST_TOO_LARGE', summary(r));
    assert.match(r.message, /is larger than the 2 MiB limit for files read whole \(HTML, feeds, text, SGML, a JSON document\); split it, convert it to JSON Lines .*raise the limit with --max-file-mb$/);
    assert.doesNotMatch(r.message, /maxBytes/);
  }
  assert.equal(fromFile.length + fromStdin.length, 2);
});
