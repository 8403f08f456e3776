import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** The name mentions of a sentence as "surface TYPE ACTOR <rule>". */
function names(text: string): string[] {
  const out: string[] = [];
  for (const e of extractEntities(nlp.parse(text), res)) {
    for (const m of e.mentions) if (m.kind === 'name') out.push(`${text.slice(m.start, m.end)} ${e.type} ${e.actor} <${m.provenance.rule}>`);
  }
  return out;
}

test('"a Veltish Opposition Group"-style name: a capitalised country group runs on into its cue word', () => {
  assert.deepEqual(names('Last week an Iranian Opposition Group published satellite photos of the site.'), ['Iranian Opposition Group ORG IRNOPP <country-group-name>']);
  assert.deepEqual(names('The Syrian Opposition Coalition will meet on Monday.'), ['Syrian Opposition Coalition ORG SYROPP <country-group-name>']);
});

test('a lower-case group phrase, or one followed by an ordinary word, keeps its span', () => {
  assert.ok(!names('Several Iranian opposition groups published photos.').some((n) => n.includes('country-group-name')));
  const plain = names('The Iranian Opposition published photos.');
  assert.ok(plain.some((n) => n.startsWith('Iranian Opposition ORG IRNOPP')), plain.join('; '));
  assert.ok(!plain.some((n) => n.includes('country-group-name')));
});

test('a cue word with an agent of its own names another institution: "Georgian Court University" keeps no group name', () => {
  assert.ok(!names('She studied nursing at Georgian Court University before moving west.').some((n) => n.includes('country-group-name')));
});
