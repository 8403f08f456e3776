// Evaluates the HTML article reader on ../shared/corpora/html-fundus (86 real news pages with expected
// title/date/body from fundus's per-site parsers): body token F1 (bag of lower-cased word tokens), title and date
// accuracy. Usage: npm run eval:html [-- --verbose] [-- --baseline]  (DETENTE_SHARED overrides ../shared)
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
const baseline = process.argv.includes('--baseline');

interface Expected { title?: string; publishing_date?: string | null; body?: { summary?: string[]; sections?: { headline?: string[]; paragraphs?: string[] }[] } }

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

const rows: { page: string; f1: number; p: number; r: number; title: boolean | null; date: boolean | null; got: string; want: string }[] = [];
const t0 = performance.now();
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
    const expected = Object.values(JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, Expected>);
    pages.forEach((file, k) => {
      const want = expected[k];
      if (!want) return;
      const bytes = gunzipSync(readFileSync(join(dir, file)));
      bytesRead += bytes.length;
      const goldText = [...(want.body?.summary ?? []), ...(want.body?.sections ?? []).flatMap((s) => [...(s.headline ?? []), ...(s.paragraphs ?? [])])].join('\n');
      let text = '';
      let title = '';
      let date: string | null = null;
      if (baseline) {
        const { document } = parseHTML(bytes.toString('utf8'));
        const parsed = new Readability(document as never).parse();
        text = parsed?.textContent ?? '';
        title = parsed?.title ?? '';
        date = parsed?.publishedTime?.slice(0, 10) ?? null;
      } else {
        const r = readHtml(bytes, `${cc}/${file}`, { url: meta[file]?.url });
        if (r.ok) {
          text = r.article.text;
          title = r.article.title;
          date = r.article.published;
        }
      }
      const score = bagF1(tokens(text), tokens(goldText));
      const wantDate = want.publishing_date ? want.publishing_date.slice(0, 10) : null;
      rows.push({
        page: `${cc}/${file}`,
        ...score,
        title: want.title ? normTitle(title) === normTitle(want.title) : null,
        date: wantDate ? date === wantDate : null,
        got: `${title} | ${date}`,
        want: `${want.title} | ${wantDate}`,
      });
    });
  }
}
const seconds = (performance.now() - t0) / 1000;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const rate = (xs: (boolean | null)[]) => {
  const known = xs.filter((x): x is boolean => x !== null);
  return { acc: known.filter(Boolean).length / Math.max(1, known.length), n: known.length };
};
if (verbose) {
  for (const r of [...rows].sort((a, b) => a.f1 - b.f1)) {
    console.log(`${r.f1.toFixed(3)} P ${r.p.toFixed(2)} R ${r.r.toFixed(2)} title ${r.title ? 'ok' : r.title === null ? '--' : 'NO'} date ${r.date ? 'ok' : r.date === null ? '--' : 'NO'}  ${r.page}`);
    if (r.title === false || r.date === false) console.log(`      got  ${r.got}\n      want ${r.want}`);
  }
}
const title = rate(rows.map((r) => r.title));
const date = rate(rows.map((r) => r.date));
console.log(`eval:html ${baseline ? '(baseline: plain Readability textContent) ' : ''}on ${rows.length} pages of html-fundus`);
console.log(`  body token F1  ${mean(rows.map((r) => r.f1)).toFixed(3)}  (P ${mean(rows.map((r) => r.p)).toFixed(3)}, R ${mean(rows.map((r) => r.r)).toFixed(3)}; macro over pages)   aim ≥ 0.95`);
console.log(`  title accuracy ${title.acc.toFixed(3)}  (${title.n} pages with an expected title)`);
console.log(`  date accuracy  ${date.acc.toFixed(3)}  (${date.n} pages with an expected date)   aim ≥ 0.90`);
console.log(`  speed          ${(rows.length / seconds).toFixed(1)} pages/s, ${(bytesRead / 1e6 / seconds).toFixed(1)} MB/s`);
console.log('  comparison: Readability alone reaches about 0.94 body F1 on public benchmarks (issue 6)');
