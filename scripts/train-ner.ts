// Trains detente's NER tagger (averaged perceptron, BIO over PER/ORG/LOC/NORP) and writes
// models/ner/ner-perceptron.json.gz. Training data (read in place from ../shared, never copied):
// GMB (ner/gmb, ODbL), GUM train split (ner/gum, CC BY / CC BY-SA per document), UNER English-EWT dev
// (CC BY-SA 4.0), re3d train (ner/re3d, per-source licences). Deterministic for a given --seed.
// Usage: npm run train:ner [-- --epochs 6 --seed 42 --gum-weight 4 --uner-weight 10 --no-gmb --no-gum --no-uner --no-re3d --predicted-history --gmb-fraction 0.25 --lower-weight 1 --feature-set 2 (3: with word classes) --clusters FILE --min-count 2 --no-gum-dev --re3d-all-mentions --more-seeds 7,13 --decoder greedy|viterbi|viterbi1 --uner-holdout K/N --out FILE]
import { writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadEntityResources } from '../src/extract/entities/resources.js';
import { keepNamedMentions, readGmb, readGum, readIob, gumFiles, gumSplit, titleWordPredicate, demonymPredicate, type GoldSentence } from '../src/extract/entities/ner-corpora.js';
import { foldSentences, unerFold } from './uner-folds.js';
import { trainNer } from '../src/extract/entities/ner-train.js';
import { serialiseNerModel } from '../src/extract/entities/ner-tagger.js';
import { REPO_ROOT, scriptOption, sharedDir } from './script-setup.js';

const root = REPO_ROOT;
const shared = sharedDir();
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => scriptOption(name, dflt, args);
const epochs = Number(opt('epochs', '6'));
const seed = Number(opt('seed', '42'));
// --more-seeds 7,13: train one perceptron per further seed and average all runs' weights.
const moreSeeds = opt('more-seeds', '').split(',').filter((x) => x.trim() !== '').map(Number);
const gumWeight = Number(opt('gum-weight', '4'));
const unerWeight = Number(opt('uner-weight', '10'));
const gmbFraction = Number(opt('gmb-fraction', '0.25'));
const lowerWeight = Number(opt('lower-weight', '1'));
const out = resolve(root, opt('out', 'models/ner/ner-perceptron.bin.gz'));
const ner = join(shared, 'gold', 'ner');
if (!existsSync(ner)) {
  console.error(`training data missing: ${ner} (set DETENTE_SHARED)`);
  process.exit(1);
}

const data: GoldSentence[] = [];
const sources: Record<string, number> = {};
// In-domain sets for the evaluation domains (web text, Wikinews) are repeated `weight` times.
const addSource = (name: string, s: GoldSentence[], weight = 1) => {
  sources[name] = s.length;
  for (let k = 0; k < weight; k++) data.push(...s);
};
const featureSet = ([1, 2, 3] as const).find((k) => k === Number(opt('feature-set', '2'))) ?? 2;
// Feature set 3 adds word classes (models/clusters/, `npm run train:clusters`); --clusters FILE picks another table.
const res = loadEntityResources({ nerModel: false, ...(featureSet >= 3 ? { clusters: resolve(root, opt('clusters', 'models/clusters/news-clusters.tsv.gz')) } : {}) });
const isTitle = titleWordPredicate(res.gazetteer);
// GMB (VOA news, 48k sentences) swamps the in-domain sets; --gmb-fraction keeps every k-th sentence.
const gmbStep = Math.max(1, Math.round(1 / gmbFraction));
if (!args.includes('--no-gmb') && gmbFraction > 0) addSource('gmb', readGmb(join(ner, 'gmb', 'ner_dataset.csv.zip')).filter((_, i) => i % gmbStep === 0).map((s) => stripTitles(s)));
if (!args.includes('--no-gum')) addSource('gum-train', readGum(gumFiles(join(ner, 'gum'), gumSplit(join(ner, 'gum'), 'train')), titleWordPredicate(res.gazetteer), demonymPredicate(res.gazetteer)), gumWeight);
// GUM's official dev split too (dev is not test; the test split is never trained on); --no-gum-dev leaves it out.
if (!args.includes('--no-gum') && !args.includes('--no-gum-dev')) addSource('gum-dev', readGum(gumFiles(join(ner, 'gum'), gumSplit(join(ner, 'gum'), 'dev')), titleWordPredicate(res.gazetteer), demonymPredicate(res.gazetteer)), gumWeight);
// --uner-holdout K/N leaves out UNER dev's documents K, K+N, K+2N… (in file order), so that `eval:ner -- --dev
// --uner-fold K/N` reads that fold with a tagger that has seen the rest of the in-domain web data, as the
// shipped tagger has seen all of it when it meets UNER test.
const unerHoldout = unerFold(opt('uner-holdout', ''));
if (!args.includes('--no-uner')) {
  const uner = readIob(join(ner, 'uner-en-ewt', 'en_ewt-ud-dev.iob2'), { PER: 'PER', ORG: 'ORG', LOC: 'LOC' }, 1, 2);
  addSource(unerHoldout ? `uner-ewt-dev without fold ${unerHoldout.k}/${unerHoldout.n}` : 'uner-ewt-dev', unerHoldout ? foldSentences(uner, unerHoldout, false) : uner, unerWeight);
}
// re3d marks descriptions and pronouns and keeps determiners and titles in names: by default only its
// named mentions, in the CoNLL convention (keepNamedMentions); --re3d-all-mentions keeps everything.
if (!args.includes('--no-re3d')) {
  const re3d = readIob(join(ner, 're3d', 'CONLL-format', 'data', 'train', 're3d-train.conll'), { Person: 'PER', Organisation: 'ORG', Location: 'LOC', Nationality: 'NORP' }, 0, 1);
  addSource('re3d-train', args.includes('--re3d-all-mentions') ? re3d : keepNamedMentions(re3d, isTitle));
}
// Web text often writes names in lower case ("flights to cordoba", "burger king"): --lower-weight adds
// that many lower-cased copies of the web and GUM training sentences, so that the word, affix and
// gazetteer features carry names without the capitalisation cue.
if (lowerWeight > 0) {
  const lowered = data.filter((s) => !s.doc.startsWith('gmb-') && !s.doc.includes('re3d')).map((s) => ({ ...s, words: s.words.map((w) => w.toLowerCase()) }));
  const unique = [...new Map(lowered.map((s) => [s.words.join(' ') + s.doc, s])).values()];
  addSource('lower-cased copies', unique, lowerWeight);
}
console.log('training sentences:', sources);

/**
 * GMB puts titles inside person names ("President/B-per Bush/I-per"); UNER, GUM and our entity
 * component do not. Leading title and honorific tokens of a PER span become O.
 */
function stripTitles(s: GoldSentence): GoldSentence {
  const labels = [...s.labels];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== 'B-PER') continue;
    let j = i;
    while (j + 1 < labels.length && labels[j + 1] === 'I-PER' && isTitle(s.words[j])) {
      labels[j] = 'O';
      labels[j + 1] = 'B-PER';
      j++;
    }
  }
  return { ...s, labels };
}
const t0 = Date.now();
const model = trainNer(data, res, {
  epochs,
  seed,
  moreSeeds,
  minCount: Number(opt('min-count', '2')),
  featureSet,
  history: args.includes('--predicted-history') ? 'predicted' : 'gold',
  decoder: (['viterbi', 'viterbi1'] as const).find((d) => d === opt('decoder', 'greedy')) ?? 'greedy',
  onEpoch: (e, acc) => console.log(`epoch ${e}: training token accuracy ${(acc * 100).toFixed(2)}% (${((Date.now() - t0) / 1000).toFixed(0)} s)`),
});
const bytes = serialiseNerModel({ ...model, meta: { ...model.meta, sources, trainedAt: new Date().toISOString().slice(0, 10) } });
mkdirSync(dirname(out), { recursive: true });
const gz = gzipSync(bytes, { level: 9 });
writeFileSync(out, gz);
console.log(`wrote ${out}: ${model.weights.size} features, ${(gz.length / 1e6).toFixed(2)} MB`);
