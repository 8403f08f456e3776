import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, MentionKind } from '../../model/entity.js';
import { createNlp } from '../../nlp/nlp.js';
import { extractQuotes } from './extract-quotes.js';
import { loadQuoteResources } from './resources.js';
import { quotePieces } from './test-quotes.js';

const nlp = createNlp();
const resources = loadQuoteResources();
const prov = { component: 'test', version: '0', rule: 'test', confidence: 1 };

/** A person entity whose mentions are the listed surface strings, the `nth` whole-word occurrence of each string in `text`. */
function person(id: string, name: string, text: string, mentions: [string, MentionKind, number][]): Entity {
  return {
    id,
    name,
    type: 'PERSON',
    actor: null,
    country: null,
    agent: null,
    provenance: prov,
    mentions: mentions.map(([s, kind, nth]) => {
      // the nth whole-word occurrence ("he" is not the end of "the")
      const at = [...text.matchAll(new RegExp(`\\b${s}\\b`, 'g'))][nth]?.index ?? -1;
      assert.ok(at >= 0, `mention ${s} not in the text`);
      return { start: at, end: at + s.length, text: s, kind, provenance: prov };
    }),
  };
}

// our own wording of the shape met on a news page: a spokesman speaks about a wanted man, the coreference gives "he" to the wanted man
const TEXT =
  'Colonel Ana Ruiz said the new title would not protect Marco Vell.\n' +
  '"There is only one place for Marco Vell, and it is a prison cell," he told a radio station. "We are ready for that."';

test('a pronoun resolved to a man named inside the quote itself goes to the earlier speaker instead', () => {
  const vell = person('E2', 'Marco Vell', TEXT, [['Marco Vell', 'name', 0], ['Marco Vell', 'name', 1], ['he', 'pronoun', 0]]);
  const ruiz = person('E1', 'Ana Ruiz', TEXT, [['Ana Ruiz', 'name', 0]]);
  const { quotes } = extractQuotes(nlp.parse(TEXT), resources, [ruiz, vell], { name: 'quotes', version: 'test' });
  const direct = quotePieces(quotes).filter((q) => q.kind === "direct");
  assert.equal(direct.length, 2);
  for (const q of direct) {
    assert.equal(q.speaker.mention?.text, 'he');
    assert.equal(q.speaker.entity, 'E1', `speaker of "${q.text}"`);
    assert.equal(q.speaker.name, 'Ana Ruiz');
  }
});

test('a pronoun keeps no entity when the speaker before it is an organisation', () => {
  const text = 'The harbour authority said the new title would not protect Marco Vell.\n"There is only one place for Marco Vell," he told a radio station.';
  const vell = person('E2', 'Marco Vell', text, [['Marco Vell', 'name', 0], ['Marco Vell', 'name', 1], ['he', 'pronoun', 0]]);
  const authority: Entity = { ...person('E1', 'harbour authority', text, [['harbour authority', 'name', 0]]), type: 'ORG' };
  const { quotes } = extractQuotes(nlp.parse(text), resources, [authority, vell], { name: 'quotes', version: 'test' });
  const q = quotes.find((x) => x.kind === 'direct');
  assert.equal(q?.speaker.mention?.text, 'he');
  assert.equal(q?.speaker.entity, null);
  assert.equal(q?.speaker.name, null);
});

test('a pronoun resolved to a man who is not named inside his quote keeps him', () => {
  const text = 'Marco Vell spoke to a radio station on Monday.\n"We are ready for a long wait," he said.';
  const vell = person('E2', 'Marco Vell', text, [['Marco Vell', 'name', 0], ['he', 'pronoun', 0]]);
  const { quotes } = extractQuotes(nlp.parse(text), resources, [vell], { name: 'quotes', version: 'test' });
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].speaker.entity, 'E2');
});

test('an unresolved "she" right after a quote of a named woman takes her as the speaker', () => {
  const text = '"The night was terrible," said market trader Olga Brenn.\n"I cannot stay here any longer," she added.';
  const brenn = person('E1', 'Olga Brenn', text, [['Olga Brenn', 'name', 0]]);
  const { quotes } = extractQuotes(nlp.parse(text), resources, [brenn], { name: 'quotes', version: 'test' });
  const q = quotes.find((x) => x.text.startsWith('I cannot stay'));
  assert.equal(q?.speaker.mention?.text, 'she');
  assert.equal(q?.speaker.entity, 'E1');
  assert.ok(q?.provenance.evidence?.some((e) => text.slice(e.start, e.end) === 'market trader Olga Brenn'));
});

test('an unresolved pronoun after a quote given to another pronoun stays unresolved (a chain of pronouns is not followed)', () => {
  const text = 'Olga Brenn spoke first.\n"The night was terrible," he said.\n"I cannot stay here any longer," she added.';
  const brenn = person('E1', 'Olga Brenn', text, [['Olga Brenn', 'name', 0], ['he', 'pronoun', 0]]);
  const { quotes } = extractQuotes(nlp.parse(text), resources, [brenn], { name: 'quotes', version: 'test' });
  const q = quotes.find((x) => x.text.startsWith('I cannot stay'));
  assert.equal(q?.speaker.mention?.text, 'she');
  assert.equal(q?.speaker.entity, null);
});

// user report (opinion pieces): "he declared" credited to the person the column is about, not to the one who just spoke
const COLUMN =
  'Piet Haas has run the port board for a decade and runs it still.\n' +
  'At the meeting, Tom Okafor said the board had lost its way. "We are drifting," he declared.';

test('a pronoun the coreference gave to the column\'s subject goes to the person quoted just before it', () => {
  const haas = person('E1', 'Piet Haas', COLUMN, [['Piet Haas', 'name', 0], ['he', 'pronoun', 0]]);
  const okafor = person('E2', 'Tom Okafor', COLUMN, [['Tom Okafor', 'name', 0]]);
  const { quotes } = extractQuotes(nlp.parse(COLUMN), resources, [haas, okafor], { name: 'quotes', version: 'test' });
  const declared = quotes.find((q) => q.cue?.text === 'declared');
  assert.equal(declared?.speaker.mention?.text, 'he');
  assert.equal(declared?.speaker.entity, 'E2');
});

test('the subject named again between the two quotes keeps the pronoun', () => {
  const text = COLUMN.replace('"We are drifting,"', 'Haas shrugged. "We are drifting,"');
  const haas = person('E1', 'Piet Haas', text, [['Piet Haas', 'name', 0], ['Haas', 'name', 1], ['he', 'pronoun', 0]]);
  const okafor = person('E2', 'Tom Okafor', text, [['Tom Okafor', 'name', 0]]);
  const { quotes } = extractQuotes(nlp.parse(text), resources, [haas, okafor], { name: 'quotes', version: 'test' });
  assert.equal(quotes.find((q) => q.cue?.text === 'declared')?.speaker.entity, 'E1');
});

test('a chosen woman does not give way to a speaker of unknown gender', () => {
  const text = COLUMN.replace('"We are drifting," he declared', '"We are drifting," she declared');
  const haas = { ...person('E1', 'Piet Haas', text, [['Piet Haas', 'name', 0], ['she', 'pronoun', 0]]), gender: 'female' as const };
  const okafor = person('E2', 'Tom Okafor', text, [['Tom Okafor', 'name', 0]]);
  const { quotes } = extractQuotes(nlp.parse(text), resources, [haas, okafor], { name: 'quotes', version: 'test' });
  assert.equal(quotes.find((q) => q.cue?.text === 'declared')?.speaker.entity, 'E1');
});

// our own wording of a reply whose second quotation names the man the coreference had given the pronoun to
const REPLY =
  'Mayor Leo Brandt said the port would reopen in May. On the row with Tom Vell, he replied: "The idea that I would smear anyone is absurd. It is false." ' +
  '"I criticise Tom Vell on policy and never on his family."';

test('a reply whose later quotation names the pronoun\'s person is not that person\'s (review 18, "he replied")', () => {
  const brandt = person('E1', 'Leo Brandt', REPLY, [['Leo Brandt', 'name', 0]]);
  const vell = person('E2', 'Tom Vell', REPLY, [['Tom Vell', 'name', 0], ['he', 'pronoun', 0], ['Tom Vell', 'name', 1]]);
  const { quotes } = extractQuotes(nlp.parse(REPLY), resources, [brandt, vell], { name: 'quotes', version: 'test' });
  const reply = quotes.find((q) => q.text.startsWith('The idea'));
  assert.ok(reply, 'the reply is a quote');
  assert.equal(reply.parts?.length, 2, 'both quotations are one attribution');
  assert.equal(reply.speaker.mention?.text, 'he');
  assert.equal(reply.speaker.entity, 'E1');
  assert.equal(reply.speaker.name, 'Leo Brandt');
});
