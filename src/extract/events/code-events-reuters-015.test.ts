// Regression tests for the errors of a hand check of Reuters-21578 (reut2-015, 50 stories with events) and of 35 BBC
// politics articles: each sentence is our own, written to have the shape of a failing input, never copied from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './test-entities.js';
import { countrySpec, createEventRunner } from './test-events.js';

const { brief: run } = createEventRunner('1987-04-08', { validate: true });

const CHL = countrySpec('CHL', 'Chile', ['Chile', 'Chilean']);
const PER = countrySpec('PER', 'Peru', ['Peru', 'Peruvian']);
const BOL = countrySpec('BOL', 'Bolivia', ['Bolivia', 'Bolivian']);
const ECU = countrySpec('ECU', 'Ecuador');
const CHLGOV: EntitySpec = { id: 'cg', name: 'Chilean government', type: 'ORG', actor: 'CHLGOV', country: 'CHL', surfaces: ['Chilean government'] };

test('the members listed in a dash aside are no subject: "The Andean Council -- grouping Chile, Peru and Bolivia -- praised…"', () => {
  const COUNCIL: EntitySpec = { id: 'ac', name: 'Andean Council', type: 'ORG', actor: 'IGOAND', country: null, surfaces: ['Andean Council'] };
  assert.deepEqual(run('The Andean Council -- grouping Chile, Peru and Bolivia -- praised Ecuador on Monday.', [COUNCIL, CHL, PER, BOL, ECU]), ['IGOAND>ECU 051']);
  // a bracket aside likewise
  assert.deepEqual(run('Chile (a close ally of Peru) criticised Bolivia.', [CHL, PER, BOL]), ['CHL>BOL 111']);
});

test('an order to one\'s own forces codes the ordered act, never a demand on one\'s own army', () => {
  const PINERA: EntitySpec = { id: 'p', name: 'Sebastian Pinera', type: 'PERSON', actor: 'CHLGOV', country: 'CHL', surfaces: ['Pinera'] };
  // an ordered attack has not happened yet: a threat of force (PETRARCH2's ORDER * ATTACK [138])
  assert.deepEqual(run('President Pinera ordered Chilean troops to attack Bolivian border posts.', [PINERA, CHL, BOL]), ['CHLGOV>BOL 138']);
  // an ordered arrest is the arrest (ORDER * ARREST [173]); an ordered withdrawal the withdrawal
  assert.deepEqual(run('The Chilean government ordered police to arrest Peruvian fishermen.', [CHLGOV, PER]), ['CHLGOV>PER 173']);
  assert.deepEqual(run('The Chilean government ordered the army to withdraw from Peru.', [CHLGOV, PER]).map((e) => e.slice(0, 14)), ['CHLGOV>PER 087']);
  // an order to do what is no event is none, and an order sending troops somewhere is still a mobilisation (154)
  assert.deepEqual(run('The Chilean government ordered the army to halt its advance near Peru.', [CHLGOV, PER]), []);
  assert.deepEqual(run('The Chilean government ordered troops into Peru.', [CHLGOV, PER]), ['CHLGOV>PER 154']);
  // forces of another country are no own forces: the order is a demand on them (CAMEO 10)
  const UN: EntitySpec = { id: 'un', name: 'United Nations', type: 'ORG', actor: 'IGOUNO', country: null, surfaces: ['United Nations'] };
  const TROOPS: EntitySpec = { id: 'ct', name: 'Chilean troops', type: 'ORG', actor: 'CHLMIL', country: 'CHL', surfaces: ['Chilean troops'] };
  assert.deepEqual(run('The United Nations ordered Chilean troops to withdraw from Peru.', [UN, TROOPS, PER]), ['IGOUNO>CHLMIL 106']);
});

test('a joint act foreseen under a condition is no event: "If the talks go well, Chile and Peru would meet in Quito"', () => {
  assert.deepEqual(run('If the talks go well, Chile and Peru would meet in Quito.', [CHL, PER]), []);
  assert.deepEqual(run('Chile and Peru would sign a border treaty if Bolivia agreed.', [CHL, PER, BOL]), []);
  // a planned joint meeting with no condition is still the intent of both (036), and one party's conditional offer is its own
  assert.deepEqual(run('Chile and Peru will meet in Quito next week.', [CHL, PER]).sort(), ['CHL>PER 036', 'PER>CHL 036']);
  assert.deepEqual(run('Chile said it would meet Peru in Quito if the talks resume.', [CHL, PER]), ['CHL>PER 036']);
});

test('refusing to answer questions or to name someone declines comment; it is no rejection aimed at the own country', () => {
  const PINERA: EntitySpec = { id: 'p', name: 'Sebastian Pinera', type: 'PERSON', actor: 'CHLGOV', country: 'CHL', surfaces: ['Pinera', '~he'] };
  assert.deepEqual(run('Pinera refused to answer further questions on the matter.', [PINERA]), []);
  assert.deepEqual(run('Pinera dismissed questions about the legal advice.', [PINERA]), []);
  assert.deepEqual(run('Pinera blamed some neighbouring governments, which he declined to name.', [PINERA]), []);
  assert.deepEqual(run('Pinera declined to be specific about the timing.', [PINERA]), []);
  assert.deepEqual(run('Pinera would not be drawn on the cost, and declined to quantify it.', [PINERA]), []);
  // declining to comment on a named party is still 011 aimed at it, and refusing an act still a rejection
  assert.deepEqual(run('Pinera refused to answer questions on Peru.', [PINERA, PER]), ['CHLGOV>PER 011']);
  assert.deepEqual(run('Pinera refused to meet the Peruvian envoy.', [PINERA, PER]), ['CHLGOV>PER 125']);
});

test('a meeting in a present-tense when-clause is planned: "… are likely to agree when they meet later this week" is 036', () => {
  const BACHELET: EntitySpec = { id: 'b', name: 'Michelle Bachelet', type: 'PERSON', actor: 'CHLGOV', country: 'CHL', surfaces: ['Bachelet'] };
  const GARCIA: EntitySpec = { id: 'g', name: 'Alan Garcia', type: 'PERSON', actor: 'PERGOV', country: 'PER', surfaces: ['Garcia'] };
  const THEY: EntitySpec[] = [BACHELET, GARCIA].map((e) => ({ ...e, surfaces: [...e.surfaces, '~they'] }));
  assert.deepEqual(run('Officials said Bachelet and Garcia are likely to settle the fishing row when they meet later this week.', THEY).sort(), ['CHLGOV>PERGOV 036', 'PERGOV>CHLGOV 036']);
  // a meeting that took place is still one, and a hostile act in such a clause is a case considered, no threat
  assert.deepEqual(run('Bachelet and Garcia settled the fishing row when they met last week.', THEY).sort(), ['CHLGOV>PERGOV 040', 'PERGOV>CHLGOV 040']);
  assert.deepEqual(run('When Chile attacks Peru, Bolivia protests.', [CHL, PER, BOL]).filter((e) => e.startsWith('CHL>')), []);
});

test('a reported joint act is the event, not a statement besides it: "Bolivia said Chile and Peru have signed an accord"', () => {
  assert.deepEqual(run('Bolivia said Chile and Peru have signed a fishing accord.', [BOL, CHL, PER]).sort(), ['CHL>PER 057', 'PER>CHL 057']);
  // with nothing else to code, the statement stays (its target not the subject of what was said)
  assert.deepEqual(run('Bolivia said the fishing rules had been written with Chile in mind.', [BOL, CHL]), ['BOL>CHL 010']);
});

test('a participle before a noun is no act: "has shelved threatened legal action", "Codelco\'s proposed 1.5 billion dlr takeover"', () => {
  const CODELCO: EntitySpec = { id: 'c', name: 'Codelco', type: 'ORG', actor: 'CHLBUS', country: 'CHL', surfaces: ['Codelco'] };
  const MINERA: EntitySpec = { id: 'm', name: 'Minera Andina', type: 'ORG', actor: 'PERBUS', country: 'PER', surfaces: ['Minera Andina'] };
  assert.deepEqual(run('Chile has shelved threatened legal action against Peru.', [CHL, PER]).filter((e) => e.includes(' 13')), []);
  assert.deepEqual(run("The two firms extended the talks on Codelco's proposed 1.5 billion dlr takeover of Minera Andina.", [CODELCO, MINERA]), []);
  // a threat made is still one
  assert.deepEqual(run('Chile threatened legal action against Peru.', [CHL, PER]), ['CHL>PER 130']);
});

test('people "refused entry to" a country were refused it: "Bolivians refused entry to Chile" is no refusal by Bolivia', () => {
  const BOLIVIANS: EntitySpec = { id: 'bp', name: 'Bolivians', type: 'NORP', actor: 'BOL', country: 'BOL', surfaces: ['Bolivians'] };
  assert.deepEqual(run('The court took up the case of six Bolivians refused entry to Chile last year.', [BOLIVIANS, CHL]), []);
});

test('economic senses of aid and threat are no events: "cuts in Peruvian copper output are aiding Chilean orders", "could threaten a recession"', () => {
  const BANK: EntitySpec = { id: 'cb', name: 'Central Bank of Chile', type: 'ORG', actor: 'CHLGOV', country: 'CHL', surfaces: ['Central Bank'] };
  assert.deepEqual(run('Traders said cuts in Peruvian copper output are aiding Chilean mining orders.', [PER, CHL]), []);
  assert.deepEqual(run('The Central Bank has raised rates, which could choke off growth and threaten a recession.', [BANK]), []);
  // aid to a country and a threat to it are still events
  assert.deepEqual(run('Chile aided Peru with emergency loans.', [CHL, PER]), ['CHL>PER 070']);
  assert.deepEqual(run('Chile threatened Peru.', [CHL, PER]), ['CHL>PER 130']);
});

test('driving troops out of their positions is fighting (190), not an expulsion (174): "its troops were pushing Peruvian forces out"', () => {
  assert.deepEqual(run('Chile said its troops were pushing Peruvian forces out of positions near the border.', [CHL, PER]), ['CHL>PER 190']);
});

test('a phrase in a dash aside after the object is no target: "its jets hit two big naval targets -- Lima\'s word for tankers --" (reut2-017)', () => {
  const PER_GOV: EntitySpec = { id: 'lima', name: 'Lima', type: 'GPE', actor: 'PERGOV', country: 'PER', surfaces: ['Lima'] };
  const PERU: EntitySpec = { id: 'peru', name: 'Peru', type: 'GPE', actor: 'PER', country: 'PER', surfaces: ['Peru', '~its'] };
  assert.deepEqual(run("Peru said its jets attacked two big naval targets -- Lima's word for tankers -- off the coast on Friday.", [PERU, PER_GOV]), []);
  // a target after the aside closes is still the object's
  assert.deepEqual(run("Peru said its jets attacked -- for the third time this week -- Chilean positions near the border.", [PERU, PER_GOV, { id: 'chl', name: 'Chilean', type: 'NORP', actor: 'CHL', country: 'CHL', surfaces: ['Chilean'] }]).filter((e) => e.startsWith('PER>CHL')).length, 1);
});

test('a venue is no place target: a plan "as agreed in Quito", cuts agreed "at a summit in Quito" (reut2-017, reut2-018)', () => {
  const PERU: EntitySpec = { id: 'peru', name: 'Peru', type: 'GPE', actor: 'PER', country: 'PER', surfaces: ['Peru'] };
  const CHILE: EntitySpec = { id: 'chile', name: 'Chile', type: 'GPE', actor: 'CHL', country: 'CHL', surfaces: ['Chile'] };
  const QUITO: EntitySpec = { id: 'quito', name: 'Quito', type: 'GPE', actor: 'ECU', country: 'ECU', surfaces: ['Quito'] };
  assert.deepEqual(run('Chile said it would keep to the tariff plan as agreed in Quito last month.', [CHILE, QUITO]), []);
  assert.deepEqual(run('Chile agreed to a set of tariff cuts at a summit in Quito in May.', [CHILE, QUITO]), []);
  // where the agreed act itself happens stays the target, as the PLOVER coders read it
  assert.deepEqual(run('Chile agreed to extend its mission in Peru by six months.', [CHILE, PERU]), ['CHL>PER 030']);
});
