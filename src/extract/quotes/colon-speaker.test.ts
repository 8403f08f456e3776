import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQuoteRunner } from './test-quotes.js';

const run = createQuoteRunner();
const attribution = (text: string) =>
  run(text).map((q) => ({ rule: q.provenance.rule, cue: q.cue?.text ?? null, speaker: q.speaker.mention?.text ?? null }));

// PolNeAR train: poll round-ups and live blogs set out the quotes they gather as "HEADLINE - Name: “…”" or "More from
// Name: “…”"; the quotations were kept unattributed, with no cue and no speaker
test('"HEADLINE - Jo Doe: “…”": the name after the dash is the speaker, the colon the cue', () => {
  assert.deepEqual(attribution('HARBOUR TOWNS TURN AGAINST THE FERRY PLAN - Mara Lindqvist: “Most of the towns on the coast now oppose the plan.”'), [
    { rule: 'direct-colon-line', cue: ':', speaker: 'Mara Lindqvist' },
  ]);
  assert.deepEqual(attribution('Pollsters agree - Tomas Reyes: “The biggest lesson was a simple one about turnout.”'), [
    { rule: 'direct-colon-line', cue: ':', speaker: 'Tomas Reyes' },
  ]);
});

test('"More from Doe: “…”" and "From the report: “…”": the phrase after "from" is the speaker', () => {
  assert.deepEqual(attribution('More from Lindqvist: “The ferry lost money in nine of the last ten years.”'), [
    { rule: 'direct-colon-line', cue: ':', speaker: 'Lindqvist' },
  ]);
  assert.deepEqual(attribution('From the report: “In general, the towns with a harbour did better.”'), [
    { rule: 'direct-colon-line', cue: ':', speaker: 'the report' },
  ]);
});

test('a dash aside before a verb and its colon, or a phrase that does not reach the colon, gives no speaker', () => {
  assert.deepEqual(attribution('The mayor - a former nurse - gave her answer: “We will rebuild the pier next spring.”'), [
    { rule: 'direct-unattributed', cue: null, speaker: null },
  ]);
  assert.deepEqual(attribution('Turnout fell - and then, at last: “We lost four of the five seats on the coast.”'), [
    { rule: 'direct-unattributed', cue: null, speaker: null },
  ]);
});
