import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner, personActors } from './test-entities.js';

const run = createEntityRunner('1987-05-03');

const actors = (text: string) => personActors(run(text));

test('a union leader titled before the name is labour of the dateline country, not government or nothing', () => {
  const a = actors('TORONTO, May 3 - Union leader Tom Abel said the strike at the ferry docks would go on. Union president Ray Kline said pay must rise.');
  assert.equal(a['Tom Abel'], 'CANLAB');
  assert.equal(a['Ray Kline'], 'CANLAB');
});

test("a union named before the title makes its general secretary labour (was GOV's 'general secretary' or none)", () => {
  const a = actors('TORONTO, May 3 - Harbour Porters Union general secretary Lise Dorne told reporters the talks had failed.');
  assert.equal(a['Lise Dorne'], 'CANLAB');
});

test('a union office in an apposition after or before the name is labour, with a country named in it', () => {
  const a = actors('TORONTO, May 3 - Kofi Ansah, president of the Accra dock workers\' union, said members were angry.');
  assert.equal(a['Kofi Ansah'], 'GHALAB');
  const b = actors("LONDON, May 3 - The union's general secretary, Mark Dune, said the nurses would strike on Monday.");
  assert.equal(b['Mark Dune'], 'GBRLAB');
});

test('the European Union, a company named Union and a government general secretary are no trade unions', () => {
  const a = actors('BRUSSELS, May 3 - European Union leader Karl Berg said the budget was agreed.');
  assert.notEqual(a['Karl Berg'], 'BELLAB');
  const b = actors('OMAHA, May 3 - Union Pacific chairman Dale Orrin said freight volumes rose.');
  assert.notEqual(b['Dale Orrin'], 'USALAB');
  const c = actors('HANOI, May 3 - Party general secretary Van Minh said the plan would go ahead.');
  assert.notEqual(c['Van Minh'], 'VNMLAB');
});

test('union leaders and officials as a group are labour of their country (was GOV by "leaders"), unionists of a party are not', () => {
  const es = run('ROME, May 3 - Italian union leaders said the strike would go ahead. British trade unions said they would march.');
  assert.equal(es.find((e) => e.name === 'Italian union leaders')?.actor, 'ITALAB');
  assert.equal(es.find((e) => e.name === 'British trade unions')?.actor, 'GBRLAB');
  const a = actors('BELFAST, May 3 - Unionist leader Roy Caldwell said the assembly must sit.');
  assert.notEqual(a['Roy Caldwell'], 'GBRLAB');
});

test('a trade union named as an organisation is labour of its country, a sports union or a scientists\' union is not', () => {
  const es = run('LONDON, May 3 - The National Union of Mineworkers said the pits would close. The PCS Union called a strike. The Rugby Football Union said the match was off. The Union of Concerned Scientists warned of risks. Members of the Kenya National Union of Teachers marched.');
  const actor = (name: string) => es.find((e) => e.name === name)?.actor ?? null;
  assert.equal(actor('National Union of Mineworkers'), 'GBRLAB');
  assert.equal(actor('PCS Union'), 'GBRLAB');
  assert.equal(actor('Kenya National Union of Teachers'), 'KENLAB');
  assert.equal(actor('Rugby Football Union'), null);
  assert.equal(actor('Union of Concerned Scientists'), null);
});

test('"Commercial Union" alone is an insurer, no trade union (reut2-010: its treasurer was coded labour)', () => {
  const run = createEntityRunner('1987-03-26');
  const es = run('LONDON, March 26 - Commercial Union said it set up a 200 mln stg note programme. Commercial Union shares rose 4p.');
  assert.ok(!es.some((e) => e.actor?.endsWith('LAB')), JSON.stringify(es.map((e) => [e.name, e.actor])));
  const union = run('LONDON, March 26 - The Public and Commercial Services Union called a strike of tax office staff.');
  assert.ok(union.some((e) => e.actor === 'GBRLAB'), JSON.stringify(union.map((e) => [e.name, e.actor])));
});
