/**
 * Trains the content-span model (src/extract/quotes/content-span*.ts) on PolNeAR train (Newell, Margolin & Ruths 2018,
 * LREC), read in place from $DETENTE_SHARED/gold/quotes/polnear/data/train (default ../shared): for every cue with a
 * speaker that the rules (with the shipped cue model and content-end ranker) leave without a content, it learns to
 * choose PolNeAR's content among the candidate spans, or none. Writes models/quotes/content-span.bin.gz. PolNeAR dev
 * is never read: it is the evaluation set (npm run eval:quotes).
 *
 * Usage: npm run train:quote-spans [-- --epochs 10] [--seed 42] [--margin 3] [--holdout] [--out PATH]
 *
 * --holdout leaves out every fifth train article (index % 5 === 0 in sorted order), as train:quotes does, and writes the
 * model to the temp folder, for tuning --margin with `npm run eval:quotes -- --split train --holdout
 * --content-span-model $TMPDIR/content-span.holdout.bin.gz`. --margin (the model's threshold) is how much a span must
 * score above "none". Deterministic: a seeded shuffle each epoch; the defaults reproduce the shipped model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { createNlp } from '../src/nlp/nlp.js';
import { loadQuoteResources } from '../src/extract/quotes/resources.js';
import { contentSpanExample, trainContentSpanModel, type ContentSpanExample } from '../src/extract/quotes/content-span-train.js';
import { serialiseCueModel } from '../src/extract/quotes/cue-model.js';
import { extractQuotes } from '../src/extract/quotes/extract-quotes.js';
import { quotedTokens } from '../src/extract/quotes/quoted-tokens.js';
import { polnearTrainArticles, REPO_ROOT, scriptOption } from './script-setup.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => scriptOption(name, dflt, args);
const { articles, holdout } = polnearTrainArticles(args);
const out = resolve(REPO_ROOT, opt('out', holdout ? join(tmpdir(), 'content-span.holdout.bin.gz') : 'models/quotes/content-span.bin.gz'));
const epochs = Number(opt('epochs', '10'));
const seed = Number(opt('seed', '42'));
const margin = Number(opt('margin', '3'));

const t0 = performance.now();
const nlp = createNlp();
const resources = loadQuoteResources({ contentSpanModel: false });
const examples: ContentSpanExample[] = [];
let unread = 0;
for (const a of articles) {
  const doc = nlp.parse(a.text);
  const { quoted } = quotedTokens(doc);
  extractQuotes(doc, resources, [], { name: 'quotes', version: 'train' }, {
    unreadCue: (cue, cands) => {
      unread++;
      const ex = contentSpanExample(doc, quoted, cue, cands, a.attributions);
      if (ex) examples.push(ex);
    },
  });
}
const spans = examples.filter((x) => x.gold >= 0).length;
const trained = trainContentSpanModel(examples, {
  epochs,
  seed,
  meta: {
    data: `PolNeAR train (networkdynamics/PolNeAR c3eee83), ${articles.length} articles${holdout ? ' (every fifth held out)' : ''}`,
    licence: 'PolNeAR states no licence; research data, texts copyrighted by their publishers',
    lexicon: resources.hash,
  },
});
const model = { ...trained, threshold: margin };
mkdirSync(dirname(out), { recursive: true });
const bytes = gzipSync(serialiseCueModel(model), { level: 9 });
writeFileSync(out, bytes);
console.log(`${unread} cues without a content; ${examples.length} examples (${spans} with a gold span, ${examples.length - spans} none), ${String(model.meta.features)} features, ${epochs} epochs, seed ${seed}, margin ${margin}`);
console.log(`wrote ${out} (${(bytes.length / 1024).toFixed(0)} KiB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
