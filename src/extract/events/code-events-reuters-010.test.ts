// Regression tests for the errors of a hand check of Reuters-21578 (reut2-010, 50 stories with events): each sentence
// is our own, written to have the shape of a failing input, never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../analyze.js';
import { articleFromText } from '../../ingest/article-id.js';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner, eventBrief } from './test-events.js';

const { brief: run } = createEventRunner('1987-03-27', { validate: true });

const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Peruvian']);
const BOL = countrySpec('BOL', 'Bolivia', ['Bolivia', 'Bolivian']);

test('"the decision to impose tariffs" is the imposing (163), as "decided to impose" is, not a threat', () => {
  const PINERA: EntitySpec = { id: 'p', name: 'Sebastian Pinera', type: 'PERSON', actor: 'CHLGOV', country: 'CHL', surfaces: ['Pinera'] };
  assert.deepEqual(run("Copper prices rose after President Pinera's decision to impose tariffs on Peruvian electronic goods.", [PINERA, PER]), ['CHLGOV>PER 163']);
  // a plan is still a threat
  assert.deepEqual(run("Copper prices rose after President Pinera's plans to impose tariffs on Peruvian electronic goods.", [PINERA, PER]), ['CHLGOV>PER 1312']);
});

test('"received cables/an assurance from X" is no hosting of X: the visitor of 043 is the direct object', () => {
  const CODELCO: EntitySpec = { id: 'c', name: 'Codelco', type: 'ORG', actor: 'CHLBUS', country: 'CHL', surfaces: ['Codelco'] };
  assert.deepEqual(run('Codelco said it had received an assurance from Peru that the mine would stay open.', [CODELCO, PER]), []);
  assert.deepEqual(run('The Chilean president received the Peruvian foreign minister on Monday.', [
    { id: 'cg', name: 'Chilean president', type: 'ORG', actor: 'CHLGOV', country: 'CHL', surfaces: ['Chilean president'] },
    { id: 'pg', name: 'Peruvian foreign minister', type: 'ORG', actor: 'PERGOV', country: 'PER', surfaces: ['Peruvian foreign minister'] },
  ]), ['CHLGOV>PERGOV 043']);
});

test('a country hyphened to "backed" or "based" is a backer, not the actor: "the Chilean-backed Bolivian government"', () => {
  const REBELS: EntitySpec = { id: 'r', name: 'Frente Rebelde', type: 'ORG', actor: 'BOLREB', country: 'BOL', surfaces: ['Frente Rebelde'] };
  const BOLGOV: EntitySpec = { id: 'bg', name: 'Bolivian government', type: 'ORG', actor: 'BOLGOV', country: 'BOL', surfaces: ['Bolivian government'] };
  assert.deepEqual(run('Frente Rebelde has been fighting the Chilean-backed Bolivian government since 1980.', [REBELS, CHL, BOLGOV]), ['BOLREB>BOLGOV 190']);
  // the backer inside the subject phrase does not become the source either
  assert.deepEqual(run("Bolivia's Peru-backed Frente Rebelde has offered talks to Chile.", [BOL, PER, REBELS, CHL]), ['BOLREB>CHL 036']);
  // a coalition is still coded by the state leading it, as that state's military (led-coalition.test.ts)
  assert.deepEqual(run('The Chilean-led coalition bombed Peru.', [CHL, PER]), ['CHLMIL>PER 195']);
});

test('a relative clause on the object names no fallback target: "offered to rebuild the road that runs from Chile to Peru"', () => {
  const REBELS: EntitySpec = { id: 'r', name: 'Frente Rebelde', type: 'ORG', actor: 'BOLREB', country: 'BOL', surfaces: ['Frente Rebelde'] };
  assert.deepEqual(run('Frente Rebelde has offered to rebuild the road that runs from Chile to Peru.', [REBELS, CHL, PER]), []);
});

test("a company's statement about itself or another company of its country is no statement to its government", () => {
  const ENAP: EntitySpec = { id: 'e', name: 'ENAP', type: 'ORG', actor: 'CHLBUS', country: 'CHL', surfaces: ['ENAP', '~its'] };
  const COPEC: EntitySpec = { id: 'cp', name: 'Copec', type: 'ORG', actor: 'CHLBUS', country: 'CHL', surfaces: ['Copec'] };
  assert.deepEqual(run('ENAP said 1986 was one of the best years of Copec.', [ENAP, COPEC]), []);
  // people acting on their own country still act on its government
  const MINERS: EntitySpec = { id: 'm', name: 'Chilean miners', type: 'NORP', actor: 'CHL', country: 'CHL', surfaces: ['Chilean miners'] };
  assert.deepEqual(run('Chilean miners demanded independence from Chile.', [MINERS, CHL]), ['CHL>CHLGOV 100']);
});

test('an inverted reporting clause has its speaker after the verb: \'"…," said an analyst of a Chilean bank\'', () => {
  const BANK: EntitySpec = { id: 'b', name: 'Banco Austral', type: 'ORG', actor: 'CHLBUS', country: 'CHL', surfaces: ['Banco Austral'] };
  const ROJAS: EntitySpec = { id: 'ar', name: 'Ana Rojas', type: 'PERSON', actor: null, country: null, surfaces: ['Ana Rojas'] };
  const PERGOV: EntitySpec = { id: 'pg', name: 'Peruvian officials', type: 'ORG', actor: 'PERGOV', country: 'PER', surfaces: ['Peruvian officials'] };
  assert.deepEqual(run('"The new rules hurt Peru more than anyone," said Ana Rojas of Banco Austral.', [PER, ROJAS, BANK]), ['CHLBUS>PER 010']);
  assert.deepEqual(run('The blame lies partly with Chile, which ignored the warnings, said Peruvian officials.', [CHL, PERGOV]), ['PERGOV>CHL 010']);
  // "told Reuters" names an addressee, not a speaker; a phrase followed by its own verb opens the content (and, the
  // subject of what was said, is no target of the statement either)
  assert.deepEqual(run('Bolivia, citing Peruvian officials, said Chile was told of the plan.', [BOL, PERGOV, CHL]), []);
  assert.deepEqual(run('Bolivia, citing Peruvian officials, said the plan was a matter for Chile.', [BOL, PERGOV, CHL]), ['BOL>CHL 010']);
});

test('a trade representative is a government official, not a lawmaker (USAGOV, not USALEG)', () => {
  const { events } = createAnalyzer().analyze(articleFromText('U.S. Trade Representative Jane Roe criticised Japan on Monday.', { title: 't', published: '1987-03-27' }));
  assert.deepEqual(events.map(eventBrief), ['USAGOV>JPN 111']);
});

test('a continent is no country through a town of its name: "criticised Asia" has no target PHL', () => {
  // data/actors/places.tsv leaves out towns named as a continent (Asia, Philippines); see scripts/build-ner-lexicon.ts
  const places = readFileSync(new URL('../../../data/actors/places.tsv', import.meta.url), 'utf8');
  assert.doesNotMatch(places, /^(?:Africa|America|Asia|Europe|Oceania)\t/m);
  const { events } = createAnalyzer().analyze(articleFromText('Chile criticised Asia for its trade barriers.', { title: 't', published: '1987-03-27' }));
  assert.deepEqual(events.filter((e) => e.target?.actor === 'PHL').length, 0);
});

test('a dateline whose first word is tagged as a verb is still a dateline: "UNITED NATIONS, March 29 - Chile and Peru discussed…"', () => {
  const UN: EntitySpec = { id: 'un', name: 'United Nations', type: 'ORG', actor: 'IGOUNO', country: null, surfaces: ['UNITED NATIONS'] };
  assert.deepEqual(run('UNITED NATIONS, March 29 - Chile and Peru discussed fishing rights.', [UN, CHL, PER]).sort(), ['CHL>PER 040', 'PER>CHL 040']);
});

test('a country word before banks, dealers, brokers or bankers names businesses (GBRBUS), not the country', () => {
  const { events } = createAnalyzer().analyze(articleFromText('Chile accused British banks of blocking the loan. London brokers criticised Chile.', { title: 't', published: '1987-03-27' }));
  assert.deepEqual(events.map(eventBrief), ['CHL>GBRBUS 112', 'GBRBUS>CHL 111']);
});

test("Japan's Liberal Democratic Party is JPNPTY, not the U.S. Democratic Party inside its name", () => {
  const { events } = createAnalyzer().analyze(articleFromText('The ruling Liberal Democratic Party criticised China on Monday.', { title: 't', published: '1987-03-27' }));
  assert.deepEqual(events.map(eventBrief), ['JPNPTY>CHN 111']);
});

test('a place naming an accord or a negotiating round is no actor: "flouting the Lima accord", "the Uruguay Round proposals"', () => {
  const LIMA: EntitySpec = { id: 'lima', name: 'Lima', type: 'GPE', actor: 'PERGOV', country: 'PER', surfaces: ['Lima'] };
  const ROUND: EntitySpec = { id: 'ur', name: 'Uruguay Round', type: 'ORG', actor: null, country: 'URY', surfaces: ['Uruguay Round'] };
  assert.deepEqual(run('Chile was angry, flouting the Lima accord outright.', [CHL, LIMA]), []);
  assert.deepEqual(run('Chile rejected the Uruguay Round proposals on farm trade.', [CHL, ROUND]), []);
  // a creditors' club named by its town is no government of it (seventh hand check, reut2-014: "the Paris club" FRAGOV)
  assert.deepEqual(run('Chile asked the Lima Club of creditor nations to give Bolivia more time.', [CHL, LIMA, BOL]), []);
  // the seat of power itself still acts, and a country before an accord noun is still a party
  assert.deepEqual(run('Chile accused Lima of breaking the accord.', [CHL, LIMA]), ['CHL>PERGOV 112']);
  assert.deepEqual(run('Chile asked Lima to give Bolivia more time.', [CHL, LIMA, BOL]), ['CHL>PERGOV 020']);
});

test("a title in the article names a known office holder's agent, also before the offices the list records", () => {
  const code = (published: string | null) =>
    createAnalyzer().analyze(articleFromText('Senator John Kerry criticised Britain on Monday.', { title: 't', published })).events.map(eventBrief);
  // undated: not USAGOV, his one term as Secretary of State (2013-2017) in the office-holder list
  assert.deepEqual(code(null), ['USALEG>GBR 111']);
  // 2004, before that term: the list's country with the article's title, not no code at all
  assert.deepEqual(code('2004-05-01'), ['USALEG>GBR 111']);
  // the office itself still codes by the list
  assert.deepEqual(createAnalyzer().analyze(articleFromText('John Kerry criticised Britain on Monday.', { title: 't', published: '2014-05-01' })).events.map((e) => e.source.actor), ['USAGOV']);
});

test('a gerund that is the subject of the next verb is an act in general: "matters little as far as negotiating quotas is concerned"', () => {
  assert.deepEqual(run('Chile and Peru are not attending, so the meeting will matter little as far as negotiating quotas is concerned.', [CHL, PER]), []);
  // a gerund whose clause has its own subject is still coded ("quoted as saying Peru has…")
  const MIN: EntitySpec = { id: 'm', name: 'Chilean minister', type: 'ORG', actor: 'CHLGOV', country: 'CHL', surfaces: ['Chilean minister'] };
  assert.deepEqual(run('The Chilean minister was quoted as saying the ships carried a message for Peru.', [MIN, PER]), ['CHLGOV>PER 010']);
});

test('withdrawing a request or an offer retracts it; it is no military withdrawal (087)', () => {
  const CHLGOV: EntitySpec = { id: 'cg', name: 'Chilean government', type: 'ORG', actor: 'CHLGOV', country: 'CHL', surfaces: ['Chilean government'] };
  assert.deepEqual(run("The Chilean government withdrew Monday's request to Peru to close its embassy.", [CHLGOV, PER]), []);
  assert.deepEqual(run('The Chilean government withdrew its troops from Peru.', [CHLGOV, PER]), ['CHLGOV>PER 0874']);
});

test('failing to do something is a rejection only through a coded complement: "failed to win a majority" is none', () => {
  const BACHELET: EntitySpec = { id: 'b', name: 'Michelle Bachelet', type: 'PERSON', actor: 'CHLGOV', country: 'CHL', surfaces: ['Bachelet'] };
  assert.deepEqual(run('Bachelet, who failed to win a clear majority in the vote, met reporters.', [BACHELET]), []);
  assert.deepEqual(run('Bachelet failed to keep proper watch over the trade with Peru.', [BACHELET, PER]), []);
  assert.deepEqual(run('Chile failed to agree with Peru on the border.', [CHL, PER]), ['CHL>PER 120']);
});
