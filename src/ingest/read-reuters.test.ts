import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeSgmlText, readReuters, withoutSignOff } from './read-reuters.js';
import { readInputs } from './read-inputs.js';
import { fixturePath, sharedPath } from './shared-path.js';
import type { ReadResult } from './read-result.js';

test('SGML references decode and control-code references vanish', () => {
  assert.equal(decodeSgmlText('&#2;A &lt;B&gt; &amp; C&#3;&#31;'), 'A <B> & C');
});

test('a Reuters document gives title, date, dateline-led text in paragraphs, without the sign-off', () => {
  const rs = readReuters(readFileSync(fixturePath('reuters-sample.sgm')), 'sample.sgm');
  const [story, brief] = rs.flatMap((r) => (r.ok ? [r.article] : []));
  assert.equal(story.title, 'VALMORA GRAIN HARVEST SEEN UP 12 PCT <VGR>');
  assert.equal(story.published, '1987-03-02');
  assert.equal(story.source, 'Reuters');
  assert.equal(story.origin, 'sample.sgm#101');
  assert.deepEqual(story.text.split('\n'), [
    'VALMORA, March 2 - The Valmora agriculture ministry said the wheat harvest would rise 12 pct this year, helped by late rains in the northern provinces.',
    'A ministry official, José Ferreira, said exports to neighbouring states could double.',
  ]);
  assert.equal(brief.title, 'VALMORA CENTRAL BANK HOLDS RATES');
  assert.equal(brief.text, 'VALMORA CENTRAL BANK HOLDS RATES', 'a BRIEF story keeps its title, not the placeholder body');
});

test('a document cut off before </REUTERS> is one truncation failure naming its NEWID', () => {
  const rs = readReuters(readFileSync(fixturePath('reuters-sample.sgm')), 'sample.sgm');
  assert.equal(rs.length, 3);
  assert.deepEqual(rs[2], { ok: false, origin: 'sample.sgm#103', code: 'E_INGEST_TRUNCATED', message: 'sample.sgm#103: the <REUTERS> document is not closed (file truncated?)' });
});

test('Reuters SGML is detected by content', async () => {
  const out: ReadResult[] = [];
  for await (const r of readInputs([fixturePath('reuters-sample.sgm')])) out.push(r);
  assert.equal(out.filter((r) => r.ok).length, 2);
});

test('a real Reuters-21578 file reads 1,000 stories, dated 1987', { skip: sharedPath('corpora', 'reuters-21578', 'sgm-data', 'reut2-017.sgm') ? false : 'shared data missing (set DETENTE_SHARED)' }, () => {
  const rs = readReuters(readFileSync(sharedPath('corpora', 'reuters-21578', 'sgm-data', 'reut2-017.sgm')!), 'reut2-017.sgm');
  assert.equal(rs.length, 1000);
  const ok = rs.flatMap((r) => (r.ok ? [r.article] : []));
  assert.ok(ok.length >= 995);
  assert.ok(ok.every((a) => a.published?.startsWith('1987-')));
  assert.ok(ok.every((a) => !/[\u0000-\u0008\u000b-\u001f]/.test(a.text)));
});

test('the Reuter sign-off goes with the white space before and after it, and only when it is a word of its own', () => {
  assert.equal(withoutSignOff('Cocoa prices rose.\n  Reuter\n\u0003'), 'Cocoa prices rose.\n  Reuter\n\u0003', 'a control code after it: not at the end');
  assert.equal(withoutSignOff('Cocoa prices rose.\n    REUTER \n'), 'Cocoa prices rose.');
  assert.equal(withoutSignOff('Grain exports fell.  Reutr'), 'Grain exports fell.');
  assert.equal(withoutSignOff('the agency is Preuter'), 'the agency is Preuter');
  assert.equal(withoutSignOff('shares of Reuters'), 'shares of Reuters');
  assert.equal(withoutSignOff('Reuter'), '');
  assert.equal(withoutSignOff('no sign-off here \n'), 'no sign-off here \n');
});

test('the sign-off removal equals the regular expression it replaces on 20,000 random endings', () => {
  const parts = ['Reuter', 'reutr', 'REUTERS', 'xReuter', '_reuter', ' ', '\n', '\t', '\u00a0', '\u2028', 'word', '.', 'r', '3'];
  let seed = 7;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % parts.length;
  for (let i = 0; i < 20_000; i++) {
    let s = '';
    for (let k = 0, n = 1 + (i % 7); k < n; k++) s += parts[next()];
    assert.equal(withoutSignOff(s), s.replace(/\s*\breute?r\s*$/i, ''), JSON.stringify(s));
  }
});

/** A Reuters-21578 file of three documents, the second an empty transmission (control codes alone), as NEWID 12793 is. */
const WITH_EMPTY_DOCUMENT = [
  '<REUTERS TOPICS="NO" NEWID="201"><DATE> 3-APR-1987 07:02:11.10</DATE><TEXT>&#2;<TITLE>VALMORA TRADE SURPLUS WIDENS</TITLE><BODY>The Valmora trade surplus widened in March, the ministry said.\n Reuter\n&#3;</BODY></TEXT></REUTERS>',
  '<REUTERS TOPICS="NO" NEWID="202"><DATE> 3-APR-1987 07:09:06.48</DATE><TEXT TYPE="UNPROC">&#2;\n&#3;\n\n</TEXT></REUTERS>',
  '<REUTERS TOPICS="NO" NEWID="203"><DATE> 3-APR-1987 07:12:40.00</DATE><TEXT TYPE="BRIEF">&#2;<TITLE>VALMORA CENTRAL BANK CUTS RATES</TITLE>Blah blah blah.\n&#3;</TEXT></REUTERS>',
].join('\n');

test('an empty document of a Reuters file is skipped (no article), not a failure; a title-only BRIEF story stays an article', () => {
  const rs = readReuters(Buffer.from(WITH_EMPTY_DOCUMENT, 'latin1'), 'x.sgm');
  assert.equal(rs.length, 3);
  assert.equal(rs[0].ok, true);
  assert.equal(rs[2].ok && rs[2].article.text, 'VALMORA CENTRAL BANK CUTS RATES');
  const empty = rs[1];
  assert.ok(!empty.ok);
  assert.equal(empty.origin, 'x.sgm#202');
  assert.equal(empty.code, 'E_INGEST_NO_ARTICLE');
  assert.equal(empty.skip, 'no-article');
});

test('a truncated Reuters document stays a failure, not skipped', () => {
  const rs = readReuters(Buffer.from(`${WITH_EMPTY_DOCUMENT}\n<REUTERS NEWID="204"><TEXT><TITLE>CUT OFF`, 'latin1'), 'x.sgm');
  const last = rs[rs.length - 1];
  assert.ok(!last.ok);
  assert.equal(last.code, 'E_INGEST_TRUNCATED');
  assert.equal(last.skip, undefined);
});

test('every document of reut2-012.sgm is an article or skipped: none fails', { skip: sharedPath('corpora', 'reuters-21578', 'sgm-data', 'reut2-012.sgm') ? false : 'shared data missing (set DETENTE_SHARED)' }, () => {
  const rs = readReuters(readFileSync(sharedPath('corpora', 'reuters-21578', 'sgm-data', 'reut2-012.sgm')!), 'reut2-012.sgm');
  const failed = rs.filter((r) => !r.ok && r.skip === undefined);
  assert.deepEqual(failed, []);
  assert.ok(rs.some((r) => !r.ok && r.skip === 'no-article'));
});
