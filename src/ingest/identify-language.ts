/**
 * English function words: together about a quarter of the words of English news prose (1,500 BBC and Reuters stories
 * measured: English prose 0.15–0.45, Reuters' earnings tables down to 0), and next to none of the words of other
 * languages (Zulu, Xhosa, Swahili pages of news sites: 0.000–0.005; only the nav and footer are English).
 */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the of and to is that for with said was were has have this which from by would been their they will it its his he she are not but had who after'.split(' '),
);

/** Below this share of English function words, a text is not English prose (see {@link ENGLISH_FUNCTION_WORDS}). */
const MAX_NON_ENGLISH_SHARE = 0.02;

/**
 * Fewest words (runs of 2+ letters) for the trigram model to overrule English: telegraphic Reuters earnings tables
 * ("Shr 41 cts vs 37 cts / Net 8.3 mln vs 7.9 mln", made-up figures) have no function words and read as French or Cebuano to
 * trigrams; of 13,000 Reuters stories the longest such one had 60 words.
 */
const MIN_WORDS = 100;

/**
 * Fewest words for the trigram model to overrule English on a shorter text (under {@link MIN_WORDS}), when it is
 * confident: English scores under {@link MAX_SHORT_ENGLISH_SCORE} of the top language's score (franc's francAll).
 */
const MIN_SHORT_WORDS = 20;

/**
 * Highest score of English, relative to the top language (francAll: the top is 1), at which a short text
 * ({@link MIN_SHORT_WORDS}–{@link MIN_WORDS} words, almost no English function words) is taken as another language.
 * Measured on Reuters-21578 (all 22 files): of the 852 stories of 20–99 words without function words (earnings
 * tables) that franc gives another language than English, English scored at least 0.920 (0.935 from 30 words); a
 * Swahili text written for the tests scores English 0.42 at 20 words, 0.65 at 48. 0.85 leaves English tables a margin:
 * a real English article taken for another language loses all its extraction.
 */
const MAX_SHORT_ENGLISH_SCORE = 0.85;

/**
 * Highest score of English, relative to the top language, at which a longer text ({@link MIN_WORDS} words or more,
 * almost no English function words) is taken as another language. Measured on Reuters-21578 (all 22 files): the 6
 * stories of 100+ words that franc gives another language (price tables, fund dividend notices: French, Scots,
 * Nynorsk, Galician) score English at least 0.993; the Zulu, Xhosa and Swahili pages of the test corpora (155–412
 * words, with English navigation and footers) score it 0.909–0.945.
 */
const MAX_LONG_ENGLISH_SCORE = 0.97;

/** A text whose letters are mostly of another script than Latin (and at least this many) is not English. */
const MIN_SCRIPT_LETTERS = 50;

/** At least this share of English function words (over {@link MIN_CLEAR_WORDS} words) is English, whatever is declared. */
const MIN_CLEAR_ENGLISH_SHARE = 0.08;
const MIN_CLEAR_WORDS = 30;

/** Language subtags that name no language: undetermined, multiple, no linguistic content, uncoded. */
const NO_LANGUAGE: ReadonlySet<string> = new Set(['und', 'mul', 'zxx', 'mis']);

/** The language found for a text. */
export interface LanguageId {
  /** false only when the text is known not to be English (then do not run English extraction on it) */
  english: boolean;
  /**
   * BCP 47 language tag ({@link import('./language-tag.js').languageTag}: ISO 639-1 where the language or its
   * macrolanguage has one: `zu`, `sw` (franc's `swh`), `hi`; else ISO 639-3), or null when unknown. An English
   * article keeps its declared tag as written (`en-GB`, `eng`).
   */
  lang: string | null;
  /** what decided: the writing system, the trigram model (franc), the declared language, or English by default */
  by: 'script' | 'trigrams' | 'declared' | 'english';
}

/**
 * Whether a declared language tag (HTML `lang`, feed `<language>`, a JSON field) names English or nothing known:
 * `en`, `en-GB`, `en_us`, `eng`, `English`, an empty or unknown value. Only a tag whose primary subtag is another
 * 2- or 3-letter language code (`de`, `zu`, `swa`) is not English.
 * @param tag the tag as written, or undefined
 */
export function isEnglishTag(tag: string | null | undefined): boolean {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return true;
  return primary === 'en' || primary === 'eng' || NO_LANGUAGE.has(primary);
}

/** Counts of a text for the English test: words of 2+ letters, English function words among them, letters, non-Latin letters. */
function textCounts(text: string): { words: number; functionWords: number; letters: number; nonLatin: number } {
  let words = 0;
  let functionWords = 0;
  for (const m of text.matchAll(/\p{L}{2,}/gu)) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(m[0].toLowerCase())) functionWords++;
  }
  // counted without an array of every letter (text.match(/\p{L}/gu) allocated one string per letter): ASCII letters
  // are letters of the Latin script, other ASCII is neither; the rest is tested one code point at a time
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const folded = c | 32;
      if (folded >= 97 && folded <= 122) {
        letters++;
        latin++;
      }
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (LETTER.test(ch)) letters++;
    if (LATIN_SCRIPT.test(ch)) latin++;
  }
  return { words, functionWords, letters, nonLatin: letters - latin };
}

/**
 * Whether a language tag's language is written in the Latin script, by CLDR's likely subtags (`Intl.Locale#maximize`:
 * `kn` → Knda, `ru` → Cyrl, `sw` → Latn); true when the tag is not a valid locale (nothing known against it).
 */
function writtenInLatin(tag: string): boolean {
  try {
    return (new Intl.Locale(tag.trim().replace(/_/g, '-')).maximize().script ?? 'Latn') === 'Latn';
  } catch {
    return true;
  }
}

/** One letter (any script). */
const LETTER = /^\p{L}$/u;

/** One character of the Latin script (letters, and a few letter-like symbols such as Roman numerals). */
const LATIN_SCRIPT = /^\p{Script=Latin}$/u;

/**
 * Identifies the language of an article's text, to keep English extraction off other languages. Declared languages
 * are not trusted on their own (news sites in Zulu and Swahili declare `lang="en"` from their templates), and the
 * trigram model is not trusted on short or telegraphic English; so a text is not English when
 * - most of its letters (at least {@link MIN_SCRIPT_LETTERS}) are of another script (Devanagari, Cyrillic, Arabic…), or
 * - it has at least {@link MIN_WORDS} words, under {@link MAX_NON_ENGLISH_SHARE} of them English function words, and
 *   franc (trigrams, 187 languages) does not find English, with English under {@link MAX_LONG_ENGLISH_SCORE} of the
 *   top language's score (long English price tables read as French or Scots by a hair), or
 * - it has {@link MIN_SHORT_WORDS} to {@link MIN_WORDS} words, as few function words, and franc is confident: its
 *   top language is not English and English scores under {@link MAX_SHORT_ENGLISH_SCORE} of it (a 48-word Swahili
 *   item was English before), or
 * - a non-English language is declared ({@link isEnglishTag}) and the text is not plainly English prose (at least
 *   {@link MIN_CLEAR_WORDS} words, {@link MIN_CLEAR_ENGLISH_SHARE} of them English function words — or, when the
 *   declared language is written in another script than Latin, {@link MAX_NON_ENGLISH_SHARE} of them in a text of
 *   Latin letters that franc also reads as English: then it is `en`).
 * franc is imported only for a text that is a candidate (the common English article costs a pass of one regular
 * expression).
 * @param text the article text
 * @param declared the language the source declares, if any
 * @returns the language; `lang` null when English by default and nothing was declared
 */
export async function identifyLanguage(text: string, declared?: string | null): Promise<LanguageId> {
  const c = textCounts(text);
  const share = c.words ? c.functionWords / c.words : 0;
  const otherScript = c.letters >= MIN_SCRIPT_LETTERS && c.nonLatin > c.letters / 2;
  if (otherScript || (share < MAX_NON_ENGLISH_SHARE && c.words >= MIN_SHORT_WORDS)) {
    const [{ francAll }, { languageTag }] = await Promise.all([import('franc'), import('./language-tag.js')]);
    const scores = francAll(text);
    const code = scores[0][0];
    // a short text only when English is far behind (telegraphic English tables read as French or Cebuano, narrowly)
    const english = scores.find(([lang]) => lang === 'eng')?.[1] ?? 0;
    const confident = otherScript || english < (c.words >= MIN_WORDS ? MAX_LONG_ENGLISH_SCORE : MAX_SHORT_ENGLISH_SCORE);
    if (code !== 'eng' && code !== 'und' && confident) return { english: false, lang: languageTag(code), by: otherScript ? 'script' : 'trigrams' };
  }
  if (!isEnglishTag(declared)) {
    // a declared language stands unless the text is plainly English prose (a template's wrong tag)
    if (c.words >= MIN_CLEAR_WORDS && share >= MIN_CLEAR_ENGLISH_SHARE) return { english: true, lang: 'en', by: 'english' };
    // a language written in another script (Kannada, Hindi, Russian…) declared on a text in Latin letters with English
    // function words: the tag is the site's, not the text's (an Indian site's feed declares kn on its English items)
    // — when the trigram model reads English too: Serbian and romanised Hindi are written in Latin letters under
    // `sr` / `hi`, and "to", "he", "the" are words of theirs
    if (c.words >= MIN_CLEAR_WORDS && share >= MAX_NON_ENGLISH_SHARE && c.letters >= MIN_SCRIPT_LETTERS && c.nonLatin <= c.letters / 10 && !writtenInLatin(declared!)) {
      const { francAll } = await import('franc');
      if (francAll(text)[0]?.[0] === 'eng') return { english: true, lang: 'en', by: 'english' };
    }
    const { languageTag } = await import('./language-tag.js');
    return { english: false, lang: languageTag(declared!), by: 'declared' };
  }
  return { english: true, lang: declared?.trim() || null, by: 'english' };
}
