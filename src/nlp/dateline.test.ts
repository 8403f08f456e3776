import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNlp } from './nlp.js';
import { isMonthWord } from './month-words.js';
import { DATELINE_VERSION, datelineAtToken, type Dateline, type DatelinePart } from './dateline.js';

const nlp = createNlp();

const slice = (text: string, p: DatelinePart | null) => (p ? text.slice(p.start, p.end) : null);

/** The datelines of `text` as strings: whole, place, region, date, agency. */
function datelines(text: string) {
  return nlp.parse(text).datelines.map((d: Dateline) => ({
    all: text.slice(d.start, d.end),
    place: slice(text, d.place),
    region: slice(text, d.region),
    date: slice(text, d.date),
    agency: slice(text, d.agency),
  }));
}

test('a Reuters dateline gives its place, date and agency as half-open spans', () => {
  assert.deepEqual(datelines('OSLO, May 4 (Reuters) - The premier met his cabinet on Monday.'), [
    { all: 'OSLO, May 4 (Reuters) -', place: 'OSLO', region: null, date: 'May 4', agency: 'Reuters' },
  ]);
});

test('an AP dateline with a state abbreviation, split into two sentences by the tagger, is one dateline', () => {
  const text = 'FARGO, N.D. (AP) — A snowplough driver rescued two hikers.';
  assert.deepEqual(datelines(text), [{ all: 'FARGO, N.D. (AP) —', place: 'FARGO', region: 'N.D.', date: null, agency: 'AP' }]);
  const doc = nlp.parse(text);
  const d = doc.datelines[0];
  assert.equal(text.slice(doc.starts[d.endToken], doc.ends[d.endToken]), 'A');
  assert.equal(d.provenance.component, 'nlp');
  assert.equal(d.provenance.version, DATELINE_VERSION);
  assert.equal(d.provenance.rule, 'dateline-agency');
});

test('a region, a date and a wire in parentheses all stand in one dateline', () => {
  assert.deepEqual(datelines('SPRINGFIELD, Ill., Oct. 2 (UPI) -- Farmers asked for rain.'), [
    { all: 'SPRINGFIELD, Ill., Oct. 2 (UPI) --', place: 'SPRINGFIELD', region: 'Ill.', date: 'Oct. 2', agency: 'UPI' },
  ]);
});

test('a place of several words, a slash or a hyphen is one place', () => {
  assert.equal(datelines('OSLO/STOCKHOLM, June 8 - Ministers met.')[0].place, 'OSLO/STOCKHOLM');
  assert.equal(datelines('SAN JUAN, Puerto Rico (AP) _ Divers found a wreck.')[0].place, 'SAN JUAN');
  assert.equal(datelines('WILKES-BARRE, Pa., May 1 - Shares rose.')[0].place, 'WILKES-BARRE');
});

test('a mixed-case place needs a date or an agency, and a colon closes an Indian-press dateline', () => {
  assert.deepEqual(datelines('Chennai, 12 August: The state government said it would act.'), [
    { all: 'Chennai, 12 August:', place: 'Chennai', region: null, date: '12 August', agency: null },
  ]);
  assert.equal(datelines('Ottawa (CNN) — The minister resigned.')[0].agency, 'CNN');
  assert.deepEqual(datelines('Ottawa - the capital - was quiet.'), []);
});

test('a dated dateline credited to an agency may lack its dash', () => {
  assert.deepEqual(datelines('HANOI, Nov. 27 (Xinhua) Rice exports rose in October.'), [
    { all: 'HANOI, Nov. 27 (Xinhua)', place: 'HANOI', region: null, date: 'Nov. 27', agency: 'Xinhua' },
  ]);
  assert.deepEqual(datelines('Our bank (HSBC) Profits rose.'), []);
});

test('a place in capitals before a dash is a dateline on its own', () => {
  assert.deepEqual(datelines('TAIPEI -- The index closed higher on Monday.'), [{ all: 'TAIPEI --', place: 'TAIPEI', region: null, date: null, agency: null }]);
});

test('a dated dateline on a line of its own opens the next paragraph', () => {
  const text = 'LIMA, Peru (AP) _\nRescuers reached the village.';
  assert.deepEqual(datelines(text), [{ all: 'LIMA, Peru (AP) _', place: 'LIMA', region: 'Peru', date: null, agency: 'AP' }]);
  const doc = nlp.parse(text);
  assert.equal(doc.datelines[0].endToken, doc.sentences[1].firstToken);
});

test('each paragraph may open with a dateline of its own', () => {
  const ds = datelines('Markets in brief\nTAIPEI -- The index rose on Monday.\nSEOUL -- The index fell on Monday.');
  assert.deepEqual(
    ds.map((d) => d.place),
    ['TAIPEI', 'SEOUL'],
  );
});

test('no dateline: ordinary prose, a sentence in capitals, a heading, a hyphenated word, a dash later in a sentence', () => {
  assert.deepEqual(datelines('The minister met her counterpart on Tuesday.'), []);
  assert.deepEqual(datelines('LONDON IS the largest city in Britain - by far.'), []);
  assert.deepEqual(datelines('RESULTS, PAGE 7 — scores from the weekend'), []);
  assert.deepEqual(datelines('STOCK MARKET REPORT - APRIL 2'), []);
  assert.deepEqual(datelines('UN-led talks resumed in Geneva on Friday.'), []);
  assert.deepEqual(datelines('NATO Secretary-General Ann Smith said - again - that the alliance would act.'), []);
  assert.deepEqual(datelines('The bank (HSBC) - which reported on Monday - said profits rose.'), []);
  assert.deepEqual(datelines('KENYA:\nCapital city and languages.'), []);
});

test('a dateline is only looked for where a paragraph begins', () => {
  assert.deepEqual(datelines('Stocks rose. TAIPEI -- The index closed higher.'), []);
});

test('datelineAtToken finds the dateline holding a token, and nothing after it', () => {
  const text = 'OSLO, May 4 - Police said a bridge fell.';
  const doc = nlp.parse(text);
  const d = doc.datelines[0];
  assert.equal(datelineAtToken(doc, 0), d);
  assert.equal(datelineAtToken(doc, d.endToken - 1), d);
  assert.equal(datelineAtToken(doc, d.endToken), undefined);
});

test('month words are month names and their wire abbreviations, nothing longer', () => {
  assert.ok(isMonthWord('march') && isMonthWord('sept.') && isMonthWord('dec'));
  assert.ok(!isMonthWord('market') && !isMonthWord('mayor'));
});
