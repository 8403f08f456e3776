/**
 * Same-run A/B of one analysis stage of two compiled trees (issue 7): runs the stage over the bench corpus with both
 * trees, interleaved every `--chunk` articles (the order flipped at each chunk, a sweep of `--sweep-mb` MB of memory
 * before each chunk, as the other stages evict the caches in a pipeline), each tree with a fresh analyzer at every
 * pass as the bench makes one; prints the CPU time (process.cpuUsage) of each pass and the median ratio B/A.
 * The stage-level companion of scripts/bench-tagger-ab.ts (the NER tagger alone), for changes outside the tagger.
 *
 * Stages: `entities` (the entities component's predict, on Docs parsed once by tree A's nlp), `nlp` (each tree's own
 * `nlp.parse`, one Nlp a tree for the whole run as the bench keeps one), `pipeline` (each tree's `analyze`).
 *
 * Resolution on the shared 2-core host (2026-12-01, load 15-20, the 694 bench articles, 4 passes, chunk 4): two
 * copies of one build, entities median 1.051 (passes 0.99-1.07), nlp 1.023 (1.015-1.035; the second tree loaded ran
 * slower in every pass); read a median within ±5% as no change, and rerun a change that seems to gain with A and B
 * swapped.
 *
 * Usage: `npx tsx scripts/bench-stage-ab.ts <distA> <distB> [--stage entities|nlp|pipeline] [--passes 4] [--chunk 4]
 * [--sweep-mb 32] [--quick]` (each dist a `tsc -p tsconfig.build.json` output with its compiled data, e.g. a git
 * worktree's dist/). The corpus is the bench's (scripts/bench-corpus.ts, read in place from `$DETENTE_SHARED`).
 * Exits 1 when the two trees give a different count (entities, tokens, or entities + quotes + events) in a pass,
 * 2 on a usage error.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FULL_CORPUS, QUICK_CORPUS, loadCorpus } from './bench-corpus.js';
import { scriptOption } from './script-setup.js';
import { abArguments, runInterleavedAb } from './interleaved-ab.js';
import type { Article } from '../src/model/article.js';
import type { Doc } from '../src/nlp/doc.js';

/** The stages this script can time. */
const STAGES = ['entities', 'nlp', 'pipeline'] as const;
type Stage = (typeof STAGES)[number];

/** What a compiled tree offers here (dist/analyze.js, dist/nlp/nlp.js), loosely typed: two builds may differ. */
interface StageTree {
  /** The tree's Nlp (one for the run). */
  readonly nlp: { parse(text: string): Doc };
  /** A fresh analyzer for the next pass. */
  fresh(): void;
  /** Runs the stage over `articles[from, to)` (Docs `docs[from, to)` for entities); returns a count to compare. */
  run(articles: readonly Article[], docs: readonly Doc[], from: number, to: number): number;
}

/** The parts of an analyzer used here. */
interface LooseAnalyzer {
  readonly resources: unknown;
  readonly pipeline: { readonly components: readonly { readonly name: string; predict(ctx: unknown): unknown[] }[] };
  analyze(article: Article): { entities: unknown[]; quotes: unknown[]; events: unknown[] };
}

/**
 * Loads a tree's analyzer factory and Nlp.
 * @param dist absolute path of a compiled tree
 * @param stage what {@link StageTree.run} times
 */
async function loadTree(dist: string, stage: Stage): Promise<StageTree> {
  const { createAnalyzer } = await import(pathToFileURL(join(dist, 'analyze.js')).href);
  const { createNlp } = await import(pathToFileURL(join(dist, 'nlp/nlp.js')).href);
  const nlp = createNlp() as StageTree['nlp'];
  let analyzer = createAnalyzer({ nlp }) as LooseAnalyzer;
  return {
    nlp,
    fresh() {
      analyzer = createAnalyzer({ nlp }) as LooseAnalyzer;
    },
    run(articles, docs, from, to) {
      let count = 0;
      if (stage === 'nlp') {
        for (let i = from; i < to; i++) count += nlp.parse(articles[i].text).tokenCount;
      } else if (stage === 'pipeline') {
        for (let i = from; i < to; i++) {
          const r = analyzer.analyze(articles[i]);
          count += r.entities.length + r.quotes.length + r.events.length;
        }
      } else {
        const component = analyzer.pipeline.components.find((c) => c.name === 'entities');
        if (!component) throw new Error(`no entities component in ${dist}`);
        for (let i = from; i < to; i++) count += component.predict({ article: articles[i], doc: docs[i], resources: analyzer.resources, annotations: {}, issues: [] }).length;
      }
      return count;
    },
  };
}

async function main(): Promise<void> {
  const stage = scriptOption('stage', 'entities') as Stage;
  const usage = 'usage: npx tsx scripts/bench-stage-ab.ts <distA> <distB> [--stage entities|nlp|pipeline] [--passes 4] [--chunk 4] [--sweep-mb 32] [--quick]';
  if (!STAGES.includes(stage)) {
    process.stderr.write(`${usage}\n`);
    process.exit(2);
  }
  const { distA, distB, passes, chunk, sweepMb, quick } = abArguments(usage, { passes: 4, chunk: 4 }, ['--stage']);
  const { articles } = await loadCorpus(quick ? QUICK_CORPUS : FULL_CORPUS);
  const a = await loadTree(distA, stage);
  const b = await loadTree(distB, stage);
  const docs: Doc[] = stage === 'entities' ? articles.map((x) => a.nlp.parse(x.text)) : [];
  const median = runInterleavedAb(
    { fresh: () => a.fresh(), run: (from, to) => a.run(articles, docs, from, to) },
    { fresh: () => b.fresh(), run: (from, to) => b.run(articles, docs, from, to) },
    { items: articles.length, chunk, passes, sweepMb, label: `${stage} count` },
  );
  process.stdout.write(`${stage}: median B/A ${median.toFixed(3)}\n`);
}

await main();
