// The act whose anniversary a sentence marks lies whole years before the anniversary.

/** Ordinal words of an anniversary, by the years they count. */
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, fifteenth: 15, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, hundredth: 100,
};

/** "the first anniversary", "its 10th anniversary", "the 25-year anniversary", "the anniversary": the count, if any, in group 1. */
const ANNIVERSARY = /\b(?:([a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th)|\d{1,3}-year)\s+)?anniversary\b/gi;

/** An anniversary of the trigger's act: `years` before the anniversary (null: the text gives no count), `start`/`end` the phrase's sentence offsets. */
export interface Anniversary {
  readonly years: number | null;
  readonly start: number;
  readonly end: number;
}

/**
 * Whether the trigger at sentence offset `t` names the act an anniversary is of: "marked the first anniversary on
 * Friday of the shelling of the camp", "the tenth anniversary of the day the army invaded": "of" between the word
 * "anniversary" and the trigger, at most 15 words, no comma, semicolon or colon after that "of". The anniversary's
 * date (or the publication day) is then the act's date moved back by the years counted (resolve-date.ts). Found in
 * fresh-eyes review 24: a shelling a year before was dated on the day its anniversary was marked.
 * @param sentenceText the sentence; `t` the trigger's offset in it
 * @returns the anniversary, or null when the trigger is not in the of-phrase of one
 */
export function anniversaryOf(sentenceText: string, t: number): Anniversary | null {
  let found: Anniversary | null = null;
  for (const m of sentenceText.matchAll(ANNIVERSARY)) {
    const end = m.index + m[0].length;
    if (end > t) break;
    const between = sentenceText.slice(end, t);
    const of = /\bof\b/i.exec(between);
    if (of === null || /[,;:]/.test(between.slice(of.index)) || between.trim().split(/\s+/).length > 15) continue;
    const count = m[1]?.toLowerCase();
    const years = count === undefined ? null : /^\d/.test(count) ? Number.parseInt(count, 10) : (ORDINALS[count] ?? null);
    // "a solemn anniversary": a word before it that counts nothing
    found = { years, start: count !== undefined && years !== null ? m.index : end - 'anniversary'.length, end };
  }
  return found;
}
