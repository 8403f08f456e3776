import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../analyze.js';
import { articleFromText } from '../ingest/article-id.js';
import { explainEventInContext } from './explain-event.js';
import { parseDerivedActor } from './derived-actors.js';

const analyzer = createAnalyzer();

test('explain says in words that a protest source is the people of a place, not "entity E1~crowd not in the article\'s entities"', () => {
  const a = analyzer.analyze(articleFromText('Hundreds of protesters rallied in Kyiv on Monday against the new law.', { title: 'Protests', published: '2024-03-04' }));
  const ev = a.events.find((e) => e.source?.entity?.endsWith('~crowd'));
  assert.ok(ev, `expected a crowd source, got ${a.events.map((e) => e.source?.entity).join(',')}`);
  const lines = explainEventInContext(a, ev, analyzer.resources.events).join('\n');
  assert.doesNotMatch(lines, /not in the article's entities/);
  const kyiv = a.entities.find((e) => e.name === 'Kyiv');
  assert.ok(kyiv);
  assert.match(lines, new RegExp(`the people of entity ${kyiv.id} Kyiv \\(GPE\\), an actor the event coder knows by its place`));
  // and how "Kyiv" was found, as for any entity
  assert.match(lines, new RegExp(`entity ${kyiv.id} Kyiv \\(GPE\\) → actor`));
  // the stored id is unchanged
  assert.equal(ev.source?.entity, `${kyiv.id}~crowd`);
});

test('explain says an unnamed group is the event coder\'s own actor ("demonstrators in Minsk")', () => {
  const a = analyzer.analyze(articleFromText('Police arrested dozens of demonstrators in Minsk on Sunday.', { title: 'Arrests', published: '2024-03-04' }));
  const ev = a.events.find((e) => e.target?.entity?.startsWith('group@'));
  assert.ok(ev, `expected an unnamed-group target, got ${a.events.map((e) => e.target?.entity).join(',')}`);
  const lines = explainEventInContext(a, ev, analyzer.resources.events).join('\n');
  assert.doesNotMatch(lines, /not in the article's entities/);
  assert.match(lines, /an unnamed group the event coder knows by its noun and the place named after it/);
});

test('event-coder entity ids are read back; an id of the entities stage is none of them', () => {
  assert.deepEqual(parseDerivedActor('E17~crowd'), { kind: 'crowd', base: 'E17' });
  assert.deepEqual(parseDerivedActor('E3~domestic-UKRGOV'), { kind: 'domestic', base: 'E3', actor: 'UKRGOV' });
  assert.deepEqual(parseDerivedActor('group@12'), { kind: 'group', token: 12 });
  assert.equal(parseDerivedActor('E17'), null);
});
