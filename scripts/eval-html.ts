// Evaluates the HTML article reader on ../shared/corpora/html-fundus (86 real news pages with expected
// title/date/body from fundus's per-site parsers): body token F1 (bag of lower-cased word tokens, macro over pages),
// title accuracy (case, quote style and NFKC forms aside; "exact": the same characters, white space aside) and date accuracy, side by side with plain Readability (textContent, title, publishedTime) on the same pages.
// Usage: npm run eval:html [-- --verbose]   (DETENTE_SHARED overrides ../shared)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtml } from '../src/ingest/read-html.js';
import { sharedPath } from '../src/ingest/shared-path.js';

const root = sharedPath('corpora', 'html-fundus');
if (!root) {
  console.error('eval:html: ../shared/corpora/html-fundus not found (set DETENTE_SHARED to the shared data folder)');
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');

interface Expected { title?: string; authors?: string[]; publishing_date?: string | null; body?: { summary?: string[]; sections?: { headline?: string[]; paragraphs?: string[] }[] } }
interface Extracted { text: string; title: string; date: string | null; byline: string }
interface Row { page: string; f1: number; p: number; r: number; title: boolean | null; titleExact: boolean | null; date: boolean | null; byline: boolean | null; got: string; want: string }

function tokens(s: string): string[] {
  return s.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}
function bagF1(pred: string[], gold: string[]): { p: number; r: number; f1: number } {
  const counts = new Map<string, number>();
  for (const t of gold) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of pred) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(t, c - 1);
    }
  }
  const p = pred.length ? overlap / pred.length : 0;
  const r = gold.length ? overlap / gold.length : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
const normTitle = (s: string) => s.normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

// the page's own characters: only white space collapsed (curly and straight quotes, case and NFKC forms differ)
const exactTitle = (s: string) => s.replace(/\s+/g, ' ').trim();

const systems: Record<string, (bytes: Buffer, origin: string, url?: string) => Extracted> = {
  detente: (bytes, origin, url) => {
    const r = readHtml(bytes, origin, { url });
    return r.ok ? { text: r.article.text, title: r.article.title, date: r.article.published, byline: r.article.byline ?? '' } : { text: '', title: '', date: null, byline: '' };
  },
  readability: (bytes) => {
    const parsed = new Readability(parseHTML(bytes.toString('utf8')).document as never).parse();
    return { text: parsed?.textContent ?? '', title: parsed?.title ?? '', date: parsed?.publishedTime?.slice(0, 10) ?? null, byline: parsed?.byline ?? '' };
  },
};
const rows: Record<string, Row[]> = { detente: [], readability: [] };
const seconds: Record<string, number> = { detente: 0, readability: 0 };
let bytesRead = 0;
for (const cc of readdirSync(root).sort()) {
  const dir = join(root, cc);
  if (!existsSync(join(dir, 'meta.info'))) continue;
  const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort();
  const meta = JSON.parse(readFileSync(join(dir, 'meta.info'), 'utf8')) as Record<string, { url?: string }>;
  const byPublisher = new Map<string, string[]>();
  for (const f of files) {
    const pub = f.replace(/_\d{4}_\d{2}_\d{2}\.html\.gz$/, '');
    byPublisher.set(pub, [...(byPublisher.get(pub) ?? []), f]);
  }
  for (const [pub, pages] of byPublisher) {
    const jsonPath = join(dir, `${pub}.json`);
    if (!existsSync(jsonPath)) continue;
    // the k-th expectation (in file order) belongs to the k-th page of the publisher by date (PROVENANCE)
    const expected = Object.values(JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, Expected>);
    pages.forEach((file, k) => {
      const want = expected[k];
      if (!want) return;
      const bytes = gunzipSync(readFileSync(join(dir, file)));
      bytesRead += bytes.length;
      const goldText = [...(want.body?.summary ?? []), ...(want.body?.sections ?? []).flatMap((s) => [...(s.headline ?? []), ...(s.paragraphs ?? [])])].join('\n');
      const wantDate = want.publishing_date ? want.publishing_date.slice(0, 10) : null;
      for (const [name, extract] of Object.entries(systems)) {
        const t0 = performance.now();
        const got = extract(bytes, `${cc}/${file}`, meta[file]?.url);
        seconds[name] += (performance.now() - t0) / 1000;
        rows[name].push({
          page: `${cc}/${file}`,
          ...bagF1(tokens(got.text), tokens(goldText)),
          title: want.title ? normTitle(got.title) === normTitle(want.title) : null,
          titleExact: want.title ? exactTitle(got.title) === exactTitle(want.title) : null,
          date: wantDate ? got.date === wantDate : null,
          // every expected author's name appears in the byline (case and spacing ignored)
          byline: want.authors?.length ? want.authors.every((a) => normTitle(got.byline).includes(normTitle(a))) : null,
          got: `${got.title} | ${got.date}`,
          want: `${want.title} | ${wantDate}`,
        });
      }
    });
  }
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const rate = (xs: (boolean | null)[]) => {
  const known = xs.filter((x): x is boolean => x !== null);
  return known.filter(Boolean).length / Math.max(1, known.length);
};
if (verbose) {
  for (const r of [...rows.detente].sort((a, b) => a.f1 - b.f1)) {
    console.log(`${r.f1.toFixed(3)} P ${r.p.toFixed(2)} R ${r.r.toFixed(2)} title ${r.title ? 'ok' : r.title === null ? '--' : 'NO'} date ${r.date ? 'ok' : r.date === null ? '--' : 'NO'}  ${r.page}`);
    if (r.title === false || r.date === false) console.log(`      got  ${r.got}\n      want ${r.want}`);
  }
}
const line = (label: string, f: (name: string) => string, note = '') =>
  console.log(`  ${label.padEnd(16)}${Object.keys(systems).map((n) => f(n).padStart(12)).join('')}${note ? `   ${note}` : ''}`);
console.log(`eval:html on ${rows.detente.length} pages of html-fundus (expected output of fundus's per-site parsers)`);
line('', (n) => n);
line('body token F1', (n) => mean(rows[n].map((r) => r.f1)).toFixed(3), 'aim ≥ 0.95 (Readability ≈ 0.94 on public benchmarks)');
line('  precision', (n) => mean(rows[n].map((r) => r.p)).toFixed(3));
line('  recall', (n) => mean(rows[n].map((r) => r.r)).toFixed(3));
line('title accuracy', (n) => rate(rows[n].map((r) => r.title)).toFixed(3));
line('  exact', (n) => rate(rows[n].map((r) => r.titleExact)).toFixed(3), 'same characters (white space aside)');
line('byline accuracy', (n) => rate(rows[n].map((r) => r.byline)).toFixed(3), 'all expected authors named');
line('date accuracy', (n) => rate(rows[n].map((r) => r.date)).toFixed(3), 'aim ≥ 0.90');
line('pages/s', (n) => (rows[n].length / seconds[n]).toFixed(1), `${(bytesRead / 1e6).toFixed(1)} MB of HTML`);

// --check: CI regression guard, floors just under the measured figures (body F1 0.972, date 1.000, title 0.849)
if (process.argv.includes('--check')) {
  const floors = { body: 0.95, date: 0.95, title: 0.8 };
  const got = {
    body: mean(rows.detente.map((r) => r.f1)),
    date: rate(rows.detente.map((r) => r.date)),
    title: rate(rows.detente.map((r) => r.title)),
  };
  const failed = (Object.keys(floors) as (keyof typeof floors)[]).filter((k) => got[k] < floors[k]);
  for (const k of failed) console.error(`eval:html --check: ${k} ${got[k].toFixed(3)} is below the floor ${floors[k]}`);
  if (failed.length) process.exit(1);
  console.log('eval:html --check: all floors met');
}
