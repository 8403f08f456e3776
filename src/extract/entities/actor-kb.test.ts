import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { actorOn, buildActorIndex, lookupPerson, lookupTitledSurname, normaliseName, OfficeHoldersFileSchema } from './actor-kb.js';
import { dataPath } from '../../resources/data-path.js';

const index = buildActorIndex({
  aliases: { 'Ada Quill': ['Quill'], 'Bo Quill': [] },
  terms: [
    ['Ada Quill', 'f', 'NORGOV', 'Prime Minister', '2001-03-01', '2005-03-01'],
    ['Ada Quill', 'f', 'IGOUNO', 'Secretary-General', '2010-01-01', null],
    ['Bo Quill', 'm', 'SWEGOV', 'President', '1990-01-01', '1994-01-01'],
  ],
});

test('names normalise without diacritics, dots or hyphens', () => {
  assert.equal(normaliseName('Recep Tayyip Erdoğan'), 'recep tayyip erdogan');
  assert.equal(normaliseName('Kim Jong-un'), 'kim jong un');
  assert.equal(normaliseName('George H. W. Bush'), 'george h w bush');
});

test('an actor code follows the term that covers the date', () => {
  const ada = lookupPerson(index, 'Ada Quill', '2003-05-05')!;
  assert.equal(actorOn(ada, '2003-05-05')?.actor, 'NORGOV');
  assert.equal(actorOn(ada, '2012-07-01')?.actor, 'IGOUNO');
});

test('between terms a former official is an elite of her country', () => {
  const ada = lookupPerson(index, 'Quill', '2007-01-01')!;
  assert.equal(actorOn(ada, '2007-01-01')?.actor, 'NORELI');
  const bo = lookupPerson(index, 'Bo Quill', '2000-01-01')!;
  assert.equal(actorOn(bo, '2000-01-01')?.actor, 'SWEELI');
  assert.equal(actorOn(bo, '1980-01-01'), null);
});

test('without a date a person gets only what holds on every date of her terms', () => {
  // a national office, then a UN post: nothing holds throughout (was the latest term, IGOUNO)
  const ada = lookupPerson(index, 'ada quill', null)!;
  assert.equal(actorOn(ada, null), null);
  // one term: its code and office
  const bo = lookupPerson(index, 'Bo Quill', null)!;
  assert.deepEqual(actorOn(bo, null), { actor: 'SWEGOV', role: 'President', basis: 'undated' });
  const terms = buildActorIndex({
    aliases: {},
    terms: [
      // two cabinet posts a year apart: a backbencher in between, so only the country holds throughout
      ['Cy Marsh', 'm', 'GBRGOV', 'Foreign Secretary', '2016-07-13', '2018-07-09'],
      ['Cy Marsh', 'm', 'GBRGOV', 'Prime Minister', '2019-07-24', '2022-09-06'],
      // vice-president, then president the next day: one government code without a break, offices differ
      ['Di Fenn', 'f', 'USAGOV', 'Vice President', '1981-01-20', '1989-01-20'],
      ['Di Fenn', 'f', 'USAGOV', 'President', '1989-01-20', '1993-01-20'],
      // a general, then a minister of the same country
      ['Ed Lark', 'm', 'EGYMIL', 'General', '2000-01-01', '2012-08-12'],
      ['Ed Lark', 'm', 'EGYGOV', 'Defence Minister', '2012-08-12', null],
    ],
  });
  assert.deepEqual(actorOn(lookupPerson(terms, 'Cy Marsh', null)!, null), { actor: 'GBR', role: null, basis: 'undated' });
  assert.deepEqual(actorOn(lookupPerson(terms, 'Di Fenn', null)!, null), { actor: 'USAGOV', role: null, basis: 'undated' });
  assert.equal(actorOn(lookupPerson(terms, 'Ed Lark', null)!, null)?.actor, 'EGY');
  // a date still picks the term
  assert.equal(actorOn(lookupPerson(terms, 'Cy Marsh', '2020-01-01')!, '2020-01-01')?.actor, 'GBRGOV');
});

test('user people replace built-in people of the same name', () => {
  const merged = buildActorIndex({ aliases: {}, terms: [['Bo Quill', 'm', 'SWEGOV', 'President', '1990-01-01', '1994-01-01']] }, [
    { name: 'Bo Quill', terms: [{ actor: 'SWEBUS', from: '1995-01-01', to: null }] },
  ]);
  const bo = lookupPerson(merged, 'Bo Quill', '1996-01-01')!;
  assert.equal(actorOn(bo, '1996-01-01')?.actor, 'SWEBUS');
});

test('the office-holder file validates and dates the G7 finance ministers: Brown is the UK government as Chancellor (2005) and as Prime Minister, Baker as Treasury Secretary (1987)', () => {
  const file = OfficeHoldersFileSchema.parse(JSON.parse(readFileSync(dataPath('actors', 'office-holders.json'), 'utf8')));
  const kb = buildActorIndex(file);
  const brown = lookupPerson(kb, 'Gordon Brown', '2005-03-16')!;
  assert.deepEqual(actorOn(brown, '2005-03-16'), { actor: 'GBRGOV', role: 'Chancellor of the Exchequer', basis: 'in-office' });
  assert.equal(actorOn(brown, '2008-01-01')?.role, 'Prime Minister');
  // Chancellor 1997-2007, then Prime Minister the same day: one government code throughout, so undated too
  assert.equal(actorOn(brown, null)?.actor, 'GBRGOV');
  assert.equal(actorOn(lookupPerson(kb, 'James Baker', '1987-03-01')!, '1987-03-01')?.actor, 'USAGOV');
  assert.equal(lookupTitledSurname(kb, 'Stoltenberg', 'Finance Minister', null, '1987-03-01')?.name, 'Gerhard Stoltenberg');
  assert.equal(lookupTitledSurname(kb, 'Brown', 'Chancellor', 'GBR', '2005-03-16')?.name, 'Gordon Brown');
  // every term is well formed: from before to, and one gender per person
  const gender = new Map<string, string>();
  for (const [name, g, , , from, to] of file.terms) {
    assert.ok(from === null || to === null || from < to, `${name} ${from} ${to}`);
    assert.equal(gender.get(name) ?? g, g, name);
    gender.set(name, g);
  }
});
