import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { cliNodeArgs, detente, writeSeedStories } from './test-cli-args.js';
import { sharedPath } from '../ingest/shared-path.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function tempDir() {
  return mkdtempSync(join(tmpdir(), 'detente-cli-'));
}

const ARTICLE = [
  'date 2024-04-02 Envoys meet in Vienna',
  '- Published',
  'Austrian Foreign Minister Alexander Schallenberg met Swiss officials in Vienna on Tuesday.',
  '"We made real progress," Mr Schallenberg told reporters.',
].join('\n');

test('analyze with no paths runs on the bundled examples and prints a summary per article', () => {
  const r = detente(['analyze']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal((r.stdout.match(/^━━ /gm) ?? []).length, 3);
  assert.match(r.stdout, /Tone: /);
});

test('analyze --format jsonl prints one valid object per article', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const r = detente(['analyze', '--format', 'jsonl', dir]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const obj = JSON.parse(lines[0]);
    assert.equal(obj.article.published, '2024-04-02');
    assert.ok(Array.isArray(obj.entities) && Array.isArray(obj.quotes) && Array.isArray(obj.events));
    for (const e of obj.entities) for (const m of e.mentions) assert.equal(obj.article.text.slice(m.start, m.end), m.text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad files are reported by name, the good ones are still analysed, and the exit status is 1', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]));
    const r = detente(['analyze', dir]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /Envoys meet in Vienna/);
    assert.match(r.stderr, /empty\.txt/);
    assert.match(r.stderr, /binary\.txt/);
    assert.match(r.stderr, /2 input\(s\) failed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const MAIN_PAGE_CRAWL = sharedPath('corpora', 'warc', 'real-crawls', 'ukwa-webarchive-test-suite', 'wikipedia-sopa-blackout-2012', 'wikipedia-post-blackout', 'main-page.warc.gz');

test('analyze and explain count a crawl\'s home page as skipped (no article), as ingest does, and exit 0', { skip: MAIN_PAGE_CRAWL ? false : 'shared data missing (set DETENTE_SHARED)' }, () => {
  for (const command of ['analyze', 'explain']) {
    const r = detente([command, MAIN_PAGE_CRAWL!]);
    assert.equal(r.status, 0, `${command}: ${r.stderr}`);
    assert.match(r.stderr, /skipped \(no article\) 1/);
    assert.doesNotMatch(r.stderr, /failed/);
  }
});

test('ingesting the same input twice adds nothing the second time', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const db = join(dir, 'x.db');
    const first = detente(['ingest', '--db', db, join(root, 'examples', 'articles'), join(dir, 'a.txt')]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /stored 4,/);
    const second = detente(['ingest', '--db', db, join(root, 'examples', 'articles'), join(dir, 'a.txt')]);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stderr, /stored 0, already stored 4/);
    assert.match(second.stderr, /: 4 articles/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a JSON Lines export ingested again with a corrected text under the same record id replaces the stored version, stores nothing twice, and quotes cite the record id', () => {
  const dir = tempDir();
  try {
    // written for this test
    const line = (id: number | string, text: string) => JSON.stringify({ id, source: 'Harbour Gazette', title: `Harbour report ${id}`, date: '2024-05-14', text });
    const quay = 'The harbour master said on Tuesday that the north quay would reopen in June.\n"We have repaired every crane," she told reporters.';
    const ferry = 'Ferry crews in the bay ended a two-day strike after the operator agreed to hire more deckhands.';
    writeFileSync(join(dir, 'day.jsonl'), `${line(481, quay)}\n${line('ferry-2', ferry)}\n`);
    const db = join(dir, 'x.db');
    const first = detente(['ingest', '--db', db, join(dir, 'day.jsonl')]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /stored 2,/);
    // the export again, its first record corrected (another text: another article id) and its lines swapped
    const corrected = `${quay.replace('in June', 'in early June')}\nShipping lines were told to expect a new timetable for container vessels once the inspections are finished next month.`;
    writeFileSync(join(dir, 'day.jsonl'), `${line('ferry-2', ferry)}\n${line(481, corrected)}\n`);
    const second = detente(['ingest', '--db', db, join(dir, 'day.jsonl')]);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stderr, /stored 1 \(updated 1: a newer version in place of the stored one \(same URL, or same source and id\), or a stored undated article analysed again with the publication date given\), already stored 1 .*duplicates 0/);
    assert.match(second.stderr, /: 2 articles/);
    const raw = new Database(db, { readonly: true });
    assert.deepEqual(raw.prepare('SELECT kind FROM duplicates').pluck().all(), ['revision'], 'the earlier version is kept as a revision row');
    assert.equal(raw.prepare("SELECT count(*) FROM articles WHERE text LIKE '%early June%'").pluck().get(), 1, 'the stored version is the corrected one');
    raw.close();
    const quotes = detente(['quotes', '--db', db]);
    assert.equal(quotes.status, 0, quotes.stderr);
    assert.match(quotes.stdout, /━━ 2024-05-14 · Harbour report 481 · Harbour Gazette · .*day\.jsonl:2 · id [0-9a-f]{16} · source id 481\n/);
    const explained = detente(['explain', '--db', db, '--article', /id ([0-9a-f]{16}) · source id 481/.exec(quotes.stdout)?.[1] ?? '?']);
    assert.equal(explained.status, 0, explained.stderr);
    assert.match(explained.stdout, /^━━ Harbour report 481 \(2024-05-14\) · id [0-9a-f]{16} · source id 481\n/);
    const csv = detente(['quotes', '--db', db, '--format', 'csv']).stdout.trim().split('\n');
    assert.match(csv[0], /,article_external_id,parts,article_modified,mentions,co_speakers$/);
    assert.ok(csv.some((row) => /,481,[0-9;-]*,,[^,]*,[^,]*$/.test(row)), csv.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an HTML page's byline is kept by the store and shown by explain --db", () => {
  const dir = tempDir();
  try {
    // written for this test
    const para = (t: string) => `<p>${t}</p>`;
    const page = [
      '<!doctype html><html lang="en"><head><title>Orchard growers count frost losses</title>',
      '<meta name="author" content="Lena Hartwig"><meta property="article:published_time" content="2024-04-18"></head><body><article>',
      '<h1>Orchard growers count frost losses</h1>',
      para('Apple growers in the upper valley said on Thursday that two nights of frost had destroyed most of the blossom on their early varieties.'),
      para('The growers association asked the regional council for help with the cost of replanting, and the council agreed to meet its members next week.'),
      para('"We have not seen a spring like this in thirty years," the association chair told a meeting of farmers in the market hall.'),
      '</article></body></html>',
    ].join('\n');
    writeFileSync(join(dir, 'frost.html'), page);
    const db = join(dir, 'x.db');
    const r = detente(['ingest', '--db', db, join(dir, 'frost.html')]);
    assert.equal(r.status, 0, r.stderr);
    const raw = new Database(db, { readonly: true });
    const row = raw.prepare('SELECT id, byline FROM articles').get() as { id: string; byline: string | null };
    raw.close();
    assert.equal(row.byline, 'Lena Hartwig');
    const explained = detente(['explain', '--db', db, '--article', row.id]);
    assert.equal(explained.status, 0, explained.stderr);
    assert.match(explained.stdout, /^━━ Orchard growers count frost losses \(2024-04-18\) · by Lena Hartwig · id [0-9a-f]{16}\n/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a republished copy under another URL and headline is linked as a duplicate, not stored twice', () => {
  const dir = tempDir();
  try {
    const text = ARTICLE.split('\n').slice(2).join('\n');
    const lines = [
      { title: 'Envoys meet in Vienna', url: 'https://one.example/vienna', date: '2024-04-02', text },
      { title: 'Austria hosts Swiss envoys', url: 'https://two.example/world/123', date: '2024-04-02', text },
    ];
    writeFileSync(join(dir, 'wire.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
    const db = join(dir, 'x.db');
    const r = detente(['ingest', '--db', db, dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /stored 1, already stored 0, duplicates 1/);
    assert.match(r.stderr, /: 1 articles.* 1 duplicates linked/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a joint quote is found by its co-speaker and shows all its speakers in text, JSON Lines and CSV', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'levy.txt'), ['date 2024-05-06 Harbour levy to be cut', '- Published', 'Mayor Tomas Varga and officials in Lisbon said the harbour levy would be cut.'].join('\n'));
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--db', db, dir]).status, 0);
    const text = detente(['quotes', '--db', db, '--speaker', 'officials']);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /Tomas Varga.* with officials in Lisbon \(PRTGOV\): the harbour levy would be cut/);
    assert.equal(detente(['quotes', '--db', db, '--actor', 'PRTGOV', '--format', 'jsonl']).stdout.trim().split('\n').length, 1);
    const [q] = detente(['quotes', '--db', db, '--speaker', 'lisbon', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(q.coSpeakers.map((c: { mention: { text: string } }) => c.mention.text), ['officials in Lisbon']);
    const csv = detente(['quotes', '--db', db, '--format', 'csv']).stdout.trim().split('\n');
    assert.match(csv[1], /,officials in Lisbon \(PRTGOV\)$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every quote output names the article to cite it by: file (or URL), title and date', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'harbour.txt'), ['date 2024-05-06 Quay to reopen in June', '- Published', '"The quay will reopen in June," harbour master Ines Varga told reporters on Monday.'].join('\n'));
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--db', db, dir]).status, 0);
    const path = join(dir, 'harbour.txt');
    const text = detente(['quotes', '--db', db]).stdout;
    assert.ok(text.includes(`━━ 2024-05-06 · Quay to reopen in June · ${path} · id `), text);
    const [q] = detente(['quotes', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual([q.articleOrigin, q.articleUrl, q.articleTitle, q.published, q.articleModified], [path, null, 'Quay to reopen in June', '2024-05-06', null]);
    const csv = detente(['quotes', '--db', db, '--format', 'csv']).stdout.split('\n');
    assert.match(csv[0], /,article_title,negated,article_url,article_origin,article_source,article_external_id,parts,article_modified,mentions,co_speakers$/);
    assert.ok(csv[1].includes(`,Quay to reopen in June,false,,${path},`), csv[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('quotes are filtered by kind and by cue class, and an unknown class is a clear error', () => {
  const dir = tempDir();
  try {
    const text = [
      'date 2024-04-02 Envoys meet in Vienna',
      '- Published',
      'Austrian Foreign Minister Alexander Schallenberg met Swiss officials in Vienna on Tuesday.',
      '"We made real progress," Mr Schallenberg told reporters.',
      'Mr Schallenberg expects that the talks will resume in May.',
    ].join('\n');
    writeFileSync(join(dir, 'a.txt'), text);
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--db', db, dir]).status, 0);
    const all = detente(['quotes', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(all.map((q) => [q.kind, q.cueClass]), [['direct', 'speech'], ['indirect', 'belief']]);
    const speech = detente(['quotes', '--db', db, '--cue-class', 'Speech,writing']);
    assert.equal(speech.status, 0, speech.stderr);
    assert.match(speech.stdout, /We made real progress/);
    assert.doesNotMatch(speech.stdout, /talks will resume/);
    const beliefs = detente(['quotes', '--db', db, '--kind', 'indirect']);
    assert.match(beliefs.stdout, /talks will resume in May {2}\[indirect, expects: belief\]/);
    const bad = detente(['quotes', '--db', db, '--cue-class', 'speech,rumour']);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--cue-class.*unknown "rumour".*speech, writing, belief/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--published dates articles whose input states no date, and a wrong date is a clear error', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'undated.txt'), 'Border talks\n\nPolish Foreign Minister Radoslaw Sikorski met Lithuanian officials in Vilnius on Tuesday.\n');
    writeFileSync(join(dir, 'dated.txt'), ARTICLE);
    const r = detente(['analyze', '--format', 'jsonl', '--published', '2005-03-10', dir]);
    assert.equal(r.status, 0, r.stderr);
    const byTitle = Object.fromEntries(r.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((a) => [a.article.title, a]));
    assert.equal(byTitle['Border talks'].article.published, '2005-03-10');
    // "on Tuesday" before a Thursday publication date: that week's Tuesday
    assert.deepEqual(byTitle['Border talks'].events.map((e: { date: string }) => e.date), ['2005-03-08']);
    assert.equal(byTitle['Envoys meet in Vienna'].article.published, '2024-04-02');
    const bad = detente(['ingest', '--db', join(dir, 'x.db'), '--published', '10/03/2005', dir]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /invalid --published "10\/03\/2005": expected a date YYYY-MM-DD/);
    assert.equal(existsSync(join(dir, 'x.db')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('explain --published dates an undated article as analyze --published does, and is refused with --db', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'undated.txt'), 'Border talks\n\nPolish Foreign Minister Radoslaw Sikorski met Lithuanian officials in Vilnius on Tuesday.\n');
    const undated = detente(['explain', join(dir, 'undated.txt')]);
    assert.equal(undated.status, 0, undated.stderr);
    assert.match(undated.stdout, /\(undated\)/);
    const r = detente(['explain', '--published', '2005-03-10', join(dir, 'undated.txt')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^━━ Border talks \(2005-03-10\)/m);
    // the event's date, as analyze --published stores it: that week's Tuesday
    assert.match(r.stdout, /^\w+-e1: .* 2005-03-08/m);
    const withDb = detente(['explain', '--published', '2005-03-10', '--db', join(dir, 'x.db'), '--article', 'abc']);
    assert.equal(withDb.status, 1);
    assert.match(withDb.stderr, /--published applies to analysed paths, not to --db/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a stdin article is read with -', () => {
  const r = detente(['analyze', '--format', 'json', '-'], ARTICLE);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).article.title, 'Envoys meet in Vienna');
});

test('an invalid dyad is a clear error', () => {
  const dir = tempDir();
  try {
    const r = detente(['events', '--db', join(dir, 'x.db'), '--dyad', 'USACHN']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /invalid dyad "USACHN"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a query on a database path that does not exist is an error and creates no file', () => {
  const dir = tempDir();
  try {
    const db = join(dir, 'typo.db');
    for (const args of [['events'], ['quotes'], ['entities'], ['dyad', 'USA-CHN'], ['export'], ['explain', '--article', 'abc']]) {
      const r = detente([...args, '--db', db]);
      assert.equal(r.status, 1, `${args[0]}: ${r.stderr}`);
      assert.match(r.stderr, /no database at .*typo\.db/, args[0]);
      assert.equal(existsSync(db), false, `${args[0]} created ${db}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('query options with an unknown format or an impossible date are errors, not silently ignored', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, join(dir, 'a.txt')]).status, 0);
    const badFormat = detente(['events', '--db', db, '--format', 'xml']);
    assert.equal(badFormat.status, 1);
    assert.match(badFormat.stderr, /unknown --format "xml": use text or jsonl/);
    const badDate = detente(['quotes', '--db', db, '--from', '2024-13-40']);
    assert.equal(badDate.status, 1);
    assert.match(badDate.stderr, /invalid --from "2024-13-40": expected a date YYYY-MM-DD/);
    const badCode = detente(['events', '--db', db, '--code', 'abc']);
    assert.equal(badCode.status, 1);
    assert.match(badCode.stderr, /invalid --code "abc": expected a CAMEO code or prefix of 1 to 4 digits/);
    const shortDate = detente(['events', '--db', db, '--to', '2024']);
    assert.equal(shortDate.status, 1);
    assert.match(shortDate.stderr, /invalid --to "2024"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('entities lists who the stored articles name, with actor codes, filtered by type, actor and name', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, join(dir, 'a.txt')]).status, 0);
    const text = detente(['entities', '--db', db]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^ +1 +2 +PERSON +AUT +AUTGOV +Alexander Schallenberg +\(2024-04-02\)$/m);
    const people = detente(['entities', '--db', db, '--type', 'person', '--format', 'jsonl']);
    const rows = people.stdout.trim().split('\n').map((l) => JSON.parse(l) as { name: string; actor: string; mentions: number });
    assert.deepEqual(rows.map((r) => [r.name, r.actor, r.mentions]), [['Alexander Schallenberg', 'AUTGOV', 2]]);
    assert.equal(detente(['entities', '--db', db, '--actor', 'CHN', '--format', 'jsonl']).stdout, '');
    assert.match(detente(['entities', '--db', db, '--name', 'schallenberg']).stdout, /Alexander Schallenberg/);
    const csv = detente(['entities', '--db', db, '--type', 'person', '--format', 'csv']);
    assert.equal(csv.status, 0, csv.stderr);
    assert.deepEqual(csv.stdout.trim().split('\n'), [
      'name,type,actor,other_actors,country,agent,articles,mentions,first_published,last_published',
      'Alexander Schallenberg,PERSON,AUTGOV,,AUT,GOV,1,2,2024-04-02,2024-04-02',
    ]);
    const badType = detente(['entities', '--db', db, '--type', 'human']);
    assert.equal(badType.status, 1);
    assert.match(badType.stderr, /invalid --type "human": use one of PERSON, ORG, GPE/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dyad warns when the trend joins events in a few far-apart months', () => {
  const dir = tempDir();
  try {
    const stories: [string, string, string][] = [
      ['2001-01-09', 'Leaders meet over rail links', 'Austrian Chancellor Anna Berger met Swiss President Lukas Meier in Vienna on Tuesday to discuss rail links.'],
      ['2005-06-07', 'Bern thanks Vienna for flood help', 'Swiss Foreign Minister Petra Huber praised Austria on Monday for its help after the spring floods.'],
      ['2012-03-06', 'Water accord signed', 'Austrian negotiators signed a water-sharing agreement with Switzerland in Geneva on Thursday.'],
    ];
    writeSeedStories(dir, stories);
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, dir]).status, 0);
    const r = detente(['dyad', 'AUT-CHE', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^sparse: events in 3 of the 135 months from 2001-01 to 2012-03 \(longest gap 80 months\)/m);
    assert.match(r.stdout, /^trend: too sparse \(events in 3 of 135 months, under 25%: a slope of -?[\d.]+ Goldstein points per month(, 90% interval [-+]?[\d.]+ to [-+]?[\d.]+, standard error [\d.]+,)? would join a few far-apart periods, so no direction is given\)$/m);
    const json = JSON.parse(detente(['dyad', 'AUT-CHE', '--db', db, '--format', 'json']).stdout);
    assert.deepEqual(json.coverage, { periods: 135, periodsWithEvents: 3, longestGap: 80, sparse: true });
    // two months with events are no trend: JSON gives no slope beside 'insufficient data', as the text gives none
    const two = detente(['dyad', 'AUT-CHE', '--db', db, '--from', '2005-01-01', '--format', 'json']);
    assert.equal(two.status, 0, two.stderr);
    assert.deepEqual(((o) => [o.trend, o.slope, o.slopeStdError])(JSON.parse(two.stdout)), ['insufficient data', null, null]);
    assert.match(detente(['dyad', 'AUT-CHE', '--db', db, '--from', '2005-01-01']).stdout, /^trend: insufficient data \(events in 2 months; a trend needs events in at least 3 months\)$/m);
    // the help says what the trend words and the JSON's null slope mean
    assert.match(detente(['dyad', '--help']).stdout, /too sparse[^]*slope is printed[^]*insufficient data[^]*no slope[^]*null/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dyad accepts the two country codes as one argument or as two', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, join(dir, 'a.txt')]).status, 0);
    const joined = detente(['dyad', 'AUT-CHE', '--db', db, '--format', 'json']);
    const apart = detente(['dyad', 'AUT', 'CHE', '--db', db, '--format', 'json']);
    assert.equal(apart.status, 0, apart.stderr);
    assert.deepEqual(JSON.parse(apart.stdout), JSON.parse(joined.stdout));
    assert.equal(JSON.parse(apart.stdout).buckets.reduce((n: number, b: { events: number }) => n + b.events, 0), 1);
    // too few periods for a trend: said in words, without a meaningless slope
    assert.match(detente(['dyad', 'AUT-CHE', '--db', db]).stdout, /^trend: insufficient data \(events in 1 month; a trend needs events in at least 3 months\)$/m);
    assert.match(detente(['dyad', 'AUT-NOR', '--db', db]).stdout, /^trend: insufficient data \(no events;/m);
    // a code no country has is a typo, not a quiet relationship: an error, and exit status 1
    const typo = detente(['dyad', 'AUT-ZZZ', '--db', db]);
    assert.equal(typo.status, 1);
    assert.match(typo.stderr, /no events for AUT-ZZZ: "ZZZ" is no country code/);
    assert.equal(detente(['events', '--dyad', 'ZZZ-AUT', '--db', db]).status, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('output piped into a reader that closes early (| head) ends quietly, without an EPIPE stack trace', async () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const child = spawn(process.execPath, cliNodeArgs(['analyze', '--format', 'jsonl', join(dir, 'a.txt')]), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before the first line is written
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    assert.doesNotMatch(stderr, /EPIPE|Unhandled 'error' event/);
    assert.equal(status, 0, stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a malformed count or input format is refused before anything is read or stored', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const db = join(dir, 'x.db');
    const batch = detente(['ingest', '--batch', 'abc', '--db', db, join(dir, 'a.txt')]);
    assert.equal(batch.status, 1);
    assert.match(batch.stderr, /--batch <n>.*'abc' is invalid/);
    assert.equal(existsSync(db), false);
    const format = detente(['analyze', '--input-format', 'pdf', join(dir, 'a.txt')]);
    assert.equal(format.status, 1);
    assert.match(format.stderr, /'pdf' is invalid\. use one of seed, txt, jsonl, html, feed, warc, reuters/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('folder files that are not read for their extension are named in a note, and --input-format reads them', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'dispatch-0412'), ARTICLE);
    const r = detente(['analyze', '--format', 'jsonl', dir]);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /note: 1 file\(s\) in the given folders not read.*dispatch-0412/);
    const forced = detente(['analyze', '--format', 'jsonl', '--input-format', 'seed', dir]);
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(JSON.parse(forced.stdout).article.title, 'Envoys meet in Vienna');
    assert.doesNotMatch(forced.stderr, /note:/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('explain --event shows only the article holding that event, finds it in a database by its id alone, and fails when it is nowhere', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'b.txt'), 'date 2024-04-03 Harbour reopens\n- Published\nThe harbour reopened on Wednesday after the storm.\n');
    const all = detente(['explain', join(dir, 'a.txt')]);
    const id = /^(\w+-e\d+): /m.exec(all.stdout)?.[1];
    assert.ok(id, all.stdout);
    const one = detente(['explain', '--event', id, dir]);
    assert.equal(one.status, 0, one.stderr);
    assert.equal((one.stdout.match(/^━━ /gm) ?? []).length, 1);
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, dir]).status, 0);
    const stored = detente(['explain', '--db', db, '--event', id]);
    assert.equal(stored.status, 0, stored.stderr);
    assert.ok(stored.stdout.includes(`${id}: `));
    // the `events` listing names each event's id, so one can be explained straight from it
    const listed = /\((\w+-e\d+)\)$/m.exec(detente(['events', '--db', db]).stdout)?.[1];
    assert.ok(listed);
    assert.equal(detente(['explain', '--db', db, '--event', listed]).status, 0);
    const missing = detente(['explain', '--event', 'ffffffffffffffff-e9', dir]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no event ffffffffffffffff-e9 in the given articles/);
    const malformed = detente(['explain', '--db', db, '--event', 'foo']);
    assert.equal(malformed.status, 1);
    assert.match(malformed.stderr, /invalid --event "foo": an event id is the article id and -eN/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the GDELT export leaves out undated events, says how many, and keeps them with --include-undated', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'dated.txt'), ARTICLE);
    // plain text carries no publication date, and the sentence has no date expression: the event is undated
    writeFileSync(join(dir, 'undated.txt'), 'Border talks\n\nPolish Foreign Minister Radoslaw Sikorski met Lithuanian officials in Vilnius.\n');
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, dir]).status, 0);
    const all = detente(['export', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { date: string | null });
    const undated = all.filter((e) => !e.date).length;
    assert.ok(undated >= 1 && undated < all.length, JSON.stringify(all.map((e) => e.date)));
    const gdelt = detente(['export', '--db', db]);
    assert.equal(gdelt.status, 0, gdelt.stderr);
    const rows = gdelt.stdout.trim().split('\n');
    assert.equal(rows.length, all.length - undated);
    for (const row of rows) assert.match(row.split('\t')[1], /^\d{8}$/);
    assert.match(gdelt.stderr, new RegExp(`note: ${undated} of ${all.length} event\\(s\\) left out: no date`));
    const kept = detente(['export', '--db', db, '--include-undated']);
    assert.equal(kept.stdout.trim().split('\n').length, all.length);
    // CSV keeps every event, one row each after the header, with the trigger and sentence that explain it
    const csv = detente(['export', '--db', db, '--format', 'CSV']).stdout.trim().split('\n');
    assert.equal(csv.length, all.length + 1);
    assert.match(csv[0], /^event_id,article_id,date,date_precision,source_actor,.*,trigger,sentence,rule,/);
    assert.deepEqual(detente(['events', '--db', db, '--format', 'csv']).stdout.trim().split('\n'), csv);
    // files have no URL: article_url stays empty, as in the quotes' CSV, and the path is article_origin
    // (counted from the row's end: the columns from article_url on hold no comma here, the label before them may)
    const header = csv[0].split(',');
    const fromEnd = (row: string[], name: string) => row[row.length - (header.length - header.indexOf(name))];
    const rowsOfFiles = csv.slice(1).map((l) => l.split(','));
    assert.deepEqual(rowsOfFiles.map((r) => fromEnd(r, 'article_origin').replace(/^.*[\\/]/, '')).sort(), ['dated.txt', 'undated.txt']);
    for (const r of rowsOfFiles) assert.equal(fromEnd(r, 'article_url'), '');
    // the dyad series cannot place them either, and says so; event lines say 'undated' in words
    const dyad = detente(['dyad', 'POL-LTU', '--db', db]);
    assert.match(dyad.stdout, /^1 event\(s\) without a date .* left out: `detente events --dyad POL-LTU` lists them$/m);
    assert.equal(JSON.parse(detente(['dyad', 'POL-LTU', '--db', db, '--format', 'json']).stdout).slope, null);
    assert.match(detente(['events', '--db', db, '--dyad', 'POL-LTU']).stdout, /^POLGOV → LTU\S* 0\d\d .* undated Vilnius/m);
    // a date range cannot hold them: events --from/--to says how many it left out
    const ranged = detente(['events', '--db', db, '--dyad', 'POL-LTU', '--from', '2000-01-01']);
    assert.equal(ranged.stdout, '');
    assert.match(ranged.stderr, /^note: 1 undated event\(s\) .* in no --from\/--to range and were left out$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an event dated only to a month is exported with a note, left out by --day-dates-only and by a --to before its month ends', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'talks.txt');
    writeFileSync(
      file,
      'date 2024-06-10 Border talks\n- Published\nIn March, Polish Foreign Minister Radoslaw Sikorski met Lithuanian officials in Vilnius.\nOn Monday, Polish Foreign Minister Radoslaw Sikorski met Latvian officials in Riga.\n',
    );
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, file]).status, 0);
    const all = detente(['export', '--db', db]);
    const rows = all.stdout.trim().split('\n').map((l) => l.split('\t'));
    assert.deepEqual(rows.map((r) => r[1]).sort(), ['20240301', '20240610']);
    // SOURCEURL: a file without a URL is named by its path, not by the article id
    for (const r of rows) assert.equal(r[60], file);
    assert.match(all.stderr, /note: 1 of 2 event\(s\) are dated only to a week, month, season or year; their SQLDATE is the period's first day/);
    const days = detente(['export', '--db', db, '--day-dates-only']).stdout.trim().split('\n');
    assert.deepEqual(days.map((l) => l.split('\t')[1]), ['20240610']);
    // the JSON Lines export filters the same way, and says so
    const jsonl = detente(['export', '--db', db, '--format', 'jsonl', '--day-dates-only']);
    assert.equal(jsonl.stdout.trim().split('\n').length, 1);
    assert.match(jsonl.stderr, /note: 1 of 2 event\(s\) left out: dated only to a week, month, season or year/);
    assert.equal(detente(['events', '--db', db, '--to', '2024-03-15']).stdout, '');
    assert.match(detente(['events', '--db', db, '--to', '2024-03-31']).stdout, /LTUGOV 040 .* 2024-03 Vilnius/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an ingest in which every input fails names each failure, exits 1 and leaves no database file it created', () => {
  const dir = tempDir();
  try {
    const db = join(dir, 'new.db');
    writeFileSync(join(dir, 'scan.bin'), Buffer.from([0x25, 0x50, 0x00, 0x01, 0x02, 0x00]));
    const missing = join(dir, 'no-such-story.txt');
    const r = detente(['ingest', '--db', db, missing, join(dir, 'scan.bin')]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /no-such-story\.txt: E_INGEST_NOT_FOUND/);
    assert.match(r.stderr, /scan\.bin: E_INGEST_BINARY/);
    assert.match(r.stderr, /new\.db: not created/);
    assert.deepEqual(readdirSync(dir), ['scan.bin']);
    // a database that existed before is kept, whatever the run stores
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    assert.equal(detente(['ingest', '--quiet', '--db', db, join(dir, 'a.txt')]).status, 0);
    const again = detente(['ingest', '--db', db, missing]);
    assert.equal(again.status, 1);
    assert.ok(existsSync(db));
    assert.match(again.stderr, /new\.db: 1 articles/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a JSON Lines article whose date is not understood is analysed and stored undated, with a warning and an issue, exit 0', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'wire.jsonl');
    writeFileSync(file, `${JSON.stringify({ title: 'Port reopens', text: 'The port of Gdansk reopened on Monday after the storm, officials said.', date: '2024-02-30' })}\n`);
    const a = detente(['analyze', '--format', 'jsonl', file]);
    assert.equal(a.status, 0, a.stderr);
    assert.match(a.stderr, /^warning: .*wire\.jsonl:1: publication date "2024-02-30" not understood/m);
    const analysis = JSON.parse(a.stdout) as { article: { published: string | null }; issues: { code: string }[] };
    assert.equal(analysis.article.published, null);
    assert.deepEqual(analysis.issues.map((i) => i.code), ['W_INGEST_DATE']);
    const db = join(dir, 'x.db');
    const i = detente(['ingest', '--db', db, file]);
    assert.equal(i.status, 0, i.stderr);
    assert.match(i.stderr, /^warning: .*wire\.jsonl:1: publication date "2024-02-30" not understood/m);
    assert.match(i.stderr, /stored 1/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a database written by an older detente is refused read-only with advice, and upgrade brings it to the current schema', async () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', '--quiet', '--db', db, join(dir, 'a.txt')]).status, 0);
    const before = detente(['events', '--db', db]).stdout;
    // migration 4 (dropping an old table, idempotent) marked as not applied: the schema of an older detente
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db);
    raw.exec('DELETE FROM schema_migrations WHERE version = 4');
    raw.close();
    const refused = detente(['events', '--db', db]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /written by an older detente .*detente upgrade --db FILE/);
    const up = detente(['upgrade', '--db', db]);
    assert.equal(up.status, 0, up.stderr);
    assert.match(up.stderr, /schema migration 4 applied, schema up to date; 1 articles/);
    assert.equal(detente(['events', '--db', db]).stdout, before);
    assert.match(detente(['upgrade', '--db', db]).stderr, /schema already up to date; 1 articles/);
    assert.equal(detente(['upgrade', '--db', join(dir, 'none.db')]).status, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('explain --quote (or --event given a quote id) explains a stored quote by its id; a malformed or missing quote id exits 1', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'a.txt'), 'date 2024-04-03 Harbour levy\n\nMayor Tomas Varga said that the harbour levy would rise in May.\n');
    const db = join(dir, 'x.db');
    assert.equal(detente(['ingest', dir, '--db', db]).status, 0);
    const article = JSON.parse(detente(['quotes', '--db', db, '--format', 'jsonl']).stdout.split('\n')[0]);
    const id = `${article.articleId}-${article.id}`;
    for (const option of ['--quote', '--event']) {
      const r = detente(['explain', '--db', db, option, id]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`\\n${id}: indirect quote by Tomas Varga`));
      assert.match(r.stdout, /Mayor Tomas Varga ⟦said⟧ ⟨that the harbour levy would rise in May⟩\./);
    }
    const bad = detente(['explain', '--db', db, '--quote', 'q1']);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /invalid --quote "q1": a quote id is the article id and -qN/);
    const missing = detente(['explain', '--db', db, '--quote', `${article.articleId}-q9`]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no quote [0-9a-f]{16}-q9 in article/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
