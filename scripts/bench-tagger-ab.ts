/**
 * Same-run A/B of the NER tagger of two compiled trees (issue 7): tags every sentence of the bench corpus with both,
 * interleaved every `--chunk` articles (the order flipped at each chunk) with a sweep of `--sweep-mb` MB of memory
 * before each chunk, as the other stages evict the caches in a pipeline, and a fresh model memo for each tree at every
 * pass; prints the CPU time (process.cpuUsage) of each pass and the median ratio B/A.
 *
 * Why interleaved: on the shared 2-core host (load 15-20) whole passes of the same code differ by ±20%, so a few per
 * cent cannot be told from separate processes or alternating passes; chunks of a few articles see the same load for
 * both trees. Its resolution at load 18 (2026-12-01, 694 articles, 4 passes): one tree against itself, median 1.008
 * (passes 0.94-1.02); the weight table built at twice its capacity (21 MB instead of 10.5 MB) 1.013 (0.97-1.08), so
 * read a median within ±3% as no change.
 *
 * Usage: `npx tsx scripts/bench-tagger-ab.ts <distA> <distB> [--passes 5] [--chunk 2] [--sweep-mb 32] [--quick]`
 * (each dist a `tsc -p tsconfig.build.json` output with its compiled data, e.g. a git worktree's dist/). The corpus is
 * the bench's (scripts/bench-corpus.ts, read in place from `$DETENTE_SHARED`), parsed once by tree A's nlp.
 * Exits 1 when the two trees tag a different number of spans.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FULL_CORPUS, QUICK_CORPUS, loadCorpus } from './bench-corpus.js';
import { abArguments, runInterleavedAb } from './interleaved-ab.js';
import type { Doc } from '../src/nlp/doc.js';

/** What a tree's compiled tagger modules offer here (dist/extract/entities/ner-tagger.js, resources.js). */
interface TaggerTree {
  /** A fresh model memo for the next pass. */
  fresh(): void;
  /** Tags the sentences of `docs[from, to)`; returns the number of spans. */
  run(docs: readonly Doc[], from: number, to: number): number;
}

/**
 * Loads a tree's tagger and entity resources.
 * @param dist absolute path of a compiled tree
 */
async function loadTree(dist: string): Promise<TaggerTree> {
  const tagger = await import(pathToFileURL(join(dist, 'extract/entities/ner-tagger.js')).href);
  const { loadEntityResources } = await import(pathToFileURL(join(dist, 'extract/entities/resources.js')).href);
  const res = loadEntityResources();
  let model = res.ner;
  return {
    fresh() {
      model = tagger.createNerModel(res.ner.labels, res.ner.weights, res.ner.meta);
    },
    run(docs, from, to) {
      let spans = 0;
      for (let i = from; i < to; i++) {
        const doc = docs[i];
        for (const s of doc.sentences) spans += tagger.spansOf(tagger.tagTokens(model, doc.text, doc.starts, doc.ends, s.firstToken, s.endToken, res)).length;
      }
      return spans;
    },
  };
}

async function main(): Promise<void> {
  const { distA, distB, passes, chunk, sweepMb, quick } = abArguments(
    'usage: npx tsx scripts/bench-tagger-ab.ts <distA> <distB> [--passes 5] [--chunk 2] [--sweep-mb 32] [--quick]',
    { passes: 5, chunk: 2 },
  );
  const { articles } = await loadCorpus(quick ? QUICK_CORPUS : FULL_CORPUS);
  const { createNlp } = await import(pathToFileURL(join(distA, 'nlp/nlp.js')).href);
  const nlp = createNlp();
  const docs: Doc[] = articles.map((a) => nlp.parse(a.text));
  const a = await loadTree(distA);
  const b = await loadTree(distB);
  runInterleavedAb({ fresh: () => a.fresh(), run: (from, to) => a.run(docs, from, to) }, { fresh: () => b.fresh(), run: (from, to) => b.run(docs, from, to) }, { items: docs.length, chunk, passes, sweepMb, label: 'spans' });
}

await main();
