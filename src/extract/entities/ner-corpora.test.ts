import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepNamedMentions, namePrefixPredicate, readGum, type GoldSentence } from './ner-corpora.js';
import { loadEntityResources } from './resources.js';
import { spansOf } from './ner-tagger.js';

/** Writes a one-sentence CoNLL-U document: rows of [word, UPOS, Entity annotation or '', XPOS?] */
function conllu(rows: [string, string, string, string?][]): string {
  const lines = rows.map(([w, pos, ent, xpos], i) => [i + 1, w, w, pos, xpos ?? '_', '_', 0, 'dep', '_', ent ? `Entity=${ent}` : '_'].join('\t'));
  return `# text = x\n${lines.join('\n')}\n\n`;
}

/** Writes rows as a one-sentence GUM news CoNLL-U file in a temporary folder and reads it back with readGum. */
function readGumSentence(rows: [string, string, string, string?][]): GoldSentence {
  const dir = mkdtempSync(join(tmpdir(), 'gum-'));
  try {
    const file = join(dir, 'GUM_news_test.conllu');
    writeFileSync(file, conllu(rows));
    return readGum([file])[0];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const named = (s: GoldSentence) => spansOf(s.labels).map((sp) => `${sp.type} ${s.words.slice(sp.start, sp.end).join(' ')}`);

test('a GUM place with a locative phrase yields the name before it and the nested places, CoNLL style', () => {
  // "the Harbour Science Hall in Port Ellis, Norland" as one place with nested places.
  const s = readGumSentence([
    ['Visit', 'VERB', ''],
    ['the', 'DET', '(1-place-new-x-cf1-1-sgl-Hall'],
    ['Harbour', 'PROPN', ''],
    ['Science', 'PROPN', ''],
    ['Hall', 'PROPN', ''],
    ['in', 'ADP', ''],
    ['Port', 'PROPN', '(2-place-new-x-cf1-1-sgl-Port_Ellis'],
    ['Ellis', 'PROPN', ''],
    [',', 'PUNCT', ''],
    ['Norland', 'PROPN', '(3-place-new-x-cf1-1-sgl-Norland)2)1)'],
    ['.', 'PUNCT', ''],
  ]);
  assert.deepEqual(named(s), ['LOC Harbour Science Hall', 'LOC Port Ellis', 'LOC Norland']);
});

test('a GUM person apposition keeps only the name: "Ada Moreno, Liberal from Kent"', () => {
  const s = readGumSentence([
    ['Ada', 'PROPN', '(1-person-new-x-cf1-1-sgl-Ada_Moreno'],
    ['Moreno', 'PROPN', ''],
    [',', 'PUNCT', ''],
    ['Liberal', 'PROPN', ''],
    ['from', 'ADP', ''],
    ['Kent', 'PROPN', '(2-place-new-x-cf1-1-sgl-Kent)1)'],
    ['spoke', 'VERB', ''],
  ]);
  assert.deepEqual(named(s), ['PER Ada Moreno', 'LOC Kent']);
});

test('a GUM name whose first word is an adjective or participle tagged NNP is still a name: "the United Provinces", "New Halden City"', () => {
  const s = readGumSentence([
    ['Trade', 'NOUN', '', 'NN'],
    ['between', 'ADP', '', 'IN'],
    ['the', 'DET', '(1-place-new-x-cf1-1-sgl-United_Provinces', 'DT'],
    ['United', 'VERB', '', 'NNP'],
    ['Provinces', 'PROPN', '1)', 'NNPS'],
    ['and', 'CCONJ', '', 'CC'],
    ['New', 'ADJ', '(2-place-new-x-cf1-1-sgl-New_Halden_City', 'NNP'],
    ['Halden', 'PROPN', '', 'NNP'],
    ['City', 'PROPN', '2)', 'NNP'],
    ['grew', 'VERB', '', 'VBD'],
    ['in', 'ADP', '', 'IN'],
    ['new', 'ADJ', '(3-place-new-x-cf1-1-sgl-markets', 'JJ'],
    ['markets', 'NOUN', '3)', 'NNS'],
  ]);
  assert.deepEqual(named(s), ['LOC United Provinces', 'LOC New Halden City']);
});

test('keepNamedMentions drops descriptions and pronouns and strips determiners and titles', () => {
  const words = ['We', 'hear', 'the', 'Navy', 'said', 'she', 'met', 'Capt', 'Lena', 'Ortiz', 'near', 'the', 'old', 'bridge'];
  const labels = ['B-ORG', 'O', 'B-ORG', 'I-ORG', 'O', 'B-PER', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'I-LOC'];
  const [s] = keepNamedMentions([{ words, labels, doc: 'd' }], (w) => w === 'Capt');
  assert.deepEqual(named(s), ['ORG Navy', 'PER Lena Ortiz']);
});

test('keepNamedMentions with namePrefixPredicate leaves multi-word titles and demonyms out of person names and drops lone titles', () => {
  const prefix = namePrefixPredicate(loadEntityResources({ nerModel: false }).gazetteer);
  const words = ['Kenyan', 'Foreign', 'Minister', 'Amina', 'Wekesa', 'met', 'the', 'Deputy', 'Prime', 'Minister', 'and', 'Oslo', 'officials'];
  const labels = ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'O'];
  const [s] = keepNamedMentions([{ words, labels, doc: 'd' }], prefix);
  assert.deepEqual(named(s), ['PER Amina Wekesa', 'LOC Oslo']);
});

test('a GUM organisation with a legal form after a comma keeps it: "Halvard Salt Works, Inc."', () => {
  const s = readGumSentence([
    ['She', 'PRON', ''],
    ['sued', 'VERB', ''],
    ['Halvard', 'PROPN', '(1-organization-new-x-cf1-1-sgl'],
    ['Salt', 'PROPN', ''],
    ['Works', 'PROPN', ''],
    [',', 'PUNCT', ''],
    ['Inc.', 'PROPN', '1)'],
    ['in', 'ADP', ''],
    ['Tamsworth', 'PROPN', '(2-place-new-x-cf1-1-sgl)'],
  ]);
  assert.deepEqual(named(s), ['ORG Halvard Salt Works , Inc.', 'LOC Tamsworth']);
});

test('a GUM name before a lone curly apostrophe leaves it out: "Theodric ’ monastery"', () => {
  const s = readGumSentence([
    ['A', 'DET', ''],
    ['monk', 'NOUN', ''],
    ['from', 'ADP', ''],
    ['Theodric', 'PROPN', '(1-person-new-x-cf1-1-sgl'],
    ['\u2019', 'PART', '1)'],
    ['monastery', 'NOUN', ''],
  ]);
  assert.deepEqual(named(s), ['PER Theodric']);
});

test('a GUM person "X of the Y Party" is the person and the party, CoNLL style; "Members of Congress" stays whole', () => {
  const s = readGumSentence([
    ['Dana', 'PROPN', '(1-person-new-x-cf1-1-sgl'],
    ['Kowal', 'PROPN', ''],
    ['of', 'ADP', ''],
    ['the', 'DET', '(2-organization-new-x-cf1-1-sgl'],
    ['Civic', 'PROPN', ''],
    ['Party', 'PROPN', '1)2)'],
    ['won', 'VERB', ''],
  ]);
  assert.deepEqual(named(s), ['PER Dana Kowal', 'ORG Civic Party']);
  const t = readGumSentence([
    ['Members', 'PROPN', '(1-person-new-x-cf1-1-sgl'],
    ['of', 'ADP', ''],
    ['Congress', 'PROPN', '(2-organization-new-x-cf1-1-sgl)1)'],
    ['voted', 'VERB', ''],
  ]);
  assert.deepEqual(named(t), ['PER Members of Congress']);
});

test('a GUM mention of two names joined by "and" is the two names, CoNLL style; a name with "and" inside stays whole', () => {
  const s = readGumSentence([
    ['Orla', 'PROPN', '(1-person-new-x-cf1-1-sgl(2-person-new-x-cf1-1-sgl'],
    ['Venn', 'PROPN', '2)'],
    ['and', 'CCONJ', ''],
    ['Tomas', 'PROPN', '(3-person-new-x-cf1-1-sgl'],
    ['Ardal', 'PROPN', '3)1)'],
    ['met', 'VERB', ''],
  ]);
  assert.deepEqual(named(s), ['PER Orla Venn', 'PER Tomas Ardal']);
  const t = readGumSentence([
    ['the', 'DET', '(1-organization-new-x-cf1-1-sgl'],
    ['Ministry', 'PROPN', ''],
    ['of', 'ADP', ''],
    ['Roads', 'PROPN', ''],
    ['and', 'CCONJ', ''],
    ['Harbours', 'PROPN', '1)'],
    ['agreed', 'VERB', ''],
  ]);
  assert.deepEqual(named(t), ['ORG Ministry of Roads and Harbours']);
});

test('a GUM place ending in a possessive that possesses nothing keeps it, a shop named after its owner: "at Kessler \'s ."; before a noun it goes', () => {
  const shop = readGumSentence([
    ['We', 'PRON', ''],
    ['shopped', 'VERB', ''],
    ['at', 'ADP', ''],
    ['Kessler', 'PROPN', '(1-place-new-x-cf1-1-sgl'],
    ["'s", 'PART', '1)'],
    ['.', 'PUNCT', ''],
  ]);
  assert.deepEqual(named(shop), ["LOC Kessler 's"]);
  const owner = readGumSentence([
    ['Kessler', 'PROPN', '(1-organization-new-x-cf1-1-sgl'],
    ["'s", 'PART', '1)'],
    ['staff', 'NOUN', ''],
    ['left', 'VERB', ''],
  ]);
  assert.deepEqual(named(owner), ['ORG Kessler']);
});
