import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { cueMatch } from './cue-match.js';
import { chooseContentSpan, contentSpanCandidates, MAX_SPAN_PART_FEATURES } from './content-span.js';
import { contentSpanExample, trainContentSpanModel, type ContentSpanExample } from './content-span-train.js';
import type { CueMatch } from './find-cues.js';
import { quotedTokens } from './quoted-tokens.js';
import { loadQuoteResources, type QuoteResources } from './resources.js';
import { extractQuotes } from './extract-quotes.js';

const nlp = createNlp();
const lexicon = loadQuoteResources({ contentSpanModel: false });

/** A left-side cue `verb` (a lexicon verb) with the two words before it as speaker, in a one-sentence text. */
function cueIn(text: string, verb: string, lemma: string) {
  const doc = nlp.parse(text);
  const { quoted } = quotedTokens(doc);
  const v = doc.lower.indexOf(verb);
  const entry = lexicon.verbs.get(lemma)!;
  const c: CueMatch = cueMatch({
    start: v,
    end: v + 1,
    entry,
    sentence: doc.sentences[0],
    speaker: { start: v - 2, end: v, head: v - 1 },
    side: 'left',
    passive: false,
    auxStart: v,
    addressee: null,
    after: v + 1,
    chunkStart: v - 2,
    coordinated: false,
  });
  const limit = doc.sentences[0].endToken - 1; // before the full stop
  const blocked = new Uint8Array(doc.tokenCount);
  return { doc, quoted, c, limit, blocked, cands: contentSpanCandidates(doc, c, 0, limit, quoted, blocked, -1) };
}

/** An example whose gold content is the text `gold` (or none), as PolNeAR would mark it for cue `verb`. */
function example(text: string, verb: string, lemma: string, gold: string | null): ContentSpanExample {
  const { doc, quoted, c, cands } = cueIn(text, verb, lemma);
  const at = text.indexOf(verb);
  const attributions = gold === null ? [] : [{ content: [[text.indexOf(gold), text.indexOf(gold) + gold.length] as const], cue: [[at, at + verb.length] as const], source: [] }];
  const ex = contentSpanExample(doc, quoted, c, cands, attributions);
  assert.ok(ex, `no candidate matches the gold of: ${text}`);
  return ex;
}

const spanText = (x: ReturnType<typeof cueIn>, span: [number, number] | null) => (span ? x.doc.text.slice(x.doc.starts[span[0]], x.doc.ends[span[1] - 1]) : null);

test('the candidates of a cue include the words right after it, the clause at and after a later "that" and the clause before its speaker', () => {
  const x = cueIn('Prices will climb, Ana Ruiz argued in her weekly column that the harbour tax was a mistake.', 'argued', 'argue');
  const spans = new Set<string>();
  for (let p = 0; p < x.cands.pairs.length; p += 2) spans.add(spanText(x, [x.cands.starts[x.cands.pairs[p]], x.cands.ends[x.cands.pairs[p + 1]]])!);
  assert.ok(spans.has('that the harbour tax was a mistake'));
  assert.ok(spans.has('the harbour tax was a mistake'));
  assert.ok(spans.has('in her weekly column that the harbour tax was a mistake'));
  assert.ok(spans.has('Prices will climb'));
  assert.ok(x.cands.none.length > 0);
});

test('a candidate never runs over a token another attribution holds', () => {
  const text = 'Ana Ruiz argued that the harbour tax was a mistake and the port would close.';
  const doc = nlp.parse(text);
  const x = cueIn(text, 'argued', 'argue');
  const stop = doc.lower.indexOf('and');
  x.blocked[stop] = 1;
  const cands = contentSpanCandidates(doc, x.c, 0, x.limit, x.quoted, x.blocked, -1);
  for (let p = 0; p < cands.pairs.length; p += 2) assert.ok(cands.ends[cands.pairs[p + 1]] <= stop);
});

test('a model trained on contents after "that" reads a new cue that way, and one trained on none reads nothing', () => {
  const thatModel = trainContentSpanModel(
    [
      example('Jo Park argued at the hearing that the bridge was unsafe.', 'argued', 'argue', 'the bridge was unsafe'),
      example('Tom Ode argued in a memo that the budget would fail.', 'argued', 'argue', 'the budget would fail'),
      example('Mia Lund argued on radio that the mayor had lied.', 'argued', 'argue', 'the mayor had lied'),
    ],
    { epochs: 5, seed: 1 },
  );
  const x = cueIn('Eva Stone argued last week that the vote was rigged.', 'argued', 'argue');
  assert.equal(spanText(x, chooseContentSpan(thatModel, x.doc, x.c, x.cands, x.quoted, new Uint32Array(MAX_SPAN_PART_FEATURES))), 'the vote was rigged');
  const noneModel = trainContentSpanModel(
    [example('Jo Park argued at length.', 'argued', 'argue', null), example('Tom Ode argued with his brother.', 'argued', 'argue', null)],
    { epochs: 5, seed: 1 },
  );
  const y = cueIn('Eva Stone argued with the waiter.', 'argued', 'argue');
  assert.equal(chooseContentSpan(noneModel, y.doc, y.c, y.cands, y.quoted, new Uint32Array(MAX_SPAN_PART_FEATURES)), null);
});

test('the shipped model reads the content of a writing cue no rule reads, and of a belief cue in the same frame under its own class', () => {
  const resources = loadQuoteResources();
  const frame = (verb: string) => `Ana Ruiz, the port director, ${verb} on her blog on Sunday, the harbour tax will drive ships to other ports.`;
  const wrote = extractQuotesFor(frame('wrote'), resources).quotes.filter((q) => q.provenance.rule === 'indirect-learned-span');
  assert.equal(wrote.length, 1);
  assert.equal(wrote[0].cueClass, 'speech');
  assert.equal(wrote[0].text, 'the harbour tax will drive ships to other ports', 'the whole span: no start inside "on her blog" (review 14b)');
  // a belief keeps its class, so the speech and writing view (`--cue-class speech,writing`) does not show it
  const feared = extractQuotesFor('Ana Ruiz, the port director, feared for years, the harbour tax will drive ships to other ports.', resources).quotes;
  assert.equal(feared.length, 1);
  assert.equal(feared[0].provenance.rule, 'indirect-learned-span');
  assert.equal(feared[0].cueClass, 'belief');
  assert.equal(feared[0].text, 'the harbour tax will drive ships to other ports');
});

test('the shipped model reads the infinitive after the object of a request verb no rule reads (CONTENT_SPAN_CLASSES)', () => {
  const quotes = extractQuotesFor('Mayor Tomas Reyes implored her to bring it back.', loadQuoteResources()).quotes;
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].provenance.rule, 'indirect-learned-span');
  assert.equal(quotes[0].cueClass, 'request');
  assert.equal(quotes[0].text, 'her to bring it back');
});

test('without the content-span model a cue no rule reads stays without a quote', () => {
  const { quotes } = extractQuotesFor('Ana Ruiz, the port director, wrote on her blog on Sunday, the harbour tax will drive ships to other ports.', loadQuoteResources({ contentSpanModel: false }));
  assert.equal(quotes.length, 0);
});

function extractQuotesFor(text: string, resources: QuoteResources) {
  return extractQuotes(nlp.parse(text), resources, [], { name: 'quotes', version: 'test' });
}
