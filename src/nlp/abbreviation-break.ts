/**
 * Titles written with a point before a name ("Sen.", "Gov.", "Rev.", "Lt." …). wink-nlp knows some of them
 * ("Sen. Quint" stays one sentence) but ends a sentence after the others and after any title glued to a prefix
 * ("then-Sen.", "ex-Gov."); no sentence ends on a title.
 */
const TITLE_BEFORE_POINT =
  /(?:^|[^\p{L}])(?:Sen|Rep|Reps|Gov|Lt|Gen|Col|Capt|Cmdr|Sgt|Maj|Adm|Rev|Sec|Secs|Prof|Pres|Amb|Atty|Supt|Cpl|Pvt|Hon|Mr|Mrs|Ms|Messrs|Dr)\.$/u;

/** A party-and-state tag left open at a point ("(D-N." of "(D-N.Y.)", "(R-Wis." cut before its ")"). */
const OPEN_PARTY_TAG = /\((?:[DRI]|Ind)-\p{Lu}[\p{L}.]*\.$/u;

/** A closed party-and-state tag ("(I-Vt.)", "(R-N.H.)"). */
const CLOSED_PARTY_TAG = /\((?:[DRI]|Ind)-\p{Lu}[\p{L}.]*\.\)$/u;

/**
 * A stock ticker in angle brackets cut at its exchange point ("<CAWL." | "L> said …"): Reuters names a listed company
 * with its Reuters instrument code, root and exchange suffix after a point ("<BP.L>", "<PGLO.AS>"); the Reuters-21578
 * files hold about 3,100 of them, each ending a sentence at its point before this rule.
 */
const OPEN_TICKER = /<[\p{Lu}\d&]{1,8}\.$/u;

/** The rest of a ticker after its point: the exchange suffix and the closing bracket ("L>", "AS>"). */
const TICKER_SUFFIX = /^[\p{Lu}\d]{1,4}>/u;

/**
 * Whether a sentence break wink-nlp put between two sentences of one line is no sentence end but a point of an
 * abbreviation, so that the two are one sentence:
 * - a title before a name: "… and then-Sen. | Barack …", "said Rev. | Kyev …" (the next sentence opens capitalised);
 * - a party-and-state tag cut at its inner point, "(D-N. | Y.) teased …", or closed and followed by the rest of the
 *   clause, "(I-Vt.) | took the stage", "(R-Wis.) | , Sen. …" (the next sentence opens with a lower-case word or
 *   punctuation);
 * - a ticker cut at its exchange point, "Cable Co <CAWL. | L> said …" ({@link OPEN_TICKER});
 * - a run of initials cut after one, "U. | S. military", "A.F.L.-C. | I.O." (the next sentence opens with a capital and
 *   a point before a lower-case word, another initial or ")"; "R-S. | C. \"I get …" stays two sentences).
 * On PolNeAR train (840 articles) such breaks cut about 30 gold attribution contents (quote study, issue 5); each cut
 * also parts a title or a tag from its name for the entity stage.
 * @param before the text of the sentence before the break, or at least its last 16 characters
 * @param after the text of the sentence after the break, or at least its first 4 characters
 * @returns true when the break should be undone
 */
export function isAbbreviationBreak(before: string, after: string): boolean {
  const tail = before.trimEnd();
  const head = after.trimStart();
  if (!head) return false;
  if (TITLE_BEFORE_POINT.test(tail)) return /^\p{Lu}/u.test(head);
  if (OPEN_PARTY_TAG.test(tail)) return true;
  if (OPEN_TICKER.test(tail)) return TICKER_SUFFIX.test(head);
  if (CLOSED_PARTY_TAG.test(tail)) return /^(?:\p{Ll}|[,;:)\u2013\u2014])/u.test(head);
  return /(?:^|[^\p{Lu}])\p{Lu}\.$/u.test(tail) && /^\p{Lu}\.(?:\s+\p{Ll}|\p{Lu}\.|\))/u.test(head);
}

/**
 * Whether a sentence ends after the token `word` although wink-nlp read on: wink-nlp takes these for abbreviations
 * and joins the next sentence to them when it opens with a name ("£4m. | Jo Doe said …" gave the speaker
 * "4m. Jo Doe"). Each ends the sentence before a capital:
 * - "pct.": Reuters writes "pct" without a point inside a sentence ("a 20 pct stake"), so its point ends the
 *   sentence (38 joins in 8 of the 22 Reuters-21578 files; no other lower-case abbreviation joined a sentence more
 *   than once there);
 * - a unit letter glued to its number, "£230m.", "16k.", "3G.", "200p." (75 joins in the BBC full-text corpus);
 * - "in." after a word that is no number: the preposition ending a sentence ("interested in. | Ask Jeeves", 11 joins
 *   there), not the inch of "5 in.".
 * @param word the token's text, lower case ("pct.", "m.")
 * @param text the text the tokens index
 * @param start the start offset of the token in `text`
 * @param nextStart the start offset of the next token in `text`
 * @returns true when the sentence should end after `word`
 */
export function isUnitPointEnd(word: string, text: string, start: number, nextStart: number): boolean {
  if (word.length > 4 || word.charCodeAt(word.length - 1) !== 46 /* . */) return false;
  if (!/^\p{Lu}/u.test(text.slice(nextStart, nextStart + 2))) return false;
  if (word === 'pct.') return true;
  const before = text.charCodeAt(start - 1);
  const afterDigit = before >= 48 && before <= 57;
  if (word.length === 2) return afterDigit;
  return word === 'in.' && !afterDigit && !/\d\s$/.test(text.slice(Math.max(0, start - 2), start));
}
