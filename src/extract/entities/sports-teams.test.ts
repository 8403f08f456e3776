import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { findMentions } from './find-mentions.js';
import { nationalTeams } from './sports-teams.js';
import { loadEntityResources } from './resources.js';

const nlp = createNlp();
const res = loadEntityResources({ nerModel: false });

/** Country mentions of a text after {@link nationalTeams}: "surface type rule". */
function countries(text: string): string[] {
  const view = createDocView(nlp.parse(text));
  return nationalTeams(view, res, findMentions(view, res))
    .filter((m) => m.rule === 'country-name' || m.rule === 'national-team')
    .map((m) => `${m.name} ${m.type} ${m.actor ?? '-'}`);
}

test('in a sports report a country acting as a team is an organisation without actor code, a country after "in" stays the place', () => {
  const report = 'Norway beat Chile 3-1 in Oslo. The striker scored twice, the goalkeeper saved a penalty, the referee booked the captain and the coach praised the squad before the tournament moves to Peru.';
  assert.deepEqual(countries(report), ['Norway ORG -', 'Chile ORG -', 'Peru GPE PER']);
});

test('outside sports reports countries stay countries', () => {
  assert.deepEqual(countries('Norway and Chile signed a fisheries agreement, and the coach of the delegation scored a point.'), ['Norway GPE NOR', 'Chile GPE CHL']);
});
