import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../model/analysis.js';
import { renderSummary } from './render-summary.js';
import { NOT_ENGLISH_ISSUE } from '../analyze.js';

const prov = { component: 'test', version: '0', rule: 'hand-built', confidence: 1 };

function analysis(): Analysis {
  const text = 'Officials in Ruritania said Ruritania would respond.';
  const m = (start: number, end: number) => ({ start, end, text: text.slice(start, end), kind: 'name' as const, provenance: prov });
  return {
    article: { id: 'a1', title: 'Test', published: '2024-03-05', text },
    entities: [
      { id: 'e1', name: 'Ruritania', type: 'GPE', actor: null, country: 'RUR', agent: null, mentions: [m(13, 22)], provenance: prov },
      { id: 'e2', name: 'Ruritania', type: 'GPE', actor: 'RURGOV', country: 'RUR', agent: 'GOV', mentions: [m(28, 37)], provenance: prov },
    ],
    quotes: [
      {
        id: 'q1', text: 'Ruritania would respond', start: 28, end: 51, kind: 'indirect',
        speaker: { entity: null, name: null, actor: 'RURGOV', mention: { start: 0, end: 22, text: 'Officials in Ruritania' } },
        cue: { start: 23, end: 27, text: 'said' }, mentions: ['e2'], provenance: prov,
      },
    ],
    events: [],
    tone: { tone: 0, positive: 0, negative: 0, polarity: 0, wordCount: 7 },
    issues: [],
  };
}

test('a place named both as a place and as its government is listed once, with its code', () => {
  const lines = renderSummary(analysis()).split('\n');
  assert.ok(lines.includes('Countries and places: Ruritania (RURGOV)'), lines.join('\n'));
});

test('an unnamed speaker is shown by the phrase that names it, with the code it speaks for', () => {
  assert.match(renderSummary(analysis()), /\n {2}Officials in Ruritania \(RURGOV\):\n/);
});

test('a quote whose cue is negated shows "not" before its cue: the speaker did not say it', () => {
  const a = analysis();
  a.quotes = [{ ...a.quotes[0], negated: true }];
  assert.match(renderSummary(a), /Ruritania would respond {2}\[indirect, not said\]/);
  assert.match(renderSummary(analysis()), /Ruritania would respond {2}\[indirect, said\]/);
});

test('a quote whose cue reports a belief or a stance shows its cue class in analyze output, as the quotes command does', () => {
  const a = analysis();
  a.quotes = [{ ...a.quotes[0], cue: { start: 23, end: 27, text: 'fears' }, cueClass: 'belief' }];
  assert.match(renderSummary(a), /Ruritania would respond {2}\[indirect, fears: belief\]/);
  a.quotes = [{ ...a.quotes[0], cueClass: 'speech' }];
  assert.match(renderSummary(a), /Ruritania would respond {2}\[indirect, fears\]/);
});

test('an event line writes its date only as precisely as it is known', async () => {
  const { formatEventLine } = await import('./render-summary.js');
  const ev = {
    id: 'a1-e1', source: { actor: 'RURGOV', name: 'Ruritania', entity: 'e2' }, target: { actor: 'FRE', name: 'Freedonia', entity: 'e3' },
    code: '112', rootCode: '11', baseCode: '112', label: 'Accuse', quadClass: 3 as const, goldstein: -2, date: '2024-01-01',
    location: null, sentence: { start: 0, end: 1, text: 'x' }, trigger: { start: 0, end: 1, text: 'x' },
    rule: 'accuse', confidence: 1, isRoot: false, negated: false, provenance: prov,
  };
  assert.match(formatEventLine({ ...ev, datePrecision: 'day' }), / 2024-01-01$/);
  assert.match(formatEventLine({ ...ev, datePrecision: 'month' }), / 2024-01$/);
  assert.match(formatEventLine({ ...ev, datePrecision: 'year' }), / 2024$/);
  assert.match(formatEventLine({ ...ev, datePrecision: 'week' }), / week of 2024-01-01$/);
  assert.match(formatEventLine({ ...ev, date: null }), / undated$/);
});

test('laws, prizes and holidays are listed under their own headings, not dropped from the summary', () => {
  const a = analysis();
  const text = 'Under the Treaty of Ruritania, signed at New Year, the Golden Quill Prize was abolished.';
  const m = (start: number, end: number) => ({ start, end, text: text.slice(start, end), kind: 'name' as const, provenance: prov });
  a.article = { ...a.article, text };
  a.quotes = [];
  a.entities = [
    { id: 'e1', name: 'Treaty of Ruritania', type: 'OTHER', actor: null, country: null, agent: null, mentions: [m(10, 29)], provenance: prov },
    { id: 'e2', name: 'New Year', type: 'EVENT', actor: null, country: null, agent: null, mentions: [m(41, 49)], provenance: prov },
  ];
  const lines = renderSummary(a).split('\n');
  assert.ok(lines.includes('Other names (laws, agreements, prizes): Treaty of Ruritania'), lines.join('\n'));
  assert.ok(lines.includes('Named events (holidays, contests, eras): New Year'), lines.join('\n'));
});

test('a long quote is cut at a word with the characters left out counted outside its marks, not with the … that joins its parts', () => {
  const a = analysis();
  const long = `${'The council will review the harbour levy again next spring '.repeat(3)}and decide then.`;
  a.quotes = [{ ...a.quotes[0], kind: 'direct', text: long }];
  const line = renderSummary(a).split('\n').find((l) => l.includes('harbour levy')) ?? '';
  const shown = /“([^”]*)” \[\+(\d+) characters\]/.exec(line);
  assert.ok(shown, line);
  assert.ok(!shown[1].includes('…'), line);
  assert.ok(long.startsWith(shown[1]) && long[shown[1].length] === ' ', line);
  assert.equal(shown[1].length + Number(shown[2]), long.length);
  a.quotes = [{ ...a.quotes[0], kind: 'mixed', text: 'The levy … will hurt' }];
  assert.match(renderSummary(a), /\n {4}The levy … will hurt {2}\[mixed, said\]/);
});

test('an article not in English shows no tone line of zeros, only the issue saying it was not analysed', () => {
  const a: Analysis = { ...analysis(), entities: [], quotes: [], tone: { tone: 0, positive: 0, negative: 0, polarity: 0, wordCount: 0 }, issues: [{ code: NOT_ENGLISH_ISSUE, message: 'the text is in language "de", not English', source: 'analyze' }] };
  const text = renderSummary(a);
  assert.doesNotMatch(text, /Tone:/);
  assert.match(text, /\n! W_NOT_ENGLISH: the text is in language "de", not English$/);
  assert.match(renderSummary(analysis()), /\nTone: \+0\.00 .*7 words\)$/);
});
