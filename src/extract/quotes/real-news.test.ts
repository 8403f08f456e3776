import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QuoteSchema, type Quote } from '../../model/quote.js';
import { createNlp } from '../../nlp/nlp.js';
import { extractQuotes } from './extract-quotes.js';
import { loadQuoteResources } from './resources.js';

// Regressions from running the analyzer over real feeds and wire copy (issue 5, false quotes a user meets);
// every sentence here is our own wording of the failing shape.
const nlp = createNlp();
const resources = loadQuoteResources();

function run(text: string): Quote[] {
  const { quotes } = extractQuotes(nlp.parse(text), resources, [], { name: 'quotes', version: 'test' });
  for (const q of quotes) {
    QuoteSchema.parse(q);
    assert.equal(text.slice(q.start, q.end), q.text);
  }
  return quotes;
}

test('a day word glued after the subject in wire style is not part of the speaker ("The council Friday condemned …")', () => {
  const [q] = run('The regional council Friday condemned the closure of the northern border crossing.');
  assert.equal(q.speaker.mention?.text, 'The regional council');
  const [r] = run('Senior officials late Thursday said the convoy would leave at dawn.');
  assert.equal(r.speaker.mention?.text, 'Senior officials');
});

test('a day word opening the sentence before the subject is not part of the speaker ("Thursday the freed sailors told …")', () => {
  const [q] = run('Thursday the freed sailors told a local paper that they had been treated well.');
  assert.equal(q.speaker.mention?.text, 'the freed sailors');
  const [r] = run('Late Sunday Minister Okafor announced that the strike had ended.');
  assert.equal(r.speaker.mention?.text, 'Minister Okafor');
});

test('a newspaper named after a day keeps its day, and a day in the possessive stays ("The Sunday Times said …")', () => {
  const [q] = run('The Sunday Times said the deal was signed in secret.');
  assert.equal(q.speaker.mention?.text, 'The Sunday Times');
  const [r] = run('Police Friday said the driver had fled.');
  assert.equal(r.speaker.mention?.text, 'Police');
});

test('a naming participle after an indefinite noun is no cue ("a sting called Operation Harbour", "a Welshman named Gareth")', () => {
  assert.deepEqual(run('A new film is inspired by an extraordinary sting called Operation Harbour in 1990.'), []);
  assert.deepEqual(run('The paper tracked down a teacher in Leeds and a Welshman named Gareth linked to the site.'), []);
  const [q] = run('A senator called the plan a disgrace.');
  assert.equal(q.cue?.text, 'called');
});

test('a claim noun before a participle and "by" is not the speaker of the denial (", claims denied by the party")', () => {
  const quotes = run('The posters prompted accusations of bias, claims denied by the party.');
  assert.ok(quotes.every((q) => q.speaker.mention?.text !== 'claims'));
});

test('a feed headline opened by a section name or reporting a death is no label-line quote ("Opinion: …", "Jo Doe: … dies aged 94")', () => {
  assert.deepEqual(run('Opinion: Why the harbour tax will hurt small fishing towns'), []);
  assert.deepEqual(run('Weekend Briefing: Floods Sweep the Northern Valleys'), []);
  assert.deepEqual(run('Maria Lindqvist: Celebrated stage designer dies aged 88'), []);
  const [q] = run('Mayor Okafor: The ferry will run again by spring');
  assert.equal(q.provenance.rule, 'label-line');
  assert.equal(q.speaker.mention?.text, 'Mayor Okafor');
});

test('a poll headline with "dead heat" stays a label-line quote ("Poll: Roe and Doe in dead heat …")', () => {
  const [q] = run('Poll: Roe and Doe in dead heat ahead of the harbour vote');
  assert.equal(q.provenance.rule, 'label-line');
});

test('a day word glued to a post-modified subject or an addressee is cut too ("The head of the agency Jo Roe Saturday called for …", "told reporters Saturday that")', () => {
  const [q] = run('The head of the regional water agency Mara Okafor Saturday called for an end to the dumping.');
  assert.equal(q.speaker.mention?.text, 'The head of the regional water agency Mara Okafor');
  const [r] = run('The envoy told reporters Saturday that the talks had failed.');
  assert.equal(r.cue?.text, 'told reporters');
});

test('a subject post-modified by a passive with "being" is the speaker, not the noun closing it ("the lawyers for two men being held without trial told …")', () => {
  const [q] = run('On Monday, the lawyers for two men being held without trial told a court the men would not seek bail.');
  assert.equal(q.speaker.mention?.text, 'the lawyers for two men');
});
