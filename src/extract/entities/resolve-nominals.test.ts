import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/entity.js';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();
const holderOf = (text: string, surface: string, date: string | null): string | undefined => {
  const es: Entity[] = run(text, date);
  const at = text.indexOf(surface);
  return es.find((e) => e.mentions.some((m) => m.start === at && m.text === surface))?.name;
};

test('"the chancellor" is not the shadow chancellor named before it, but the holder of the office on the date', () => {
  const text = 'Gordon Brown will present his Budget today. Shadow chancellor Oliver Letwin called it a stealth tax. Critics say the chancellor will raise taxes after the poll.';
  assert.equal(holderOf(text, 'the chancellor', '2005-03-16'), 'Gordon Brown');
});

test('"the chancellor" is not the party leader named before it: the leader category alone does not link a specific office', () => {
  const text = 'Gordon Brown presented his Budget. Tory leader Michael Howard rose to reply. He mocked the chancellor for his forecasts.';
  assert.equal(holderOf(text, 'the chancellor', '2005-03-16'), 'Gordon Brown');
});

test('"the prime minister" is the prime minister named before, not a secretary of state named nearer', () => {
  const text = 'Prime Minister Tom Vale has promised higher pensions. Echoing the new US Secretary of State Mary Stone, the prime minister said policy had changed.';
  assert.equal(holderOf(text, 'the prime minister', null), 'Tom Vale');
});

test('"the home secretary" is not a Home Office minister named nearer: a shared category (minister) is no fit', () => {
  const text = 'Home Secretary Tom Vale unveiled the bill. Home Office minister Ann Lee said it was fair. Critics said the home secretary had gone too far.';
  assert.equal(holderOf(text, 'the home secretary', null), 'Tom Vale');
});

test('"the premier" still links a prime minister, and "the minister" any minister: the description\'s own category fits', () => {
  const text = 'Prime Minister Tom Vale arrived. Later the premier spoke. Work minister Ann Lee arrived. Later the minister spoke.';
  assert.equal(holderOf(text, 'the premier', null), 'Tom Vale');
  assert.equal(holderOf(text, 'the minister', null), 'Ann Lee');
});

test('a former holder of an office is no "the chancellor": the description goes to the holder, or to no one', () => {
  const entities = run('Chancellor Tom Vale will set out his plans on Wednesday. Ex-Conservative chancellor Ken Marlow said the plans were weak. The chancellor said growth would be strong.');
  const holderOf = (text: string) => entities.find((e) => e.mentions.some((m) => m.text === text))?.name;
  assert.equal(holderOf('The chancellor'), 'Tom Vale');
  assert.equal(entities.find((e) => e.name === 'Ken Marlow')?.role, 'former chancellor');
  // with no current holder named, the former one is still not taken
  const alone = run('Former chancellor Ken Marlow said the plans were weak. The chancellor said growth would be strong.');
  assert.notEqual(alone.find((e) => e.mentions.some((m) => m.text === 'The chancellor'))?.name, 'Ken Marlow');
});

test('"the chancellor" with no holder named is the office holder of the article\'s country on its date', () => {
  const text = 'Hospitals in Leeds and Manchester will get more money, officials in London said. The chancellor will set out the plans to the Commons on Wednesday.';
  assert.equal(holderOf(text, 'The chancellor', '2005-03-16'), 'Gordon Brown');
  assert.equal(holderOf(text, 'The chancellor', '2011-03-16'), 'George Osborne');
  // no date, no holder: unresolved, never guessed
  assert.equal(holderOf(text, 'The chancellor', null), undefined);
});

test('an office the article\'s country has no listed holder of, or a story of another time, leaves the description unresolved', () => {
  // "the secretary" is no Foreign Secretary (a word of the office), though the knowledge base lists only that one
  const secretary = 'Schools in Leeds and Manchester will get more money, officials in London said. The secretary will set out the plans on Wednesday.';
  assert.equal(holderOf(secretary, 'The secretary', '2005-03-16'), undefined);
  // a story of the 1970s that writes "the then prime minister" is no story of the day's prime minister
  const then = 'Papers released in London tell of talks in Downing Street and Leeds in 1974 by the then prime minister. Aides said the prime minister was tired.';
  assert.equal(holderOf(then, 'the prime minister', '2005-03-16'), undefined);
  // a former holder is no holder on the article's date
  const story = 'Banks in Chicago and Boston gained, traders in New York said. ';
  assert.equal(holderOf(`${story}The former president said rates would fall.`, 'The former president', '1987-03-16'), undefined);
  assert.equal(holderOf(`${story}The president said rates would fall.`, 'The president', '1987-03-16'), 'Ronald Reagan');
  // another body's office, an apposition to a name
  assert.equal(holderOf(`${story}The president of the bank said rates would fall.`, 'The president', '1987-03-16'), undefined);
  assert.equal(holderOf(`${story}Jon Hale, the president, said rates would fall.`, 'the president', '1987-03-16'), undefined);
  // the office's own name after "of"
  assert.equal(holderOf('Hospitals in Leeds and Manchester will get more money, officials in London said. The Chancellor of the Exchequer agreed.', 'The Chancellor', '2005-03-16'), 'Gordon Brown');
  // a story about no country in particular
  assert.equal(holderOf('The chancellor will set out the plans on Wednesday.', 'The chancellor', '2005-03-16'), undefined);
});

test('an office holder no name of the article gives takes only descriptions of that office, not "the minister"', () => {
  const text = 'Police in Leeds and Manchester will get new powers, officials in London said. The prime minister backed the plans. Later the minister said they were fair.';
  const entities = run(text, '2005-03-16');
  const pm = entities.find((e) => e.mentions.some((m) => m.text === 'The prime minister'));
  assert.equal(pm?.name, 'Tony Blair');
  assert.equal(pm?.actor, 'GBRGOV');
  assert.notEqual(holderOf(text, 'the minister', '2005-03-16'), 'Tony Blair');
});

test('undated, "the chancellor" is the person of the article whose record holds that office at some time, named without a title', () => {
  const text = 'Gordon Brown presented his Budget in London. Critics said the chancellor had raised taxes by stealth.';
  assert.equal(holderOf(text, 'the chancellor', null), 'Gordon Brown');
});

test('undated, an office the person held outside the era of the office holders the article names is not his', () => {
  // Brown was chancellor while Chirac was president; prime minister only after Chirac had left
  const text = 'Gordon Brown met Jacques Chirac in Paris. Later the prime minister said the talks had gone well.';
  assert.equal(holderOf(text, 'the prime minister', null), undefined);
  assert.equal(holderOf('Gordon Brown spoke in Paris. Later the prime minister said the talks had gone well.', 'the prime minister', null), 'Gordon Brown');
});

test('undated, a person described more often by another office he held at another time is not this one', () => {
  const text = 'Gordon Brown presented his Budget. The chancellor said growth was strong. Critics said the chancellor had failed. The prime minister backed the plans.';
  assert.equal(holderOf(text, 'The chancellor', null), 'Gordon Brown');
  assert.equal(holderOf(text, 'The prime minister', null), undefined);
});

test('"the Tory leader" is the party\'s leader on the date, named in the article without a title, and takes the party\'s code', () => {
  const text = 'Michael Howard spoke in Britain on Monday. The Tory leader said taxes would fall.';
  const howard = run(text, '2005-03-16').find((e) => e.name === 'Michael Howard');
  assert.ok(howard?.mentions.some((m) => m.text === 'leader'));
  assert.equal(howard?.actor, 'GBRPTY');
});

test('"the Labour leader" with no leader named is the leader on the date, with the code of the office he then held', () => {
  const text = 'Voters in Britain will go to the polls in May. The Labour leader said the economy was strong.';
  const of = (date: string) => run(text, date).find((e) => e.mentions.some((m) => m.text === 'leader'));
  assert.deepEqual([of('2005-03-16')?.name, of('2005-03-16')?.actor], ['Tony Blair', 'GBRGOV']);
  assert.deepEqual([of('1987-03-16')?.name, of('1987-03-16')?.actor], ['Neil Kinnock', 'GBRPTY']);
});

test('a party named in two words or by its other names makes a party description too: "the Lib Dem leader", "the Conservative leader"', () => {
  const story = 'Voters in Leeds and Bristol will go to the polls in May, officials in London said. ';
  const leaderOf = (party: string, date: string) => run(`${story}The ${party} leader said taxes would rise.`, date).find((e) => e.mentions.some((m) => m.text === 'leader'));
  assert.deepEqual([leaderOf('Lib Dem', '2005-03-16')?.name, leaderOf('Lib Dem', '2005-03-16')?.actor], ['Charles Kennedy', 'GBRPTY']);
  assert.equal(leaderOf('Liberal Democrat', '2010-03-01')?.name, 'Nick Clegg');
  assert.equal(leaderOf('Conservative', '2005-03-16')?.name, 'Michael Howard');
  assert.equal(leaderOf('SNP', '2016-03-01')?.name, 'Nicola Sturgeon');
  // the party's own name stays a mention of the party
  const es = run(`${story}The Lib Dem leader said taxes would rise.`, '2005-03-16');
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'Lib Dem'))?.actor, 'GBRPTY');
  // near misses: a Canadian story's Conservative leader is no British one; a party's MP is no leader
  const canada = run('Voters in Toronto and Ottawa will go to the polls in May, officials in Canada said. The Conservative leader said taxes would rise.', '2005-03-16');
  assert.equal(canada.find((e) => e.mentions.some((m) => m.text === 'leader'))?.name, undefined);
  assert.equal(run(`${story}The Lib Dem MP said taxes would rise.`, '2005-03-16').find((e) => e.name === 'Charles Kennedy'), undefined);
  // a party's leader in one body is not the party's leader
  assert.equal(run(`${story}The Lib Dem leader in the Scottish Parliament said taxes would rise. He called for a vote.`, '2005-03-16').find((e) => e.name === 'Charles Kennedy'), undefined);
});

test('undated, "the Tory leader" is the one person named who led the party at some time; with two such surnames, neither', () => {
  assert.equal(holderOf('Michael Howard spoke in Britain on Monday. The Tory leader said taxes would fall.', 'leader', null), 'Michael Howard');
  assert.notEqual(holderOf('Michael Howard and John Major spoke in Britain on Monday. The Tory leader said taxes would fall.', 'leader', null), 'John Major');
  assert.notEqual(holderOf('Mr Howard and John Major spoke in Britain on Monday. The Tory leader said taxes would fall.', 'leader', null), 'John Major');
});
