// Whether a sentence tells an act as done before the time of the report, with no date of its own.

/**
 * Words right before a trigger that place its act before the report: a past perfect ("had imposed", "had already
 * imposed", "had been accused"), an adverb of an earlier time ("recently condemned", "has previously accused", "had
 * earlier proposed", "have already rebuffed"), an adjective of one before an event noun ("the recent detention of", "an
 * earlier attack"), or a present perfect in a relative clause about a noun ("Ahmadinejad, who has threatened to …").
 * A bare present perfect ("China has asked Malaysia to …") is the news of the day in wire copy and is left out, and so
 * is a simple past: both most often tell what happened on the day reported or the day before.
 */
const ANTERIOR_BEFORE =
  /(?:\bhad\s+(?:(?:not|never|also|already|just|long|once|earlier|previously|recently|been|\w+ly)\s+)*|\b(?:recently|previously|earlier|formerly|(?:has|have)\s+already)\s+(?:(?:also|not|been|\w+ly)\s+)*|\b(?:recent|earlier|previous|prior)\s+(?:[\w-]+\s+)?|\b(?:who|which)\s+(?:[\w'-]+\s+){0,3}?(?:has|have)\s+(?:(?:not|also|already|been|\w+ly)\s+)*)$/i;

/** How many characters before the trigger the words of {@link ANTERIOR_BEFORE} are looked for. */
const WINDOW = 60;

/**
 * Whether the trigger at sentence offset `t` is told as an act before the report ({@link ANTERIOR_BEFORE}): a resolver
 * that finds no date expression for it then dates it on publication, as GDELT does, and says the act lies before that
 * day (`ResolvedDate.relation` 'before'). On reut2-005, reut2-020 and TempEval-3 silver parts 1-2, of 1,054 events
 * with no date expression 63 were so marked, 61 rightly; the 2 others ongoing states ("who have been fighting"), since
 * left out. A perfect progressive ("have been fighting") tells a state that goes on at the report: not marked.
 * @param sentenceText the sentence; `t` the trigger's offset in it
 */
export function toldAsEarlier(sentenceText: string, t: number): boolean {
  const before = sentenceText.slice(Math.max(0, t - WINDOW), t);
  // "rebels who have been fighting the government for six years": a state that goes on, not an act before the report
  if (/\b(?:has|have)\s+(?:\w+\s+)*?been\s+$/i.test(before) && /^\w+ing\b/i.test(sentenceText.slice(t, t + 24))) return false;
  return ANTERIOR_BEFORE.test(before);
}
