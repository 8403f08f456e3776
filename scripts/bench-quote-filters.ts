// Speed of the quotes filters on a large store (`detente quotes --speaker / --actor`), for store changes:
//
// node --import tsx scripts/bench-quote-filters.ts --build FILE [--articles N] [--quotes-per N]
//   writes a new SQLite store FILE of made-up articles (default 10,000 articles × 10 quotes = 100,000 quotes; a seeded
//   generator, so two builds hold the same rows): primary speakers named from a pool of 400 made-up names with actor
//   codes from 12 countries × 4 agents; one quote in 20 is joint, with one or two co-speakers (a named one from the same
//   pools, or an unnamed "officials"/"lawmakers" phrase), and only co-speakers carry the codes FRD… and the name "Lind".
//
// node --import tsx scripts/bench-quote-filters.ts --query FILE [--runs N]
//   opens FILE writable (applying pending migrations, timed), then times Store.listQuotes for each filter below, warm:
//   one unmeasured call, then the median of N (default 9) CPU times of the process (SQLite runs in it; less moved by
//   other processes' load than wall-clock time, also printed), with the number of quotes found.
//   To compare two versions of the store code: build one file, copy it, and run --query on each copy with each version
//   (an older store is upgraded by the newer code's migrations on open: the same rows before and after).
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import type { Analysis } from '../src/model/analysis.js';
import type { Quote, Speaker } from '../src/model/quote.js';
import type { QuoteFilter } from '../src/store/store.js';
import { scriptOption } from './script-setup.js';
import { median } from './bench-stats.js';
import { mulberry32 } from '../src/extract/entities/seeded-shuffle.js';

/** The filters timed, by label. */
const FILTERS: ReadonlyArray<readonly [string, QuoteFilter]> = [
  ['--actor ZZZ (no match: the filter alone)', { actor: 'ZZZ' }],
  ['--speaker nobody (no match: the filter alone)', { speaker: 'nobody' }],
  ['--actor FRD (co-speakers only)', { actor: 'FRD' }],
  ['--actor USAGOV (primary and co-speakers)', { actor: 'USAGOV' }],
  ['--actor RUS (wide prefix)', { actor: 'RUS' }],
  ['--speaker lind (co-speakers only)', { speaker: 'lind' }],
  ['--speaker lawmakers (unnamed co-speakers)', { speaker: 'lawmakers' }],
  ['--speaker "Name17 Surname3" (primary and co-speakers)', { speaker: 'Name17 Surname3' }],
];

const COUNTRIES = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'JPN', 'IND', 'BRA', 'ZAF', 'EGY', 'TUR'];
const AGENTS = ['GOV', 'MIL', 'BUS', ''];
const WORDS = 'minister talks border trade rates budget envoy summit troops rebels harbour grain oil council court vote strike bank'.split(' ');
const prov = { component: 'bench', version: '0', rule: 'bench', confidence: 1 };

/** The made-up analyses of the bench store, `articles` × `perArticle` quotes. */
function* analyses(articles: number, perArticle: number): Generator<Analysis> {
  const rnd = mulberry32(20261201);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const named = (): Speaker => ({ entity: null, name: `Name${Math.floor(rnd() * 20)} Surname${Math.floor(rnd() * 20)}`, actor: pick(COUNTRIES) + pick(AGENTS), mention: null });
  const coSpeaker = (): Speaker => {
    const r = rnd();
    if (r < 0.3) return { entity: null, name: `Name${Math.floor(rnd() * 20)} Lind`, actor: `FRD${pick(AGENTS)}`, mention: null };
    if (r < 0.6) return { entity: null, name: null, actor: `${pick(COUNTRIES)}LEG`, mention: { start: 0, end: 9, text: 'lawmakers' } };
    if (r < 0.8) return { entity: null, name: null, actor: null, mention: { start: 0, end: 9, text: 'officials' } };
    return named();
  };
  for (let i = 0; i < articles; i++) {
    // distinct word sequences, so that no article is a near copy of another
    const text = Array.from({ length: 40 }, () => `${pick(WORDS)}${Math.floor(rnd() * 1000)}`).join(' ');
    const quotes: Quote[] = [];
    for (let j = 0; j < perArticle; j++) {
      const q: Quote = { id: `q${j}`, text: 'we are close', start: j, end: j + 12, kind: 'direct', speaker: named(), cue: null, mentions: [], provenance: prov };
      if (rnd() < 0.05) q.coSpeakers = Array.from({ length: rnd() < 0.7 ? 1 : 2 }, coSpeaker);
      quotes.push(q);
    }
    yield {
      article: { id: `a${i}`, title: `Story ${i}`, published: `2024-${String(1 + (i % 12)).padStart(2, '0')}-15`, text },
      entities: [],
      quotes,
      events: [],
      tone: { tone: 0, positive: 0, negative: 0, polarity: 0, wordCount: 40 },
      issues: [],
    };
  }
}

async function build(file: string): Promise<void> {
  const articles = Number(scriptOption('articles', '10000'));
  const perArticle = Number(scriptOption('quotes-per', '10'));
  const store = await openSqliteStore(file);
  await store.recordRun({ id: 'bench', startedAt: '2026-12-01T00:00:00Z', detenteVersion: '0', components: {} });
  let batch: Analysis[] = [];
  for (const a of analyses(articles, perArticle)) {
    batch.push(a);
    if (batch.length === 200) {
      await store.saveBatch(batch, 'bench');
      batch = [];
    }
  }
  if (batch.length) await store.saveBatch(batch, 'bench');
  console.log(`${file}: ${JSON.stringify(await store.counts())}`);
  await store.close();
}

async function query(file: string): Promise<void> {
  const runs = Number(scriptOption('runs', '9'));
  const t0 = performance.now();
  const store = await openSqliteStore(file);
  console.log(`open (with pending migrations): ${(performance.now() - t0).toFixed(0)} ms`);
  for (const [label, filter] of FILTERS) {
    const found = (await store.listQuotes(filter)).length;
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let r = 0; r < runs; r++) {
      const c = process.cpuUsage();
      const t = performance.now();
      await store.listQuotes(filter);
      wall.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
    console.log(`${label}: ${found} quotes, CPU median ${median(cpu).toFixed(1)} ms (min ${Math.min(...cpu).toFixed(1)}), wall median ${median(wall).toFixed(1)} ms`);
  }
  await store.close();
}

const buildFile = scriptOption('build', '');
const queryFile = scriptOption('query', '');
if (buildFile) await build(buildFile);
else if (queryFile) await query(queryFile);
else {
  console.error('usage: bench-quote-filters.ts --build FILE [--articles N] [--quotes-per N] | --query FILE [--runs N]');
  process.exit(2);
}
