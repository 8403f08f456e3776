import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageTag } from './language-tag.js';

test('ISO 639-3 codes with an ISO 639-1 code become that code', () => {
  for (const [code, tag] of [['swa', 'sw'], ['zul', 'zu'], ['xho', 'xh'], ['hin', 'hi'], ['tgl', 'tl'], ['deu', 'de']]) assert.equal(languageTag(code), tag, code);
});

test("franc's individual Swahili 'swh' is stored as 'sw', and other macrolanguage members as their macrolanguage", () => {
  for (const [code, tag] of [['swh', 'sw'], ['cmn', 'zh'], ['arb', 'ar'], ['pes', 'fa'], ['zsm', 'ms']]) assert.equal(languageTag(code), tag, code);
});

test('a language with no two-letter code keeps its ISO 639-3 code', () => {
  for (const code of ['quy', 'nso', 'zlm', 'ckb']) assert.equal(languageTag(code), code);
});

test('two-letter codes stay what they are, and later subtags are cased as BCP 47 writes them', () => {
  assert.equal(languageTag('tl'), 'tl');
  assert.equal(languageTag(' SW_ke '), 'sw-KE');
  assert.equal(languageTag('swa-tz'), 'sw-TZ');
  assert.equal(languageTag('zh-hant-tw'), 'zh-Hant-TW');
});

test('a value that is no language code is returned as written', () => {
  assert.equal(languageTag(' Kiswahili '), 'Kiswahili');
  assert.equal(languageTag('x-default'), 'x-default');
});
