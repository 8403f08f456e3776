import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, EntityType, MentionKind } from '../../model/entity.js';
import type { Quote } from '../../model/quote.js';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const prov = { component: 'test', version: '0', rule: 'hand-built', confidence: 1 };

/** A hand-built entity named by `name` at each of its occurrences in `text`, and by each of `pronouns` (character offsets). */
function entity(text: string, id: string, name: string, type: EntityType, actor: string | null, country: string | null, pronouns: [number, number][] = []): Entity {
  const mentions: { start: number; end: number; text: string; kind: MentionKind; provenance: typeof prov }[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) mentions.push({ start: i, end: i + name.length, text: name, kind: 'name', provenance: prov });
  for (const [start, end] of pronouns) mentions.push({ start, end, text: text.slice(start, end), kind: 'pronoun', provenance: prov });
  mentions.sort((a, b) => a.start - b.start);
  return { id, name, type, actor, country, agent: actor && actor.length > 3 ? actor.slice(3) : null, mentions, provenance: prov };
}

/** Each quote's primary speaker (entity, phrase) and its co-speakers (entity, phrase, actor). */
function speakers(quotes: Quote[]): unknown[] {
  return quotes.map((q) => ({
    speaker: [q.speaker.entity, q.speaker.mention?.text ?? null],
    co: (q.coSpeakers ?? []).map((c) => [c.entity, c.mention?.text ?? null, c.actor]),
  }));
}

// fresh-eyes review 20: "<country> and <country> have pledged …" was credited to the first country alone
test('two countries coordinated as the speaker phrase are both speakers: the first primary, the second a co-speaker', () => {
  const text = 'Ruritania and Freedonia have pledged to cut tariffs by half.';
  const quotes = run(text, [entity(text, 'E1', 'Ruritania', 'GPE', 'RUR', 'RUR'), entity(text, 'E2', 'Freedonia', 'GPE', 'FRE', 'FRE')]);
  assert.deepEqual(speakers(quotes), [{ speaker: ['E1', 'Ruritania and Freedonia'], co: [['E2', 'Freedonia', 'FRE']] }]);
  // the co-speaker's mention is a half-open span of the text, and the evidence lists it
  const co = quotes[0].coSpeakers![0].mention!;
  assert.equal(text.slice(co.start, co.end), 'Freedonia');
  assert.ok(quotes[0].provenance.evidence!.some((e) => e.start === co.start && e.end === co.end));
});

// issue 5's seed list: "<president> and officials in <capital> have said …" credited to the president alone
test('a person and an unnamed group coordinated: the group is a co-speaker with no entity and the code its phrase gives', () => {
  const text = 'Jo Roe and officials in Lisbon have said they want a stable relationship.';
  const quotes = run(text, [entity(text, 'E1', 'Jo Roe', 'PERSON', 'PRTGOV', 'PRT'), entity(text, 'E2', 'Lisbon', 'GPE', null, 'PRT')]);
  assert.deepEqual(speakers(quotes), [{ speaker: ['E1', 'Jo Roe and officials in Lisbon'], co: [[null, 'officials in Lisbon', 'PRTGOV']] }]);
});

test('a comma list of names before a coordinated phrase that opens the sentence: every name is a speaker, in text order', () => {
  const text = 'Jo Roe, Al Poe and Bo Wu said the plan was fair.';
  const ents = [entity(text, 'E1', 'Jo Roe', 'PERSON', null, null), entity(text, 'E2', 'Al Poe', 'PERSON', null, null), entity(text, 'E3', 'Bo Wu', 'PERSON', null, null)];
  const [q] = run(text, ents);
  const all = [q.speaker.entity, ...(q.coSpeakers ?? []).map((c) => c.entity)];
  assert.deepEqual([...all].sort(), ['E1', 'E2', 'E3']);
  assert.deepEqual((q.coSpeakers ?? []).map((c) => c.mention!.start), [...(q.coSpeakers ?? []).map((c) => c.mention!.start)].sort((a, b) => a - b));
});

test('near misses: the object of another verb, a fronted place, an apposition, a shared title, a place list and a name with "and" add no co-speaker', () => {
  const met = 'Jo Roe met Bo Wu and said the plan was fair.';
  assert.deepEqual(speakers(run(met, [entity(met, 'E1', 'Jo Roe', 'PERSON', null, null), entity(met, 'E2', 'Bo Wu', 'PERSON', null, null)])), [{ speaker: ['E1', 'Jo Roe'], co: [] }]);
  const fronted = 'In Lisbon, Jo Roe and Bo Wu said the plan was fair.';
  const fq = run(fronted, [entity(fronted, 'E0', 'Lisbon', 'GPE', null, 'PRT'), entity(fronted, 'E1', 'Jo Roe', 'PERSON', null, null), entity(fronted, 'E2', 'Bo Wu', 'PERSON', null, null)]);
  assert.deepEqual(speakers(fq), [{ speaker: ['E1', 'Jo Roe and Bo Wu'], co: [['E2', 'Bo Wu', null]] }]);
  const apposition = 'Jo Roe, a lawyer and activist, said the plan was fair.';
  assert.deepEqual(speakers(run(apposition, [entity(apposition, 'E1', 'Jo Roe', 'PERSON', null, null)])), [{ speaker: ['E1', 'Jo Roe'], co: [] }]);
  const titled = 'Mr and Mrs Roe said they were happy to be home.';
  assert.deepEqual(speakers(run(titled, [entity(titled, 'E1', 'Mrs Roe', 'PERSON', null, null)])).map((s) => (s as { co: unknown[] }).co), [[]]);
  const places = 'Officials in Lisbon and Porto said the port would reopen.';
  const pq = run(places, [entity(places, 'E1', 'Lisbon', 'GPE', null, 'PRT'), entity(places, 'E2', 'Porto', 'GPE', null, 'PRT')]);
  assert.deepEqual(speakers(pq), [{ speaker: [null, 'Officials in Lisbon and Porto'], co: [] }]);
  const firm = 'Hale and Moss said sales rose.';
  assert.deepEqual(speakers(run(firm, [entity(firm, 'E1', 'Hale and Moss', 'ORG', null, null)])), [{ speaker: ['E1', 'Hale and Moss'], co: [] }]);
});

// hand check on BBC (every fourth of 2,225 articles): one referent described twice, a name the entity layer missed, an
// amount and a preposition governing two names had given co-speakers
test('two descriptions of one person, a name with "and" no entity owns, an amount and a preposition over two names add no co-speaker', () => {
  const titles = 'The chairman and chief executive Jo Roe said profits would rise.';
  assert.deepEqual(speakers(run(titles, [entity(titles, 'E1', 'Jo Roe', 'PERSON', null, null)])).map((s) => (s as { co: unknown[] }).co), [[]]);
  const retailer = 'The clothing and furniture retailer said sales fell.';
  assert.deepEqual(speakers(run(retailer, [])).map((s) => (s as { co: unknown[] }).co), [[]]);
  const firm = 'Ironvale Oil and Gas said output fell.';
  assert.deepEqual(speakers(run(firm, [])).map((s) => (s as { co: unknown[] }).co), [[]]);
  // a company name the entity layer missed, whose second word it took for a person (review of this session's changes)
  const pair = 'Brindle and Gamble said profits rose.';
  assert.deepEqual(speakers(run(pair, [entity(pair, 'E1', 'Gamble', 'PERSON', null, null)])).map((s) => (s as { co: unknown[] }).co), [[]]);
  const amount = 'It made a profit of £12.5m and experts said the sale was wise.';
  assert.ok(run(amount, []).every((q) => q.coSpeakers === undefined));
  const lawyers = 'Lawyers for Mr Roe and Mr Poe said the case would fail.';
  const lq = run(lawyers, [entity(lawyers, 'E1', 'Roe', 'PERSON', null, null), entity(lawyers, 'E2', 'Poe', 'PERSON', null, null)]);
  assert.deepEqual(lq.map((q) => q.coSpeakers), [undefined]);
  // two groups, or a second phrase with a determiner of its own, are two speakers
  const groups = 'Politicians and campaigners said the plan was unfair. The mayor and the minister said it was fair.';
  assert.deepEqual(speakers(run(groups, [])).map((s) => (s as { co: unknown[] }).co), [[[null, 'campaigners', null]], [[null, 'the minister', null]]]);
});

test('a person and his wife: the wife is a speaker too, with no entity (never guessed)', () => {
  const text = 'Jo Roe and his wife said they were happy to be home.';
  const [q] = run(text, [entity(text, 'E1', 'Jo Roe', 'PERSON', null, null, [[11, 14]])]);
  // (the primary's mention is the whole phrase; the co-speaker is the conjunct the primary is not)
  assert.equal(q.speaker.mention?.text, 'Jo Roe and his wife');
  assert.equal(q.coSpeakers?.length, 1);
  assert.ok(['Jo Roe', 'his wife'].includes(q.coSpeakers![0].mention!.text));
  const ids = [q.speaker.entity, ...(q.coSpeakers ?? []).map((c) => c.entity)];
  assert.deepEqual(ids.filter((x) => x !== null), ['E1']);
});

test('"They said" after a joint phrase keeps both speakers when the entity layer gave the pronoun to both', () => {
  const text = 'Jo Roe and Bo Wu met in Lisbon. They said the plan was fair.';
  const they = text.indexOf('They');
  const span: [number, number] = [they, they + 4];
  const quotes = run(text, [entity(text, 'E1', 'Jo Roe', 'PERSON', null, null, [span]), entity(text, 'E2', 'Bo Wu', 'PERSON', null, null, [span])]);
  assert.deepEqual(speakers(quotes), [{ speaker: ['E1', 'They'], co: [['E2', 'They', null]] }]);
  // a "they" the entity layer gave to one entity stays one speaker
  const one = run(text, [entity(text, 'E1', 'Jo Roe', 'PERSON', null, null, [span]), entity(text, 'E2', 'Bo Wu', 'PERSON', null, null)]);
  assert.deepEqual(speakers(one), [{ speaker: ['E1', 'They'], co: [] }]);
});

test('a quotation split by its joint attribution is one quote that keeps the co-speakers', () => {
  const text = '"Prices," Jo Roe and Bo Wu said, "will keep rising this year."';
  const quotes = run(text, [entity(text, 'E1', 'Jo Roe', 'PERSON', null, null), entity(text, 'E2', 'Bo Wu', 'PERSON', null, null)]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].parts?.length, 2);
  assert.deepEqual(speakers(quotes), [{ speaker: ['E1', 'Jo Roe and Bo Wu'], co: [['E2', 'Bo Wu', null]] }]);
});

test('a "they" whose antecedent is named inside its own quote loses the co-speakers with that antecedent (pronoun-speaker.ts)', () => {
  const text = 'Al Poe said the talks had stalled. "Bo Wu and Jo Roe have failed us," they said.';
  const they = text.lastIndexOf('they');
  const span: [number, number] = [they, they + 4];
  const ents = [entity(text, 'E1', 'Al Poe', 'PERSON', null, null), entity(text, 'E2', 'Bo Wu', 'PERSON', null, null, [span]), entity(text, 'E3', 'Jo Roe', 'PERSON', null, null, [span])];
  const last = run(text, ents).at(-1)!;
  assert.equal(last.speaker.mention?.text, 'they');
  assert.notEqual(last.speaker.entity, 'E2');
  assert.equal(last.coSpeakers, undefined);
});
