import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../analyze.js';
import { articleFromText } from '../ingest/article-id.js';
import { explainQuoteInContext, quoteCitationId } from './explain-quote.js';

const analyzer = createAnalyzer();

test('an explained quote shows its sentence with cue and content marked, and its speaker pronoun resolved through the chain to a name', () => {
  const text = [
    'Ruritanian Foreign Minister Anna Weber arrived in Oslo on Monday.',
    'Ms Weber met the Norwegian prime minister for two hours.',
    'Later she said that the harbour agreement would be signed within a month.',
  ].join('\n');
  const a = analyzer.analyze(articleFromText(text, { title: 'Talks', published: '2024-04-03' }));
  const q = a.quotes.find((x) => x.speaker.mention?.text === 'she');
  assert.ok(q, JSON.stringify(a.quotes.map((x) => [x.text, x.speaker.mention?.text])));
  const lines = explainQuoteInContext(a, q);
  const all = lines.join('\n');
  assert.equal(lines[0].split(':')[0], quoteCitationId(a.article.id, q));
  assert.match(all, /\n {2}Later she ⟦said⟧ ⟨that the harbour agreement would be signed within a month⟩\.\n/);
  assert.match(all, /\ncue “said” \[\d+, \d+\), class speech\n/);
  assert.match(all, /\ncontent \[\d+, \d+\) “that the harbour agreement would be signed within a month”\n/);
  assert.match(all, /\n {2}phrase “she” \[\d+, \d+\)\n {2}entity E\d+ Anna Weber \(PERSON/);
  // the pronoun's link, then the name it refers to
  assert.match(all, /\n {2}mention “she” \[\d+, \d+\) pronoun, rule [\w-]+ \(confidence [\d.]+\), refers to\n {2}→ “Weber” \[\d+, \d+\) name/);
  assert.match(all, /\nrule [\w-]+ \(confidence [\d.]+\), evidence “she”/);
  assert.match(all, /\nprovenance quotes /);
});

test("a quote split by its attribution shows each part, and a speaker phrase wider than its entity's mention names the mention inside it", () => {
  const text = '"The levy," Mayor Tomas Varga said, "will hurt the harbour."';
  const a = analyzer.analyze(articleFromText(text, { title: 'Levy', published: '2024-04-03' }));
  const q = a.quotes[0];
  assert.ok(q?.parts, JSON.stringify(a.quotes));
  const all = explainQuoteInContext(a, q).join('\n');
  assert.match(all, /^ {2}"⟨The levy⟩," Mayor Tomas Varga ⟦said⟧, "⟨will hurt the harbour\.?⟩/m);
  assert.match(all, /\ncontent in 2 parts:\n {2}\[1, 9\) “The levy”\n/);
  assert.match(all, /mention “Mayor Tomas Varga” \[\d+, \d+\): its “Tomas Varga” \[\d+, \d+\) name/);
});

test('a joint quote shows each co-speaker with its own phrase and entity', () => {
  const text = 'Mayor Tomas Varga and officials in Lisbon said the harbour levy would be cut.';
  const a = analyzer.analyze(articleFromText(text, { title: 'Levy', published: '2024-04-03' }));
  const q = a.quotes[0];
  assert.ok(q?.coSpeakers?.length, JSON.stringify(a.quotes));
  const all = explainQuoteInContext(a, q).join('\n');
  assert.match(all, /\nco-speaker: officials in Lisbon \(PRTGOV\)\n {2}phrase “officials in Lisbon” \[\d+, \d+\)\n {2}resolved to no entity/);
});
