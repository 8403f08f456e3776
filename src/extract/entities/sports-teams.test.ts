import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { createDocView } from './doc-view.js';
import { findMentions } from './find-mentions.js';
import { nationalTeams } from './sports-teams.js';
import { loadEntityResources } from './resources.js';
import { rawMention } from './raw-mention.js';

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

test('in a sports report a town named other than as a place is its club; "in Leeds" and "Leeds-based" stay the place', () => {
  const report = 'Leeds beat Plymouth 2-0 in Leeds. The striker scored twice, the goalkeeper saved a penalty, the referee booked the captain and the coach praised the squad, thanking a Leeds-based sponsor.';
  const view = createDocView(nlp.parse(report));
  const town = (word: string, n: number) => {
    let seen = 0;
    for (let i = 0; i < view.doc.tokenCount; i++) if (view.doc.text.slice(view.doc.starts[i], view.doc.ends[i]) === word && seen++ === n) return i;
    throw new Error(word);
  };
  const place = (i: number) => rawMention({ start: view.doc.starts[i], end: view.doc.ends[i], tokStart: i, tokEnd: i + 1, sentence: view.sentenceOf[i], evidence: [] }, { kind: 'name', type: 'GPE', key: `GPE|${view.keys[i]}`, name: view.doc.text.slice(view.doc.starts[i], view.doc.ends[i]), actor: null, country: 'GBR', agent: null, rule: 'ner-tagger', confidence: 0.6 });
  const out = nationalTeams(view, res, [place(town('Leeds', 0)), place(town('Plymouth', 0)), place(town('Leeds', 1)), place(town('Leeds', 2))]);
  assert.deepEqual(out.map((m) => `${m.name} ${m.type} ${m.rule}`), ['Leeds ORG town-club', 'Plymouth ORG town-club', 'Leeds GPE ner-tagger', 'Leeds GPE ner-tagger']);
});
