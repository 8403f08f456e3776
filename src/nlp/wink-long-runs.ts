/**
 * Long unbroken character runs, blanked for wink-nlp's tokeniser.
 *
 * wink-nlp 2.x tokenises a run of characters without white space recursively: it matches its token regexps (e-mail,
 * URL, emoticon…) against the run, splits off one token and starts again on the rest, so a run of n characters costs
 * time in n²: measured on wink-nlp 2.3 (`readDoc` of the run alone), 4,000 dashes 0.45 s and 16,000 dashes 2.9 s;
 * the same for `*`, `=`, `_`, `|`, `+`, `'`, and for 16,000 capitals or "ab" pairs about 0.9 s. Review 26 fed an
 * article of 300,000 dashes that did not finish in 300 s (under the 1M-character article limit).
 *
 * {@link boundRunsForWink} gives the tokeniser a same-length copy of the line in which
 * - a run of one character that is no letter, digit or white space, longer than {@link PUNCTUATION_RUN}, keeps its
 *   first {@link PUNCTUATION_KEEP} characters and the rest becomes spaces ("-----…" reads as one "---" token);
 * - any other run without white space longer than {@link LONG_RUN} gets a space every {@link LONG_RUN} characters,
 *   so the tokeniser never sees a run longer than that (each cut character is lost from the tokens).
 * Every offset into the copy is the same offset into the original, so spans still index the article text; text
 * without such runs (all real news measured: Reuters-21578, the BBC corpus) is returned as it is.
 */

/** Longest run of one punctuation or symbol character read as it is. */
export const PUNCTUATION_RUN = 100;
/** Characters a longer run of one punctuation or symbol character keeps. */
export const PUNCTUATION_KEEP = 3;
/** Longest run without white space the tokeniser sees (a long URL stays whole). */
export const LONG_RUN = 512;

/** A run of one character that is no letter, digit or white space, longer than {@link PUNCTUATION_RUN}. */
const PUNCTUATION = new RegExp(`([^\\p{L}\\p{N}\\s])\\1{${PUNCTUATION_RUN},}`, 'gu');
/** A run of one character (any) longer than {@link PUNCTUATION_RUN}: the quick test before {@link PUNCTUATION}. */
const ANY_RUN = new RegExp(`(\\S)\\1{${PUNCTUATION_RUN},}`);
/** A run without white space longer than {@link LONG_RUN}. */
const LONG = new RegExp(`\\S{${LONG_RUN + 1},}`);
/** The same, for replacing every such run. */
const LONG_ALL = new RegExp(LONG.source, 'g');

/**
 * The line as wink-nlp's tokeniser should see it: long runs blanked as described above, offsets unchanged.
 * @param line one line of article text (or its {@link foldForWink} copy)
 * @returns `line` itself when it has no run over the bounds (the common case, no copy), else a copy of the same length
 */
export function boundRunsForWink(line: string): string {
  if (line.length <= PUNCTUATION_RUN || !hasLongRun(line)) return line;
  let out = line;
  if (ANY_RUN.test(out)) {
    out = out.replace(PUNCTUATION, (run: string, ch: string) => ch.repeat(PUNCTUATION_KEEP) + ' '.repeat(run.length - ch.length * PUNCTUATION_KEEP));
  }
  if (LONG.test(out)) {
    out = out.replace(LONG_ALL, (run) => {
      let cut = '';
      for (let at = 0; at < run.length; at += LONG_RUN + 1) cut += run.slice(at, at + LONG_RUN) + (at + LONG_RUN < run.length ? ' ' : '');
      return cut;
    });
  }
  return out;
}

/**
 * Whether `line` has a run that {@link ANY_RUN} or {@link LONG} finds: more than {@link PUNCTUATION_RUN} of one
 * code unit that is not white space, or more than {@link LONG_RUN} code units without white space. One pass over the
 * code units; the two regular expressions, tried at every position of every line (the back-reference of ANY_RUN
 * among them), were most of `boundRunsForWink`'s time on lines that never have such a run: on the 4,380 lines of
 * the bench corpus (1.67 M characters) 46–51 ms against 11–12 ms a pass (CPU, 5 runs, load 9).
 * @param line one line of text
 * @returns true when one of the regular expressions matches (then they are run to rewrite the line)
 */
function hasLongRun(line: string): boolean {
  let same = 0; // code units equal to the one before, in the current run without white space, plus 1
  let run = 0; // code units since the last white space
  let prev = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isWhiteSpace(c)) {
      run = 0;
      prev = -1;
      continue;
    }
    run++;
    same = c === prev ? same + 1 : 1;
    prev = c;
    if (same > PUNCTUATION_RUN || run > LONG_RUN) return true;
  }
  return false;
}

/**
 * Whether the code unit `c` is white space as a regular expression's `\s` reads it: the ECMAScript WhiteSpace
 * (tab, vertical tab, form feed, space, no-break space, the byte order mark, the Unicode space separators Zs) and
 * LineTerminator (line feed, carriage return, U+2028, U+2029) code points (ECMA-262, 22.2.2.9 CharacterClassEscape).
 */
function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
