import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { createDocView } from './doc-view.js';
import { listedPlaces } from './listed-places.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources();

/** Hand-built mentions over `text`: each [surface, type, rule]. */
function mentionsOf(text: string, spec: [string, RawMention['type'], string][]) {
  const doc = nlp.parse(text);
  const view = createDocView(doc);
  const ms = spec.map(([surface, type, rule]) => {
    const start = text.indexOf(surface);
    const end = start + surface.length;
    let a = 0;
    while (doc.starts[a] < start) a++;
    let b = a;
    while (b < doc.tokenCount && doc.ends[b] <= end) b++;
    return rawMention({ start, end, tokStart: a, tokEnd: b, sentence: 0, evidence: [] }, { kind: 'name', type, key: `${type}|${surface.toLowerCase()}`, name: surface, actor: null, country: null, agent: null, rule, confidence: 0.7 });
  });
  return { view, ms };
}

test('a guessed person in a list of places is a place', () => {
  const { view, ms } = mentionsOf('Clashes left nine dead in Kirkuk, Hawija and Zummar on Monday.', [['Kirkuk', 'GPE', 'ner-tagger'], ['Hawija', 'GPE', 'ner-tagger'], ['Zummar', 'PERSON', 'ner-tagger']]);
  assert.equal(listedPlaces(view, res, ms)[2].type, 'GPE');
});

test('a guessed person before "and other cities" is a place', () => {
  const { view, ms } = mentionsOf('If Zummar and other cities fall, the road north is open.', [['Zummar', 'PERSON', 'ner-tagger']]);
  assert.equal(listedPlaces(view, res, ms)[0].type, 'GPE');
});

test('a person beside one place, a titled person and a given name stay persons', () => {
  const two = mentionsOf('Talks between Kirkuk and Zummar resumed.', [['Kirkuk', 'GPE', 'ner-tagger'], ['Zummar', 'PERSON', 'ner-tagger']]);
  assert.equal(listedPlaces(two.view, res, two.ms)[1].type, 'PERSON');
  const titled = mentionsOf('Delegates from Kirkuk, Hawija and Zummar arrived.', [['Kirkuk', 'GPE', 'ner-tagger'], ['Hawija', 'GPE', 'ner-tagger'], ['Zummar', 'PERSON', 'titled-person']]);
  assert.equal(listedPlaces(titled.view, res, titled.ms)[2].type, 'PERSON');
  const given = mentionsOf('She thanked Kirkuk, Hawija and Michael for the help.', [['Kirkuk', 'GPE', 'ner-tagger'], ['Hawija', 'GPE', 'ner-tagger'], ['Michael', 'PERSON', 'ner-tagger']]);
  assert.equal(listedPlaces(given.view, res, given.ms)[2].type, 'PERSON');
});

test('a name after a list\'s last place and a comma is no item of it', () => {
  const { view, ms } = mentionsOf('Talks between Kirkuk and Hawija, Zummar said, would resume.', [['Kirkuk', 'GPE', 'ner-tagger'], ['Hawija', 'GPE', 'ner-tagger'], ['Zummar', 'PERSON', 'ner-tagger']]);
  assert.equal(listedPlaces(view, res, ms)[2].type, 'PERSON');
});
