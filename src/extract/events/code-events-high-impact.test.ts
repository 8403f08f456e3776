// High-impact events (|Goldstein| >= 7 or roots 15–20) that were figurative, noun or hypothetical uses of force and
// aid verbs (a researcher's check of reut2-011 and BBC politics: 11 of 24 right). The sentences are our own, written
// to have the shape of the failing ones, never copied from them; each test is named after the failing input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { codeEvents } from './code-events.js';
import { loadEventResources } from './resources.js';
import { entitiesFor, type EntitySpec } from './test-entities.js';
import { createAnalyzer } from '../../analyze.js';
import { articleFromText } from '../../ingest/article-id.js';

const nlp = createNlp();
const resources = loadEventResources();
const USA: EntitySpec = { id: 'usa', name: 'United States', type: 'GPE', actor: 'USA', country: 'USA', surfaces: ['U.S.', 'Washington', 'US', 'American'] };
const JPN_PM: EntitySpec = { id: 'pm', name: 'Noboru Takeshita', type: 'PERSON', actor: 'JPNGOV', country: 'JPN', surfaces: ['Takeshita'] };
const JPN: EntitySpec = { id: 'jpn', name: 'Japan', type: 'GPE', actor: 'JPN', country: 'JPN', surfaces: ['Japan', 'Japanese', 'Tokyo'] };
const FRA: EntitySpec = { id: 'fra', name: 'France', type: 'GPE', actor: 'FRA', country: 'FRA', surfaces: ['France', 'French', 'Paris'] };
const GBR: EntitySpec = { id: 'gbr', name: 'United Kingdom', type: 'GPE', actor: 'GBR', country: 'GBR', surfaces: ['Britain', 'British', 'UK'] };
const GBR_MIL: EntitySpec = { id: 'gbrmil', name: 'British troops', type: 'ORG', actor: 'GBRMIL', country: 'GBR', surfaces: ['British troops', 'British soldiers', '~they'] };
const ZAF_GOV: EntitySpec = { id: 'zafgov', name: 'Kgalema Motlanthe', type: 'PERSON', actor: 'ZAFGOV', country: 'ZAF', surfaces: ['Motlanthe'] };
const SDN: EntitySpec = { id: 'sdn', name: 'Sudan', type: 'GPE', actor: 'SDN', country: 'SDN', surfaces: ['Sudan'] };
const CHN: EntitySpec = { id: 'chn', name: 'China', type: 'GPE', actor: 'CHN', country: 'CHN', surfaces: ['China'] };
const EU: EntitySpec = { id: 'eu', name: 'European Union', type: 'ORG', actor: 'IGOEUREEC', country: null, surfaces: ['European Union'] };
const GBR_GOV: EntitySpec = { id: 'straw', name: 'Jack Straw', type: 'PERSON', actor: 'GBRGOV', country: 'GBR', surfaces: ['Straw', '~he'] };
const TV: EntitySpec = { id: 'tv', name: 'Parliament', type: 'ORG', actor: 'GBRLEG', country: 'GBR', surfaces: ['Parliament'] };

function brief(text: string, specs: EntitySpec[]): string[] {
  const doc = nlp.parse(text);
  return codeEvents({ id: 'a1', title: 't', published: '2005-03-10', text }, doc, entitiesFor(text, specs), resources).map((e) => `${e.source.actor}>${e.target?.actor ?? '-'} ${e.code}`);
}

// the whole pipeline, for inputs whose actors come from the entities layer (a modifier, a people word)
const analyzer = createAnalyzer({ nlp });
function analysed(text: string): string[] {
  return analyzer.analyze(articleFromText(text, { title: 't', published: '1987-03-31' })).events.map((e) => `${e.source.actor}>${e.target?.actor ?? '-'} ${e.code}`);
}

const highImpact = (events: string[]) =>
  events.filter((e) => {
    const code = e.slice(e.lastIndexOf(' ') + 1);
    const g = resources.codes.get(code)?.goldstein ?? 0;
    return Math.abs(g) >= 7 || /^(1[5-9]|20)/.test(code);
  });

test("'giving Nakasone's critics fresh ammunition' is no military aid", () => {
  assert.deepEqual(highImpact(brief("The U.S. tariff threat is now giving Takeshita's critics fresh ammunition, analysts said.", [USA, JPN_PM])), []);
  // weapons handed to an actor stay military aid
  assert.deepEqual(brief('Washington gave Japan new missiles last week.', [USA, JPN]), ['USA>JPN 072']);
});

test("'the agreement struck by major nations in Paris' is no attack on France", () => {
  assert.deepEqual(highImpact(brief('Takeshita said a weaker dollar runs counter to the accord struck by the big industrial nations in Paris in February.', [JPN_PM, FRA])), []);
  // an air strike stays force
  assert.deepEqual(brief('American jets struck Japanese positions on Monday.', [USA, JPN]), ['USA>JPN 190']);
});

test("'Mbeki has attacked British imperialists, saying…' is criticism, 111, not force", () => {
  assert.deepEqual(brief("South Africa's Motlanthe has attacked British colonial rulers, saying they treated Africans with contempt.", [ZAF_GOV, GBR]), ['ZAFGOV>GBR 111']);
  assert.deepEqual(brief('Motlanthe attacked Britain over remarks made by its envoy.', [ZAF_GOV, GBR]), ['ZAFGOV>GBR 111']);
  // an attack on troops that a group explains is still an attack
  assert.deepEqual(highImpact(brief('Gunmen attacked British troops near the border, saying they were occupiers.', [GBR_MIL])).length, 0);
  assert.deepEqual(brief('Japanese forces attacked British troops near the border, saying they had crossed it.', [JPN, GBR_MIL]), ['JPN>GBRMIL 190']);
});

test("'the show will engage ordinary voters' is no fighting", () => {
  assert.deepEqual(highImpact(brief('Parliament will engage ordinary voters in the debate.', [TV, GBR])), []);
});

test("'he had helped make the presidential election…' and 'would help U.S. negotiations on access to Japan' give no aid", () => {
  assert.deepEqual(brief('Straw said he had helped make the American vote a real contest.', [GBR_GOV, USA]).filter((e) => / 0[37]\d*$/.test(e)), []);
  assert.deepEqual(analysed('Analysts in Tokyo said the U.S. trade measures would help U.S. negotiations on access to Japan\'s markets.').filter((e) => / 0[37]\d*$/.test(e)), []);
  // help given to a country stays assistance
  assert.deepEqual(brief('Britain helped Sudan after the floods.', [GBR, SDN]), ['GBR>SDN 070']);
});

test("'withdrawal of funds by British institutions' is no military withdrawal", () => {
  assert.deepEqual(highImpact(analysed('The share slide in Frankfurt comes from a withdrawal of funds by British institutions before the London exchange was deregulated, a broker said.')), []);
});

test("'plans to end the EU's arms embargo' imposes no embargo", () => {
  assert.deepEqual(highImpact(brief("Straw has defended plans to end the European Union's arms embargo on China.", [GBR_GOV, EU, CHN])), []);
  // an embargo imposed stays a sanction
  assert.deepEqual(highImpact(brief('The European Union imposed an arms embargo on China in 1989.', [EU, CHN])), ['IGOEUREEC>CHN 163']);
});

test("'on standby in case they need to help evacuate' is no evacuation", () => {
  assert.deepEqual(highImpact(brief('British troops are on standby in case they need to help evacuate UK citizens from Sudan.', [GBR_MIL, GBR, SDN])), []);
  // an evacuation that happened stays
  assert.deepEqual(highImpact(brief('British troops evacuated their base in Sudan on Monday.', [GBR_MIL, SDN])), ['GBRMIL>SDN 087']);
});

test("'we don't want people thinking that British soldiers beat up civilians' reports no beating", () => {
  assert.deepEqual(highImpact(brief("We don't want people thinking that British soldiers beat up civilians in Sudan, the minister said.", [GBR_MIL, SDN])), []);
  assert.deepEqual(highImpact(brief('Witnesses said that British soldiers beat up civilians in Sudan.', [GBR_MIL, SDN])).length, 1);
});

test("'Britons freed from US custody' were freed by the US, not the reverse", () => {
  assert.deepEqual(analysed('The three Britons freed from US custody in Cuba will be allowed a visit by one relative.').filter((e) => e.endsWith(' 0841')), []);
});

test("'Venezuela, Chile and the Philippines have all reached agreement with commercial banks' is no agreement among them", () => {
  assert.deepEqual(analysed('He noted that Peru, Ecuador and Bolivia have all reached agreement with commercial banks on rescheduling their debt.'), []);
  assert.deepEqual(analysed("Finance minister Juan Perez said the debt package he negotiated with Peru's commercial creditors was better than Brazil's.").filter((e) => e.endsWith(' 046')), []);
  // an agreement between the two states stays, both ways
  assert.deepEqual(analysed('Peru and Ecuador reached an agreement on their border on Monday.'), ['PER>ECU 057', 'ECU>PER 057']);
});

test("'Japan had no plans to bow to U.K.' states no intent to concede", () => {
  assert.deepEqual(analysed('Officials in Tokyo repeated that Japan had no plans to bow to British pressure over access to its stock exchange.'), []);
  // a plan stated stays an intent
  assert.deepEqual(analysed('Japan plans to bow to British pressure over the exchange, officials said.'), ['JPN>GBR 035']);
});

test("'the decision to release an additional 300,000 tonnes of British intervention feed wheat' frees no one", () => {
  assert.deepEqual(analysed("The European Commission's decision to release an extra 200,000 tonnes of French feed barley will ease supplies, traders said."), []);
  assert.deepEqual(analysed('Spain released three French fishermen on Monday.'), ['ESP>FRA 0841']);
});

test("'Toshiba has supplied equipment to U.K. Manufacturers for sale under their brand names' is trade, no military aid", () => {
  assert.deepEqual(highImpact(analysed('Hitachi has supplied equipment to British makers for sale under their own brand names since 1985.')), []);
});

test("'after President Laurent Gbagbo broke an 18-month ceasefire with rebels bombing their positions and killing the nine French soldiers' is his act, not France's", () => {
  const TCD_GOV: EntitySpec = { id: 'habre', name: 'Hissene Habre', type: 'PERSON', actor: 'TCDGOV', country: 'TCD', surfaces: ['President Habre'] };
  const FRA_MIL: EntitySpec = { id: 'framil', name: 'French soldiers', type: 'ORG', actor: 'FRAMIL', country: 'FRA', surfaces: ['French soldiers'] };
  const text = 'France has kept troops in Chad since 1986 - a former colony - after President Habre broke a two-year truce with rebels bombing their camps and killing eight French soldiers.';
  const force = brief(text, [FRA, TCD_GOV, FRA_MIL]).filter((e) => / 1[89]\d*$/.test(e));
  assert.equal(force.length, 1);
  assert.match(force[0], /^TCD\S*>FRAMIL /);
  // a coordinated verb still shares the main subject
  assert.deepEqual(brief('French troops entered the town and killed eight Chadian soldiers.', [{ id: 'framil2', name: 'French troops', type: 'ORG', actor: 'FRAMIL', country: 'FRA', surfaces: ['French troops'] }, { id: 'tcdmil', name: 'Chadian soldiers', type: 'ORG', actor: 'TCDMIL', country: 'TCD', surfaces: ['Chadian soldiers'] }]).filter((e) => e.endsWith(' 190')), ['FRAMIL>TCDMIL 190']);
});

test("'Britain withdrew four more diplomats from its diplomatic mission in Tehran' reduces relations (161), no military withdrawal", () => {
  assert.deepEqual(analysed('LONDON, June 18 - Britain withdrew three more diplomats from its embassy in Tehran, leaving two in their posts.'), ['GBR>IRN 161']);
  assert.deepEqual(analysed('Britain said it had withdrawn four of its six remaining diplomats in Tehran.').filter((e) => e.endsWith(' 087')), []);
  // troops withdrawn stay a military withdrawal
  assert.deepEqual(analysed('Israel withdrew its troops from Lebanon.'), ['ISR>LBN 0874']);
});

test("'either Japan can spend 3 pct of its GNP on defense by itself or give the equivalent amount of money to the United States' gives nothing yet", () => {
  assert.deepEqual(analysed('The motion urges Baker to seek a deal with Japan on two options: either Japan can raise its defence budget to 2 pct of output or give the same sum of money to the United States as a fee for its protection.'), []);
  // a plain 'or' between two acts done is no alternative put forward
  assert.deepEqual(analysed('Japan gave aid to the United States or sent food to Mexico.'), ['JPN>USA 070', 'JPN>MEX 073']);
});

test("'Egypt would build the U.S. M-1A1 battle tank' is arms production, no threat of force", () => {
  assert.deepEqual(highImpact(analysed('WASHINGTON, June 29 - The administration is discussing a deal under which Egypt would build the American M-60 tank, officials said.')), []);
  assert.deepEqual(highImpact(analysed('Egypt built the American M-60 tank at a plant near Cairo last year.')), []);
});
