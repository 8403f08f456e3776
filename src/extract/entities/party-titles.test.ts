import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEntityRunner } from './test-entities.js';

const run = createEntityRunner();

function actors(text: string, date = '2005-02-01'): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const e of run(text, date)) if (e.type === 'PERSON') out[e.name] = e.actor;
  return out;
}

test('a party leader named by the party is coded as the party, not the government', () => {
  const a = actors('Tory leader Hugh Marlow told voters in Britain that the budget was wrong. Lib Dem leader Ann Fenwick agreed.');
  assert.equal(a['Hugh Marlow'], 'GBRPTY');
  assert.equal(a['Ann Fenwick'], 'GBRPTY');
});

test('a shadow minister is coded as the opposition of the country the article is about', () => {
  const a = actors('Shadow Home Secretary Paul Renwick said the British police needed more money. Britain spends less than France.');
  assert.equal(a['Paul Renwick'], 'GBROPP');
});

test("a chamber's leader keeps a government code, and a known office holder the office held on the date", () => {
  const a = actors('Commons leader Paul Renwick met Labour leader Tony Blair in London, the British capital.');
  assert.notEqual(a['Paul Renwick'], 'GBRPTY');
  assert.equal(a['Tony Blair'], 'GBRGOV');
});

test('a shadow post named before its title words is opposition, for a later office holder too (BBC politics 361: George Osborne, 2005)', () => {
  // "chief secretary" is the title; "Shadow Treasury" before it makes the post an opposition one
  const a = actors('Shadow Treasury chief secretary Paul Renwick argued that British growth was slowing. Britain spends less than France.');
  assert.equal(a['Paul Renwick'], 'GBROPP');
  // a known office holder (Chancellor from 2010) in opposition in 2005
  const b = actors('Shadow Treasury chief secretary George Osborne argued that British growth was slowing. Britain spends less than France.');
  assert.equal(b['George Osborne'], 'GBROPP');
  // without "Shadow" the post is a government one
  const c = actors('Treasury chief secretary Paul Renwick argued that British growth was speeding up. Britain spends less than France.');
  assert.notEqual(c['Paul Renwick'], 'GBROPP');
});

test('a party leader titled by the first word of a party the article names is the party\'s (BBC politics 410: "Conservative leader Michael Howard")', () => {
  const a = actors('Tory MP Hugh Marlow is to stand down. Conservative leader Ann Fenwick accepted his resignation in London, the British capital.');
  assert.equal(a['Ann Fenwick'], 'GBRPTY');
  // a word that names no party of the article gives nothing
  const b = actors('Regional leader Ann Fenwick accepted his resignation in London, the British capital.');
  assert.notEqual(b['Ann Fenwick'], 'GBRPTY');
});

test('a shadow post whose portfolio is written in lower case is opposition (BBC politics 339: "Tory shadow local government secretary")', () => {
  // the title is "secretary" alone; "local government", "education" are lower-case words of the post's name
  const a = actors('The scheme is a stealth tax, said Tory shadow local government secretary Paul Renwick in London.');
  assert.equal(a['Paul Renwick'], 'GBROPP');
  const b = actors('British schools need more teachers, said shadow education secretary Ann Fenwick.');
  assert.equal(b['Ann Fenwick'], 'GBROPP');
  // a preposition between "opposition" and the title names no opposition post
  const c = actors('The British scheme met opposition from health secretary Paul Renwick in London.');
  assert.notEqual(c['Paul Renwick'], 'GBROPP');
});
