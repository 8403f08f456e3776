/**
 * Letters wink-nlp's tokeniser does not count as word characters, and their stand-ins.
 *
 * wink-nlp 2.x (wink-eng-lite-web-model 1.x) knows the letters of ASCII and Latin-1 (é, ü, ß, Ø) as word
 * characters but splits a word at every letter of Latin Extended-A/B, IPA Extensions and Latin Extended Additional: "Maroš" is
 * read as `Maro | š`, "Erdoğan" as `Erdo | ğ | an`, "Šefčovič" as `Š | ef | č | ovi | č`, "Nguyễn" as
 * `Nguy | ễ | n` (measured on wink-nlp 2.3). Names of Central European, Turkish, Azerbaijani, Baltic and
 * Vietnamese people lost their mentions and their quotes. Greek and Cyrillic words are kept whole.
 *
 * {@link foldForWink} gives the tokeniser a copy of the line in which each such letter is replaced by one ASCII
 * letter (its base letter where Unicode decomposes it: š → s, ğ → g, ễ → e; otherwise a letter of the same case
 * from {@link UNDECOMPOSED}: ł → l, ə → e, ı → i). All these letters are one UTF-16 code unit and so is the
 * stand-in, so every offset into the copy is the same offset into the original; token texts are read back from
 * the original line.
 */

/** Latin Extended-A (U+0100–017F), Latin Extended-B (U+0180–024F), IPA Extensions (U+0250–02AF: Azerbaijani ə), Latin Extended Additional (U+1E00–1EFF). */
const FOLDED_LETTERS = /[\u0100-\u02af\u1e00-\u1eff]/;

/** Letters of those blocks that Unicode does not decompose to a base letter, by their usual ASCII stand-in. */
const UNDECOMPOSED: Readonly<Record<string, string>> = Object.freeze({
  Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŀ: 'L', ŀ: 'l', Ł: 'L', ł: 'l', Ŋ: 'N', ŋ: 'n', Œ: 'O', œ: 'o',
  Ŧ: 'T', ŧ: 't', ĸ: 'k', ſ: 's', Ə: 'E', ə: 'e', Ɛ: 'E', ɛ: 'e', Ɔ: 'O', ɔ: 'o', Ƒ: 'F', ƒ: 'f', Ʒ: 'Z', ʒ: 'z',
});

/**
 * The ASCII stand-in of one letter of the folded blocks.
 * @param ch one UTF-16 code unit in U+0100–02AF or U+1E00–1EFF
 * @returns one ASCII letter ('x' or 'X' by case when the letter has no known base)
 */
function standIn(ch: string): string {
  const known = UNDECOMPOSED[ch];
  if (known !== undefined) return known;
  const base = ch.normalize('NFD').charAt(0);
  if (/^[A-Za-z]$/.test(base)) return base;
  return ch === ch.toLowerCase() ? 'x' : 'X';
}

/**
 * The line as wink-nlp's tokeniser should see it: letters it would split words at replaced one for one by ASCII
 * letters, so offsets are unchanged.
 * @param line one line of article text
 * @returns `line` itself when it has no such letter (the common case, no copy), else a copy of the same length
 */
export function foldForWink(line: string): string {
  if (!FOLDED_LETTERS.test(line)) return line;
  let out = '';
  for (const ch of line) out += FOLDED_LETTERS.test(ch) ? standIn(ch) : ch;
  return out;
}
