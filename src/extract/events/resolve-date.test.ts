import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from '../../nlp/nlp.js';
import { referenceInstant, resolveEventDate } from './resolve-date.js';

const at = (s: string, phrase: string) => s.indexOf(phrase);
const nlp = createNlp();
/** The date span of the dateline opening `s`, as the NLP layer finds it. */
const datelineDate = (s: string) => nlp.parse(s).datelines[0]?.date ?? null;

test('a weekday names the latest such day on or before publication', () => {
  const s = 'The envoys met on Friday in Geneva.';
  assert.equal(resolveEventDate(s, 0, at(s, 'met'), '2024-03-13').date, '2024-03-08');
  const t = 'The envoys met on Wednesday in Geneva.';
  assert.equal(resolveEventDate(t, 0, at(t, 'met'), '2024-03-13').date, '2024-03-13');
});

test('periods resolve to their first day, never after publication', () => {
  const s = 'The talks collapsed earlier this year.';
  const r = resolveEventDate(s, 100, 100 + at(s, 'collapsed'), '2024-06-20');
  assert.equal(r.date, '2024-01-01');
  assert.equal(r.precision, 'year');
  assert.equal(r.text, 'this year');
  assert.equal(r.start, 100 + at(s, 'this year'));
});

test('no date expression gives the publication date, and no date at all without one', () => {
  const s = 'The ministers signed the accord.';
  assert.deepEqual(resolveEventDate(s, 0, 4, '2024-06-20T08:00:00Z'), { date: '2024-06-20', precision: 'day', text: null, start: null, end: null });
  assert.equal(resolveEventDate(s, 0, 4, null).date, null);
  assert.equal(referenceInstant('not a date'), null);
});

test('an absolute date with a year resolves even without a publication date', () => {
  const s = 'The treaty was signed on 3 June 1998 in Oslo.';
  assert.equal(resolveEventDate(s, 0, at(s, 'signed'), null).date, '1998-06-03');
});

test('relative expressions do not resolve without a publication date (never against the clock)', () => {
  for (const s of ['The ministry cut the budget last year.', 'The envoy arrived in Rome last week.', 'Rebels attacked the town on Monday.']) {
    assert.equal(resolveEventDate(s, 0, 4, null).date, null, s);
  }
  const s = 'The ministry cut the budget in March 2004.';
  assert.equal(resolveEventDate(s, 0, at(s, 'cut'), null).date, '2004-03-01');
});

test('a bare year is that year, and a month or a year is stated as such (first day, with its precision)', () => {
  const s = 'Iraq invaded Kuwait in 1990, the minister recalled.';
  const r = resolveEventDate(s, 0, at(s, 'invaded'), '2023-06-19');
  assert.deepEqual([r.date, r.precision, r.text], ['1990-01-01', 'year', '1990']);
  const t = 'Rebels seized the airport last month.';
  const m = resolveEventDate(t, 0, at(t, 'seized'), '2023-06-19');
  assert.deepEqual([m.date, m.precision], ['2023-05-01', 'month']);
  const w = 'Rebels seized the airport last week.';
  assert.equal(resolveEventDate(w, 0, at(w, 'seized'), '2023-06-19').precision, 'week');
  const d = 'Rebels seized the airport on Friday.';
  assert.deepEqual(Object.values(resolveEventDate(d, 0, at(d, 'seized'), '2023-06-19')).slice(0, 2), ['2023-06-16', 'day']);
  // a number that is no year, and a year after publication, are not dates
  const n = 'The army deployed in 1500 positions along the border.';
  assert.equal(resolveEventDate(n, 0, at(n, 'deployed'), '2023-06-19').date, '2023-06-19');
  const f = 'The treaty expires in 2030, the envoy said.';
  assert.equal(resolveEventDate(f, 0, at(f, 'expires'), '2023-06-19').precision, 'day');
  // a year that ends a name ("the Trade Act of 1974") dates the name, not the event
  const a = 'Under the Trade Act of 1974 the minister demanded that Beijing open its markets.';
  assert.deepEqual([resolveEventDate(a, 0, at(a, 'demanded'), '2023-06-19').date], ['2023-06-19']);
  const o = 'The talks of 1990 ended in failure.';
  assert.equal(resolveEventDate(o, 0, at(o, 'ended'), '2023-06-19').date, '1990-01-01');
});

test('a span counted from another event dates the trigger that far from its anchor, and "between 1939 and 1945" starts in 1939', () => {
  // the invasion two months before April 2022 (review 22: it had been dated April)
  const s = 'In April 2022, two months after the invasion, the university moved again.';
  assert.deepEqual(Object.values(resolveEventDate(s, 0, at(s, 'invasion'), '2026-05-01')).slice(0, 2), ['2022-02-01', 'month']);
  // the trigger outside the after-phrase keeps the anchor: the arrests were on Monday
  const outside = 'On Monday, two days after the bombing, police arrested three men.';
  assert.deepEqual(Object.values(resolveEventDate(outside, 0, at(outside, 'arrested'), '2025-05-07')).slice(0, 2), ['2025-05-05', 'day']);
  // trigger first: the withdrawal two weeks after March 3
  const later = 'The army withdrew two weeks after the ceasefire of March 3.';
  assert.deepEqual(Object.values(resolveEventDate(later, 0, at(later, 'withdrew'), '2025-05-07')).slice(0, 2), ['2025-03-17', 'day']);
  const yearly = 'In 2022, two years after the coup, the junta expelled the envoy.';
  assert.equal(resolveEventDate(yearly, 0, at(yearly, 'coup'), '2024-05-07').date, '2020-01-01');
  const t = 'The army fought the rebels during several wars between 1939 and 1945.';
  assert.equal(resolveEventDate(t, 0, at(t, 'fought'), '2024-11-18').date, '1939-01-01');
});

test('an act an unstated span before a date ("only weeks after", "shortly after", "in 2007 after") is dated to that year, not to the day or month', () => {
  const weeks = 'The premier leaves for Washington on Wednesday, only weeks after the president imposed tariffs on the chips.';
  assert.deepEqual(Object.values(resolveEventDate(weeks, 0, at(weeks, 'imposed'), '1987-04-27')).slice(0, 2), ['1987-01-01', 'year']);
  const shortly = 'Both states applied to join the alliance in May 2022, shortly after the army invaded the country.';
  assert.deepEqual(Object.values(resolveEventDate(shortly, 0, at(shortly, 'invaded'), '2026-04-24')).slice(0, 2), ['2022-01-01', 'year']);
  // an old date of another clause that the after-clause ties to the trigger: not the publication date
  const old = 'The oil firm, which left the country in 2007 after the late leader nationalised its assets, stayed away.';
  assert.deepEqual(Object.values(resolveEventDate(old, 0, at(old, 'nationalised'), '2026-01-06')).slice(0, 2), ['2007-01-01', 'year']);
  // near miss: the after-clause closes before the trigger, which keeps its own day
  const closed = 'On Wednesday, after the talks broke down, the rebels shelled the town.';
  assert.deepEqual(Object.values(resolveEventDate(closed, 0, at(closed, 'shelled'), '1987-04-24')).slice(0, 2), ['1987-04-22', 'day']);
});

test('a limit followed by a when-clause that holds the trigger dates it ("until 2013, when the state banned the group")', () => {
  const s = 'The building was the headquarters of the group until 2013, when the state banned the group.';
  assert.deepEqual(Object.values(resolveEventDate(s, 0, at(s, 'banned'), '2025-05-07')).slice(0, 2), ['2013-01-01', 'year']);
  const month = 'The building was the group’s headquarters until March 2013, when the state banned the group.';
  assert.deepEqual(Object.values(resolveEventDate(month, 0, at(month, 'banned'), '2025-05-07')).slice(0, 2), ['2013-03-01', 'month']);
  // near miss: a limit without the when-clause still dates nothing
  const limit = 'The state banned the group until 2013.';
  assert.equal(resolveEventDate(limit, 0, at(limit, 'banned'), '2025-05-07').date, '2025-05-07');
});

test('a relative month counts whole months from the publication month, whatever its day (30 March: last month is February)', () => {
  const t = 'Rebels seized the airport last month.';
  for (const [published, month] of [['1987-03-30', '1987-02-01'], ['1987-03-31', '1987-02-01'], ['2024-05-31', '2024-04-01'], ['2024-01-31', '2023-12-01'], ['1987-03-15', '1987-02-01']]) {
    assert.deepEqual([resolveEventDate(t, 0, at(t, 'seized'), published).date, published], [month, published]);
  }
  const a = 'Rebels seized the airport two months ago.';
  const r = resolveEventDate(a, 0, at(a, 'seized'), '2024-05-31');
  if (r.precision === 'month') assert.equal(r.date, '2024-03-01');
  const n = 'Rebels seized the airport earlier this month.';
  assert.equal(resolveEventDate(n, 0, at(n, 'seized'), '2024-05-31').date, '2024-05-01');
});

test('"in the past month" in a story of the 31st is the weeks up to publication, not the month before: dated on publication, as "over the past month"', () => {
  for (const t of ['Militias took over four villages in the past month.', 'Militias took over four villages in the last month.', 'Militias took over four villages in the past year.', 'Militias took over four villages in the past week.']) {
    for (const published of ['2024-05-31', '2024-03-30', '2024-05-15']) {
      assert.deepEqual([resolveEventDate(t, 0, at(t, 'took'), published).date, resolveEventDate(t, 0, at(t, 'took'), published).text], [published, null], `${t} (${published})`);
    }
  }
  const last = 'Militias took over four villages last month.';
  assert.equal(resolveEventDate(last, 0, at(last, 'took'), '2024-05-31').date, '2024-04-01', '"last month" alone still names the month before');
});

test('a month and day without a year before the publication date in the year are those of the year before', () => {
  const s = 'The minister recalled the Nov. 12 raids on the border villages.';
  assert.deepEqual(Object.values(resolveEventDate(s, 0, at(s, 'raids'), '2024-06-02')).slice(0, 3), ['2023-11-12', 'day', 'Nov. 12']);
  const m = 'The militia seized the airport in September, the envoy said.';
  assert.equal(resolveEventDate(m, 0, at(m, 'seized'), '2025-02-10').date, '2024-09-01');
});

test('a date in the sentence wins over the date of its wire dateline, which stays the date when it is the only one', () => {
  const s = 'OSLO/ROME, May 4 (Reuters) - Soldiers shot a photographer near the border in January and then fled.';
  assert.deepEqual(Object.values(resolveEventDate(s, 0, at(s, 'shot'), '2025-05-04', undefined, datelineDate(s))).slice(0, 3), ['2025-01-01', 'month', 'January']);
  const d = 'OSLO, May 4 - Soldiers shot a photographer near the border.';
  assert.equal(resolveEventDate(d, 0, at(d, 'shot'), '2025-05-05', undefined, datelineDate(d)).date, '2025-05-04');
});

test('a date in another clause than the trigger\'s gives way to the dateline', () => {
  const s = 'OSLO, May 4 - The premier admitted a mistake in a deal which three months ago split his cabinet.';
  assert.equal(resolveEventDate(s, 0, at(s, 'admitted'), '2025-05-04', undefined, datelineDate(s)).date, '2025-05-04');
  // with no dateline it is still the sentence's only date
  const n = 'The premier admitted a mistake in a deal which three months ago split his cabinet.';
  assert.equal(resolveEventDate(n, 0, at(n, 'admitted'), '2025-05-04').date, '2025-02-01');
});

test('an age ("a week-old offensive") is no date, so the dateline dates the sentence', () => {
  const s = 'OSLO, May 4 - A general said rebels lost 300 men in a week-old offensive near the border.';
  assert.equal(resolveEventDate(s, 0, at(s, 'said'), '2025-05-04', undefined, datelineDate(s)).date, '2025-05-04');
});

test('a deadline, a comparison or a possessive year is no event date', () => {
  const by = 'The government promised to cut waiting lists by 2010.';
  assert.equal(resolveEventDate(by, 0, at(by, 'promised'), null).date, null);
  assert.equal(resolveEventDate(by, 0, at(by, 'promised'), '2004-05-02').date, '2004-05-02');
  const end = 'The union demanded a new contract by the end of March 2005.';
  assert.equal(resolveEventDate(end, 0, at(end, 'demanded'), null).date, null);
  const than = 'The bank warned that profits may be lower than in 2003.';
  assert.equal(resolveEventDate(than, 0, at(than, 'warned'), null).date, null);
  const poss = 'The mayor criticised the cost of 2012\'s games in London.';
  assert.equal(resolveEventDate(poss, 0, at(poss, 'criticised'), null).date, null);
  // a year of the past still dates the act it modifies
  const past = 'Police arrested the farmer in 1999 after the shooting.';
  assert.equal(resolveEventDate(past, 0, at(past, 'arrested'), null).date, '1999-01-01');
});

test('a date of a future or intended act is not the date of the report', () => {
  const will = 'The union will start talks with the ministry in April 2005.';
  assert.equal(resolveEventDate(will, 0, at(will, 'start'), null).date, null);
  const would = 'The premier declined to name a day, saying the vote would be held some time in 2006.';
  assert.equal(resolveEventDate(would, 0, at(would, 'declined'), null).date, null);
  const plans = 'The envoy is expected to visit Madrid on 3 May 2025.';
  assert.equal(resolveEventDate(plans, 0, at(plans, 'visit'), '2025-04-20').date, '2025-04-20');
  // "next week", "tomorrow" and a weekday of a planned act: the publication day, never a later or an earlier day
  const next = 'The two presidents meet next week.';
  assert.equal(resolveEventDate(next, 0, at(next, 'meet'), '2023-06-19').date, '2023-06-19');
  const tomorrow = 'Envoys sign the ceasefire tomorrow.';
  assert.equal(resolveEventDate(tomorrow, 0, at(tomorrow, 'sign'), '2023-06-19').date, '2023-06-19');
  const monday = 'The minister said the talks would resume on Monday.';
  assert.equal(resolveEventDate(monday, 0, at(monday, 'said'), '2023-06-17').date, '2023-06-17');
  // a future clause elsewhere in the sentence does not hide the trigger's own date
  const aside = 'The envoy, who will retire soon, met the rebels on Friday.';
  assert.equal(resolveEventDate(aside, 0, at(aside, 'met'), '2023-06-19').date, '2023-06-16');
});

test('an undated article takes a date only from its trigger\'s own clause', () => {
  const s = 'The minister praised Kenya\'s schools, which introduced free primary education in early 2003.';
  assert.equal(resolveEventDate(s, 0, at(s, 'praised'), null).date, null);
  const own = 'In March 2003 the minister praised Kenya\'s schools.';
  assert.equal(resolveEventDate(own, 0, at(own, 'praised'), null).date, '2003-03-01');
});

test('"this week" and "last week" are calendar weeks from Monday, a Monday story\'s "earlier this week" the days before it, and a Sunday story\'s "last week" the week just ended', () => {
  const s = 'The tycoon met the president earlier this week.';
  // Monday 19 June 2023: the meeting was in the seven days before (the Friday), a week from Monday 12 June
  assert.deepEqual(Object.values(resolveEventDate(s, 0, at(s, 'met'), '2023-06-19')).slice(0, 2), ['2023-06-12', 'week']);
  // Thursday 22 June: the week that began on Monday 19 June
  assert.equal(resolveEventDate(s, 0, at(s, 'met'), '2023-06-22').date, '2023-06-19');
  const last = 'The tycoon met the president last week.';
  assert.equal(resolveEventDate(last, 0, at(last, 'met'), '2023-06-22').date, '2023-06-12');
  // Sunday 18 June: the week that has just ended (Monday 12 June), as a Monday story's "last week" (review 22); a
  // Saturday story's is the week before its own
  assert.equal(resolveEventDate(last, 0, at(last, 'met'), '2023-06-18').date, '2023-06-12');
  assert.equal(resolveEventDate(last, 0, at(last, 'met'), '2023-06-19').date, '2023-06-12');
  assert.equal(resolveEventDate(last, 0, at(last, 'met'), '2023-06-17').date, '2023-06-05');
  const night = 'Rebels shelled the port last night.';
  assert.equal(resolveEventDate(night, 0, at(night, 'shelled'), '2023-06-19').date, '2023-06-18');
});

test('a date before a future act dates it when fronted, and dates the saying or approval it follows', () => {
  const fronted = 'On Thursday, the envoy will fly on to Seoul.';
  assert.equal(resolveEventDate(fronted, 0, at(fronted, 'fly'), '2023-06-19').date, '2023-06-19');
  const said = 'The government said last week it would back a loan for Chile.';
  assert.equal(resolveEventDate(said, 0, at(said, 'back'), '2023-06-22').date, '2023-06-12');
  const approved = 'Parliament approved in May a plan to withdraw the troops from the border.';
  assert.equal(resolveEventDate(approved, 0, at(approved, 'withdraw'), '2023-11-14').date, '2023-05-01');
  // "more than five years ago" is a count, not a comparison
  const count = 'The army withdrew from the valley more than five years ago.';
  assert.equal(resolveEventDate(count, 0, at(count, 'withdrew'), '2023-06-19').date, '2018-01-01');
});

test('a date inside a future clause of its own before the trigger, and a verb "march", date nothing', () => {
  const s = 'Mr Lee, who is to take up the post in January, said he is willing to discuss reform with Tokyo.';
  assert.equal(resolveEventDate(s, 0, at(s, 'discuss'), '2006-11-06').date, '2006-11-06');
  const m = 'The rebels pledged to march on the capital.';
  assert.deepEqual(Object.values(resolveEventDate(m, 0, at(m, 'pledged'), '1997-04-04')).slice(0, 3), ['1997-04-04', 'day', null]);
});

test('a date inside what a speaker reports does not date the statement', () => {
  const s = 'The ministry said exports to the bloc were worth $90bn in 2003.';
  assert.equal(resolveEventDate(s, 0, at(s, 'said'), null).date, null);
  assert.equal(resolveEventDate(s, 0, at(s, 'said'), '2005-02-01').date, '2005-02-01');
  const t = 'The envoy told reporters in Lagos on Monday that the talks had failed.';
  assert.equal(resolveEventDate(t, 0, at(t, 'told'), '2023-06-21').date, '2023-06-19');
  const f = 'In 2003 the ministry said exports had fallen.';
  assert.equal(resolveEventDate(f, 0, at(f, 'said'), null).date, '2003-01-01');
});

test('a long phrase without a verb after "said" still dates the saying', () => {
  const s = 'The bank said in its yearly review of the region last June that growth would slow.';
  assert.equal(resolveEventDate(s, 0, at(s, 'said'), '2023-03-04').date, '2022-06-01');
});

test('a date after publication is what a plan or a term talks about: the event takes the publication day', () => {
  // a month ahead of a March story: stored date, precision and text agree on the publication day
  const s = 'The minister said the delegation would travel to Ottawa in April.';
  assert.deepEqual(resolveEventDate(s, 0, at(s, 'said'), '1988-03-09'), { date: '1988-03-09', precision: 'day', text: null, start: null, end: null });
  // a full date years ahead (a loan's maturity) dates nothing that was reported
  const t = 'The province is selling notes maturing on June 1, 1996, the bank said.';
  assert.equal(resolveEventDate(t, 0, at(t, 'said'), '1988-03-09').date, '1988-03-09');
  // a date in the past is still the event's date
  const u = 'The province sold notes on February 12, the bank said.';
  assert.equal(resolveEventDate(u, 0, at(u, 'sold'), '1988-03-09').date, '1988-02-12');
});

test('a duration is no date', () => {
  const s = 'Militia fighters have encircled the port town for four years, the agency reported on Tuesday.';
  assert.equal(resolveEventDate(s, 0, at(s, 'encircled'), '2001-10-04').date, '2001-10-02');
  const t = 'The court ordered the two men freed within 30 days.';
  assert.deepEqual(resolveEventDate(t, 0, at(t, 'ordered'), '2001-10-04').text, null);
  const u = 'Troops have shelled the valley over the past two weeks.';
  assert.equal(resolveEventDate(u, 0, at(u, 'shelled'), '2001-10-04').text, null);
});

test('a date that opens a reported future clause after "said that" dates nothing', () => {
  const s = 'A spokesman said that on Thursday the deputy minister would meet his Chilean counterpart.';
  assert.equal(resolveEventDate(s, 0, at(s, 'meet'), '2023-06-20').date, '2023-06-20');
});

test("an old date of another clause is background, not the trigger's date, unless a when-clause or a span ties them", () => {
  const s = 'The mayor quit the party he founded 30 years ago, tired of rivals who never forgave him for closing the port.';
  assert.deepEqual(Object.values(resolveEventDate(s, 0, at(s, 'closing'), '2010-03-02')).slice(0, 3), ['2010-03-02', 'day', null]);
  const r = 'Officials condemned the rebels who have held the valley since 1983.';
  assert.equal(resolveEventDate(r, 0, at(r, 'condemned'), '1997-04-29').date, '1997-04-29');
  const w = 'The valley has been split since 1974 when border troops invaded its northern half.';
  assert.equal(resolveEventDate(w, 0, at(w, 'invaded'), '1997-04-15').date, '1974-01-01');
  // a recent date of another clause still dates the trigger when its own clause has none
  const n = 'Last Sunday, voters backed a referendum in which they called for a single district.';
  assert.equal(resolveEventDate(n, 0, at(n, 'called'), '1997-04-12').date, '1997-04-06');
});

test('a page of 2012 updated in 2026 dates an event "in August 2025" of its updated text then, and nothing later', () => {
  // written for this test: an explainer first published in 2012 and updated since
  const s = 'The two provinces signed a water-sharing pact in August 2025.';
  const published = '2012-05-10';
  const modified = '2026-04-24';
  const r = resolveEventDate(s, 0, at(s, 'signed'), published, undefined, null, modified);
  assert.deepEqual([r.date, r.precision, r.text], ['2025-08-01', 'month', 'August 2025']);
  // without the modification date the written date is after publication: a plan, dated on publication
  assert.equal(resolveEventDate(s, 0, at(s, 'signed'), published).date, published);
  // a bare year of the updated text, up to the modification year
  const y = 'The provinces signed a water-sharing pact in 2024.';
  assert.equal(resolveEventDate(y, 0, at(y, 'signed'), published, undefined, null, modified).date, '2024-01-01');
  // a written date after the modification day is still a plan
  const late = 'The two provinces signed a water-sharing pact in December 2026.';
  assert.equal(resolveEventDate(late, 0, at(late, 'signed'), published, undefined, null, modified).date, published);
  // relative expressions resolve against publication, not the update
  const rel = 'The two provinces signed a water-sharing pact last month.';
  assert.equal(resolveEventDate(rel, 0, at(rel, 'signed'), published, undefined, null, modified).date, '2012-04-01');
  const wk = 'The two provinces signed a water-sharing pact on Monday.';
  assert.equal(resolveEventDate(wk, 0, at(wk, 'signed'), published, undefined, null, modified).date, '2012-05-07');
});

test('a date inside a relative clause between commas dates that clause, not the verb after it (eighth hand check, reut2-003)', () => {
  const s = 'Norway, which left the fishing pact at the start of last year, went on to block the quota.';
  assert.equal(resolveEventDate(s, 0, at(s, 'block'), '1990-05-16').date, '1990-05-16');
  const y = 'Norway, which left the fishing pact in 1988, went on to block the quota.';
  assert.equal(resolveEventDate(y, 0, at(y, 'block'), '1990-05-16').date, '1990-05-16');
  // the clause's own verb keeps it, and a date of the main clause still dates the main verb
  assert.equal(resolveEventDate(s, 0, at(s, 'left'), '1990-05-16').date, '1989-01-01');
  const m = 'Norway, which left the fishing pact, last week went on to block the quota.';
  assert.equal(resolveEventDate(m, 0, at(m, 'block'), '1990-05-16').date, '1990-05-07');
});

test('"this October" in a March story is the coming October, a plan: the publication date (eighth hand check, reut2-003)', () => {
  const s = 'The senators criticised the spending plans for the budget year starting this October.';
  assert.equal(resolveEventDate(s, 0, at(s, 'criticised'), '1990-03-12').date, '1990-03-12');
  // a month of the year already past still dates
  const p = 'The senators rejected the plan this January.';
  assert.equal(resolveEventDate(p, 0, at(p, 'rejected'), '1990-03-12').date, '1990-01-01');
});

test('a month written in lower case after "in" is the month; "march" and "may" elsewhere stay verbs (reut2-017)', () => {
  const s = 'The accords were signed during the president\'s trip to Lima in march.';
  assert.equal(resolveEventDate(s, 0, at(s, 'signed'), '1990-05-16').date, '1990-03-01');
  const v = 'The farmers vowed to march on the capital.';
  assert.equal(resolveEventDate(v, 0, at(v, 'vowed'), '1990-05-16').date, '1990-05-16');
});

test('a date in what a stance verb is about, or in a phrase modifying its object, does not date it', () => {
  // a possessive date names its noun's event, not the reiterating
  const p = "The premier reaffirmed his support for last November's truce with the rebels.";
  assert.equal(resolveEventDate(p, 0, at(p, 'reaffirmed'), '1990-03-05').date, '1990-03-05');
  // … but dates a verb right before it, or the noun itself
  const q = "The envoys attended Monday's meeting in Oslo.";
  assert.equal(resolveEventDate(q, 0, at(q, 'attended'), '1990-03-07').date, '1990-03-05');
  // a reduced relative after the trigger dates its participle
  const r = 'The militia threatened reprisals over a border pact signed last September.';
  assert.equal(resolveEventDate(r, 0, at(r, 'threatened'), '1990-03-05').date, '1990-03-05');
  // a participle used as an adjective opens no clause
  const a = 'Customs officers seized motorised pumps and spare parts on March 3.';
  assert.equal(resolveEventDate(a, 0, at(a, 'seized'), '1990-03-05').date, '1990-03-03');
  // what was said before a closing "X said"
  const f = 'Grain exports reached 2.1 mln tonnes in 1985/86, the trade ministry said.';
  assert.equal(resolveEventDate(f, 0, at(f, 'said'), '1990-03-05').date, '1990-03-05');
  // … but a fronted date dates the saying
  const g = 'In January, the trade ministry said exports had fallen.';
  assert.equal(resolveEventDate(g, 0, at(g, 'said'), '1990-03-05').date, '1990-01-01');
  // the year of a noun's event after the trigger ("a comparison with the floods of 1953")
  const n = 'The governor rejected any comparison with the floods of 1953.';
  assert.equal(resolveEventDate(n, 0, at(n, 'rejected'), '1990-03-05').date, '1990-03-05');
  // a long way after a reporting verb is what was said
  const l = 'The minister said the revenue sources for the cuts include the carryover from 1988 and asset sales.';
  assert.equal(resolveEventDate(l, 0, at(l, 'said'), '1990-03-05').date, '1990-03-05');
});

test('"since X" is the start of a state, and "last June" in a June story is the June before', () => {
  const s = 'Dock unions have been bargaining with the port since last June.';
  assert.equal(resolveEventDate(s, 0, at(s, 'bargaining'), '1990-06-12').date, '1990-06-12');
  const y = 'The junta has ruled the island since 1979.';
  assert.equal(resolveEventDate(y, 0, at(y, 'ruled'), '1990-06-12').date, '1990-06-12');
  const m = 'The envoys signed the accord last June.';
  assert.deepEqual(Object.values(resolveEventDate(m, 0, at(m, 'signed'), '1990-06-12')).slice(0, 2), ['1989-06-01', 'month']);
  const e = 'The envoys signed the accord last April.';
  assert.equal(resolveEventDate(e, 0, at(e, 'signed'), '1990-06-12').date, '1990-04-01');
});

test('a fronted phrase, a meeting named by a possessive date and a period of a year still date the event', () => {
  // the saying goes on with what was said: the fronted date is the saying's
  const f = 'Speaking to bankers late on Monday, the envoy said the dispute was settled.';
  assert.equal(resolveEventDate(f, 0, at(f, 'said'), '1990-03-07').date, '1990-03-05');
  // "in last week's meeting": the offer was made there
  const m = "Growers offered new loan terms to the minister in last week's meeting.";
  assert.equal(resolveEventDate(m, 0, at(m, 'offered'), '1990-03-07').date, '1990-02-26');
  // the trigger heads the phrase the possessive date opens
  const n = "Envoys condemned last Friday's deadly rocket attack on the camp.";
  assert.equal(resolveEventDate(n, 0, at(n, 'attack'), '1990-03-07').date, '1990-03-02');
  // "at the start of 1986" is a date, not a noun's year
  const s = 'The cabinet had asked the firm at the start of 1986 to bid for the stake.';
  assert.equal(resolveEventDate(s, 0, at(s, 'asked'), '1990-03-07').date, '1986-01-01');
  // "last April" in an October story is this year's April
  const a = 'The president imposed the duties last April.';
  assert.equal(resolveEventDate(a, 0, at(a, 'imposed'), '1990-10-20').date, '1990-04-01');
  // a stance verb's own phrases run long: "proposed by X on a visit to Y in September"
  const p = 'The rescue plan was proposed by the treasurer on her long visit to the Gulf states in September.';
  assert.equal(resolveEventDate(p, 0, at(p, 'proposed'), '1990-10-20').date, '1990-09-01');
});

test('"next Tuesday" and "this weekend" in a weekday story are days to come: the publication date (ninth hand check)', () => {
  // 1991-05-15 is a Wednesday: chrono-node (forward dates off) had read the Tuesday and the weekend before it
  const n = 'The trade envoy flies to Quito next Tuesday for talks on banana quotas.';
  assert.deepEqual(Object.values(resolveEventDate(n, 0, at(n, 'flies'), '1991-05-15')).slice(0, 3), ['1991-05-15', 'day', null]);
  const w = 'Fishing ministers of both countries meet in Lima this weekend.';
  assert.equal(resolveEventDate(w, 0, at(w, 'meet'), '1991-05-15').date, '1991-05-15');
  // a bare weekday is still the latest such day, and "this weekend" in a Sunday story the one under way
  const b = 'The envoys met on Tuesday in Quito.';
  assert.equal(resolveEventDate(b, 0, at(b, 'met'), '1991-05-15').date, '1991-05-14');
  const s = 'Fishing ministers of both countries met in Lima this weekend.';
  assert.notEqual(resolveEventDate(s, 0, at(s, 'met'), '1991-05-19').date, '1991-05-19');
});

test('a term that starts "from <month day>" after publication is no day of the year before (ninth hand check)', () => {
  const f = 'Norway and Chile agreed to run nine cargo sailings a week from June 30, harbour officials said.';
  assert.deepEqual(Object.values(resolveEventDate(f, 0, at(f, 'agreed'), '1991-04-10')).slice(0, 3), ['1991-04-10', 'day', null]);
  // a date more than half a year ahead keeps the year-before reading; a past one is that day
  const d = 'Norway and Chile agreed to run nine cargo sailings a week from December 2.';
  assert.equal(resolveEventDate(d, 0, at(d, 'agreed'), '1991-04-10').date, '1990-12-02');
  const p = 'Norway and Chile agreed to run nine cargo sailings a week from March 2.';
  assert.equal(resolveEventDate(p, 0, at(p, 'agreed'), '1991-04-10').date, '1991-03-02');
});

test('"missing since <date>" dates the kidnapping that began it, not a release (review of date-scope.ts)', () => {
  const k = 'The relief worker, missing in Goma since February 11, had been abducted by a militia, the station said.';
  assert.deepEqual(Object.values(resolveEventDate(k, 0, at(k, 'abducted'), '1991-04-10')).slice(0, 2), ['1991-02-11', 'day']);
  const y = 'Two surveyors held since 1988 were seized by a clan militia, the agency said.';
  assert.deepEqual(Object.values(resolveEventDate(y, 0, at(y, 'seized'), '1991-04-10')).slice(0, 2), ['1988-01-01', 'year']);
  // a release happened on another day than the seizure
  const r = 'The relief worker, missing in Goma since February 11, was freed by the militia.';
  assert.equal(resolveEventDate(r, 0, at(r, 'freed'), '1991-04-10').date, '1991-04-10');
});

test('a bare year before a name that begins like a unit word, and a fronted phrase of a year before a stance verb, date the event (fresh-eyes review 21)', () => {
  // "2018 Peru": "per" opens the name, not "per cent"; "2018 per cent" stays a number
  const p = 'In 2018 Peru accused Chile of dumping.';
  assert.equal(resolveEventDate(p, 0, at(p, 'accused'), '2020-03-10').date, '2018-01-01');
  const c = 'Output rose in 2018 per cent of the time, the ministry said.';
  assert.notEqual(resolveEventDate(c, 0, at(c, 'rose'), '2020-03-10').date, '2018-01-01');
  // a fronted "In the autumn of 2018," is when the accusing happened, not part of what was said
  const f = 'In the autumn of 2018, Ruritania accused Freedonia of dumping.';
  const r = resolveEventDate(f, 0, at(f, 'accused'), '2020-03-10');
  assert.deepEqual([r.date, r.precision], ['2018-09-01', 'season']);
  const g = 'In the first half of 2018, Ruritania accused Freedonia of dumping.';
  assert.equal(resolveEventDate(g, 0, at(g, 'accused'), '2020-03-10').date, '2018-01-01');
  // near miss: a clause before the comma is what was said ("… in 1985, the ministry said")
  const m = 'Exports of grain fell sharply in 1985, the ministry said.';
  assert.equal(resolveEventDate(m, 0, at(m, 'said'), '1987-03-10').date, '1987-03-10');
});

test('a season dates the event to its first day with precision season; a plan, a deadline or a possessive does not (fresh-eyes review 21)', () => {
  const d = (s: string, trigger: string, published: string | null) => {
    const r = resolveEventDate(s, 0, at(s, trigger), published);
    return [r.date, r.precision, r.text];
  };
  assert.deepEqual(d('Last summer, Ruritania agreed to open its market to Freedonia.', 'agreed', '1987-03-10'), ['1986-06-01', 'season', 'Last summer']);
  assert.deepEqual(d('Ruritania accused Freedonia of dumping in the spring of 1985.', 'accused', '1987-03-10'), ['1985-03-01', 'season', 'spring of 1985']);
  assert.deepEqual(d('The two sides met in winter 1986 to settle the quota.', 'met', '1987-03-10'), ['1985-12-01', 'season', 'winter 1986']);
  // an undated article: a written year still dates, "last summer" does not
  assert.deepEqual(d('The two sides met in the summer of 1984.', 'met', null), ['1984-06-01', 'season', 'summer of 1984']);
  assert.equal(d('The two sides met last summer.', 'met', null)[0], null);
  // near misses: a plan, a season to come, a deadline, a possessive, a bare season, a verb "fall"
  assert.deepEqual(d('Ruritania will open its market this summer.', 'open', '1987-03-10'), ['1987-03-10', 'day', null]);
  assert.deepEqual(d('Ruritania agreed to cut tariffs by the summer of 1986.', 'agreed', '1987-03-10'), ['1987-03-10', 'day', null]);
  assert.deepEqual(d("Ruritania reaffirmed its support for last summer's truce.", 'reaffirmed', '1987-03-10'), ['1987-03-10', 'day', null]);
  assert.deepEqual(d('In summer the envoys meet in the capital.', 'meet', '1987-03-10'), ['1987-03-10', 'day', null]);
  assert.deepEqual(d('Prices will fall sharply, the minister warned.', 'warned', '1987-03-10'), ['1987-03-10', 'day', null]);
});

test('a possessive date after "in" or "amid" before the clause dates it; as another noun\'s time it does not (review 24)', () => {
  const s = "In Tuesday's unrest, hundreds of villagers threw stones at the police.";
  assert.deepEqual([resolveEventDate(s, 0, at(s, 'threw'), '1997-04-09').date, resolveEventDate(s, 0, at(s, 'threw'), '1997-04-09').text], ['1997-04-08', 'Tuesday']);
  const amid = "Amid Monday's protests, police detained two reporters.";
  assert.equal(resolveEventDate(amid, 0, at(amid, 'detained'), '1997-04-09').date, '1997-04-07');
  for (const near of ["After Tuesday's unrest, police detained two reporters.", "The envoy, reacting to Tuesday's unrest, accused the police of brutality.", "In Tuesday's unrest, which left two dead, villagers threw stones."]) {
    const trigger = /detained|accused|threw/.exec(near)![0];
    assert.equal(resolveEventDate(near, 0, at(near, trigger), '1997-04-09').text, null, near);
  }
});

test('a year in a reduced relative opened by a participle and "of" dates that clause, not the main verb (review 24)', () => {
  const s = 'Gendarmes have arrested a third soldier accused of abusing villagers during a peacekeeping mission abroad in 1993, officials said.';
  assert.deepEqual([resolveEventDate(s, 0, at(s, 'arrested'), '1997-04-25').date, resolveEventDate(s, 0, at(s, 'arrested'), '1997-04-25').text], ['1997-04-25', null]);
  const near = 'Gendarmes arrested a third soldier during a peacekeeping mission abroad in 1993.';
  assert.equal(resolveEventDate(near, 0, at(near, 'arrested'), '1997-04-25').date, '1993-01-01');
});
