import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../analyze.js';
import { articleFromText } from '../ingest/article-id.js';
import { actorDifference, explainEventInContext } from './explain-event.js';
import { eventDateText, findRule } from '../extract/events/explain-event.js';

const analyzer = createAnalyzer();

test('an explained event shows its sentence with the trigger marked, the rule, the code and the actors', () => {
  const article = articleFromText('Polish Prime Minister Donald Tusk met German Chancellor Olaf Scholz in Warsaw on Monday.', {
    title: 'Talks',
    published: '2024-04-03',
  });
  const a = analyzer.analyze(article);
  const ev = a.events.find((e) => e.rootCode === '04');
  assert.ok(ev, `expected a 04x event, got ${a.events.map((e) => e.code).join(',')}`);
  const lines = explainEventInContext(a, ev, analyzer.resources.events).join('\n');
  assert.match(lines, /⟦met⟧/);
  assert.match(lines, /Rule meet/);
  assert.match(lines, /QuadClass 1 = verbal cooperation/);
  assert.match(lines, /source: POLGOV/);
  assert.match(lines, /target: DEUGOV/);
  assert.match(lines, /Date 2024-04-01 from "on Monday"/);
});

test('rule ids with a suffix are found in the lexicon', () => {
  const lex = analyzer.resources.events.lexicon;
  assert.ok(findRule(lex, 'meet'));
  assert.equal(findRule(lex, 'meet:reciprocal')?.id, 'meet');
  assert.equal(findRule(lex, 'no-such-rule'), undefined);
});

test('explain says why an event codes a side differently from its entity', () => {
  assert.equal(actorDifference({ actor: 'USAGOV', country: 'USA', agent: 'GOV' }, 'USAGOV'), null);
  assert.match(actorDifference({ actor: null, country: 'CHN', agent: null }, 'CHN') ?? '', /no actor code, so the event codes it by its country alone: CHN/);
  assert.match(actorDifference({ actor: null, country: null, agent: 'GOV' }, 'TWNGOV') ?? '', /agent GOV but no country: the event takes TWN, the one country the sentence names/);
  assert.match(actorDifference({ actor: 'ALB', country: 'ALB', agent: null }, 'MKDALB') ?? '', /not the entity's ALB/);
});

test('explain writes a date as precisely as it is known, as the event lines do', () => {
  const article = articleFromText('Polish Prime Minister Donald Tusk met German Chancellor Olaf Scholz in Warsaw last year.', {
    title: 'Talks',
    published: '2024-04-03',
  });
  const a = analyzer.analyze(article);
  const ev = a.events.find((e) => e.rootCode === '04');
  assert.ok(ev);
  assert.equal(ev.datePrecision, 'year');
  const first = explainEventInContext(a, ev, analyzer.resources.events)[0];
  assert.match(first, / 2023( |$)/);
  assert.doesNotMatch(first, /2023-01-01/);
});

test('an event dated to a season shows the season, a winter with the two years it spans (fresh-eyes review 21)', () => {
  assert.equal(eventDateText({ date: '1986-06-01', datePrecision: 'season' }), 'summer 1986');
  assert.equal(eventDateText({ date: '1986-09-01', datePrecision: 'season' }), 'autumn 1986');
  assert.equal(eventDateText({ date: '1985-12-01', datePrecision: 'season' }), 'winter 1985/86');
  const article = articleFromText('Polish Prime Minister Donald Tusk met German Chancellor Olaf Scholz in Warsaw last summer.', { title: 'Talks', published: '2024-04-03' });
  const a = analyzer.analyze(article);
  const ev = a.events.find((e) => e.rootCode === '04');
  assert.deepEqual([ev?.date, ev?.datePrecision], ['2023-06-01', 'season']);
  const lines = explainEventInContext(a, ev!, analyzer.resources.events);
  assert.match(lines[0], / summer 2023( |$)/);
  assert.match(lines.join('\n'), /from "last summer", resolved against the publication date \(the text states only the season; its first day is given\)/);
});
