import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { widenCountryLedNames } from './country-led-names.js';
import { createDocView, type DocView } from './doc-view.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { loadEntityResources } from './resources.js';
import { createEntityRunner } from './test-entities.js';
import { tokenOf, tokenSpan } from './test-tokens.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** A name mention over `words` (first occurrence of its first word). */
function mention(view: DocView, words: string, type: RawMention['type'], rule: string, extra: Partial<RawMention> = {}): RawMention {
  const n = words.split(/[ -]/).length + (words.includes('-') ? 1 : 0);
  const a = tokenOf(view, words.split(/[ -]/)[0]);
  return { ...rawMention(tokenSpan(view, a, a + n), { kind: 'name', type, key: `${type}|${words.toLowerCase()}`, name: words, actor: null, country: null, agent: null, rule, confidence: 0.6 }), ...extra };
}

const names = (ms: readonly RawMention[]) => ms.map((m) => `${m.type} ${m.name} <${m.rule}>`);

test('a demonym right before a facility name opens it: "the Veltish Salt Building"', () => {
  const view = createDocView(nlp.parse('Meet me outside the Indian Salt Building at nine.'));
  const out = widenCountryLedNames(view, res, [mention(view, 'Indian', 'NORP', 'demonym', { country: 'IND' }), mention(view, 'Salt Building', 'FAC', 'cue-word-name')]);
  assert.deepEqual(names(out), ['FAC Indian Salt Building <country-led-name>']);
  assert.equal(out[0].country, 'IND');
});

test('a country name before a tagged ministry opens it and gives it its actor code', () => {
  const view = createDocView(nlp.parse('The Iran Foreign Ministry denied the report.'));
  const ministry = mention(view, 'Foreign Ministry', 'ORG', 'ner-tagger', { agent: 'GOV' });
  const out = widenCountryLedNames(view, res, [mention(view, 'Iran', 'GPE', 'country-name', { country: 'IRN' }), ministry]);
  assert.deepEqual(names(out), ['ORG Iran Foreign Ministry <country-led-name>']);
  assert.equal(out[0].actor, 'IRNGOV');
});

test('a country before a name that ends in no cue word, or after a comma, stays a country', () => {
  const view = createDocView(nlp.parse('Kenya Tobin Ross spoke in Chile, Harbour Museum staff said.'));
  const a = [mention(view, 'Kenya', 'GPE', 'country-name'), mention(view, 'Tobin Ross', 'PERSON', 'ner-tagger')];
  assert.deepEqual(names(widenCountryLedNames(view, res, a)), ['GPE Kenya <country-name>', 'PERSON Tobin Ross <ner-tagger>']);
  const b = [mention(view, 'Chile', 'GPE', 'country-name'), mention(view, 'Harbour Museum', 'FAC', 'cue-word-name')];
  assert.deepEqual(names(widenCountryLedNames(view, res, b)), ['GPE Chile <country-name>', 'FAC Harbour Museum <cue-word-name>']);
});

test('a hyphenated demonym opens the name: "the American-Arab Friendship Committee"', () => {
  const view = createDocView(nlp.parse('She wrote to the American-Arab Friendship Committee.'));
  const out = widenCountryLedNames(view, res, [mention(view, 'American', 'NORP', 'demonym'), mention(view, 'Arab Friendship Committee', 'ORG', 'cue-word-name')]);
  assert.deepEqual(names(out), ['ORG American-Arab Friendship Committee <country-led-name>']);
});

test('a country before a cue-word name whose cue word is not last opens it: "the United States Department of the Interior"', () => {
  const view = createDocView(nlp.parse('The United States Department of the Interior closed the park.'));
  const department = mention(view, 'Department of the Interior', 'ORG', 'cue-word-name', { agent: 'GOV' });
  const out = widenCountryLedNames(view, res, [mention(view, 'United States', 'GPE', 'country-name', { country: 'USA' }), department]);
  assert.deepEqual(names(out), ['ORG United States Department of the Interior <country-led-name>']);
  assert.equal(out[0].actor, 'USAGOV');
});

test('a body named for the country it works on ("the Chile Study Group") is widened but takes no country; a demonym still gives one', () => {
  const view = createDocView(nlp.parse('The senator briefed the Chile Study Group and the Chilean Study Group.'));
  const topical = mention(view, 'Study Group', 'ORG', 'ner-tagger', { country: 'CHL', agent: 'GOV' });
  const second = { ...mention(view, 'Study Group', 'ORG', 'ner-tagger'), ...tokenSpan(view, tokenOf(view, 'Chilean') + 1, tokenOf(view, 'Chilean') + 3) };
  const out = widenCountryLedNames(view, res, [
    mention(view, 'Chile', 'GPE', 'country-name', { country: 'CHL' }),
    topical,
    mention(view, 'Chilean', 'NORP', 'demonym', { country: 'CHL' }),
    second,
  ]);
  assert.deepEqual(names(out), ['ORG Chile Study Group <country-led-name>', 'ORG Chilean Study Group <country-led-name>']);
  assert.deepEqual([out[0].country, out[0].actor], [null, null]);
  assert.equal(out[1].country, 'CHL');
});

test('a capital city before an exchange or other cue-word name opens it, and the name takes its country: the London Metal Exchange is GBRBUS, not London', () => {
  const run = createEntityRunner('1987-03-30');
  const coded = (text: string) => run(text).map((e) => `${e.type} ${e.name} ${e.actor ?? '-'}`);
  assert.deepEqual(coded('Oslo welcomed the London Metal Exchange\'s decision to add a delivery point.'), ['GPE Oslo NORGOV', 'ORG London Metal Exchange GBRBUS']);
  assert.ok(coded('The shares are listed on the American Stock Exchange.').includes('ORG American Stock Exchange USABUS'));
  // near misses: a capital standing as a place, an exchange written in lower case
  assert.deepEqual(coded('Dealers in London said the bank had sold foreign exchange on Monday.'), ['GPE London -']);
});
