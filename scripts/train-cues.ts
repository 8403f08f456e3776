/**
 * Trains the quote cue model (src/extract/quotes/cue-*.ts) on PolNeAR train (Newell, Margolin & Ruths 2018, LREC),
 * read in place from $DETENTE_SHARED/gold/quotes/polnear/data/train (default ../shared), and writes
 * models/quotes/cue-perceptron.bin.gz, then the content-end ranker (src/extract/quotes/content-end*.ts) on the contents
 * the rules find in the same articles, written to models/quotes/content-end.bin.gz. PolNeAR dev is never read: it is the evaluation set (npm run eval:quotes).
 *
 * Usage: npm run train:quotes [-- --epochs 6] [--seed 42] [--threshold 0] [--veto -10] [--fallback 10] [--max-features N] [--end-epochs 5] [--holdout] [--out PATH]
 *
 * --holdout leaves out every fifth train article (index % 5 === 0 in sorted order) so that thresholds can be tuned
 * on them with `npm run eval:quotes -- --split train --holdout --cue-model $TMPDIR/cue-perceptron.holdout.bin.gz`
 * (the held-out model is written to the temp folder); the shipped model is trained on all of train.
 * Deterministic: the example order of each epoch is a seeded shuffle; the defaults reproduce the shipped models byte for
 * byte. The thresholds (written into the model header) were tuned on the held-out train articles.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { createNlp } from '../src/nlp/nlp.js';
import { loadQuoteResources } from '../src/extract/quotes/resources.js';
import { trainCueModel, type CueTrainingDoc } from '../src/extract/quotes/cue-train.js';
import { serialiseCueModel } from '../src/extract/quotes/cue-model.js';
import { contentEndExamples, trainContentEndModel } from '../src/extract/quotes/content-end-train.js';
import { extractQuotes } from '../src/extract/quotes/extract-quotes.js';
import { quotedTokens } from '../src/extract/quotes/quoted-tokens.js';
import { polnearTrainArticles, REPO_ROOT, scriptOption } from './script-setup.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => scriptOption(name, dflt, args);
const repo = REPO_ROOT;
const { articles, holdout } = polnearTrainArticles(args);
// a held-out model is for tuning only: it goes to the temp folder unless --out says otherwise
const out = resolve(repo, opt('out', holdout ? join(tmpdir(), 'cue-perceptron.holdout.bin.gz') : 'models/quotes/cue-perceptron.bin.gz'));
const epochs = Number(opt('epochs', '6'));
const seed = Number(opt('seed', '42'));
const threshold = Number(opt('threshold', '0'));
const veto = Number(opt('veto', '-10'));
const fallback = Number(opt('fallback', '10'));
const endEpochs = Number(opt('end-epochs', '5'));
const maxFeatures = Number(opt('max-features', '50000'));

const t0 = performance.now();
const nlp = createNlp();
const lexicon = loadQuoteResources({ cueModel: false, contentEndModel: false });
const docs: CueTrainingDoc[] = articles.map((a) => ({ doc: nlp.parse(a.text), cues: a.attributions.map((x) => x.cue).filter((c) => c.length > 0) }));
const model = trainCueModel(docs, lexicon, {
  epochs,
  seed,
  threshold,
  veto,
  fallback,
  maxFeatures,
  meta: {
    data: `PolNeAR train (networkdynamics/PolNeAR c3eee83), ${articles.length} articles${holdout ? ' (every fifth held out)' : ''}`,
    licence: 'PolNeAR states no licence; research data, texts copyrighted by their publishers',
    lexicon: lexicon.hash,
  },
});
mkdirSync(dirname(out), { recursive: true });
const bytes = gzipSync(serialiseCueModel(model), { level: 9 });
writeFileSync(out, bytes);
console.log(`trained on ${articles.length} articles, ${String(model.meta.examples)} tokens (${String(model.meta.positives)} in cues), ${String(model.meta.features)} features, ${epochs} epochs, seed ${seed}`);
console.log(`wrote ${out} (${(bytes.length / 1024).toFixed(0)} KiB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// 2. the content-end ranker, on the contents the rules (with the cue model just trained) find in the same articles
const withCues = { ...lexicon, cueModel: model, contentEndModel: null };
const examples = articles.flatMap((a, k) => {
  const doc = docs[k].doc;
  const { quotes } = extractQuotes(doc, withCues, [], { name: 'quotes', version: 'train' });
  return contentEndExamples(doc, quotedTokens(doc).quoted, quotes, a.attributions);
});
const endModel = trainContentEndModel(examples, { epochs: endEpochs, seed, meta: { data: model.meta.data, licence: model.meta.licence } });
// next to the cue model: its name with 'content-end' for 'cue-perceptron', or '.content-end' before the extension
// (an --out without 'cue-perceptron' in its name used to be overwritten by the ranker)
const endOut = out.includes('cue-perceptron') ? out.replace(/cue-perceptron/, 'content-end') : out.replace(/(\.bin\.gz)?$/, '.content-end.bin.gz');
const endBytes = gzipSync(serialiseCueModel(endModel), { level: 9 });
writeFileSync(endOut, endBytes);
console.log(`content-end ranker: ${String(endModel.meta.examples)} contents, ${String(endModel.meta.features)} features, ${endEpochs} epochs; wrote ${endOut} (${(endBytes.length / 1024).toFixed(0)} KiB)`);
