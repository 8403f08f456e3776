// Who can make a statement (CAMEO 01) and what it is about. The sentences are our own, written to have the shape of
// failing wire copy, never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief } = createEventRunner('1988-05-10');
const CAN_ADJ: EntitySpec = { id: 'can-adj', name: 'Canadian', type: 'NORP', actor: 'CAN', country: 'CAN', surfaces: ['Canadian'] };
const CAN = countrySpec('CAN', 'Canada');
const BRA = countrySpec('BRA', 'Brazil');
const BRA_ADJ: EntitySpec = { id: 'bra-adj', name: 'Brazilian', type: 'NORP', actor: 'BRA', country: 'BRA', surfaces: ['Brazilian'] };
const TORONTO: EntitySpec = { id: 'tor', name: 'Toronto', type: 'GPE', actor: null, country: 'CAN', surfaces: ['Toronto'] };
const VALE: EntitySpec = { id: 'vale', name: 'Vale Corp', type: 'ORG', actor: 'BRABUS', country: 'BRA', surfaces: ['Vale Corp'] };

test('a nationality word opening an unknown company name is not the country speaking', () => {
  assert.deepEqual(brief('Canadian Pacific Air Lines said it began weekly service to Brazil.', [CAN_ADJ, BRA]), []);
  // (the tagger reads the second word of the name as a verb here)
  assert.deepEqual(brief('Canadian Express said it has a general understanding with Brazil.', [CAN_ADJ, BRA]), []);
  // the country itself, or its officials, still speak
  assert.deepEqual(brief('Canada said it would expand its trade with Brazil.', [CAN, BRA]), ['CAN>BRA 010']);
});

test('people known only by their place make no statement', () => {
  assert.deepEqual(brief('Metal traders in Toronto said Vale Corp raised its nickel price on Monday.', [TORONTO, VALE]), []);
});

test('a country word that only modifies a noun is no target of a statement', () => {
  assert.deepEqual(brief('Canada said its warplanes sighted two ships off the Brazilian coast overnight.', [CAN, BRA_ADJ]), []);
  assert.deepEqual(brief('Canada said it had more questions for Brazilian officials.', [CAN, BRA_ADJ]), ['CAN>BRA 010']);
});

test("a country word naming the country's act or its people stays the target of a statement", () => {
  assert.deepEqual(brief('Canada said it had no quarrel with the Brazilian action.', [CAN, BRA_ADJ]), ['CAN>BRA 010']);
  assert.deepEqual(brief('Canada said the ship had sailed home with the 30 Brazilian personnel.', [CAN, BRA_ADJ]), ['CAN>BRA 010']);
});

test('the subject or object of what was said is no target of the statement; an addressee, a phrase after a preposition or what the speakers say they do is (fresh-eyes review 19)', () => {
  // PETRARCH2 codes the reported clause's own event; the statement names no one it is made to or about
  assert.deepEqual(brief('Canada said that Brazil had broken its word on beef.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada said Brazil would answer the charges next month.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada said the treaty did not allow the Brazilian action.', [CAN, BRA_ADJ]), []);
  assert.deepEqual(brief('Canada said the ship had carried the 30 Brazilian personnel home.', [CAN, BRA_ADJ]), []);
  // (a phrase after a preposition inside such a clause belongs to it too)
  assert.deepEqual(brief('Canada said the loans made Peru more dependent on Brazil.', [CAN, BRA, countrySpec('PER', 'Peru')]), []);
  // whom it was told to, a preposition's phrase, and the object of the speakers' own stance stay the target
  assert.deepEqual(brief('Canada told Brazil that the border was calm.', [CAN, BRA]), ['CAN>BRA 010']);
  assert.deepEqual(brief('Canada said it would widen its trade with Brazil.', [CAN, BRA]), ['CAN>BRA 010']);
  assert.deepEqual(brief('Canada said on Friday it respected Brazil.', [CAN, BRA]), ['CAN>BRA 010']);
});

test('a religion word written as the surname of a person the article names is that person speaking: "But Christians said" (reut2-012)', () => {
  const PERSON: EntitySpec = { id: 'chr-person', name: 'F. Wilhelm Christians', type: 'PERSON', actor: null, country: null, surfaces: ['F. Wilhelm Christians'] };
  const CHR: EntitySpec = { id: 'chr', name: 'Christians', type: 'NORP', actor: 'CHR', country: null, surfaces: ['Christians'] };
  const text = 'Bank spokesman F. Wilhelm Christians said profits rose. But Christians said the bank still regarded Brazil as a key market.';
  assert.deepEqual(brief(text, [PERSON, CHR, BRA]), []);
  // with no such person, the religious group still speaks
  assert.deepEqual(brief('Christians said they had no quarrel with the government of Brazil.', [CHR, BRA]), ['CHR>BRA 010']);
});

test('the subject of what was said is no target of the statement: a party saying its chancellor had a role (BBC politics 415)', () => {
  const GBR_PTY: EntitySpec = { id: 'lab', name: 'Labour Party', type: 'ORG', actor: 'GBRPTY', country: 'GBR', surfaces: ['Labour'] };
  const GBR_GOV: EntitySpec = { id: 'brown', name: 'Gordon Brown', type: 'PERSON', actor: 'GBRGOV', country: 'GBR', surfaces: ['Mr Brown'] };
  assert.deepEqual(brief('Labour said jobs would decide the vote and Mr Brown would lead the push.', [GBR_PTY, GBR_GOV]), []);
  // a possessor or a modifier heading on its noun is the subject too; so is each member of a compound subject
  assert.deepEqual(brief("Canada said Brazil's mills had cut their prices.", [CAN, BRA]), []);
  assert.deepEqual(brief('Canada said Brazilian officials had asked for more time.', [CAN, BRA_ADJ]), []);
  assert.deepEqual(brief('Canada said Brazil and Portugal had the lowest costs in the region.', [CAN, BRA, { id: 'prt', name: 'Portugal', type: 'GPE', actor: 'PRT', country: 'PRT', surfaces: ['Portugal'] }]), []);
  // an actor the statement is addressed to, or one in the object of what was said, stays its target
  assert.deepEqual(brief('Canada told Brazil the mills would close.', [CAN, BRA]), ['CAN>BRA 010']);
  assert.deepEqual(brief('Canada said the mills had no contracts with Brazil.', [CAN, BRA]), ['CAN>BRA 010']);
});

test('a place or an example in what was said is no target of the statement: sold in Canada and Japan, countries such as Turkey (reut2-016)', () => {
  assert.deepEqual(brief('Canada said it had licensed a firm to sell its timber in Peru, Chile and Brazil.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada said such rules had worked well in countries such as Brazil.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada said on its return from a visit to Brazil that prices would stay low.', [CAN, BRA]), []);
  // the audience of a letter or a speech, and an addressee, stay the target
  assert.deepEqual(brief('Canada said in a letter to Brazil that prices would stay low.', [CAN, BRA]), ['CAN>BRA 010']);
  assert.deepEqual(brief('Canada said to Brazil that prices would stay low.', [CAN, BRA]), ['CAN>BRA 010']);
});

test('each member of a compound subject, also one opened by "the" or joined by "as well as", is the subject of what was said (reut2-018)', () => {
  const PRT_ADJ: EntitySpec = { id: 'prt-adj', name: 'Portuguese', type: 'NORP', actor: 'PRT', country: 'PRT', surfaces: ['Portuguese'] };
  const PER = countrySpec('PER', 'Peru');
  assert.deepEqual(brief('Canada said more patrols were needed and noted that Brazil and the Portuguese, as well as Peru, kept boats there.', [CAN, BRA, PRT_ADJ, PER]), []);
  // a determiner's phrase that goes on to a noun is the subject of a clause of its own: the member before it stays a target
  assert.deepEqual(brief('Canada said there was no dispute with Brazil and the Brazilian border was open to trucks.', [CAN, BRA, BRA_ADJ]), ['CAN>BRA 010']);
});

test('a name with its abbreviation in brackets is still the subject of what was said (reut2-018)', () => {
  const PACT: EntitySpec = { id: 'pact', name: 'Andean Pact', type: 'ORG', actor: 'IGOAND', country: null, surfaces: ['Andean Pact'] };
  assert.deepEqual(brief('Canada said the Andean Pact (AP) ministers had agreed to cut their tariffs.', [CAN, PACT]), []);
  assert.deepEqual(brief('Canada said the Andean Pact (AP) had agreed to cut its tariffs.', [CAN, PACT]), []);
});

test('a place named as a part "of" somewhere, and an actor in a time phrase, are no target of a statement (reut2-018)', () => {
  assert.deepEqual(brief('Canada said the venture would drill for gas in the coastal region of Bahia, Brazil.', [CAN, BRA]), []);
  const MERCOSUR: EntitySpec = { id: 'mercosur', name: 'Mercosur', type: 'ORG', actor: 'IGOMER', country: null, surfaces: ['Mercosur'] };
  assert.deepEqual(brief('Canada told reporters after a Mercosur summit in Lima that grain prices would hold.', [CAN, MERCOSUR]), []);
  // the country a region belongs to, told directly, stays the target
  assert.deepEqual(brief('Canada told Brazil the venture would drill for gas in the coastal region of Bahia.', [CAN, BRA]), ['CAN>BRA 010']);
});

test('a phrase before "must be" + participle is acted on, not the addressee of a demand: "X must not be allowed to …" (BBC politics 349, in other words)', () => {
  assert.deepEqual(brief('Canada told its party congress that Brazil must not be allowed to win the contract.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada said Brazil must be stopped before the vote.', [CAN, BRA]), []);
  // with an active verb the phrase is whom the demand is made of
  assert.deepEqual(brief('Canada said Brazil must lift its tariffs on wheat.', [CAN, BRA]).map((e) => e.slice(0, 9)), ['CAN>BRA 1']);
});

test("the owner of a thing talked about is no target of a statement: a minister on his party's record (BBC politics 350, 356)", () => {
  const GBR_PTY: EntitySpec = { id: 'lab', name: 'Labour Party', type: 'ORG', actor: 'GBRPTY', country: 'GBR', surfaces: ['Labour'] };
  const GBR_GOV: EntitySpec = { id: 'brown', name: 'Gordon Brown', type: 'PERSON', actor: 'GBRGOV', country: 'GBR', surfaces: ['Mr Brown'] };
  assert.deepEqual(brief("Mr Brown said the new hospitals were the best part of Labour's record in office.", [GBR_PTY, GBR_GOV]), []);
  assert.deepEqual(brief("Canada said the frost had been good for Brazil's coffee harvest.", [CAN, BRA]), []);
  // what the owner said or does keeps it the target
  assert.deepEqual(brief("Canada said the figures were at odds with Brazil's prediction.", [CAN, BRA]), ['CAN>BRA 010']);
  assert.deepEqual(brief("Canada said the figures were at odds with Brazil's decision.", [CAN, BRA]), ['CAN>BRA 010']);
});

test('past an uncoded addressee of "told" is no target: "told reporters at a briefing after talks with Brazil" (reut2-017 17198)', () => {
  const RUIZ: EntitySpec = { id: 'ruiz', name: 'Ana Ruiz', type: 'PERSON', actor: 'CANGOV', country: 'CAN', surfaces: ['Ana Ruiz'] };
  assert.deepEqual(brief('Trade minister Ana Ruiz told reporters at a briefing after talks with Brazil that the dispute was nearly settled.', [RUIZ, BRA]), []);
  assert.deepEqual(brief('Canada told the newsletter the quota system gave Brazil an unfair edge.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada told a harvest fair there was no quarrel with Brazil over beef.', [CAN, BRA]), []);
  // (the speaker's own pronoun opening what was said is no part of the addressee: reut2-017 17280)
  assert.deepEqual(brief('Ana Ruiz told reporters she had spent the week studying why Brazil cut its beef quota.', [{ ...RUIZ, surfaces: ['Ana Ruiz', '~she'] }, BRA]), []);
  // the addressee itself, or a coded actor inside its phrase, is whom it was said to
  assert.deepEqual(brief('Canada told Brazil the quota system was unfair.', [CAN, BRA]), ['CAN>BRA 010']);
  assert.deepEqual(brief('Canada told a conference of Brazilian ministers that farm subsidies must fall.', [CAN, BRA_ADJ]), ['CAN>BRA 010']);
  // "said" has no addressee: a target further in what was said stays
  assert.deepEqual(brief('Canada said the rules were written with Brazil in mind.', [CAN, BRA]), ['CAN>BRA 010']);
});

test('a mention that ran over the verb of what was said is its subject: "said the U.S. Was unfairly …" (reut2-018 18867)', () => {
  const USA_WAS = countrySpec('USA', 'United States', ['U.S. Was']);
  assert.deepEqual(brief('Canada said the U.S. Was unfairly shielding its arms makers.', [CAN, USA_WAS]), []);
  // a name ending in a word that may be a verb elsewhere stays a target
  const MAY: EntitySpec = { id: 'may', name: 'Theresa May', type: 'PERSON', actor: 'GBRGOV', country: 'GBR', surfaces: ['Theresa May'] };
  assert.deepEqual(brief('Canada said its talks with Theresa May on trade went well.', [CAN, MAY]).length, 1);
});

test('the owner of a noun that owns the subject of what was said is no target: "said the EU panel\'s scheme will …" (seventh hand check, BBC politics 373)', () => {
  const EU: EntitySpec = { id: 'eu', name: 'European Union', type: 'ORG', actor: 'IGOEUREEC', country: null, surfaces: ['EU'] };
  assert.deepEqual(brief("Canada said the EU panel's scheme will raise farm costs.", [CAN, EU]), []);
  assert.deepEqual(brief("Canada said it had doubts about the EU panel's scheme.", [CAN, EU]), ['CAN>IGOEUREEC 010']);
});

test('a subject with an aside between commas is still the subject of what was said: "said that X, under pressure from …, was …" (eighth hand check, reut2-019)', () => {
  assert.deepEqual(brief('Canada said that Brazil, under pressure from its coffee growers, was alone in blocking the quota deal.', [CAN, BRA]), []);
  assert.deepEqual(brief('Canada said Brazil, which joined the coffee pact two years ago, would stay out of the new round.', [CAN, BRA]), []);
  // an addressee with an aside after it stays the target: what follows the aside is no verb of the reported clause
  assert.deepEqual(brief('Canada told Brazil, in a letter sent to its embassy, that the quota deal had lapsed.', [CAN, BRA]), ['CAN>BRA 010']);
});

test('"X quoted Y as saying" is a statement by Y, not by X (eighth hand check, reut2-003)', () => {
  const PAPER: EntitySpec = { id: 'paper', name: 'Toronto Daily', type: 'ORG', actor: 'CANMED', country: 'CAN', surfaces: ['Toronto Daily'] };
  const MINISTER: EntitySpec = { id: 'min', name: 'Ana Duarte', type: 'PERSON', actor: 'BRAGOV', country: 'BRA', surfaces: ['Ana Duarte', '~her'] };
  assert.deepEqual(brief('The Toronto Daily quoted trade minister Ana Duarte as saying she had a message for Canada.', [PAPER, MINISTER, CAN]), ['BRAGOV>CAN 010']);
  assert.deepEqual(brief('Ana Duarte met the press. The Toronto Daily quoted her, who flew home on Sunday, as saying she had a message for Canada.', [PAPER, MINISTER, CAN]), ['BRAGOV>CAN 010']);
  // a place the speaker was leaving when speaking is no addressee
  assert.deepEqual(brief('The Toronto Daily quoted Ana Duarte as saying before leaving Canada that coffee prices would rise.', [PAPER, MINISTER, CAN]), []);
  // the passive keeps its subject as the speaker
  assert.deepEqual(brief('Ana Duarte was quoted as saying she had a message for Canada.', [MINISTER, CAN]), ['BRAGOV>CAN 010']);
});

test('a pronoun inside a quotation is not the speaker named after "said" (fresh-eyes review 19)', () => {
  const GBR_ADJ: EntitySpec = { id: 'gbr', name: 'British', type: 'NORP', actor: 'GBR', country: 'GBR', surfaces: ['British'] };
  const CHN_TROOPS: EntitySpec = { id: 'chn-troops', name: 'Chinese troops', type: 'NORP', actor: 'CHNMIL', country: 'CHN', surfaces: ['Chinese troops', '~They', '~they'] };
  const lead = 'The Chinese troops looked well drilled.\n';
  // neither with a counted speaker of a coded country nor with an uncoded one is "They" the speaker
  assert.deepEqual(brief(`${lead}"They have been marching in single file since dawn," said one British army officer.`, [GBR_ADJ, CHN_TROOPS]), []);
  assert.deepEqual(brief(`${lead}"They have been marching in single file since dawn," said the duty officer.`, [GBR_ADJ, CHN_TROOPS]), []);
  // the speaker named after the verb, not a country the quotation opens with, speaks; of the country it names after a
  // preposition
  assert.deepEqual(brief(`${lead}"Brazil has been very patient," said one Canadian army officer.`, [CAN_ADJ, BRA]), []);
  assert.deepEqual(brief(`${lead}"We are losing patience with Brazil," said one Canadian army officer.`, [CAN_ADJ, BRA]), ['CAN>BRA 010']);
});

test('the addressee after a title, a preposition before a title, and what a pronoun subject did, stay a statement\'s target (fresh-eyes review 19)', () => {
  const LULA: EntitySpec = { id: 'lula', name: 'Rui Costa', type: 'PERSON', actor: 'BRAGOV', country: 'BRA', surfaces: ['Rui Costa'] };
  assert.deepEqual(brief('Canada told President Rui Costa that it could live with the quota.', [CAN, LULA]), ['CAN>BRAGOV 010']);
  assert.deepEqual(brief('Canada announced to visiting Trade Minister Rui Costa that it would buy more coffee.', [CAN, LULA]), ['CAN>BRAGOV 010']);
  assert.deepEqual(brief('Canada said earlier this week it had informed Rui Costa about the plan.', [CAN, LULA]), ['CAN>BRAGOV 010']);
});
