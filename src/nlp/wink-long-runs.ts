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
  if (line.length <= PUNCTUATION_RUN) return line;
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
