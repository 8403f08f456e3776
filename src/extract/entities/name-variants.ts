/**
 * The spelling-folded form of a person-name token, under which one article's spellings of one person's name meet:
 * "Erdoğan" and "Erdogan", "Zelenskyy", "Zelenskiy" and "Zelensky", "Gonçalves" and "Goncalves". buildEntities
 * groups and matches person mentions by these forms (the name shown stays the one the article wrote first).
 *
 * Rules: diacritics are folded (NFD, combining marks U+0300–U+036F removed; "ı" dotless i, "ł", "ø", "đ", "ß" to
 * their plain Latin letters); a word-final transliteration of Cyrillic -ий/-ый ("-yy", "-iy", "-yi", "-ii") is
 * written "-y", as in the BGN/PCGN, Ukrainian national (2010) and Library of Congress romanisations of one name
 * ("Zelenskyy", "Zelenskiy", "Zelensky"). Nothing else is folded: doubled letters elsewhere ("Hall", "Hal") and
 * other spelling pairs ("Gaddafi", "Qaddafi") stay apart.
 * @param token a lower-case name token (RawMention.personTokens)
 * @returns the folded form; the token itself when nothing folds
 */
export function nameVariantKey(token: string): string {
  let t = token;
  if (!ASCII.test(t)) t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ıłøđß]/g, (c) => PLAIN_LETTERS[c] ?? c);
  return t.length > 4 ? t.replace(CYRILLIC_ENDING, 'y') : t;
}

/**
 * The spelling-folded forms of a person's name tokens ({@link nameVariantKey}), in order.
 * @param tokens lower-case name tokens
 */
export function nameVariantKeys(tokens: readonly string[]): string[] {
  return tokens.map(nameVariantKey);
}

const ASCII = /^[\x00-\x7f]*$/;

/** Word-final romanisations of Cyrillic -ий/-ый after a consonant ("Zelenskyy", "Zelenskiy", "Zelenskyi"). */
const CYRILLIC_ENDING = /(?<=[bcdfghjklmnpqrstvwxz])(?:yy|iy|yi|ii)$/;

/** Latin letters that NFD does not split into a base letter and a combining mark. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss' };
