// Regression tests for the errors of the eighth output review (real news, hand-checked): each sentence is our own,
// written to have the shape of a failing input, never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../../model/event.js';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner, eventBrief } from './test-events.js';

const { events: run } = createEventRunner('2024-03-13', { validate: true });
const brief = (events: CodedEvent[]) => events.map(eventBrief);

const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Peruvian']);
// a city has a country and no actor code of its own (as the entities layer codes "LONDON" in a dateline)
const PARIS_DATELINE: EntitySpec = { id: 'paris', name: 'Paris', type: 'GPE', actor: null, country: 'FRA', surfaces: ['PARIS', '~its'] };
const BORIC: EntitySpec = { id: 'boric', name: 'Gabriel Boric', type: 'PERSON', actor: 'CHLGOV', country: 'CHL', surfaces: ['Gabriel Boric'] };

test('a dateline city is no actor, nor is a pronoun the coreference layer resolved to it', () => {
  const text = "PARIS, May 2 - Chile said its forces had captured one of Peru's strongest forts near the border in a battle overnight.";
  assert.deepEqual(brief(run(text, [PARIS_DATELINE, CHL, PER], '1990-05-02')), ['CHL>PER 192']);
});

test('a place named in the dateline and again in the story stays an actor of the story', () => {
  const text = 'PARIS, May 2 - Chile accused Peru of massing troops. Peru denied it.\nChile later met Paris officials.';
  const events = brief(run(text, [{ ...PARIS_DATELINE, actor: 'FRA', surfaces: ['PARIS', 'Paris'] }, CHL, PER], '1990-05-02'));
  assert.ok(events.includes('CHL>PER 112'), `coded: ${events.join(', ')}`);
});

test('an actor phrase that runs across the dateline dash keeps the actor after the dash', () => {
  const text = 'LIMA, May 2 - Chile and Peru signed a fisheries agreement.';
  const LIMA: EntitySpec = { id: 'lima', name: 'Lima', type: 'GPE', actor: 'PER', country: 'PER', surfaces: ['LIMA'] };
  assert.deepEqual(brief(run(text, [LIMA, CHL, PER], '1990-05-02')).sort(), ['CHL>PER 057', 'PER>CHL 057']);
});

test('the first actor after the pattern is no target when it belongs to the source country', () => {
  // "the Chilean side" after "signed the contract" was coded as the president's own country (review: TKMGOV → TKM)
  const text = 'Gabriel Boric apologised on Monday for repeating an old stereotype of Chilean farmers.';
  assert.deepEqual(brief(run(text, [BORIC, CHL])), []);
  // a foreign actor in the same place is still the fallback target
  assert.deepEqual(brief(run('Gabriel Boric apologised on Monday for repeating an old stereotype of Peruvian farmers.', [BORIC, PER])), ['CHLGOV>PER 055']);
});

test("a country's allies are not the country: the members named after \"including\" act, else no coded actor", () => {
  const MILEI: EntitySpec = { id: 'milei', name: 'Javier Milei', type: 'PERSON', actor: 'ARGGOV', country: 'ARG', surfaces: ['Javier Milei'] };
  const ARG = countrySpec('ARG', 'Argentina');
  const text = "Chile's regional allies, including Argentina's Javier Milei, condemned the Peruvian raids on Sunday.";
  assert.deepEqual(brief(run(text, [CHL, MILEI, ARG, PER])), ['ARGGOV>PER 111']);
  assert.deepEqual(brief(run("Chile's allies condemned the Peruvian raids on Sunday.", [CHL, PER])), []);
  // the possessor itself still acts: "Chile's president condemned…"
  assert.deepEqual(brief(run("Chile's government condemned the Peruvian raids on Sunday.", [CHL, PER])), ['CHL>PER 111']);
});

test('admitting a killing or a mistake is a confession, not a concession; admitting inspectors still yields', () => {
  assert.deepEqual(brief(run('Chilean soldiers admitted killing Peruvian fishermen near the coast.', [CHL, PER])).filter((e) => e.endsWith(' 080')), []);
  assert.deepEqual(brief(run('Gabriel Boric admitted he had been wrong to sell arms to Peru.', [BORIC, PER])).filter((e) => e.includes(' 08')), []);
  const UN: EntitySpec = { id: 'un', name: 'United Nations', type: 'ORG', actor: 'IGOUNO', country: null, surfaces: ['UN'] };
  assert.deepEqual(brief(run('Chile admitted UN inspectors to the mine.', [CHL, UN])), ['CHL>IGOUNO 0862']);
});

test('trying to strike a deal is no deal, while a tried attack is still the attack', () => {
  assert.deepEqual(brief(run('Chile is trying to strike a similar trade deal with Peru.', [CHL, PER])).filter((e) => e.includes(' 05')), []);
  assert.deepEqual(brief(run('Chile tried to meet Peru last week.', [CHL, PER])), ['CHL>PER 036']);
  const attack = brief(run('Chile tried to hack into the computers of Peruvian officials.', [CHL, PER]));
  assert.ok(attack.some((e) => e.startsWith('CHL>PER 17')), `coded: ${attack.join(', ')}`);
});

test('a possible visit or possible sanctions did not happen, in running text and in a headline', () => {
  assert.deepEqual(brief(run('The envoy said Gabriel Boric would discuss possible Chilean sanctions against Peru.', [BORIC, CHL, PER])).filter((e) => e.includes(' 16')), []);
  assert.deepEqual(brief(run('Gabriel Boric visit to Peru possible', [BORIC, PER])), []);
  assert.deepEqual(brief(run("Gabriel Boric's visit to Peru was likely, aides said.", [BORIC, PER])).filter((e) => e.includes(' 04')), []);
  // a visit that took place is still coded
  assert.deepEqual(brief(run("Gabriel Boric's visit to Peru ended on Monday.", [BORIC, PER])), ['CHLGOV>PER 042']);
});

test('talks between one side and a list pair the sides only, never the members of the list with each other', () => {
  const BOL = countrySpec('BOL', 'Bolivia');
  const ECU = countrySpec('ECU', 'Ecuador');
  const specs = [CHL, PER, BOL, ECU];
  // the first side has no coded actor: the three buyers are one side and talk with nobody coded
  assert.deepEqual(brief(run("Deals followed talks between copper exporters and the region's main buyers - Peru, Bolivia and Ecuador.", specs)), []);
  assert.deepEqual(brief(run('Talks between Chile and Peru, Bolivia and Ecuador began on Monday.', specs)).sort(), ['BOL>CHL 040', 'CHL>BOL 040', 'CHL>ECU 040', 'CHL>PER 040', 'ECU>CHL 040', 'PER>CHL 040']);
  // a list before the first "and" is one list: every pair
  assert.equal(run('Talks between Chile, Peru and Bolivia began on Monday.', specs).length, 6);
});

test('a headline verb the tagger read as a noun between two actors codes its event', () => {
  const LIMA: EntitySpec = { id: 'lima', name: 'Lima', type: 'GPE', actor: 'PERGOV', country: 'PER', surfaces: ['Lima'] };
  const text = 'Chile hits Lima with cruise missile\nChile fired a cruise missile at Lima on Sunday, officials said.';
  const head = run(text, [CHL, LIMA]).filter((e) => e.trigger.text === 'hits');
  assert.deepEqual(brief(head), ['CHL>PERGOV 190']);
});

test('the fallback target stops at a coordinated clause with a common-noun subject', () => {
  const BOL = countrySpec('BOL', 'Bolivia');
  const text = 'Chile agreed to forgive late interest and talks were continuing with Peru and Bolivia.';
  assert.deepEqual(brief(run(text, [CHL, PER, BOL])).filter((e) => e.startsWith('CHL>')), []);
});

test('in "the raids on X, which officials say killed…" the raids act, not X nor the officials', () => {
  const CHL_ADJ: EntitySpec = { id: 'chl-adj', name: 'Chilean', type: 'NORP', actor: 'CHL', country: 'CHL', surfaces: ['Chilean'] };
  const CHILE = countrySpec('CHL', 'Chile');
  const text = 'Chile blamed the rebel leader for the raids on northern Chile, which Chilean officials say killed 40 people and took 20 hostages into Peru.';
  const coded = brief(run(text, [CHILE, CHL_ADJ, PER]));
  assert.deepEqual(coded.filter((e) => / 18\d$/.test(e)), [], `coded: ${coded.join(', ')}`);
});

test('a yes/no question reports no event, while a why-question presupposes it', () => {
  assert.deepEqual(brief(run('Will Chile attack Peru?', [CHL, PER])), []);
  assert.deepEqual(brief(run('Could Chile sign a trade deal with Peru this year?', [CHL, PER])), []);
  assert.deepEqual(brief(run('Why did Chile attack Peru?', [CHL, PER])), ['CHL>PER 190']);
});

test("a statement about the speaker's own country as a whole is no statement to anyone", () => {
  assert.deepEqual(brief(run('Gabriel Boric said the price of copper had been costly for Chile.', [BORIC, CHL])), []);
  // a statement about another country is still coded
  assert.deepEqual(brief(run('Gabriel Boric said the price of copper had been costly for Peru.', [BORIC, PER])), ['CHLGOV>PER 010']);
});

test('a progressive verb the tagger reads as a noun after "be" is coded (hand check 9: "… are still bombing …")', () => {
  // wink tags "bombing" NOUN after "are still": the bombing went uncoded
  const text = 'Chilean jets are still bombing the main airstrip in northern Peru, the minister said.';
  assert.deepEqual(brief(run(text, [CHL, PER])), ['CHL>PER 195']);
  // a gerund that is a noun after "be" ("the problem is funding for …") and a non-lexicon -ing word stay uncoded
  assert.deepEqual(brief(run('The main problem for Chile is funding for the army.', [CHL, PER])), []);
});

test('a reported clause without "that" whose subject is a noun of its own does not borrow the reporter (hand check 9)', () => {
  // "… said the credit deal would help to lift Greek prospects" (made-up, shape of a BBC business case) was IMF -> TUR 033 (aid)
  const text = 'President Gabriel Boric said the trade pact would help to improve Peruvian exports.';
  assert.ok(!brief(run(text, [BORIC, CHL, PER])).some((e) => e.endsWith(' 033')), brief(run(text, [BORIC, CHL, PER])).join(', '));
  // a day or a place after the reporting verb is no subject: "said on Tuesday it had halted aid" keeps its source
  const dated = 'Chile said on Wednesday it had halted all economic aid to Peru.';
  assert.deepEqual(brief(run(dated, [CHL, PER])), ['CHL>PER 162']);
  const named = 'Chile said Peru would resume talks with Bolivia.';
  assert.ok(brief(run(named, [CHL, PER])).every((e) => !e.startsWith('CHL>PER 03')), brief(run(named, [CHL, PER])).join(', '));
});

test('a gerund after consider/weigh/discuss is an option weighed, not an act (hand check 9)', () => {
  assert.deepEqual(brief(run("Chile is considering dismissing Peru's ambassador.", [CHL, PER])), []);
  assert.deepEqual(brief(run('Chile will consider helping build a hospital in Peru.', [CHL, PER])), []);
  assert.deepEqual(brief(run("Chile dismissed Peru's ambassador.", [CHL, PER])), ['CHL>PER 120']);
});
