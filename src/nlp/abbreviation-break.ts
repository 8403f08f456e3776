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
 * Whether a sentence ends after the token `word` although wink-nlp read on: "pct." before a capital. Reuters writes
 * "pct" without a point inside a sentence ("a 20 pct stake"), so its point ends the sentence ("rose 20 pct. Smith
 * said …"); wink-nlp reads "pct." as an abbreviation and joins the next sentence to it when that opens with a name,
 * which made "20 pct. Smith" a quote's speaker (38 joins in 8 of the 22 Reuters-21578 files; no other lower-case
 * abbreviation joined a sentence more than once there).
 * @param word the token's text, lower case ("pct.")
 * @param text the text the tokens index
 * @param nextStart the start offset of the next token in `text`
 * @returns true when the sentence should end after `word`
 */
export function isUnitPointEnd(word: string, text: string, nextStart: number): boolean {
  return word === 'pct.' && /^\p{Lu}/u.test(text.slice(nextStart, nextStart + 2));
}
