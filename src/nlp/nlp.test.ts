import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp, WINK_SPLITTER_SOURCE } from './nlp.js';
import { sentenceAt, tokenAtOrAfter, tokenText } from './doc.js';
import { readCore } from './wink-sbd-pos-model.js';

const nlp = createNlp();

test('token offsets are half-open spans whose slice is the surface form', () => {
  const text = 'The envoy didn’t attend.\nOfficials in Kyiv said talks would resume on Friday.';
  const doc = nlp.parse(text);
  assert.ok(doc.tokenCount > 10);
  for (let i = 0; i < doc.tokenCount; i++) {
    assert.ok(doc.starts[i] < doc.ends[i]);
    assert.equal(tokenText(doc, i).trim(), tokenText(doc, i));
  }
  assert.equal(tokenText(doc, tokenAtOrAfter(doc, text.indexOf('Kyiv'))), 'Kyiv');
});

test('each line is a paragraph and sentences never cross paragraphs', () => {
  const text = 'Troops withdrew. The ministry confirmed it.\n"We will return," a commander said.';
  const doc = nlp.parse(text);
  assert.equal(doc.paragraphs.length, 2);
  assert.equal(doc.sentences.length, 3);
  assert.equal(text.slice(doc.sentences[1].start, doc.sentences[1].end), 'The ministry confirmed it.');
  assert.equal(doc.sentences[2].paragraph, 1);
  assert.equal(sentenceAt(doc, text.indexOf('commander'))?.index, 2);
});

test('POS tags and lemmas come from wink-nlp', () => {
  const doc = nlp.parse('The ministers met in Geneva.');
  const i = doc.lower.indexOf('met');
  assert.equal(doc.pos[i], 'VERB');
  assert.equal(doc.lemmas[i], 'meet');
  assert.equal(doc.pos[doc.lower.indexOf('geneva')], 'PROPN');
});

test('names with letters such as š, ğ, ł, ə, ễ are one token each, read back from the original text', () => {
  const names = ['Marek Łukaszczyk', 'Dušan Čović', 'Ayşe Doğru', 'Rəşad', 'Trần Văn Hiếu'];
  const text = `${names.join(', ')} and Zoë met in Kraków.`;
  const doc = nlp.parse(text);
  for (const word of names.join(' ').replace(/,/g, '').split(' ')) {
    const i = tokenAtOrAfter(doc, text.indexOf(word));
    assert.equal(tokenText(doc, i), word);
    assert.equal(doc.lower[i], word.toLowerCase());
  }
  assert.equal(tokenText(doc, tokenAtOrAfter(doc, text.indexOf('Kraków'))), 'Kraków');
  assert.equal(doc.lemmas[doc.lower.indexOf('łukaszczyk')], 'łukaszczyk');
});

test('an empty text gives an empty doc', () => {
  const doc = nlp.parse('');
  assert.equal(doc.tokenCount, 0);
  assert.equal(doc.sentences.length, 0);
});

test('an article is tokenised the same whatever the process read before it', () => {
  // wink-nlp keeps every word it has seen; a possessive met at a sentence end ("… is Mr Tolland's.") is kept
  // whole there, and without the guard later "Mr Tolland's plan" stayed one token in that process only.
  const later = "Mr Tolland's plan was rejected on Monday.";
  const words = (nlp: ReturnType<typeof createNlp>, text: string) => {
    const doc = nlp.parse(text);
    return Array.from(doc.starts, (s, i) => text.slice(s, doc.ends[i]));
  };
  const fresh = words(createNlp(), later);
  const warm = createNlp();
  words(warm, "She told the court the flat was Mr Tolland's.");
  assert.deepEqual(words(warm, later), fresh);
  assert.deepEqual(fresh.slice(0, 3), ['Mr', 'Tolland', "'s"]);
});

test('a learnt word after a non-breaking space is split as in a fresh process, with the same offsets', () => {
  // the guard takes back a learnt word's token after wink-nlp added it, including its non-breaking-space entry
  const later = 'Officials met Mr\u00a0Varkonyi\'s deputy in Brno.';
  const spans = (nlp: ReturnType<typeof createNlp>, text: string) => {
    const doc = nlp.parse(text);
    return Array.from(doc.starts, (s, i) => [s, doc.ends[i], doc.pos[i]]);
  };
  const fresh = spans(createNlp(), later);
  const warm = createNlp();
  spans(warm, "The contract was Mr\u00a0Varkonyi's.");
  assert.deepEqual(spans(warm, later), fresh);
  assert.equal(later.slice(Number(fresh[2][0]), Number(fresh[2][1])), 'Mr');
  assert.equal(later.slice(Number(fresh[3][0]), Number(fresh[3][1])), 'Varkonyi');
});

test('a parser that renews its wink-nlp instance often gives the same documents as one that never does', () => {
  const texts = [
    'The Zambrovian delegation met Ms Okonkwo-Baird in Tallinn on Tuesday.\nShe said the talks had stalled.',
    "Quarterly output at Vantrell Minerals rose 4.2 pct, the company's chief executive, Dr Haskelmann, said.",
    'Rebels shelled the outskirts of Port Ravensby overnight, officials in Kettering-on-Sea reported.',
  ];
  const once = createNlp(Infinity);
  // renewed before every text after the first (each teaches it a word); twenty-odd renewals also show the model can be loaded again and again
  const often = createNlp(0);
  for (let round = 0; round < 8; round++) {
    for (const text of texts) assert.deepEqual(often.parse(text), once.parse(text));
  }
});

test('the words a parser has learnt stay bounded however much new text it reads (issue 7: memory flat in a long ingest)', () => {
  // made-up words, nine new ones a text: an instance that never renews learns them all
  const text = (i: number) => `Delegate Vorq${i}an met Ms Tesh${i}ova and Kalb${i}ert in Prann${i}ton; Ulm${i}ey, Dask${i}ar, Fenn${i}ick, Orrow${i}ay and Skell${i}on agreed.`;
  const bounded = createNlp(60);
  const unbounded = createNlp(Infinity);
  let renewals = 0;
  let before = 0;
  for (let i = 0; i < 40; i++) {
    assert.deepEqual(bounded.parse(text(i)), unbounded.parse(text(i)));
    const learnt = bounded.learntWords();
    if (learnt < before) renewals++;
    before = learnt;
    // renewed at the parse after the bound is passed, so at most one text's words over it
    assert.ok(learnt <= 60 + 20, `${learnt} words learnt after text ${i}`);
  }
  assert.ok(unbounded.learntWords() >= 9 * 40, `${unbounded.learntWords()} words learnt by the instance that never renews`);
  assert.ok(renewals >= 4, `${renewals} renewals`);
  // text of the model's own words teaches nothing, so it never renews the instance
  const plain = createNlp(0);
  for (let i = 0; i < 5; i++) plain.parse('The minister said the talks would resume next week in the capital.');
  assert.equal(plain.learntWords(), 0);
});

test('a learnt word is tokenised as in a fresh process wherever it stands, though plain learnt words are answered as known', () => {
  // plain learnt words (letters only) skip the tokeniser's slow path; words it would split must still be split
  const first = 'Mr Brezhinsky met Ms Okafor-Lund. The talks were Brezhinsky\'s idea, said co-chair Tavrin.';
  const later = [
    'Brezhinsky, Okafor-Lund and Tavrin left (Brezhinsky stayed).',
    '"Brezhinsky" was the word; the Brezhinsky-led team met Tavrin.',
    'Officials met Mr\u00a0Brezhinsky\'s deputy and Tavrin\'s aide in Lund.',
    'It was Brezhinsky. Then Tavrin… and Okafor-Lund\'s staff.',
  ];
  const tokens = (nlp: ReturnType<typeof createNlp>, text: string) => {
    const doc = nlp.parse(text);
    return Array.from(doc.starts, (s, i) => [text.slice(s, doc.ends[i]), doc.pos[i], doc.lemmas[i], doc.lower[i]]);
  };
  const warm = createNlp();
  tokens(warm, first);
  for (const text of later) {
    tokens(warm, text); // a second reading sees every word of the text learnt
    assert.deepEqual(tokens(warm, text), tokens(createNlp(), text));
  }
});

test('a parser whose token memo is warm gives the same documents as a fresh one', () => {
  // Own words, contractions, words with punctuation attached, a learnt name before and after a non-breaking
  // space, a possessive, numbers and a hyphenated word: each read once to warm the memo, then again.
  const warmUp = "Ms Quarnby said, \u201cwe can't wait\u201d. Quarnby's aides didn't agree.\nThe\u00a0Quarnby plan costs 4.5m; a long-term fix.";
  const later = "Quarnby, the\u00a0Quarnby aides and Ms Quarnby's plan: we can't wait, said the aides.\nA long-term fix costs 4.5m.";
  const dump = (doc: ReturnType<ReturnType<typeof createNlp>['parse']>) => ({ ...doc, starts: [...doc.starts], ends: [...doc.ends] });
  const warm = createNlp();
  warm.parse(warmUp);
  warm.parse(later);
  assert.deepEqual(dump(warm.parse(later)), dump(createNlp().parse(later)));
  assert.deepEqual(dump(warm.parse(warmUp)), dump(createNlp().parse(warmUp)));
});

test('a wink-nlp instance made beside the parser never reads with the parser\'s token memo', () => {
  const parser = createNlp();
  parser.parse('Dr Vrellaxo said, \u201cZentorvia\u2019s plan stands.\u201d Vrellaxo left Zentorvia.');
  const require = createRequire(import.meta.url);
  const bare = require('wink-nlp')(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  // learnt words of the parser's instance, which the bare instance has never met: read as new words there
  assert.deepEqual(bare.readDoc('Vrellaxo left Zentorvia, said Dr Vrellaxo.').tokens().out(), ['Vrellaxo', 'left', 'Zentorvia', ',', 'said', 'Dr', 'Vrellaxo', '.']);
});

test('a chunk read again from the token memo keeps the spaces before it, so sentences split as in a fresh parser', () => {
  // closing quotes after a full stop: where the sentence ends depends on the spaces before each chunk
  const text = "The union spoke at the provincial assembly. ''It is unavoidable.''\n''This is ours (for now),'' Ortega said. ''And I, at least, agree.''";
  const warm = createNlp();
  warm.parse(text);
  const fresh = createNlp().parse(text);
  const again = warm.parse(text);
  assert.deepEqual(again.sentences, fresh.sentences);
  assert.deepEqual([...again.starts], [...fresh.starts]);
  assert.equal(text.slice(fresh.sentences[0].start, fresh.sentences[0].end), 'The union spoke at the provincial assembly.');
});

test("wink-nlp's whitespace splitter is the one the memoised tokeniser scans for", () => {
  // the tokeniser's chunks are found by scanning for the splitter's runs; a new model with another splitter
  // leaves the tokeniser unmemoised, and this test says so
  const require = createRequire(import.meta.url);
  const trex = require('wink-nlp/src/compile-trex.js')(require('wink-eng-lite-web-model').core().trex);
  assert.equal(trex.helpers.splitter.source, WINK_SPLITTER_SOURCE);
  assert.equal(trex.helpers.splitter.flags, '');
});

test('chunks after tabs, carriage returns, runs of spaces and thin or non-breaking spaces are read again as a fresh parser reads them', () => {
  const text = 'Minister\tHalvorsen  said,\t\t"we   agree" \r\nat\u2009noon;\u00a0\u00a0the\u202fdeal holds.\r\n  Halvorsen  said,  at noon\t.';
  const dump = (doc: ReturnType<ReturnType<typeof createNlp>['parse']>) => ({ ...doc, starts: [...doc.starts], ends: [...doc.ends] });
  const warm = createNlp();
  warm.parse(text);
  const again = dump(warm.parse(text));
  assert.deepEqual(again, dump(createNlp().parse(text)));
  assert.deepEqual(again.starts.map((s, i) => text.slice(s, again.ends[i])).slice(0, 4), ['Minister', 'Halvorsen', 'said', ',']);
});

test('the words a wink-nlp instance learns stay in its own core model, never in the one later instances start from', () => {
  const parser = createNlp(0);
  for (let round = 0; round < 3; round++) parser.parse(`Brenquist met Olavarrio-Taft in Quenmoor ${round}. Brenquist${round}'s aide said so.`);
  const pristine = (readCore as unknown as Record<symbol, { features: Record<string, { list: unknown[]; intrinsicSize: number; index: number; hash: Record<string, number> }> }>)[Symbol.for('detente.wink-pristine-core')];
  const lexeme = pristine.features.lexeme;
  assert.equal(lexeme.list.length, lexeme.intrinsicSize);
  assert.equal(lexeme.index, lexeme.intrinsicSize);
  assert.equal(lexeme.hash.Brenquist, undefined);
  for (const name of ['prefix', 'suffix', 'shape']) assert.equal(pristine.features[name].list.length, pristine.features[name].intrinsicSize);
});

test('a renewed parser tags a text as a wink-nlp instance with a freshly parsed model does', () => {
  const parser = createNlp(0);
  parser.parse('Officials in Marrowgate said the Velnorian envoy would arrive on Friday.');
  parser.parse('The envoy, Ilsabet Quorrin, declined to comment.');
  const text = 'Ms Quorrin told reporters in Marrowgate that Velnoria wanted talks, not sanctions.';
  const doc = parser.parse(text);
  const require = createRequire(import.meta.url);
  const bare = require('wink-nlp')(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  const read = bare.readDoc(text);
  assert.deepEqual(Array.from({ length: doc.tokenCount }, (_, i) => tokenText(doc, i)), read.tokens().out());
  assert.deepEqual(doc.pos, read.tokens().out(bare.its.pos));
  assert.deepEqual(doc.lemmas, read.tokens().out(bare.its.lemma).map((l: string) => l.toLowerCase()));
});

test('a parser loads none of the named-entity, negation and sentiment models of wink-eng-lite-web-model, and splits sentences as the full model does', () => {
  // in a process of its own: another test of this file requires the package's whole model
  const nlpUrl = new URL(import.meta.url.replace(/nlp\.test\.([jt]s)$/, 'nlp.$1')).href;
  const code = [
    `const { createNlp } = await import(${JSON.stringify(nlpUrl)});`,
    "createNlp().parse('Talks resumed in Velnor on Monday. Both sides said so.');",
    "const { createRequire } = await import('node:module');",
    "const loaded = Object.keys(createRequire(process.cwd() + '/').cache);",
    "console.log(JSON.stringify(['eng-ner-model.json', 'eng-negation-model.json', 'eng-sa-model.json', 'eng-pos-model.json'].filter((f) => loaded.some((k) => k.endsWith(f)))));",
  ].join('\n');
  const loader = nlpUrl.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const r = spawnSync(process.execPath, [...loader, '--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), ['eng-pos-model.json']);
  const text = 'Mr. Quorrin arrived at 9 a.m. in Marrowgate. "We will talk," he said. The U.S. envoy left on Friday!';
  const doc = createNlp().parse(text);
  const require = createRequire(import.meta.url);
  const bare = require('wink-nlp')(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  const sentences = bare.readDoc(text).sentences().out();
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), sentences);
});

test('a possessive before a full stop or comma is its own token, as before other words', () => {
  const doc = nlp.parse('The blame was Norland’s. The plan was the firm\'s, not ours. It\'s done.');
  const words = Array.from({ length: doc.tokenCount }, (_, i) => tokenText(doc, i));
  assert.deepEqual(words.slice(0, 6), ['The', 'blame', 'was', 'Norland', '’s', '.']);
  assert.deepEqual(words.slice(6, 13), ['The', 'plan', 'was', 'the', 'firm', "'s", ',']);
  assert.equal(doc.pos[4], 'PART');
  assert.equal(doc.lower[3], 'norland');
  assert.equal(doc.sentences.length, 3);
  assert.equal(doc.sentences[1].firstToken, 6);
  assert.ok(words.includes('It') && words.includes("'s"));
});
