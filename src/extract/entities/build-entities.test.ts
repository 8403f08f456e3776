import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';
import { createEntityRunner, entityWithMention as withMention } from './test-entities.js';

const run = createEntityRunner();
const { nlp, resources: res } = run;

test('a king known by title and surname is not merged with a president of that surname (King Hussein, Saddam Hussein)', () => {
  const es = run('Saddam Hussein hosted talks in Baghdad. Later, King Hussein of Jordan flew in to meet him.', '1990-08-10');
  const saddam = withMention(es, 'Saddam Hussein');
  assert.equal(saddam?.actor, 'IRQGOV');
  const king = es.find((e) => e !== saddam && e.mentions.some((m) => m.text === 'Hussein' && m.provenance.rule === 'titled-person'));
  assert.ok(king, 'King Hussein is an entity of his own');
  assert.equal(king?.actor, 'JORGOV');
});

test('a surname alias of an office holder does not apply to a person with another given name (James Blair)', () => {
  const es = run('James Blair, the campaign\'s field director, said turnout looked strong. Blair said volunteers had knocked on a million doors.', '2024-09-03');
  const blair = withMention(es, 'James Blair');
  assert.equal(blair?.actor, null);
  assert.notEqual(blair?.country, 'GBR');
});

test('the surname alone of a known office holder still takes the office holder\'s code', () => {
  const es = run('Blair told MPs that the bill would pass.', '2003-02-01');
  assert.equal(withMention(es, 'Blair')?.actor, 'GBRGOV');
});

test('a country stays the country when only a tagged "person" without a given name holds its name ("Bio Taiwan")', async () => {
  const { buildEntities } = await import('./build-entities.js');
  const { createDocView } = await import('./doc-view.js');
  const { findMentions } = await import('./find-mentions.js');
  const { rawMention } = await import('./raw-mention.js');
  const view = createDocView(nlp.parse('The fair Bio Taiwan opened. Exports from Taiwan rose.'));
  const { doc } = view;
  let b = 0;
  while (doc.text.slice(doc.starts[b], doc.ends[b]) !== 'Bio') b++;
  const fair = rawMention({ start: doc.starts[b], end: doc.ends[b + 1], tokStart: b, tokEnd: b + 2, sentence: 0, evidence: [] }, { kind: 'name', type: 'PERSON', key: '', name: 'Bio Taiwan', actor: null, country: null, agent: null, personTokens: ['bio', 'taiwan'], rule: 'ner-tagger', confidence: 0.7 });
  const country = findMentions(view, res).filter((m) => m.rule === 'country-name' && m.tokStart > b + 1);
  assert.equal(country.length, 1);
  const es = buildEntities([fair, ...country], res, '2024-01-01');
  assert.equal(es.find((e) => e.mentions.some((m) => m.start === country[0].start))?.type, 'GPE');
});

test('a title of an office the knowledge base does not list joins the known person: "Senator Kerry" is John Kerry (USALEG in 2004)', () => {
  const es = extractEntities(nlp.parse('John Kerry campaigned in Ohio on Monday. Senator Kerry said the plan would fail.'), loadEntityResources(), '2004-06-01');
  const persons = es.filter((e) => e.type === 'PERSON' && e.mentions.some((m) => m.text.endsWith('Kerry')));
  assert.equal(persons.length, 1);
  assert.equal(persons[0].actor, 'USALEG');
});

test('a country inferred from the dateline for a bare title does not split a person named with his own country before', () => {
  const es = extractEntities(nlp.parse('LIMA, March 4 - Congress met visiting Chilean President Elsa Moreno. Later president Moreno said Peru was a friend.'), loadEntityResources(), '1987-03-04');
  const persons = es.filter((e) => e.type === 'PERSON' && e.mentions.some((m) => m.text.endsWith('Moreno')));
  assert.equal(persons.length, 1);
  assert.equal(persons[0].actor, 'CHLGOV');
});

test('regression reut2-001 "President Reagan … Nancy Reagan": the titled surname is the office holder of the day (USAGOV), not the person named in full', () => {
  const es = run('WASHINGTON, March 4 - President Reagan will visit Rome in June. The trip was planned with Nancy Reagan, an aide said.', '1987-03-04');
  const president = es.find((e) => e.mentions.some((m) => m.text === 'Reagan'));
  assert.equal(president?.actor, 'USAGOV');
  assert.equal(president?.mentions.some((m) => m.text === 'Nancy Reagan'), false);
  assert.ok(withMention(es, 'Nancy Reagan'));
});

test('"Mr Vale" is not the knight "Sir Tom Vale" named nearer when another Vale fits: a knight is "Sir Tom", never "Mr Vale"', () => {
  const text = 'Sir Tom Vale, the city police chief, warned of attacks. John Vale defended his plans on Monday. Sir Tom said the risk was real. But Mr Vale insisted the plans were fair.';
  const es = run(text, null);
  const mr = text.indexOf('Vale insisted');
  assert.equal(es.find((e) => e.mentions.some((m) => m.start === mr))?.name, 'John Vale');
  // the knight alone keeps "Mr Vale": the style only chooses among persons the name fits
  const alone = 'Sir Tom Vale, the city police chief, warned of attacks. But Mr Vale insisted the plans were fair.';
  assert.equal(run(alone, null).find((e) => e.mentions.some((m) => m.start === alone.indexOf('Vale insisted')))?.name, 'Tom Vale');
});

test('"Mrs Vale" is the woman of that surname, not the man named nearer; "Mr Vale" the man', () => {
  const text = 'Kate Vale opened the school. Her husband John Vale spoke after her. Mrs Vale said it was a proud day. Mr Vale thanked the staff.';
  const es = run(text, null);
  const holder = (surface: string) => es.find((e) => e.mentions.some((m) => m.start === text.indexOf(surface) + surface.indexOf('Vale')))?.name;
  assert.equal(holder('Mrs Vale'), 'Kate Vale');
  assert.equal(holder('Mr Vale'), 'John Vale');
});
