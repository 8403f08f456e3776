// High-impact events (|Goldstein| >= 7 or roots 15–20) of a researcher's fifth check (review 14: reut2-016 and BBC
// business/politics 300s, 8 of 21 right): other senses of withdraw, hit, give, strike and introduce, denied and
// conditional clauses, sanctions announced for later, a place name read as a verb. The sentences are our own, written
// to have the shape of the failing ones, never copied from them; each test is named after the failing input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from './code-events.js';
import { explainEvent } from './explain-event.js';
import { entitiesFor, type EntitySpec } from './test-entities.js';
import { countrySpec, createAnalysedRunner, createEventRunner, highImpactBriefs } from './test-events.js';

const { nlp, resources, brief } = createEventRunner('1987-04-11');
const EGY = countrySpec('EGY', 'Egypt', ['Egypt', 'Egyptian']);
const GBR = countrySpec('GBR', 'United Kingdom', ['Britain', 'British']);
const SYR = countrySpec('SYR', 'Syria', ['Syria', 'Syrian']);
const ISR = countrySpec('ISR', 'Israel', ['Israel', 'Israeli']);
const USA_FIRM: EntitySpec = { id: 'firm', name: 'Acme Builders', type: 'ORG', actor: 'USABUS', country: 'USA', surfaces: ['Acme Builders', '=the firm', '~it'] };
const ITA_BOSS: EntitySpec = { id: 'rossi', name: 'Paolo Rossi', type: 'PERSON', actor: 'ITABUS', country: 'ITA', surfaces: ['Mr Rossi'] };
const ITA_BOSS2: EntitySpec = { id: 'bianchi', name: 'Marco Bianchi', type: 'PERSON', actor: 'ITABUS', country: 'ITA', surfaces: ['Mr Bianchi'] };
const ITA = countrySpec('ITA', 'Italy');
const BRA = countrySpec('BRA', 'Brazil', ['Brazil', 'Brazilian']);
const CAN = countrySpec('CAN', 'Canada', ['Canada', 'Canadian']);
const CAN_GOV: EntitySpec = { id: 'brock', name: 'Bill Brock', type: 'PERSON', actor: 'CANGOV', country: 'CAN', surfaces: ['Labour Minister Bill Brock', '~he'] };
const BRA_GOV: EntitySpec = { id: 'sarney', name: 'Jose Sarney', type: 'PERSON', actor: 'BRAGOV', country: 'BRA', surfaces: ['President Sarney'] };
const CHL = countrySpec('CHL', 'Chile');
const JPN = countrySpec('JPN', 'Japan');
const KEN = countrySpec('KEN', 'Kenya');
const IMF: EntitySpec = { id: 'imf', name: 'International Monetary Fund', type: 'ORG', actor: 'IGOBUSIMF', country: null, surfaces: ['IMF'] };

// the whole pipeline, for inputs whose actors come from the entities layer
const analysed = createAnalysedRunner('2005-01-20', nlp);

const highImpact = (events: string[]) => highImpactBriefs(events, resources);

test('a central bank withdrawing a sum in assets from another country is no military withdrawal, 087 (review 14, BBC business)', () => {
  assert.deepEqual(brief('Egypt has withdrawn $2bn in assets from Britain, the Egyptian central bank said on Monday.', [EGY, GBR]), []);
  // troops withdrawn stay a military withdrawal
  assert.deepEqual(highImpact(brief('Egypt has withdrawn its troops from Syria.', [EGY, SYR])), ['EGY>SYR 0874']);
});

test("a company's withdrawal from a contract priced in two currencies is no military withdrawal (review 14, BBC business)", () => {
  const text = 'An American engineering firm has pulled out of a big deal to rebuild roads in Syria.\nIts withdrawal from the $90m (£50m) contract last month was the biggest so far.';
  assert.deepEqual(highImpact(analysed(text)).filter((e) => e.endsWith(' 087')), []);
});

test('a firm that denied reports it was withdrawing from a country withdrew nothing (review 14, BBC business)', () => {
  const text = 'But Acme Builders denied reports it was withdrawing fully from Syria.';
  assert.deepEqual(highImpact(brief(text, [USA_FIRM, SYR])), []);
  assert.deepEqual(highImpact(brief('The ministry in Syria denied that Israeli jets had bombed its airfield.', [SYR, ISR])), []);
  // the bombing reported as done stays
  assert.deepEqual(highImpact(brief('Israeli jets bombed a Syrian airfield on Monday.', [SYR, ISR])), ['ISR>SYR 195']);
});

test('a move that "did not mean that" a country had cut its ties reports no cut (review 14, BBC business)', () => {
  assert.deepEqual(highImpact(brief('However, the move did not mean that Egypt had cut its ties with Britain, he added.', [EGY, GBR])), []);
  assert.deepEqual(brief('Egypt has cut its ties with Britain.', [EGY, GBR]), ['EGY>GBR 161']);
});

test('a boardroom row that has hit the headlines in a country is no assault on it (review 14, BBC business)', () => {
  assert.deepEqual(highImpact(brief('Mr Rossi has hit the headlines in Italy after a row with Mr Bianchi over the group.', [ITA_BOSS, ITA_BOSS2, ITA])), []);
  assert.deepEqual(highImpact(brief('The new phones by Mr Rossi hit the shops in Italy on Monday.', [ITA_BOSS, ITA])), []);
  // a town hit by rockets stays force
  assert.deepEqual(highImpact(brief('Mr Rossi hit the town with rockets in Italy.', [ITA_BOSS, ITA])), ['ITABUS>ITA 180']);
});

test('deciding to give a country a taste of its own medicine is no humanitarian aid (review 14, reut2-016)', () => {
  assert.deepEqual(highImpact(brief('Brazil said it had decided to give Canada a taste of its own medicine.', [BRA, CAN])), []);
  // medicine given stays aid
  assert.deepEqual(highImpact(brief('Brazil gave Canada medicine and blankets after the floods.', [BRA, CAN])), ['BRA>CAN 073']);
});

test('a union ready to strike for pay threatens a labour strike, no military attack (review 14, reut2-016)', () => {
  const events = brief('Labour Minister Bill Brock met the car workers in Toronto. He told them the union stood ready to strike for better pay.', [CAN_GOV, CAN]);
  assert.deepEqual(highImpact(events), []);
  assert.ok(events.every((e) => !/ 138\d*$/.test(e)), events.join('; '));
  // a union striking a deal is an agreement, no strike
  assert.deepEqual(brief('The union struck a deal with Canada on Monday.', [CAN]).filter((e) => e.endsWith(' 143')), []);
});

test('introducing a sweeping tariff cut is no sanction (review 14, reut2-016)', () => {
  assert.deepEqual(highImpact(brief('Chile introduced a broad tariff cut covering about 900 imported goods in March to trim its surplus with Japan.', [CHL, JPN])), []);
  assert.deepEqual(highImpact(brief('Chile announced a cut in tariffs on goods from Japan.', [CHL, JPN])), []);
  // tariffs imposed stay a sanction
  assert.deepEqual(brief('Chile imposed tariffs on goods from Japan.', [CHL, JPN]), ['CHL>JPN 163']);
});

test('an agreement "as soon as" a country reached it is a condition, no agreement (review 14, reut2-016)', () => {
  assert.deepEqual(highImpact(brief('Ottawa said it would lend the fund ten million dollars as soon as Kenya reached a final deal with the IMF.', [CAN, KEN, IMF])), []);
  assert.deepEqual(highImpact(brief('Canada said it would release the money once Kenya signed an accord with the IMF.', [CAN, KEN, IMF])).filter((e) => e.endsWith(' 057')), []);
  // the agreement reached stays (and the same sentence with "after" instead of "as soon as" codes 057)
  assert.deepEqual(highImpact(brief('Ottawa said it would lend the fund ten million dollars after Kenya reached a final deal with the IMF.', [CAN, KEN, IMF])), ['KEN>IGOBUSIMF 057']);
  assert.deepEqual(brief('Kenya reached a comprehensive agreement with the IMF on Monday.', [KEN, IMF]), ['KEN>IGOBUSIMF 057']);
});

test('a meeting "due to take place" between two named bosses has not taken place (review 14, BBC business)', () => {
  const text = 'Renault will meet Nissan on Friday to try to settle the dispute over the alliance.\nThe meeting between Renault chief Louis Schweitzer and Nissan\'s Carlos Ghosn is due to take place at noon in Paris.';
  assert.deepEqual(analysed(text).filter((e) => e.endsWith(' 040')), []);
});

test('"Bethnal Green and Bow" is a constituency, no concession (review 14, BBC politics)', () => {
  const events = analysed('Labour and the Tories have both chosen hopefuls in Bethnal Green and Bow from its Bangladeshi voters.');
  assert.deepEqual(events.filter((e) => e.endsWith(' 080')), []);
});

test('tariffs announced that the article calls planned are a threat, 1312, no sanction imposed (review 14, reut2-016)', () => {
  const text = 'Canada warned Brazil it may retaliate if Brazil imposes its planned steel tariffs next week.\nLast month President Sarney announced the tariffs on Canadian steel in response to what he called a broken pact.';
  const events = brief(text, [CAN, BRA, BRA_GOV]);
  assert.deepEqual(events.filter((e) => / 1(63|312)$/.test(e)), ['BRAGOV>CAN 1312']);
  assert.deepEqual(brief('President Sarney announced tariffs on Canadian steel to take effect on May 1.', [CAN, BRA_GOV]), ['BRAGOV>CAN 1312']);
  // sanctions announced with no plan in sight stay imposed (PETRARCH2: ANNOUNCE * SANCTIONS [163])
  assert.deepEqual(brief('President Sarney announced tariffs on Canadian steel on Monday.', [CAN, BRA_GOV]), ['BRAGOV>CAN 163']);
});

const NLD_FIRM: EntitySpec = { id: 'shell', name: 'Royal Dutch Shell', type: 'ORG', actor: 'NLDBUS', country: 'NLD', surfaces: ['Shell'] };
const NLD_GOV: EntitySpec = { id: 'nldgov', name: 'Dutch authorities', type: 'ORG', actor: 'NLDGOV', country: 'NLD', surfaces: ['Dutch authorities'] };
const USA_LEG: EntitySpec = { id: 'smith', name: 'John Smith', type: 'PERSON', actor: 'USALEG', country: 'USA', surfaces: ['Senator Smith'] };
const SDN_MIL: EntitySpec = { id: 'sdnmil', name: 'Sudanese troops', type: 'ORG', actor: 'SDNMIL', country: 'SDN', surfaces: ['Sudanese troops'] };
const SDN_REB: EntitySpec = { id: 'sdnreb', name: 'SPLA', type: 'ORG', actor: 'SDNREB', country: 'SDN', surfaces: ['SPLA rebels', 'rebel positions'] };

test('a company battling its country\'s authorities for a year is in a legal fight, no armed one (reut2-017 sample, BBC business)', () => {
  assert.deepEqual(highImpact(brief('Shell has been battling the Dutch authorities since 2003 and is now suing them in the US.', [NLD_FIRM, NLD_GOV])), []);
  // rebels battling troops stay force
  assert.deepEqual(highImpact(brief('SPLA rebels battled Sudanese troops near the border.', [SDN_REB, SDN_MIL])).length > 0, true);
});

test("a senator's bill that would hit a country is no threat of force (reut2-017 sample)", () => {
  assert.deepEqual(highImpact(brief("Senator Smith's bill would hit Japan hardest, and Taiwan and South Korea too.", [USA_LEG, JPN])), []);
  // troops hitting positions stay force
  assert.deepEqual(highImpact(brief('Sudanese troops hit rebel positions near the border.', [SDN_MIL, SDN_REB])), ['SDNMIL>SDNREB 190']);
});

test('explain says why an attack rule of code 190 gave 180: a non-state source (review 14, BBC business)', () => {
  const text = 'Mr Rossi hit the town with rockets in Italy.';
  const events = codeEvents({ id: 'a1', title: 't', published: '2005-01-10', text }, nlp.parse(text), entitiesFor(text, [ITA_BOSS, ITA]), resources);
  assert.deepEqual(events.map((e) => e.code), ['180']);
  const steps = explainEvent(events[0], resources).steps;
  assert.ok(steps.some((s) => s.includes('non-state code 180 replaces 190')), steps.join('\n'));
});

test('"X, however, said the IMF needs to…" is X speaking about the IMF, no inverted clause (review 14, reut2-016)', () => {
  const USA_GOV: EntitySpec = { id: 'baker', name: 'James Baker', type: 'PERSON', actor: 'USAGOV', country: 'USA', surfaces: ['Treasury Secretary Baker', 'Baker'] };
  const events = brief('Baker, however, said the IMF "should look beyond the usual measures and find new ones."', [USA_GOV, IMF]);
  assert.deepEqual(events.filter((e) => e.startsWith('IGOBUSIMF>')), []);
  // the inverted clause stays the speaker's: '"…," said X'
  assert.deepEqual(brief('"The IMF should look beyond the usual measures," said Treasury Secretary Baker.', [USA_GOV, IMF]).filter((e) => e.startsWith('IGOBUSIMF>')), []);
});

test('a truce called in a battle with two states over deficit rules is no ceasefire (reut2-017 sample, BBC business)', () => {
  const DEU = countrySpec('DEU', 'Germany');
  const FRA = countrySpec('FRA', 'France');
  const EU: EntitySpec = { id: 'eu', name: 'European Commission', type: 'ORG', actor: 'IGOEUREEC', country: null, surfaces: ['European Commission', 'Brussels'] };
  assert.deepEqual(highImpact(brief('Brussels has now called a truce in its long battle with France and Germany over their budget deficits.', [EU, FRA, DEU])), []);
  assert.deepEqual(highImpact(brief('The European Commission agreed a truce with Germany in their row about farm subsidies.', [EU, DEU])), []);
  // a truce between forces stays a ceasefire
  assert.deepEqual(highImpact(brief('France declared a truce with Germany in their battle over the border town.', [FRA, DEU])), ['FRA>DEU 0871']);
});

test('a loan a donor would release frees no persons (0353) (review 14 follow-up, own input)', () => {
  assert.deepEqual(highImpact(brief('Canada said it would release the loan once Kenya signed an accord with the IMF.', [CAN, KEN, IMF])), []);
  // prisoners released stay a release of persons
  assert.deepEqual(highImpact(brief('Canada said it would release Kenya\'s prisoners once Kenya signed an accord with the IMF.', [CAN, KEN, IMF])), ['CAN>KEN 0353']);
});
