// The English locale alone ('chrono-node/en': the same casual parser `chrono.parse` is): the package root imports all
// 16 locales, 266 ES modules, ~150 ms of `detente analyze` start-up (CPU, measured) for parsers never called.
import * as chrono from 'chrono-node/en';
import { joinMonthYearPhrases } from './month-year-phrase.js';
import { inFrontedReport, lastNamedMonth, possessiveDate, reducedRelativeBetween, startOfState, stateBegunByTrigger, yearOfNoun } from './date-scope.js';
import { toldAsEarlier } from './anterior-act.js';
import { anniversaryOf, type Anniversary } from './anniversary.js';
import { seasonExpressions, seasonStart } from './season.js';
import { termStartToCome, weekdayToCome } from './time-to-come.js';

/**
 * How much of a resolved date the text states: "on Monday" a day, "last week" a week, "last month" a month, "last
 * summer" a season (three months, season.ts), "in 1990" a year.
 */
export type DatePrecision = 'day' | 'week' | 'month' | 'season' | 'year';

/**
 * A resolved event date: `YYYY-MM-DD` (the first day of the period when the text names a week, month, season or year),
 * its precision, the expression it came from and its offsets, if any. `relation` 'before': the text states no date of
 * the act but tells it as done before the report (anterior-act.ts), so `date`, the publication day (or the dateline's),
 * is only the latest day it can have; absent otherwise.
 */
export interface ResolvedDate {
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  readonly text: string | null;
  readonly start: number | null;
  readonly end: number | null;
  readonly relation?: 'before';
}

// Cheap gate before calling chrono: a sentence without any of these words has no date expression.
const DATE_WORDS =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yesterday|today|tonight|last night|tomorrow|week|weekend|month|year|ago|decade|spring|summer|autumn|fall|winter|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\/\d{1,2}/i;

/**
 * Parses a publication date (`YYYY-MM-DD` or full ISO 8601) to a UTC noon instant, so that calendar
 * arithmetic never crosses a day boundary whatever the machine's time zone.
 * @returns the instant, or null when `published` is null or unparsable
 */
export function referenceInstant(published: string | null | undefined): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

/** A year written out in a date expression: "1998", "'98". */
const WRITTEN_YEAR = /\b\d{4}\b|'\d{2}\b/;

/**
 * A bare year after a preposition ("invaded Kuwait in 1990", "In 2007, …", "since early 2014"), which chrono-node
 * leaves alone. Not after "by" (a deadline: "cut emissions by 2010"; "until 2010" is a limit, DEADLINE_BEFORE), nor a
 * possessive ("2010's games" names a thing of that year).
 */
const BARE_YEAR = /\b(?:in|since|during|from|of|between|until|till)\s+(?:early\s+|late\s+|mid-?)?((?:1[6-9]|20)\d\d)\b(?!['\u2019]s\b)(?!\s*(?:-|–)?\s*(?:\d|%|(?:per|percent|km|miles|people|troops|soldiers|dollars)\b))/gi;

/** Words right before an expression that make it a deadline or a limit ("by March 2004", "until the end of 2005", "before 2010"). */
const DEADLINE_BEFORE = /\b(?:by|until|till|before|no later than)\s+(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+)?$/i;

/**
 * Whether a limit's date is followed by a when-clause that holds the trigger: "the headquarters of the group until
 * 2013, when Pakistan banned it" ends a state at the ban, which the date then dates (the when-clause tells what
 * happened then, as after "in 1974, when"); found in review 22, where such a ban took the publication date.
 * @param sentenceText the sentence; `e` the end of the date in it, `t` the trigger's offset
 */
function limitEndedByTrigger(sentenceText: string, e: number, t: number): boolean {
  return t >= e && /^\s*,?\s*when\b[^,;:()]*$/i.test(sentenceText.slice(e, t));
}

/**
 * A comparison's term ("slower than in 2004", "higher than last year"): the period is compared with, not when anything
 * happened; "more than five years ago" is a count, not a comparison.
 */
const COMPARISON_BEFORE = /(?:\bthan\s+(?:in|during|at)\s+(?:the\s+)?|(?<!\b(?:more|less|fewer)\s+)\bthan\s+(?:the\s+)?)$/i;

/**
 * A future or intended act around the trigger ("will start talks in April 2005", "would hold a vote at some point in
 * 2006", "plans to visit in May"): the expression dates the intention's object, not the event reported, which
 * GDELT dates on the day it is reported (the publication date).
 */
const FUTURE = /\b(?:will|would|shall|won't|(?:could|might)(?!\s+(?:not\s+)?have\b)|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|expects?\s+to|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|likely)\b|(?:is|are)\s+to\s+(?!be\s+blamed)\w+|deadline)|['\u2019]ll\b/i;

/**
 * The same words as the auxiliary chain that ends right before a trigger ("will not start", "is expected to sign"), or
 * before a light verb and the first one to three words of an event noun's phrase ("will pay an official visit", "will
 * start his visit": planned-noun.ts codes such a noun as an intent, dated as the verb's would be).
 */
const FUTURE_AUX =
  /(?:\b(?:will|would|shall|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|expects?\s+to|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|likely)\s+to|(?:is|are)\s+to)|['\u2019]ll)\s+(?:(?:not|also|soon|then|now|still|finally|formally|be|have|begin|start|try\s+to)\s+)*(?:(?:pay|make|hold|start|begin|complete|conduct|undertake|join|launch|resume)\s+(?:[\w-]+\s+){1,3})?$/i;

/** How many characters before the trigger its auxiliary chain is looked for. */
const AUX_WINDOW = 40;

const OTHER_CLAUSE = /\b(?:which|who|whom|whose|when|after|before|since|while|until)\b/i;

const DAY_MS = 86_400_000;

/** A relative clause opened after a comma: ", which joined the bloc last year," */
const RELATIVE_OPENER = /,\s*(?:which|who|whom|whose)\b/i;

/**
 * Whether an expression before the trigger lies in a relative clause between commas that closes before it: "Norway,
 * which left the fishing pact early last year, still blocks the quota" dates the leaving, not the blocking. The words between the expression and the trigger then hold no relative word ({@link OTHER_CLAUSE} misses
 * it), so the clause is found from its opener before the expression and its closing comma after. Such a clause tells
 * of the noun it follows, so unlike another clause's date within a year it dates nothing of the main clause, not even
 * as a last resort. Found in the eighth hand check (reut2-003: a 1987 objection of two new members dated 1986-01-01).
 * @param sentenceText the sentence; `s`, `e` the expression's offsets in it; `t` the trigger's (at or after `e`)
 */
function inClosedRelative(sentenceText: string, s: number, e: number, t: number): boolean {
  const open = lastMatch(RELATIVE_OPENER, sentenceText.slice(0, s));
  return open !== null && !/[,;:]/.test(sentenceText.slice(open, s)) && sentenceText.slice(e, t).includes(',');
}

/**
 * Another clause's expression dates the trigger (when its own clause has none) only when it is at most this long
 * before publication (366 days): an older one is the background of a noun of the sentence ("a girl who went missing
 * in 1977", "rebels who have been fighting since 1983", "the party he founded 32 years ago"), not the reported event;
 * unless the words between tie them ({@link tellsWhen}). From a review of TempEval-3
 * events: a 2005 pull-out from Gaza dated 1973.
 */
const OTHER_CLAUSE_MAX_AGE_MS = 366 * DAY_MS;

/**
 * Whether the words between an old date of another clause and the trigger still tie the two: the clause after the
 * date tells what happened then ("in 1974 when Turkish troops invaded", "from 1968, when the Soviets invaded"), or
 * "after"/"before" opens a span from the trigger's event ("In April 2022, two months after the invasion").
 * @param between the sentence text between the expression and the trigger
 * @param dateFirst whether the expression comes before the trigger
 */
function tellsWhen(between: string, dateFirst: boolean): boolean {
  return (dateFirst && /^\s*,?\s*when\b/i.test(between)) || /\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\b/i.test(between) || (dateFirst && /\bafter\b[^,;:()]*$/i.test(between));
}

/** Counts written as words, for a span from an anchor date ("two months after"). */
const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * How the trigger's event lies from an anchor date when the trigger opens or ends a clause of "[N units] after/before":
 * `shift` (a count of units, signed: the event is that far after (+) or before (−) the anchor), or `'before'` when it
 * lies an unstated span before the anchor ("only weeks after Reagan imposed", "shortly after Russia invaded"), which
 * dates it no closer than the anchor's year; a bare "after" ("on Monday after the navy attacked", "in 2007 after Chávez
 * nationalised"; also "just/right/immediately after") keeps the anchor, most often the same day or the day before (8
 * such Reuters and AFP events: 3 the same day, 3 the day before, 2 unknown), and {@link tellsWhen} ties it even when
 * old. TimeML's temporal links (Pustejovsky et al. 2003, TLINK BEFORE/AFTER) read "In April, two months after the
 * invasion" as the invasion two months before April, not in it; found in review 22, where four such events took their
 * anchor's day or month.
 * @param between the sentence text between the expression and the trigger (trigger first: from the trigger's start)
 * @param dateFirst whether the expression comes before the trigger
 * @returns null when no such clause ties the two (a comma, a semicolon or a parenthesis closes it before the trigger)
 */
function spanFromAnchor(between: string, dateFirst: boolean): { readonly n: number; readonly unit: 'day' | 'week' | 'month' | 'year' } | 'before' | null {
  const m = /\b(?:(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(days?|weeks?|months?|years?|shortly|soon)\s+(after|before)\b[^,;:()]*$/i.exec(between);
  if (m === null) return null;
  const unit = /^(day|week|month|year)/i.exec(m[2])?.[1].toLowerCase() as 'day' | 'week' | 'month' | 'year' | undefined;
  const count = m[1] === undefined ? null : /^\d/.test(m[1]) ? Number(m[1]) : COUNT_WORDS[m[1].toLowerCase()];
  // "days after" with no count, "shortly after", "just before": the span is not stated
  if (unit === undefined || count === null || count === undefined) return dateFirst && m[3].toLowerCase() === 'after' ? 'before' : null;
  // the anchor dates the other event: "In April, two months after the invasion" (the invasion 2 months before April);
  // "withdrew two weeks after the ceasefire of March 3" (the withdrawal 2 weeks after March 3)
  const after = m[3].toLowerCase() === 'after';
  return { n: dateFirst === after ? -count : count, unit };
}

/** Monday of the ISO week (weeks start on Monday, ISO 8601) that contains the UTC-noon instant `t`. */
function isoWeekStart(t: number): number {
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return t - dow * DAY_MS;
}

/**
 * The first day of a calendar week a phrase names, against the publication instant: "this week" the Monday of the
 * publication's week, "last week" the Monday before (in a Sunday story the Monday six days before: the week just
 * ended); "earlier this week" in a story of a Monday, when nothing of the week lies before publication, the seven days
 * before it (a Monday story's "met … earlier this week" was the Friday before). Null for counted weeks ("a week ago",
 * "the past week"), which chrono-node computes from publication.
 */
function weekStart(sentenceText: string, index: number, phrase: string, ref: Date): number | null {
  const before = sentenceText.slice(Math.max(0, index - 12), index);
  const earlier = /\bearlier\s+$/i.test(before) || /^earlier\b/i.test(phrase);
  if (/\bthis\s+week\b/i.test(phrase)) {
    const monday = isoWeekStart(ref.getTime());
    return earlier && monday === ref.getTime() ? monday - 7 * DAY_MS : monday;
  }
  if (/\blast\s+week\b/i.test(phrase)) {
    // a Sunday story's "last week" is the working week that has just ended, the one a Monday story calls "last week"
    // (review 22: a Sunday 1987-04-05 story's "last week" had been dated from 03-23)
    const monday = isoWeekStart(ref.getTime());
    return ref.getUTCDay() === 0 ? monday : monday - 7 * DAY_MS;
  }
  return null;
}

/**
 * The year and month a relative month phrase names ("last month", "this month", "two months ago"), against the
 * publication instant. chrono-node moves the publication date by whole months and keeps its day, so "last month" in a
 * story of 30 March is "30 February", which rolls over into 2 March (found in a review: a Reuters story of 30 March
 * 1987 dated its "last month" 1987-03). Counting from the first day of the publication's month gives the month named.
 * @returns `[year, month]` (month 1–12), or null when the phrase is not a relative month or chrono-node reads none
 */
function relativeMonth(phrase: string, ref: Date): readonly [number, number] | null {
  if (!/\bmonths?\b/i.test(phrase)) return null;
  const first = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), 1, 12));
  const r = chrono.parse(phrase, { instant: first, timezone: 0 }, { forwardDate: false })[0];
  const y = r?.start.get('year');
  const mo = r?.start.get('month');
  return y != null && mo != null ? [y, mo] : null;
}

/** A reporting verb as trigger: a statement (CAMEO 01) is made when it is reported, whatever its content's dates. */
const REPORTING = /^(?:say|says|said|saying|tell|tells|told|add|adds|added|state|states|stated|announce|announces|announced|insist|insists|insisted|argue|argues|argued|claim|claims|claimed|note|notes|noted|stress|stresses|stressed|declare|declares|declared)\b/i;

/**
 * A stance taken in words (reiterating, rejecting, denying, warning, urging, proposing…): like a statement, made when
 * it is reported, whatever the dates of what it is about ("reaffirmed his support for a truce agreed last November").
 */
const STANCE =
  /^(?:reiterat\w*|reaffirm\w*|repeat\w*|rejec\w*|den(?:y|ies|ied|ying)|warn\w*|urg\w*|propos\w*|predict\w*|forecast\w*|estimat\w*|acknowledg\w*|admit\w*|confirm\w*|express\w*|voic\w*|accus\w*|criticis\w*|criticiz\w*|condemn\w*|welcom\w*|prais\w*|threat\w*|call(?:s|ed|ing)?\s+(?:for|on|upon)\b|demand\w*|report\w*)\b/i;

/**
 * More words than this between a reporting verb and a later expression put it in what was said ("said in its annual
 * report on the country last June" has seven); not for a stance verb, whose own phrases run longer ("was proposed by
 * the treasurer on her long visit to the Gulf states in September").
 */
const ATTACHED_WORDS = 8;

/** A verb of reported content ("exports were worth", "had decided", "made a mistake"). */
const CONTENT_VERB = /\b(?:is|are|was|were|be|been|had|has|have|will|would|could|can|may|did|does|do|made|\w{3,}ed)\b/i;

/**
 * Whether an expression after a reporting trigger lies in the reported content, not on the saying: a "that", or
 * more than five words with a verb among them, between them ("The US said its trade with the EU was worth $155bn in 2003", "Stam says United
 * made an error in selling him in 2001"); "said on Tuesday", "told reporters in Beijing on Monday", "said in its annual
 * report on the country last June" date the saying.
 */
function inReportedContent(sentenceText: string, sentenceStart: number, triggerOffset: number, exprStart: number): boolean {
  const t = triggerOffset - sentenceStart;
  const s = exprStart - sentenceStart;
  if (s <= t) return false;
  const speech = REPORTING.test(sentenceText.slice(t, t + 12));
  if (!speech && !STANCE.test(sentenceText.slice(t, t + 16))) return false;
  let between = sentenceText.slice(t, s).replace(/^\S+/, '');
  // 'accused Bonn of "lacking courage" during a meeting on Sunday': after a closed quotation the saying's own phrases go on
  const close = Math.max(between.lastIndexOf('\u201d'), /"[^"]*"/.test(between) ? between.lastIndexOf('"') : -1);
  if (close >= 0) between = between.slice(close + 1);
  const words = between.trim().split(/\s+/).length;
  // (a name ending in -ed is no verb: "the United States")
  return /\bthat\b/i.test(between) || (words > 5 && CONTENT_VERB.test(between.replace(/\b\p{Lu}\p{L}*ed\b/gu, ''))) || (speech && words > ATTACHED_WORDS);
}

/** Whether the word at `t` of the sentence is a reporting or stance verb ({@link REPORTING}, {@link STANCE}). */
function reportingAt(sentenceText: string, t: number): boolean {
  return REPORTING.test(sentenceText.slice(t, t + 12)) || STANCE.test(sentenceText.slice(t, t + 16));
}

/**
 * Whether an expression at sentence offsets `[s, e)` is outside the scope of the trigger at offset `t` (date-scope.ts):
 * the start of a state ("since last June"), a possessive date of another noun ("last November's truce"), a date in a
 * reduced relative clause after the trigger ("a pact signed last September"), or, for a reporting trigger that closes
 * the sentence, a date in what was said before it ("… in 1985/86, the trade ministry said").
 */
function outOfScope(sentenceText: string, s: number, e: number, t: number): boolean {
  // ("split since 1974 when border troops invaded": the when-clause tells what happened then)
  // ("missing since January 20, had been kidnapped": the state began with the trigger's act, which the date dates)
  if (startOfState(sentenceText.slice(Math.max(0, s - 40), s)) && !(t >= e && /^\s*,?\s*when\b/i.test(sentenceText.slice(e, t))) && !stateBegunByTrigger(sentenceText.slice(Math.max(0, s - 60), s), sentenceText.slice(t, t + 16)))
    return true;
  if (possessiveDate(sentenceText.slice(e, e + 3), t >= e ? sentenceText.slice(e, t) : sentenceText.slice(t, s).replace(/^\S+/, ''), t < s, sentenceText.slice(Math.max(0, s - 24), s))) return true;
  if (t < s && reducedRelativeBetween(sentenceText.slice(t, s).replace(/^\S+/, ''))) return true;
  return t >= e && reportingAt(sentenceText, t) && inFrontedReport(sentenceText, s, e, t, sentenceText.slice(t).replace(/^\S+/, ''));
}

/** Index just after the last match of `re` (no global flag needed) in `text`, or null. */
function lastMatch(re: RegExp, text: string): number | null {
  let end: number | null = null;
  for (let from = 0; from < text.length; ) {
    const m = re.exec(text.slice(from));
    if (!m) break;
    end = from + m.index + m[0].length;
    from = from + m.index + Math.max(1, m[0].length);
  }
  return end;
}

/** A reporting or other past verb: an expression before it dates that verb ("said last week it would support"). */
const PAST_VERB = /\b(?:said|says|told|\w{3,}ed)\b/i;
/**
 * The same verb right before an expression, at most two words between ("announced here on Friday"); not across
 * "that" ("said that on Thursday X would meet…": the expression opens the reported clause).
 */
const PAST_VERB_BEFORE = /\b(?:said|says|told|\w{3,}ed)\s+(?:(?!that\b)\S+\s+){0,2}$/i;

/**
 * Whether the trigger's act is future or intended as far as the expression is concerned: an auxiliary chain right
 * before the trigger ("will start", "is expected to start", "plans to visit") or a future word between the trigger
 * and a later expression ("said the talks would resume on Monday"); for an expression before the trigger, a future
 * word between them with no past verb before it ("On Wednesday, Cohen will fly", but not "said last week it would
 * support", "approved in May a plan to withdraw", where the expression dates the saying or the approval).
 */
function futureBetween(sentenceText: string, sentenceStart: number, triggerOffset: number, exprStart: number, exprEnd: number): boolean {
  const t = triggerOffset - sentenceStart;
  const s = exprStart - sentenceStart;
  const e = exprEnd - sentenceStart;
  if (t < s) return FUTURE_AUX.test(sentenceText.slice(Math.max(0, t - AUX_WINDOW), t)) || FUTURE.test(sentenceText.slice(t, s));
  if (e > t) return false;
  // "Ban, who is to take up the post in January, said…": the expression is in a future clause of its own
  const own = sentenceText.slice(Math.max(0, s - 50), s);
  const f = lastMatch(FUTURE, own);
  if (f !== null && !PAST_VERB.test(own.slice(f)) && !/[.;:]/.test(own.slice(f))) return true;
  const between = sentenceText.slice(e, t);
  const m = FUTURE.exec(between);
  if (m === null || PAST_VERB.test(between.slice(0, m.index))) return false;
  // "said last week it would support": the expression follows the past verb it dates
  return !PAST_VERB_BEFORE.test(sentenceText.slice(Math.max(0, s - 30), s));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The date expressions chrono-node finds in one sentence (null: the sentence has no date word, nothing parsed). */
export interface SentenceDates {
  readonly results: readonly chrono.ParsedResult[] | null;
}

/**
 * Parses a sentence's date expressions once, for {@link resolveEventDate} to pick from for each trigger of the
 * sentence (events of one sentence may have different dates: "said on Tuesday that … would meet next week").
 * @param sentenceText text of the sentence
 * @param published the article's publication date (`YYYY-MM-DD…`) or null (then chrono-node's reference is the clock,
 *   and resolveEventDate keeps only expressions with a written year)
 * @returns chrono-node's casual English results (forward dates off; a month and the relative year after it, "March
 *   last year", joined into one: month-year-phrase.ts), or null when the sentence has no date word
 */
export function parseSentenceDates(sentenceText: string, published: string | null | undefined): SentenceDates {
  if (!DATE_WORDS.test(sentenceText)) return { results: null };
  const ref = referenceInstant(published);
  const results = chrono.parse(sentenceText, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false });
  return { results: joinMonthYearPhrases(sentenceText, results, ref) };
}

const DURATION_BEFORE = /\b(?:for|within|over|during|throughout)\s+(?:the\s+)?$/i;
const DURATION_TEXT = /^(?:(?:for|within|over|during|throughout)\s+)?(?:the\s+)?(?:(?:past|last|next|coming|first|another)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|a few|many)?\s*(?:day|week|month|year|decade)s?$/i;

/**
 * True when a chrono-node expression is a duration ("besieged for three years", "within 30 days", "over the last two
 * weeks", "for the past decade"): a count of days, weeks, months or years after for/within/over/during/throughout,
 * or a period up to publication after "in the" ("in the past month", "in the last year": the weeks before the
 * report, not the calendar month or year before it). chrono-node reads it as a date that many units ahead or back;
 * found in a review, where "besieged for three years" dated an event 2009 in a 2006 story, and "in the past month"
 * in a story of 31 May dated its events in April.
 * @param sentenceText the sentence; `index` and `text` the expression's offset in it and its text
 */
function duration(sentenceText: string, index: number, text: string): boolean {
  const t = text.trim().replace(/[\s,.;:]+$/, '');
  if (!DURATION_TEXT.test(t)) return false;
  const before = sentenceText.slice(Math.max(0, index - 20), index);
  return /^(?:for|within|over|during|throughout)\b/i.test(t) || DURATION_BEFORE.test(before) || (/^(?:past|last)\b/i.test(t) && /\bin\s+the\s+$/i.test(before));
}

/**
 * Resolves the date of an event from the date expressions of its sentence, against the publication date.
 *
 * Conventions (documented in docs/events.md):
 * - the expression nearest to the trigger wins ("met … on Monday" in a Monday 2023-06-19 article → 2023-06-19;
 *   a weekday names the latest such day on or before the publication date);
 * - a period ("earlier this week", "earlier this year", "last month") resolves to its first day (weeks from Monday,
 *   ISO 8601, and a Monday story's "earlier this week" the Monday before; months on the 1st, years on 1 January),
 *   never later than the publication date, and `precision` says how much the text stated ('day' | 'week' | 'month' | 'year');
 * - an expression in the scope of a future or intended act ("will start talks in April 2005"), a date after
 *   publication ("next week"), a deadline ("by 2010", "by the end of March 2005"), a comparison ("than in 2004") or a
 *   possessive year ("2010's") dates nothing: GDELT's SQLDATE is the day of the event when the text gives it, else
 *   the day of the report, and an intent (03x) is dated when it is reported;
 * - a bare year after a preposition ("invaded Kuwait in 1990") is that year (precision 'year'), which
 *   chrono-node does not parse; not a year after the publication date, nor a number ("in 1990 people"),
 *   nor the year that ends a capitalised name ("the Trade Act of 1974");
 * - a month and day without a year ("the Oct. 7 attacks" in an August story) more than 31 days after publication
 *   is that of the year before;
 * - a date after publication ("next week", "in April" in a March story, "due March 20, 1997") is what a plan or
 *   term talks about, not when the event was reported: the publication date, precision 'day', `text` null;
 * - a duration ("for three years", "within 30 days") is no date;
 * - an expression in another clause than the trigger's (after "which", "who", "when", "after"…) is used only when
 *   the trigger's clause and the dateline have none, and it is at most a year before publication
 *   ({@link OTHER_CLAUSE_MAX_AGE_MS});
 * - the date of a wire dateline ("BEIRUT, March 7 (Reuters) -") is the filing date: any other expression of the
 *   sentence wins over it ("… killed a reporter in October");
 * - no expression → the publication date (GDELT's convention), precision 'day', `text` null; when the words before the
 *   trigger tell the act as earlier than the report ("had imposed", "recently condemned", "the recent detention",
 *   "who has threatened": anterior-act.ts), `relation` 'before' says the date is only the latest day it can have (so
 *   also for a wire dateline's date);
 * - a page updated after publication (`modified`, a later day: ingest/modification-date.ts) keeps its publication
 *   date as the reference of relative expressions, but an expression with a written year after publication and not
 *   after the modification day ("in August 2025" on a page of 2012 updated in 2026) is a date of the updated text, not
 *   a plan: it dates the event (GDELT and ICEWS date by publication; an explicit date the source states wins);
 * - no publication date → only expressions with a written year in the trigger's own clause resolve ("3 June 1998");
 *   relative ones ("last year", "last week", "on Monday") and other clauses' give null, never a date computed from
 *   today's clock (an empty SQLDATE is better than a wrong one).
 * Uses chrono-node's casual English parser (forward dates off: news reports the past).
 * @param sentenceText text of the sentence
 * @param sentenceStart its offset in the article text (the returned offsets are article offsets)
 * @param triggerOffset article offset of the trigger, to pick the nearest expression
 * @param published the article's publication date (`YYYY-MM-DD…`) or null
 * @param parsed the sentence's expressions from {@link parseSentenceDates} (same text and date), to date several
 *   triggers of one sentence with one parse; parsed here when absent
 * @param datelineDate article offsets `[start, end)` of the date of the wire dateline opening the sentence
 *   (`Dateline.date` of nlp/dateline.ts), or null/absent when it has none
 * @param modified the day the article was last changed (`Article.modified`, `YYYY-MM-DD`, after `published`), or
 *   null/absent: written-year dates up to that day are not treated as after publication
 */
export function resolveEventDate(
  sentenceText: string,
  sentenceStart: number,
  triggerOffset: number,
  published: string | null | undefined,
  parsed?: SentenceDates,
  datelineDate?: { readonly start: number; readonly end: number } | null,
  modified?: string | null,
): ResolvedDate {
  const date = statedDate(sentenceText, sentenceStart, triggerOffset, published, parsed, datelineDate, modified);
  const anniversary = date.date === null ? null : anniversaryOf(sentenceText, triggerOffset - sentenceStart);
  return anniversary === null ? date : beforeAnniversary(date, anniversary, sentenceText, sentenceStart);
}

/**
 * The date of an act whose anniversary falls on `date` (anniversary.ts): that day moved back by the years counted,
 * stated as precisely as the text states the anniversary's day ("the first anniversary on Friday" a day); on the
 * publication day (no expression) only the year, since an anniversary may be marked a few days off it. With no count
 * ("the anniversary of the invasion") the act lies an unstated number of years before: `relation` 'before'.
 * @param date the anniversary's date ({@link statedDate}, not null); `a` the anniversary phrase (sentence offsets)
 */
function beforeAnniversary(date: ResolvedDate, a: Anniversary, sentenceText: string, sentenceStart: number): ResolvedDate {
  if (a.years === null) return { ...date, relation: 'before' };
  const [y, mo, d] = date.date!.split('-').map(Number);
  const precision = date.text === null ? 'year' : date.precision!;
  const day = precision === 'year' ? '01-01' : `${pad(mo)}-${pad(precision === 'month' || precision === 'season' ? 1 : d)}`;
  const text = date.text ?? sentenceText.slice(a.start, a.end);
  const start = date.start ?? sentenceStart + a.start;
  return { date: `${pad(y - a.years, 4)}-${day}`, precision, text, start, end: date.end ?? sentenceStart + a.end };
}

/** The date the sentence states for the trigger's act, as {@link resolveEventDate} reads it before anniversaries. */
function statedDate(
  sentenceText: string,
  sentenceStart: number,
  triggerOffset: number,
  published: string | null | undefined,
  parsed?: SentenceDates,
  datelineDate?: { readonly start: number; readonly end: number } | null,
  modified?: string | null,
): ResolvedDate {
  const ref = referenceInstant(published);
  // the last instant an explicit date of the updated text may name (the end of the modification day)
  const updated = ref && modified ? referenceInstant(modified) : null;
  const stated = (r: chrono.ParsedResult, t: number): boolean =>
    updated !== null && t > ref!.getTime() && t <= updated.getTime() + DAY_MS / 2 && r.start.isCertain('year') && WRITTEN_YEAR.test(r.text);
  // "had imposed", "recently condemned": an act before the report, which no expression dates (anterior-act.ts)
  const earlier = ref !== null && toldAsEarlier(sentenceText, triggerOffset - sentenceStart);
  const fallback: ResolvedDate = {
    date: ref ? `${ref.getUTCFullYear()}-${pad(ref.getUTCMonth() + 1)}-${pad(ref.getUTCDate())}` : null,
    precision: ref ? 'day' : null,
    text: null,
    start: null,
    end: null,
    ...(earlier ? { relation: 'before' as const } : {}),
  };
  const results = (parsed ?? parseSentenceDates(sentenceText, published)).results;
  if (results === null) return fallback;
  let best: chrono.ParsedResult | null = null;
  let bestDist = Infinity;
  let dateline: chrono.ParsedResult | null = null;
  // how the trigger's event lies from the chosen expression ("two months after"; spanFromAnchor)
  let bestSpan: ReturnType<typeof spanFromAnchor> = null;
  for (const r of results) {
    // "BEIRUT, March 7 (Reuters) - … killed a reporter in October": the dateline dates the filing, not the event;
    // it is used only when the sentence states no other date
    if (datelineDate && sentenceStart + r.index < datelineDate.end && sentenceStart + r.index + r.text.length > datelineDate.start) {
      dateline ??= r;
      continue;
    }
    // "two months after the invasion", "a week later": a span from another event, not from publication
    if (/\b(?:day|week|month|year)s?\s+(?:after|before|later|earlier|on)\s*$/i.test(r.text)) continue;
    // "besieged for three years", "within 30 days", "over the last two weeks": a duration, not a date
    if (duration(sentenceText, r.index, r.text)) continue;
    // "a week-old offensive", "a 30-year-old man": an age, not a date
    if (/^-?\s*old\b/i.test(sentenceText.slice(r.index + r.text.length)) || /-old$/i.test(r.text)) continue;
    // "by March 2004", "until the end of 2005": a deadline or a limit; "slower than in 2004": a comparison
    // (chrono-node's text may begin with "the end of")
    const before = sentenceText.slice(Math.max(0, r.index - 40), r.index) + (/^(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+/i.exec(r.text)?.[0] ?? '');
    if ((DEADLINE_BEFORE.test(before) && !limitEndedByTrigger(sentenceText, r.index + r.text.length, triggerOffset - sentenceStart)) || COMPARISON_BEFORE.test(before)) continue;
    // "pledged to march into the capital", "they may agree": a verb, not a month
    // ("a visit to Mexico in march", wire copy writing the month in lower case after a preposition, is the month)
    if (/^(?:march|may)$/.test(r.text.trim()) && !/\b(?:in|since|during|early|late|mid-?)\s*$/i.test(sentenceText.slice(Math.max(0, r.index - 8), r.index))) continue;
    // "a budget year that opens this October" in a March story: the month of the publication's year, after it, so a
    // plan; chrono-node leaves "this" out and counts back to the October before (eighth hand check, reut2-003)
    if (ref && /\bthis\s+$/i.test(before) && r.start.isCertain('month') && !r.start.isCertain('year') && (r.start.get('month') ?? 0) > ref.getUTCMonth() + 1) continue;
    // "next Tuesday", "this weekend" in a Wednesday story: a day to come, which chrono-node reads as the past one
    if (ref && weekdayToCome(sentenceText.slice(Math.max(0, r.index - 16), r.index), r.text, ref)) continue;
    // time-only expressions ("at 10am") do not date an event on their own
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && !r.start.isCertain('month') && !/week|month|year|today|yesterday|tonight|ago/i.test(r.text)) continue;
    // Without a publication date only a written year anchors an expression: chrono-node resolves "last
    // year" or "last week" against the clock and marks the year certain, which would date a 2004 story today.
    if (!ref && !(r.start.isCertain('year') && WRITTEN_YEAR.test(r.text))) continue;
    const s = sentenceStart + r.index;
    const e = s + r.text.length;
    // "will start talks in April 2005", "said it would meet on Monday": the date of an intention, not of the report
    if (futureBetween(sentenceText, sentenceStart, triggerOffset, s, e) || inReportedContent(sentenceText, sentenceStart, triggerOffset, s)) continue;
    if (outOfScope(sentenceText, r.index, r.index + r.text.length, triggerOffset - sentenceStart)) continue;
    // a date with a year after publication (and "next week", "tomorrow") is a plan: the event is dated on publication
    if (ref && r.start.isCertain('year') && r.start.date().getTime() > ref.getTime() + DAY_MS / 2 && !stated(r, r.start.date().getTime())) continue;
    let dist = triggerOffset < s ? s - triggerOffset : triggerOffset >= e ? triggerOffset - e : 0;
    // "admitted … a plan which four months ago landed him…": another clause's date dates another event
    const between = triggerOffset < s ? sentenceText.slice(triggerOffset - sentenceStart, r.index) : sentenceText.slice(e - sentenceStart, triggerOffset - sentenceStart);
    // "Norway, which left the pact last year, still blocks the quota": the relative clause tells of the noun, not the event
    if (triggerOffset >= e && inClosedRelative(sentenceText, r.index, e - sentenceStart, triggerOffset - sentenceStart)) continue;
    if (OTHER_CLAUSE.test(between)) {
      // an undated article has no publication date to fall back on: only the trigger's own clause dates it; a date
      // of another clause more than a year before publication is background ("the party he was instrumental in
      // founding 30 years ago, tired of hard-liners who would not forgive him for leaving the coalition")
      if (dateline || !ref || (r.start.date().getTime() < ref.getTime() - OTHER_CLAUSE_MAX_AGE_MS && !tellsWhen(between, triggerOffset >= e))) continue;
      dist += 10_000;
    }
    if (dist < bestDist) {
      best = r;
      bestDist = dist;
      bestSpan = spanFromAnchor(between, triggerOffset >= e);
    }
  }
  /**
   * The distance to the trigger of a written period that chrono-node does not read (a bare year, a season) at article
   * offsets `[s, e)`, the last instant of which is `lastMs`; null when it dates nothing of the trigger (the filters
   * applied to chrono-node's expressions above). `since`: the period follows "since" (the start of a state).
   */
  const writtenPeriodDistance = (s: number, e: number, lastMs: number, since: boolean): number | null => {
    let dist = triggerOffset < s ? s - triggerOffset : triggerOffset >= e ? triggerOffset - e : 0;
    if (futureBetween(sentenceText, sentenceStart, triggerOffset, s, e) || inReportedContent(sentenceText, sentenceStart, triggerOffset, s)) return null;
    const sinceState =
      since &&
      !(triggerOffset >= e && /^\s*,?\s*when\b/i.test(sentenceText.slice(e - sentenceStart, triggerOffset - sentenceStart))) &&
      !stateBegunByTrigger(sentenceText.slice(Math.max(0, s - sentenceStart - 60), s - sentenceStart), sentenceText.slice(triggerOffset - sentenceStart, triggerOffset - sentenceStart + 16));
    if (sinceState || outOfScope(sentenceText, s - sentenceStart, e - sentenceStart, triggerOffset - sentenceStart)) return null;
    // a period in another clause ("education policies, which included … in early 2003"), as for chrono-node's expressions
    const between = triggerOffset < s ? sentenceText.slice(triggerOffset - sentenceStart, s - sentenceStart) : sentenceText.slice(e - sentenceStart, triggerOffset - sentenceStart);
    if (triggerOffset >= e && inClosedRelative(sentenceText, s - sentenceStart, e - sentenceStart, triggerOffset - sentenceStart)) return null;
    if (OTHER_CLAUSE.test(between)) {
      if (dateline || !ref || (lastMs < ref.getTime() - OTHER_CLAUSE_MAX_AGE_MS && !tellsWhen(between, triggerOffset >= e))) return null;
      dist += 10_000;
    }
    // not a part of chrono-node's chosen expression ("in March of 1987")
    return best && s >= sentenceStart + best.index && e <= sentenceStart + best.index + best.text.length ? null : dist;
  };
  let written: ResolvedDate | null = null;
  // a season ("last summer", "in the spring of 1986"; season.ts) nearer to the trigger than any other expression, and
  // not after publication ("this summer" in a March story is a plan: it dates nothing)
  // (the year of a season, "the summer of 1986", dates nothing on its own: the season's filters hold for it)
  const seasons = seasonExpressions(sentenceText);
  for (const x of seasons) {
    const first = seasonStart(x, ref);
    if (first === null || (ref && first > ref.getTime() && !(updated && first <= updated.getTime()))) continue;
    const before = sentenceText.slice(Math.max(0, x.start - 40), x.start);
    // "by the summer of 1986", "until last winter": a deadline; "than last summer": a comparison
    if (DEADLINE_BEFORE.test(before.replace(/\bthe\s+$/i, '')) || COMPARISON_BEFORE.test(before)) continue;
    const dist = writtenPeriodDistance(sentenceStart + x.start, sentenceStart + x.end, first + 90 * DAY_MS, /\bsince\s+(?:the\s+)?$/i.test(before));
    if (dist !== null && dist < bestDist) {
      const d = new Date(first);
      written = { date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-01`, precision: 'season', text: x.text, start: sentenceStart + x.start, end: sentenceStart + x.end };
      bestDist = dist;
    }
  }
  // a bare year nearer to the trigger than any chrono-node expression (and not after publication)
  for (const m of sentenceText.matchAll(BARE_YEAR)) {
    const y = Number(m[1]);
    if (ref && y > ref.getUTCFullYear() && !(updated && y <= updated.getUTCFullYear())) continue;
    // "2010's games"; "by 2010" is left out of BARE_YEAR, "until 2010", "by the end of 2010" here (not "until 2013, when …")
    const lead = sentenceText.slice(Math.max(0, m.index - 40), m.index + m[0].length - m[1].length);
    if ((DEADLINE_BEFORE.test(lead) && !limitEndedByTrigger(sentenceText, m.index + m[0].length, triggerOffset - sentenceStart)) || COMPARISON_BEFORE.test(lead)) continue;
    // "the Trade Act of 1974", "the Class of 2020": a year that ends a capitalised name dates the name
    if (/^of\b/i.test(m[0]) && /\b\p{Lu}[\p{L}.'-]*\s+$/u.test(sentenceText.slice(Math.max(0, m.index - 40), m.index))) continue;
    const s = sentenceStart + m.index + m[0].length - m[1].length;
    const e = s + m[1].length;
    // "the summer of 1986": the year of a season, which dates it more closely (or not at all)
    if (seasons.some((x) => s >= sentenceStart + x.start && e <= sentenceStart + x.end)) continue;
    // "dismissed any parallel with the floods of 1953": the year of a noun's event, unless that noun is the trigger
    // (after the trigger only: "The talks of 1990 ended in failure" has the noun as subject, and it ended then)
    if (/^of\b/i.test(m[0]) && triggerOffset < s && yearOfNoun(sentenceText.slice(Math.max(0, m.index - 40), m.index), /^\S+\s+$/.test(sentenceText.slice(triggerOffset - sentenceStart, m.index)))) continue;
    const dist = writtenPeriodDistance(s, e, Date.UTC(y, 11, 31), /^since\b/i.test(m[0]));
    if (dist !== null && dist < bestDist) {
      // "In 2022, two years after the invasion": the invasion's year is 2020 (spanFromAnchor; a shorter span keeps the year)
      const span = spanFromAnchor(triggerOffset < s ? sentenceText.slice(triggerOffset - sentenceStart, s - sentenceStart) : sentenceText.slice(e - sentenceStart, triggerOffset - sentenceStart), triggerOffset >= e);
      const yy = span !== null && span !== 'before' && span.unit === 'year' ? y + span.n : y;
      written = { date: `${pad(yy, 4)}-01-01`, precision: 'year', text: String(y), start: s, end: e };
      bestDist = dist;
    }
  }
  if (written) return written;
  best ??= dateline;
  if (!best) return fallback;
  // what the expression states: a weekday or a day, a week ("last week", "this week"), a month, or only a year
  const precision: DatePrecision =
    /\bweeks?\b/i.test(best.text) ? 'week' : best.start.isCertain('day') || best.start.isCertain('weekday') ? 'day' : best.start.isCertain('month') ? 'month' : 'year';
  let y = best.start.get('year') ?? 0;
  let mo = precision === 'year' ? 1 : (best.start.get('month') ?? 1);
  let d = precision === 'year' || precision === 'month' ? 1 : (best.start.get('day') ?? 1);
  const week = ref && precision === 'week' ? weekStart(sentenceText, best.index, best.text, ref) : null;
  if (week !== null) {
    // "this week", "last week": the Monday that starts the named calendar week (chrono-node counts back 7 days)
    const w = new Date(week);
    y = w.getUTCFullYear();
    mo = w.getUTCMonth() + 1;
    d = w.getUTCDate();
  } else if (ref) {
    const month = precision === 'month' ? relativeMonth(best.text, ref) : null;
    if (month) [y, mo] = month;
    let t = Date.UTC(y, mo - 1, d, 12);
    if (t > ref.getTime() && best.start.isCertain('weekday') && !best.start.isCertain('day')) {
      // a bare weekday in news names the latest such day on or before publication
      t -= 7 * DAY_MS;
      const back = new Date(t);
      y = back.getUTCFullYear();
      mo = back.getUTCMonth() + 1;
      d = back.getUTCDate();
    }
    if (!best.start.isCertain('year') && lastNamedMonth(sentenceText.slice(Math.max(0, best.index - 8), best.index), best.text)) {
      // "last June" in a June story is the June of the year before, "last April" in October this year's (chrono-node
      // reads the bare month and picks its year by its own measure)
      y = mo >= ref.getUTCMonth() + 1 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear();
      t = Date.UTC(y, mo - 1, d, 12);
    }
    // "six flights a week from May 31" in a March story: the start of a term to come, not the May before
    if (!best.start.isCertain('year') && best.start.isCertain('month') && termStartToCome(sentenceText.slice(Math.max(0, best.index - 24), best.index), t, ref)) return fallback;
    if (t > ref.getTime() + 31 * DAY_MS && !best.start.isCertain('year') && best.start.isCertain('month')) {
      // a month (and day) without a year names the latest such date not after publication: "the Oct. 7 attacks" in
      // an August 2024 story are those of October 2023 (found in a review: they had been dated on publication);
      // within a month after publication it is the publication date (a dateline a day ahead, a planned visit)
      y -= 1;
      t = Date.UTC(y, mo - 1, d, 12);
    }
    // a date after publication ("next week", "in April" in a March story, "a bond due March 20, 1997") is the time a
    // plan, a promise or a term talks about: news reports what was done or said by then, and an intent is dated when
    // it was stated (CAMEO codes the statement). The event takes the publication date, stated to the day; found in a
    // review of Reuters-21578, where 86 events were dated after their article and month-precision events had
    // been given the publication day while still listed as the month
    if (t > ref.getTime() && !stated(best, t)) return fallback;
  }
  const text = best.text.replace(/[\s,.;:]+$/, '');
  const start = sentenceStart + best.index;
  if (bestSpan !== null) {
    // "In April 2022, two months after the invasion": the invasion is dated from the anchor (spanFromAnchor)
    const moved = fromAnchor(y, mo, d, precision, bestSpan);
    if (ref && Date.parse(`${moved.date}T12:00:00Z`) > ref.getTime()) return fallback;
    return { ...moved, text, start, end: start + text.length };
  }
  // (the dateline's date is the filing day, as the publication day is for an article with none)
  return { date: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`, precision, text, start, end: start + text.length, ...(earlier && best === dateline ? { relation: 'before' as const } : {}) };
}

const PRECISION_ORDER: readonly DatePrecision[] = ['day', 'week', 'month', 'season', 'year'];

/**
 * The date of an event that lies a span from an anchor date (spanFromAnchor): the anchor moved by the count of units,
 * stated no finer than the anchor or the unit ("two days after" an April anchor stays a month, "two months after"
 * a day is a month: the first day of the period, as for any expression); `'before'` (an unstated span before) the
 * anchor's year.
 * @param y, mo, d the anchor's first day (month 1–12); `precision` the anchor's
 */
function fromAnchor(y: number, mo: number, d: number, precision: DatePrecision, span: NonNullable<ReturnType<typeof spanFromAnchor>>): { date: string; precision: DatePrecision } {
  if (span === 'before') return { date: `${pad(y, 4)}-01-01`, precision: 'year' };
  // (a count of weeks from a day is a day: "two weeks after March 3" is March 17)
  const unit: DatePrecision = span.unit === 'week' && precision === 'day' ? 'day' : span.unit;
  const p = PRECISION_ORDER[Math.max(PRECISION_ORDER.indexOf(precision), PRECISION_ORDER.indexOf(unit))];
  let t = Date.UTC(y, mo - 1, d, 12);
  if (span.unit === 'day' || span.unit === 'week') t += span.n * (span.unit === 'day' ? 1 : 7) * DAY_MS;
  else {
    const m = span.unit === 'month' ? span.n : 12 * span.n;
    t = Date.UTC(y, mo - 1 + m, 1, 12);
  }
  if (p === 'week') t = isoWeekStart(t);
  const x = new Date(t);
  const yy = x.getUTCFullYear();
  const mm = p === 'year' ? 1 : x.getUTCMonth() + 1;
  const dd = p === 'day' || p === 'week' ? x.getUTCDate() : 1;
  return { date: `${pad(yy, 4)}-${pad(mm)}-${pad(dd)}`, precision: p === 'season' ? 'month' : p };
}
