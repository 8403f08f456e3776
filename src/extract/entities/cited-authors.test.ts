import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const cited = (text: string) =>
  run(text).flatMap((e) => e.mentions.filter((m) => m.provenance.rule === 'cited-author').map((m) => `${m.text} ${e.type}`));
/** Person name mentions of a text, each as "surface rule". */
const persons = (text: string) =>
  run(text).flatMap((e) => (e.type === 'PERSON' ? e.mentions.filter((m) => m.kind === 'name').map((m) => `${m.text} ${m.provenance.rule}`) : []));

test('authors cited in parentheses are persons, each of them: "(Okafor & Lindgren, 2016)", "(Brandt et al., 2009)"', () => {
  const found = persons('Reading speed varies with line length (Okafor & Lindgren, 2016; Brandt et al., 2009). It also varies with age (see Haverkamp, Tulsi, & Moreno, 2012).');
  assert.deepEqual(found.map((p) => p.split(' ')[0]), ['Okafor', 'Lindgren', 'Brandt', 'Haverkamp', 'Tulsi', 'Moreno']);
  // The tagger misses some of them; the citation rule finds those.
  assert.ok(found.includes('Okafor cited-author') && found.includes('Haverkamp cited-author'), found.join(', '));
});

test('in an article citing in parentheses, names before a year in parentheses are cited authors: "Vantongeren (2011) found"', () => {
  const found = persons('Line length matters (Okafor, 2016; Brandt, 2009). Vantongeren (2011) found the same, as Ruelas and Ibsen (2014) did.');
  assert.ok(found.includes('Vantongeren cited-author'), found.join(', '));
  for (const n of ['Ruelas', 'Ibsen']) assert.ok(found.some((p) => p.startsWith(`${n} `)), found.join(', '));
});

test('titles of works, organisations and years alone in parentheses name no author', () => {
  const found = cited('She starred in Harbour Lights (Three Sinners, 1952) and in Les Amants (Les Amants, 1959). The Ministry of Health (2014) agreed (in 2014).');
  assert.deepEqual(found, []);
});
