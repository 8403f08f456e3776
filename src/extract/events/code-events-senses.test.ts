// Figurative and economic senses of force, seizure and aid verbs: the verb's object or subject decides (CAMEO codes
// attacking a policy as criticism, 111; a market or a trade ruling harms no one by force). The sentences are our own,
// written to have the shape of failing wire copy, never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('1988-05-10');
const CAN = countrySpec('CAN', 'Canada', ['Canada', 'Canadian', 'CANADA', 'CANADIAN', 'Ottawa']);
const BRA = countrySpec('BRA', 'Brazil', ['Brazil', 'Brazilian', 'BRAZILIAN']);
const SARNEY: EntitySpec = { id: 'sarney', name: 'Jose Sarney', type: 'PERSON', actor: 'BRAGOV', country: 'BRA', surfaces: ['President Sarney'] };

test("attacking another country's policy is criticism (111), attacking its positions is force", () => {
  assert.deepEqual(brief("Canada has openly attacked Brazil's tight-fisted monetary policy for the first time.", [CAN, BRA]), ['CAN>BRA 111']);
  assert.deepEqual(brief('Canadian troops attacked Brazilian positions near the border.', [CAN, BRA]), ['CAN>BRA 190']);
  // attacked in words for a trade or an arms deal: criticism, not force (fresh-eyes review 19)
  assert.deepEqual(brief('Canada on Friday attacked Brazil for its timber sales to third countries.', [CAN, BRA]), ['CAN>BRA 111']);
  assert.deepEqual(brief('Ottawa attacked Brazil over its decisions on ore exports.', [CAN, BRA]), ['CAN>BRA 111']);
});

test('imports injuring producers and a ruling on them are trade harm, not force', () => {
  const force = (events: string[]) => events.filter((e) => / 1[89]\d*$/.test(e));
  assert.deepEqual(force(brief('Ottawa ruled that imports of steel from Brazil are materially injuring Canadian steel producers.', [CAN, BRA])), []);
  assert.deepEqual(force(brief('CANADA SAYS BRAZILIAN STEEL INJURING CANADIAN MILLS', [CAN, BRA])), []);
});

test('fighting to do something is a struggle, coded only through what is fought for', () => {
  assert.deepEqual(brief('President Sarney, fighting to recover politically from the Canada affair, will speak tonight.', [SARNEY, CAN]), []);
  assert.deepEqual(brief('Brazilian forces fought to retake the town from Canada.', [CAN, BRA]), ['BRA>CAN 192']);
});

test('frozen growth, trade in grain and a venture set up are no seizure, aid or bombing', () => {
  assert.deepEqual(brief('The strong Brazilian currency has frozen Canadian corporate growth, analysts said.', [CAN, BRA]), []);
  assert.deepEqual(brief('Last year Canada supplied 30 pct of record Brazilian wheat imports.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada set up two joint ventures with Brazil last year.', [CAN, BRA]).filter((e) => e.endsWith('183')), []);
  // the plain senses stay
  assert.deepEqual(brief('Canada froze Brazilian assets on Monday.', [CAN, BRA]), ['CAN>BRA 1711']);
  assert.deepEqual(brief('Canada supplied food and medicine to Brazil after the floods.', [CAN, BRA]), ['CAN>BRA 073']);
});

test('forces battling to dislodge troops use force, as the act fought for is coded', () => {
  assert.deepEqual(brief('Brazil said its forces were battling to dislodge Canadian troops from the hills.', [CAN, BRA]), ['BRA>CAN 190']);
});

const GBR_PTY: EntitySpec = { id: 'tories', name: 'Conservative Party', type: 'ORG', actor: 'GBRPTY', country: 'GBR', surfaces: ['Conservatives'] };
const GBR_GOV: EntitySpec = { id: 'brown', name: 'Gordon Brown', type: 'PERSON', actor: 'GBRGOV', country: 'GBR', surfaces: ['Gordon Brown'] };
const HIN: EntitySpec = { id: 'hin', name: 'Hindus', type: 'NORP', actor: 'HIN', country: null, surfaces: ['Hindus'] };
const LUFT: EntitySpec = { id: 'kranich', name: 'Kranich Air AG', type: 'ORG', actor: 'DEUBUS', country: 'DEU', surfaces: ['Kranich Air'] };
const AIRBUS: EntitySpec = { id: 'airbus', name: 'Airbus', type: 'ORG', actor: 'FRABUS', country: 'FRA', surfaces: ['Airbus'] };

test('fighting an epidemic, poverty or crime is no use of force: "a plan to fight the Aids epidemic" (BBC politics 2005)', () => {
  assert.deepEqual(brief('Gordon Brown wants the Conservatives to back a plan to fight the Aids epidemic.', [GBR_GOV, GBR_PTY]).filter((e) => / 1[389]\d*$/.test(e)), []);
  assert.deepEqual(brief('The Conservatives plan to fight poverty and crime in Britain.', [GBR_PTY]), []);
});

test('a purchase order is no demand: "ordered two Airbus jets" (reut2-012 Lufthansa) codes no 10x', () => {
  const demands = (events: string[]) => events.filter((e) => / 10\d*$/.test(e));
  assert.deepEqual(demands(brief('Kranich Air said it has ordered three Airbus A-310 jets from the consortium.', [LUFT, AIRBUS])), []);
  assert.deepEqual(demands(brief('Kranich Air ordered 300 tonnes of spare parts from Airbus.', [LUFT, AIRBUS])), []);
});

test('what a participle clause after an appeal speaks of is not its target (BBC politics 371 review)', () => {
  // no appeal (020) to Hindus; nor a statement (010) to them: a religion met in what is argued is its topic
  assert.deepEqual(brief('The Conservatives are also going to call for respect between faiths arguing that Hindus had been harassed after the bombings.', [GBR_PTY, HIN]), []);
  // a statement made to them is one
  assert.deepEqual(brief('The Conservatives told Hindus that the party would defend them.', [GBR_PTY, HIN]), ['GBRPTY>HIN 010']);
  // the appeal's own target before the participle stays
  assert.deepEqual(brief('The Conservatives called for action against Gordon Brown, arguing that Hindus had suffered.', [GBR_PTY, GBR_GOV, HIN]), ['GBRPTY>GBRGOV 020']);
});

test('a welcome given mockingly is no praise (051) (BBC politics 364 review)', () => {
  assert.deepEqual(brief('The Conservatives spoke after mockingly welcoming Gordon Brown back to the campaign.', [GBR_PTY, GBR_GOV]), []);
  assert.deepEqual(brief('The Conservatives warmly welcomed Gordon Brown back to the campaign.', [GBR_PTY, GBR_GOV]), ['GBRPTY>GBRGOV 051']);
});

test('a currency or market rallying is a recovery, no protest (141): "sterling …, rallying back up" (reut2-012)', () => {
  const protests = (events: string[]) => events.filter((e) => / 14\d*$/.test(e));
  assert.deepEqual(protests(brief('The pound recovered after Gordon Brown spoke, rallying back up to its old level.', [GBR_GOV])), []);
  assert.deepEqual(protests(brief('Shares of Conservatives rallied in Britain on Monday.', [GBR_PTY])), []);
  assert.deepEqual(brief('The Conservatives rallied outside the office of Gordon Brown.', [GBR_PTY, GBR_GOV]), ['GBRPTY>GBRGOV 141']);
});

test('figures "released" after their noun free no one, and refusing to be pinned down declines comment (reut2-017, BBC politics 142)', () => {
  assert.deepEqual(brief('The Canadian export figures released yesterday showed Brazil was likely to meet its targets.', [CAN, BRA]).filter((e) => e.endsWith(' 0841')), []);
  // persons released stay a release, also after a report of figures
  assert.deepEqual(brief('Official figures show Brazil released three Canadian prisoners.', [CAN, BRA]), ['BRA>CAN 0841']);
  assert.deepEqual(brief('President Sarney refused to be pinned down to a date for the vote in Brazil.', [SARNEY, BRA]).filter((e) => / 12\d*$/.test(e)), []);
  // refusing to hold talks stays a rejection
  assert.deepEqual(brief('Brazil refused to hold talks with Canada.', [CAN, BRA]), ['BRA>CAN 125']);
});

test('meeting terms and meeting with a reception are no meetings; defying pundits, a survey\'s questions and a retreating currency are no events (seventh hand check: reut2-014, BBC tech 212, entertainment 072, politics 375)', () => {
  const JPN_GOV: EntitySpec = { id: 'jpn', name: 'Japan', type: 'ORG', actor: 'JPNGOV', country: 'JPN', surfaces: ['Japan'] };
  const GRC: EntitySpec = { id: 'grc', name: 'Greece', type: 'NORP', actor: 'GRC', country: 'GRC', surfaces: ['Greek'] };
  const STUDIO: EntitySpec = { id: 'studio', name: 'the studio', type: 'ORG', actor: 'USABUS', country: 'USA', surfaces: ['~Its'] };
  const NORDVIK: EntitySpec = { id: 'nordvik', name: 'Nordvik', type: 'ORG', actor: 'SWEBUS', country: 'SWE', surfaces: ['Nordvik'] };
  const SHOPPERS: EntitySpec = { id: 'shoppers', name: 'Brazilian shoppers', type: 'NORP', actor: 'BRACVL', country: 'BRA', surfaces: ['~their'] };
  const CHANCELLOR: EntitySpec = { id: 'ch', name: 'Ian Marsh', type: 'PERSON', actor: 'GBRGOV', country: 'GBR', surfaces: ['Ian Marsh', '~he'] };
  const BOJ: EntitySpec = { id: 'boj', name: 'Bank of Japan', type: 'ORG', actor: 'JPNBUS', country: 'JPN', surfaces: ['Bank of Japan'] };
  // (the request's complement is no meeting, and no actor past it is the request's target)
  assert.deepEqual(brief("Japan's trade ministry had asked for lower output to meet the terms of its chip pact with Brazil.", [JPN_GOV, BRA]), []);
  assert.deepEqual(brief("Its staging of the sultan's life has met with a cool reception from Greek critics and historians.", [STUDIO, GRC]), []);
  assert.deepEqual(brief('Half of the Brazilian shoppers Nordvik questioned use their phones to pay.', [NORDVIK, SHOPPERS]), []);
  assert.deepEqual(brief('Nordvik questioned 2,000 Brazilian shoppers about their music habits.', [NORDVIK, BRA]), []);
  assert.deepEqual(brief('Ian Marsh said he had defied the pundits by beating his growth forecast.', [CHANCELLOR]), []);
  assert.deepEqual(brief('The dollar retreated in Tokyo despite heavy buying by the Bank of Japan.', [BOJ]), []);
  // the senses they leave alone
  assert.deepEqual(brief('Canada met Brazil in Ottawa on Monday.', [CAN, BRA]).length > 0, true);
  assert.deepEqual(brief('Canadian troops defied Brazil by staying in the town.', [CAN, BRA]), ['CAN>BRA 128']);
});

test('tariffs or sanctions proposed on a country are a threat of sanctions, no offer (seventh hand check, reut2-014: USAGOV -> JPN 030)', () => {
  const JPN = countrySpec('JPN', 'Japan', ['Japan', 'Japanese']);
  assert.deepEqual(brief('Canada proposed tariffs on Japanese steel on Tuesday.', [CAN, JPN]), ['CAN>JPN 1312']);
  assert.deepEqual(brief('Canada proposed talks with Japan on fishing rights.', [CAN, JPN]), ['CAN>JPN 036']);
});

test('an official "when asked about" something was asked, he asked no one (seventh hand check, reut2-014: USA -> FRAGOV 020)', () => {
  assert.deepEqual(brief('A Canadian official, when asked about reports that lenders had eased terms for Brazil, said no deal was made.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada asked Brazil to lift the ban when the talks resume.', [CAN, BRA]), ['CAN>BRA 020']);
  // an active gerund after while/before/after is the actor's own appeal (review 16b)
  assert.deepEqual(brief('Canada kept up its trade talks while pressing Brazil to open its markets.', [CAN, BRA]), ['CAN>BRA 020']);
});

test('aiming to appeal to voters is campaigning, no intent to cooperate with their country (open item of the sixth hand check, BBC politics 264: GBRGOV -> GBR 030)', () => {
  const TORY: EntitySpec = { id: 'tory', name: 'Conservative Party', type: 'ORG', actor: 'GBRPTY', country: 'GBR', surfaces: ['Tory'] };
  const GBR: EntitySpec = { id: 'gbr', name: 'United Kingdom', type: 'NORP', actor: 'GBR', country: 'GBR', surfaces: ['British'] };
  assert.deepEqual(brief('The Tory leader set out a plan aimed to appeal to both suburban British voters and older supporters.', [TORY, GBR]), []);
  // an appeal to an actor stays; a request whose complement is no meeting is the request alone
  assert.deepEqual(brief('Canada appealed to Brazil to release the fishermen.', [CAN, BRA]), ['CAN>BRA 0253']);
  assert.deepEqual(brief('Canada asked Brazil to meet the terms of the accord.', [CAN, BRA]), ['CAN>BRA 020']);
});

test('inquiries made of an agency ask it questions, no investigation of it (open item of the sixth hand check, reut2-018: USAGOV -> USASPY 090)', () => {
  const NAVY: EntitySpec = { id: 'navy', name: 'Brazilian navy', type: 'ORG', actor: 'BRAMIL', country: 'BRA', surfaces: ['Brazilian navy'] };
  assert.deepEqual(brief('Canada said it had found no Brazilian role after making inquiries of the Brazilian navy.', [CAN, NAVY]).filter((e) => e.endsWith(' 090')), []);
  assert.deepEqual(brief('Canada opened an inquiry of the Brazilian navy over the sinking.', [CAN, NAVY]), ['CAN>BRAMIL 090']);
});

test('backing won from an actor is that actor endorsing the subject: "won backing from X" is X -> subject 051 (open item of the seventh hand check)', () => {
  assert.deepEqual(brief('Canada won backing from Brazil for its plan to cut coffee quotas.', [CAN, BRA]), ['BRA>CAN 051']);
  assert.deepEqual(brief('Canada gained backing from Brazil in the quota row.', [CAN, BRA]), ['BRA>CAN 051']);
  // backing given keeps the subject as the source; backing won from no one named gives no target
  assert.deepEqual(brief('Canada backs Brazil in the quota row.', [CAN, BRA]), ['CAN>BRA 051']);
  assert.deepEqual(brief('Canada won backing for its plan to cut coffee quotas.', [CAN, BRA]), []);
});

test('calling a meeting convenes it; calling off a meeting or a visit cancels it (160), calling off a strike concedes (080)', () => {
  // (the meeting itself took place: its noun is coded, the verb is not)
  assert.deepEqual(brief('President Sarney called the meeting with Canada a success.', [SARNEY, CAN]), ['BRAGOV>CAN 040']);
  assert.deepEqual(brief('President Sarney called off the meeting with Canada.', [SARNEY, CAN]), ['BRAGOV>CAN 160']);
  assert.deepEqual(brief('President Sarney called off his visit to Canada.', [SARNEY, CAN]), ['BRAGOV>CAN 160']);
  assert.deepEqual(brief('President Sarney cancelled the meeting with Canada.', [SARNEY, CAN]), ['BRAGOV>CAN 160']);
});

test('two countries vowing to fight armed groups, or fighting them together, are allies, not each other\'s enemies (fresh-eyes review 20)', () => {
  assert.deepEqual(brief('Canada and Brazil vowed to fight the rebels together.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada and Brazil vowed to fight the rebels.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada and Brazil jointly fought the guerrillas in the hills.', [CAN, BRA]).filter((e) => /CAN>BRA|BRA>CAN/.test(e)), []);
  // near misses: fighting each other, or a war between them, stays mutual
  assert.deepEqual(brief('Canada and Brazil fought a border war.', [CAN, BRA]).sort(), ['BRA>CAN 190', 'CAN>BRA 190']);
  assert.deepEqual(brief('Canada and Brazil fought over the border.', [CAN, BRA]).sort(), ['BRA>CAN 190', 'CAN>BRA 190']);
});

test('a name after a fronted year with no comma is the subject ("In 1987 Canada accused Brazil") (review of this session\'s changes)', () => {
  assert.deepEqual(brief('In 1987 Canada accused Brazil of dumping steel.', [CAN, BRA]), ['CAN>BRA 112']);
  assert.deepEqual(brief('Since 1987 Canada has accused Brazil of dumping steel.', [CAN, BRA]), ['CAN>BRA 112']);
});

test('a country hosting a base houses it (no visit hosted); one hosting a president receives a visit (043)', () => {
  // was CAN>BRA 043
  assert.deepEqual(brief('Canada has hosted a Brazilian naval base since 1980.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada hosted the Brazilian president last week.', [CAN, BRA]), ['CAN>BRA 043']);
});

test('evacuated with others is moved out together with them, no withdrawal from them; troops evacuated from a country are', () => {
  // was CAN>BRA 087
  assert.deepEqual(brief('Canada evacuated with Brazil.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada evacuated its troops from Brazil.', [CAN, BRA]), ['CAN>BRA 0874']);
});
