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
 * left out. A perfect progressive ("have been fighting") tells a state that goes on at the report: not marked. Also
 * marked: acts a report sums up or a charge is for ({@link summedUpOrCharged}).
 * @param sentenceText the sentence; `t` the trigger's offset in it
 */
export function toldAsEarlier(sentenceText: string, t: number): boolean {
  const before = sentenceText.slice(Math.max(0, t - WINDOW), t);
  // "rebels who have been fighting the government for six years": a state that goes on, not an act before the report
  if (/\b(?:has|have)\s+(?:\w+\s+)*?been\s+$/i.test(before) && /^\w+ing\b/i.test(sentenceText.slice(t, t + 24))) return false;
  return ANTERIOR_BEFORE.test(before) || summedUpOrCharged(sentenceText, t);
}

/**
 * A series of acts counted since a past time, which the report sums up: "Since 1985, 200 soldiers have been killed
 * fighting the militia", "Since 2003, there are 126 soldiers killed in the province". The "since" phrase dates the
 * start of the series (date-scope.ts startOfState leaves it out), and the acts lie before the report. Words right
 * before the trigger: a perfect ("have been killed", "has attacked"), or "there are/have been" and a counted noun.
 */
const SINCE_PAST = /\bsince\s+(?:(?:early|late|mid-?|last)\s*)?(?:(?:1[6-9]|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)\b/i;
const PERFECT_BEFORE = /(?:\b(?:has|have)\s+(?:been\s+)?(?:\w+ed\s+)?|\bthere\s+(?:are|were|have\s+been)\s+(?:[\w,-]+\s+){1,5})$/i;

/** Acts that begin a state which still holds at the report ("has occupied … since 1985", "has held him since"): not a series. */
const STATE_TRIGGER = /^(?:occup|control|hold|held|rul|govern|besieg|blockad|detain|imprison|jail|ban|exil|annex|station|deploy)/i;

/**
 * A count of wars or battles as the trigger's object ("have fought two of their three wars over the region",
 * "fought three wars since independence"): a history of acts, not one of the day ("fired twice" is the day's).
 */
const COUNTED_ACTS = /^\S+\s+(?:[\w-]+\s+){0,2}?(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:of\s+(?:their|the|its|his|her)\s+(?:\w+\s+)?)?(?:[\w-]+\s+)?(?:wars|battles|conflicts)\b)/i;

/**
 * The act someone is sentenced, tried, charged, accused or suspected for, named after "for", "of" or "with" ("a
 * sentence of 20 years for murdering prisoners", "accused of shelling the town", "charged with the bombing"): the act
 * lies before the judgment or charge that is reported.
 */
const CHARGED_ACT_BEFORE =
  /\b(?:sentenc\w*|convict\w*|guilty|jail\w*|imprison\w*|tried|trial|charg\w*|indict\w*|accus\w*|suspect\w*|acquitt\w*|punish\w*|prosecut\w*|blam\w*|responsib\w*)\b[^,;:.()]{0,70}?\b(?:for|of|with|over)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$/i;

/** "staged attacks on the city in the past": an adverb that puts the acts before the report (not "in the past 96 hours"). */
const IN_THE_PAST_AFTER = /^[^;:.]*?\bin\s+the\s+past\s*(?:[,;:.]|$)/i;

/**
 * Whether the trigger at sentence offset `t` is one of a series or a history of acts the report sums up, or the act a
 * judgment or a charge is for: a perfect after a "since" of a past time ({@link SINCE_PAST}, not for a state:
 * {@link STATE_TRIGGER}), a count of wars or battles as its object, the object of "sentenced/accused … for/of", or "in
 * the past" after it. Found in fresh-eyes review 24: 11 of 73 conflict events had wrong dates, 5 of them such acts
 * dated on the publication day as if done that day.
 * @param sentenceText the sentence; `t` the trigger's offset in it
 */
function summedUpOrCharged(sentenceText: string, t: number): boolean {
  const before = sentenceText.slice(Math.max(0, t - WINDOW), t);
  const from = sentenceText.slice(t);
  if (SINCE_PAST.test(sentenceText) && PERFECT_BEFORE.test(before) && !STATE_TRIGGER.test(from)) return true;
  return COUNTED_ACTS.test(from) || CHARGED_ACT_BEFORE.test(sentenceText.slice(Math.max(0, t - 100), t)) || IN_THE_PAST_AFTER.test(from);
}
