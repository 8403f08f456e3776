import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identifyLanguage, isEnglishTag } from './identify-language.js';
import { withLanguage } from './with-language.js';
import type { ReadResult } from './read-result.js';

// Test texts written for these tests.
const SWAHILI = [
  'Serikali ya mkoa imetangaza kwamba barabara mpya itajengwa kati ya mji na kijiji cha wavuvi mwaka ujao.',
  'Wakazi wengi walifurahi kusikia habari hiyo kwa sababu safari ya sasa inachukua saa nne wakati wa mvua.',
  'Mkuu wa wilaya alisema fedha zimetengwa na kazi itaanza mara baada ya msimu wa mavuno kumalizika.',
  'Wafanyabiashara wa samaki walisema barabara hiyo itawasaidia kufikisha bidhaa sokoni zikiwa bado mbichi.',
].join('\n');
const HINDI = 'सरकार ने आज कहा कि नदी के किनारे नई सड़क अगले साल बनेगी। गाँव के लोगों ने इस फ़ैसले का स्वागत किया और कहा कि बारिश में रास्ता बहुत ख़राब हो जाता है।';
const ENGLISH = 'The harbour board said on Monday that the new quay would open in May, and that fishing boats would be given the first berths after the repairs.';
const TABLE = 'LAKEVIEW, Feb 3 - Shr 12 cts vs nine cts\nNet 1,204,000 vs 903,000\nRevs 14.5 mln vs 12.1 mln\nNine mths\nShr 40 cts vs 31 cts\nNet 4,050,000 vs 3,120,000';

test('a long text in Swahili is not English, whatever its page declares', async () => {
  const id = await identifyLanguage(`${SWAHILI}\n${SWAHILI}`, 'en-US');
  assert.equal(id.english, false);
  assert.equal(id.by, 'trigrams');
  assert.equal(id.lang, 'sw');
});

test('a short Swahili item (48 words) is not English when the trigram model is sure; a text of a few words is left alone', async () => {
  const words = SWAHILI.split(/\s+/);
  assert.deepEqual(await identifyLanguage(words.slice(0, 48).join(' '), 'en'), { english: false, lang: 'sw', by: 'trigrams' });
  assert.deepEqual(await identifyLanguage(words.slice(0, 12).join(' ')), { english: true, lang: null, by: 'english' });
});

test('a text mostly in Devanagari is Hindi by its script', async () => {
  assert.deepEqual(await identifyLanguage(`Local News\n${HINDI}`), { english: false, lang: 'hi', by: 'script' });
});

test('English prose and a telegraphic earnings table are English, and keep their declared tag', async () => {
  assert.deepEqual(await identifyLanguage(ENGLISH, 'en-GB'), { english: true, lang: 'en-GB', by: 'english' });
  assert.deepEqual(await identifyLanguage(`${TABLE}\n${TABLE}`), { english: true, lang: null, by: 'english' });
});

test('a long telegraphic price table (100+ words, no function words) stays English though trigrams lean French by a hair', async () => {
  // made-up vegetable oil quotes, laid out as the wires print them: franc ranks French first and English 0.999 of it
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const goods = ['RAPESEED OIL Dutch fob guilders per tonne', 'COCONUT OIL Philippine cif Rotterdam dlrs per tonne', 'PALM OLEIN Malaysian fob ringgit per tonne', 'SUNFLOWERSEED OIL any origin ex tank Rotterdam dlrs per tonne', 'LINSEED OIL any origin ex tank Rotterdam dlrs per tonne'];
  const rows = goods.flatMap((good, g) => [good, ...[0, 1, 2, 3, 4, 5].map((m) => `${months[(m + g) % 12]}/${months[(m + g + 2) % 12]} ${(300 + g * 17 + m * 2.5).toFixed(2)} sellers ${(298 + g * 17 + m * 2.5).toFixed(2)} buyers`)]);
  const table = `VEGETABLE OILS MIDDAY - JUN 9\n${rows.join('\n')}`;
  assert.deepEqual(await identifyLanguage(table), { english: true, lang: null, by: 'english' });
  // a long Swahili text still is not English (English scores far lower there)
  assert.equal((await identifyLanguage(`${SWAHILI}\n${SWAHILI}\n${SWAHILI}`)).lang, 'sw');
});

test('a declared language stands for a short text, and plain English prose overrules a wrong tag', async () => {
  assert.deepEqual(await identifyLanguage('Mvua kubwa Dodoma', 'sw'), { english: false, lang: 'sw', by: 'declared' });
  assert.deepEqual(await identifyLanguage('Mvua kubwa Dodoma', 'swa_tz'), { english: false, lang: 'sw-TZ', by: 'declared' });
  assert.deepEqual(await identifyLanguage(`${ENGLISH} ${ENGLISH}`, 'de'), { english: true, lang: 'en', by: 'english' });
});

test('a language of another script declared on a text in Latin letters with some English function words is English; a Latin-script language declared stands', async () => {
  // made-up results list: names and marks, few function words (about 1 word in 20), too few for plain English prose
  const results = 'Hillcrest Public School: Class XII results 2024. Anita Rao 97.2 percent, Kiran Shetty 96.8 percent, Mohammed Irfan 96.1 percent, Priya Nayak 95.7 percent, Rahul Pai 95.0 percent. Science stream toppers Deepa Bhat 98.0 percent, Suresh Kamath 97.5 percent. Commerce toppers Lavina DSouza 96.4 percent, Ashwin Hegde 95.9 percent. Principal Dr Maya Kulkarni congratulated the students and teachers.';
  assert.deepEqual(await identifyLanguage(results, 'kn'), { english: true, lang: 'en', by: 'english' });
  assert.deepEqual(await identifyLanguage(results, 'ru-RU'), { english: true, lang: 'en', by: 'english' });
  assert.deepEqual(await identifyLanguage(results, 'sw'), { english: false, lang: 'sw', by: 'declared' });
  assert.deepEqual(await identifyLanguage('Anita Rao 97.2 percent, Kiran Shetty 96.8 percent', 'kn'), { english: false, lang: 'kn', by: 'declared' });
  // Serbian in Latin letters under sr ("to" is a Serbian word too): the trigrams do not read English, the tag stands
  const serbian = 'Vlada je danas saopštila da će novi put biti izgrađen do kraja godine. To je dobra vest za sve građane, rekao je ministar. On je dodao da će radovi početi u proleće i da će trajati dve godine. Meštani su zadovoljni jer je stari put u lošem stanju već dugo vremena, a to je veliki problem za njih.';
  assert.deepEqual(await identifyLanguage(serbian, 'sr'), { english: false, lang: 'sr', by: 'declared' });
});

test('English tags are told from other languages', () => {
  for (const tag of ['en', 'en-GB', 'en_us', 'EN', 'eng', 'English', '', undefined, 'und', 'x-default']) assert.equal(isEnglishTag(tag), true, String(tag));
  for (const tag of ['de', 'sw', 'zu-ZA', 'hin', 'fr_CA']) assert.equal(isEnglishTag(tag), false, tag);
});

test('the language pass sets lang on an article in another language and leaves an English article as it was', async () => {
  const english: ReadResult = { ok: true, article: { id: 'e', title: 'Quay', published: null, text: ENGLISH } };
  assert.equal(await withLanguage(english), english);
  const hindi = await withLanguage({ ok: true, article: { id: 'h', title: 'Sadak', published: null, text: HINDI, lang: 'en' } });
  assert.equal(hindi.ok && hindi.article.lang, 'hi');
});
