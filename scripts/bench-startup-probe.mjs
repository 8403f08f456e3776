// Start-up breakdown of `detente analyze` on one article, run with plain `node` (no tsx loader, which would
// inflate import times) against the compiled library in dist/ (run `npm run build` first).
// Usage: node scripts/bench-startup-probe.mjs <article-file>
// Prints one line `BENCH_RESULT {"laps":[{"step","ms"}…],"totalMs"}`: each step's own wall time, in the order
// the CLI pays for them. Module imports are incremental: a package shared by two modules counts for the first.
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// as bin/detente.js sets it for `analyze` (regular expressions compiled to machine code after 100 runs, not 1)
setFlagsFromString('--regexp-tier-up-ticks=100');

const t0 = performance.now();
const dist = new URL('../dist/', import.meta.url);
const laps = [];
let last = performance.now();
/** Records the wall time since the previous lap under `step`. */
function lap(step) {
  const now = performance.now();
  laps.push({ step, ms: now - last });
  last = now;
}
const mod = (p) => import(new URL(p, dist).href);

await import('commander');
lap('import commander');
await mod('model/analysis.js');
lap('import output model (zod schemas)');
await mod('ingest/read-inputs.js');
lap('import ingest readers');
const extractDir = fileURLToPath(new URL('extract/', dist));
const folders = readdirSync(extractDir).filter((f) => existsSync(`${extractDir}${f}/component.js`)).sort();
for (const f of folders) {
  await mod(`extract/${f}/component.js`);
  lap(`import ${f} component`);
}
const { createNlp } = await mod('nlp/nlp.js');
const { createAnalyzer } = await mod('analyze.js');
const { readInputs } = await mod('ingest/read-inputs.js');
const { AnalysisSchema } = await mod('model/analysis.js');
const { renderSummary } = await mod('cli/render-summary.js');
await mod('cli/main.js');
await mod('cli/commands/analyze.js'); // main.js imports the module of the command it runs alone (commandsToLoad)
lap('import rest of the CLI');
const nlp = createNlp();
lap('load wink-nlp + English model (createNlp)');
const resources = {};
for (const f of folders) {
  const r = await mod(`extract/${f}/resources.js`).catch(() => null);
  const loader = r && Object.entries(r).find(([k, v]) => /^load\w*Resources$/.test(k) && typeof v === 'function');
  if (!loader) continue;
  resources[f] = loader[1]();
  lap(`load ${f} resources (${loader[0]})`);
}
let analyzer;
try {
  analyzer = createAnalyzer({ nlp, resources: Object.freeze(resources) });
  analyzer.analyze({ id: 'probe', title: 'probe', published: null, text: 'Probe.' });
} catch {
  analyzer = createAnalyzer({ nlp });
}
lap('build pipeline');
let article;
for await (const r of readInputs([process.argv[2]])) if (r.ok) article = r.article;
lap('read the article');
const analysis = analyzer.analyze(article);
lap('first analyze (cold code)');
analyzer.analyze(article);
lap('second analyze (warm, for comparison)');
AnalysisSchema.parse(analysis, { jitless: true }); // as `analyze` checks its first article (src/cli/commands/analyze.ts)
lap('validate output (zod)');
renderSummary(analysis);
lap('render summary');
process.stdout.write(`BENCH_RESULT ${JSON.stringify({ laps, totalMs: performance.now() - t0 })}\n`);
