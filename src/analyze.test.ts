import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NOT_ENGLISH_ISSUE, createAnalyzer } from './analyze.js';

test('an article whose lang is another language is stored without entities, quotes, events or tone; English is analysed', () => {
  const analyzer = createAnalyzer();
  // written for this test: a Zulu-looking text with capitalised words the English tagger would take for names
  const zulu = analyzer.analyze({ id: 'z', title: 'Izindaba', published: '2025-01-02', lang: 'zu', text: 'UMongameli uthe uHulumeni uzokwakha umgwaqo omusha eMbali ngonyaka ozayo.' });
  assert.deepEqual([zulu.entities, zulu.quotes, zulu.events], [[], [], []]);
  assert.equal(zulu.tone.wordCount, 0);
  assert.equal(zulu.article.lang, 'zu');
  assert.deepEqual(zulu.issues.map((i) => i.code), [NOT_ENGLISH_ISSUE]);
  const english = analyzer.analyze({ id: 'e', title: 'Talks', published: '2025-01-02', lang: 'en-GB', text: 'President Ruto met Prime Minister Abiy in Nairobi on Monday.' });
  assert.ok(english.entities.length > 0);
  assert.ok(!english.issues.some((i) => i.code === NOT_ENGLISH_ISSUE));
});

test('a batch gives every article the analysis analyze gives it, a non-English one in its place', () => {
  const analyzer = createAnalyzer();
  // written for this test
  const articles = [
    { id: 'a', title: 'Visit', published: '2025-03-04', lang: 'en', text: 'Foreign Minister Lina Okafor arrived in Accra on Tuesday.\n"We came to listen," she told reporters.' },
    { id: 'z', title: 'Izindaba', published: '2025-03-04', lang: 'zu', text: 'UMongameli uthe uHulumeni uzokwakha umgwaqo omusha.' },
    { id: 'b', title: 'Talks', published: '2025-03-05', lang: 'en', text: 'President Ruto met Prime Minister Abiy in Nairobi, officials said.' },
  ];
  const batch = analyzer.analyzeBatch(articles);
  assert.deepEqual(
    batch.map((r) => (r.ok ? r.analysis : r.error)),
    articles.map((a) => analyzer.analyze(a)),
  );
  assert.ok(batch[0].ok && batch[0].analysis.quotes.length > 0);
  assert.ok(batch[1].ok && batch[1].analysis.issues[0].code === NOT_ENGLISH_ISSUE);
});
