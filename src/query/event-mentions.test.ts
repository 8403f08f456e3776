import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupEventMentions, sameSentence } from './event-mentions.js';
import type { StoredEvent } from '../store/store.js';

const prov = { component: 't', version: '0', rule: 'r', confidence: 1 };
/** A stored event of article `articleId` stating `sentence` (invented wire copy), the rest as given. */
function ev(articleId: string, sentence: string, more: Partial<StoredEvent> = {}): StoredEvent {
  return {
    id: 'ev1', source: { actor: 'NORGOV', name: 'Ingrid Solberg', entity: 'e1' }, target: { actor: 'FIN', name: 'Finland', entity: 'e2' },
    code: '040', rootCode: '04', baseCode: '040', label: 'Consult', quadClass: 1, goldstein: 1, date: '2024-02-06', location: null,
    sentence: { start: 0, end: sentence.length, text: sentence }, trigger: { start: 0, end: 3, text: 'met' }, rule: 'r', confidence: 1,
    isRoot: true, negated: false, provenance: prov,
    articleId, articleTitle: 'Nordic talks', published: '2024-02-06', articleUrl: null, articleSource: 'Wire', articleTone: 0, storedAt: '2024-02-07T00:00:00Z',
    ...more,
  };
}

const MET = 'OSLO, Feb 6 - Norway\'s foreign minister Ingrid Solberg met her Finnish counterpart in Oslo on Tuesday to talk about border crossings.';

test('a re-issued wire story stating a meeting again in the same sentence is one event of two articles', () => {
  // the re-issue has a new lead and gives the meeting sentence again, a day later, with a new dateline day and a spelling
  const again = 'OSLO, Feb 7 - Norway\'s foreign minister Ingrid Solberg met her Finnish counterpart in Oslo on Tuesday to talk about border-crossings.';
  const groups = groupEventMentions([ev('a1', MET), ev('a2', 'Nordic ministers agreed on new rules for border crossings.', { code: '057', id: 'ev1' }), ev('a2', again, { id: 'ev2', published: '2024-02-07' })]);
  assert.deepEqual(groups.map((g) => [g.event.articleId, g.event.id, g.event.code, g.mentions, g.articles]), [['a1', 'ev1', '040', 2, 2], ['a2', 'ev1', '057', 1, 1]]);
});

test('the same actors, code and date in another sentence of another story stay two events', () => {
  const other = 'Ingrid Solberg also met Finland\'s trade envoy at a fisheries fair in Bergen, her office said.';
  assert.equal(groupEventMentions([ev('a1', MET), ev('a2', other)]).length, 2);
});

test('a re-issue is only one of the same source, within three days, with the same actors, code and date', () => {
  assert.equal(groupEventMentions([ev('a1', MET), ev('a2', MET, { articleSource: 'Other Wire' })]).length, 2);
  assert.equal(groupEventMentions([ev('a1', MET), ev('a2', MET, { published: '2024-02-12' })]).length, 2);
  assert.equal(groupEventMentions([ev('a1', MET), ev('a2', MET, { published: '2024-02-09' })]).length, 1);
  assert.equal(groupEventMentions([ev('a1', MET), ev('a2', MET, { code: '036' })]).length, 2);
  assert.equal(groupEventMentions([ev('a1', MET), ev('a2', MET, { date: '2024-02-05' })]).length, 2);
  assert.equal(groupEventMentions([ev('a1', MET), ev('a2', MET, { target: { actor: 'SWE', name: 'Sweden', entity: 'e3' } })]).length, 2);
  // articles read from files have no source: never grouped with another article
  assert.equal(groupEventMentions([ev('a1', MET, { articleSource: null }), ev('a2', MET, { articleSource: null })]).length, 2);
  // without publication dates a dated event still groups, an undated one does not
  assert.equal(groupEventMentions([ev('a1', MET, { published: null }), ev('a2', MET, { published: null })]).length, 1);
  assert.equal(groupEventMentions([ev('a1', MET, { published: null, date: null }), ev('a2', MET, { published: null, date: null })]).length, 2);
  // acrossArticles false: only an article's own repeats
  assert.equal(groupEventMentions([ev('a1', MET), ev('a2', MET)], { acrossArticles: false }).length, 2);
});

test('groups join through a shared member and keep the order of their first event', () => {
  const groups = groupEventMentions([ev('a1', MET), ev('a9', 'Sweden recalled its envoy.', { code: '1054' }), ev('a2', MET, { published: '2024-02-08' }), ev('a3', MET, { published: '2024-02-10' })]);
  // a1 and a3 are four days apart, but each is within three days of a2
  assert.deepEqual(groups.map((g) => [g.event.articleId, g.mentions, g.articles]), [['a1', 3, 3], ['a9', 1, 1]]);
});

test('sentences are the same when most of their word pairs are, not when they share only a few words', () => {
  assert.ok(sameSentence(MET, MET.replace('(', '').toUpperCase()));
  assert.ok(sameSentence('The ministry (MFA) said the talks on fishing quotas would resume in March.', 'The ministry said the talks on fishing quotas would resume in March.'));
  assert.ok(!sameSentence(MET, 'Ingrid Solberg met Finland\'s trade envoy in Oslo on Tuesday.'));
  assert.ok(!sameSentence('', ''));
});

test('a wire dateline is not part of the sentence, and two sentences with other figures are two facts', () => {
  assert.ok(sameSentence('BERGEN, Oct 3 - The port authority said it would close two piers for repairs.', 'The port authority said it would close two piers for repairs.'));
  // one template, two deals: most word pairs shared, the amounts not
  assert.ok(!sameSentence('TROMSO, May 2 - Arctic Salmon AS has agreed a 4.2 billion crown credit line, lead bank Nordbank said.', 'TROMSO, May 2 - Fjord Shipping AS has agreed a 4.75 billion crown credit line, lead bank Nordbank said.'));
});

test('a statement dated only by its story\'s publication is one event with its re-issue of the next day (review 15b)', () => {
  const accused = 'Norway\'s foreign minister Ingrid Solberg accused Finland of stalling talks on fishing quotas.';
  const byPublication = (articleId: string, published: string, more: Partial<StoredEvent> = {}) =>
    ev(articleId, accused, { code: '112', date: published, dateText: null, published, ...more });
  assert.equal(groupEventMentions([byPublication('a1', '2024-03-02'), byPublication('a2', '2024-03-03')]).length, 1);
  // a date stated in the sentence still has to be the same one
  assert.equal(groupEventMentions([byPublication('a1', '2024-03-02', { dateText: 'on Saturday' }), byPublication('a2', '2024-03-03', { dateText: 'on Sunday' })]).length, 2);
  // and the stories still have to be at most three days apart
  assert.equal(groupEventMentions([byPublication('a1', '2024-03-02'), byPublication('a2', '2024-03-09')]).length, 2);
});
