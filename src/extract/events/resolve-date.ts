import * as chrono from 'chrono-node';

/** How much of a resolved date the text states: "on Monday" a day, "last week" a week, "last month" a month, "in 1990" a year. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/**
 * A resolved event date: `YYYY-MM-DD` (the first day of the period when the text names a week, month or year),
 * its precision, the expression it came from and its offsets, if any.
 */
export interface ResolvedDate {
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  readonly text: string | null;
  readonly start: number | null;
  readonly end: number | null;
}

// Cheap gate before calling chrono: a sentence without any of these words has no date expression.
const DATE_WORDS =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yesterday|today|tonight|tomorrow|week|weekend|month|year|ago|decade|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\/\d{1,2}/i;

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

/** A bare year after a preposition ("invaded Kuwait in 1990", "In 2007, …", "since early 2014"), which chrono-node leaves alone. */
const BARE_YEAR = /\b(?:in|since|during|until|by|from|of|between)\s+(?:early\s+|late\s+|mid-?)?((?:1[6-9]|20)\d\d)\b(?!\s*(?:-|–)?\s*(?:\d|per|percent|%|km|miles|people|troops|soldiers|dollars))/gi;

const OTHER_CLAUSE = /\b(?:which|who|whom|whose|when|after|before|since|while|until)\b/i;

// a wire dateline before the expression ("BEIRUT/THE HAGUE, ", "LONDON, ") and a dash after it (an agency may stand between)
const DATELINE_BEFORE = /^\s*\p{Lu}[\p{Lu}\p{L}\s./'-]*,\s*$/u;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?(?:--|[-—–_])/;

/** True when the expression at `index` (of `length` characters) is the date of a wire dateline at the sentence start. */
function inDateline(sentenceText: string, index: number, length: number): boolean {
  return index < 60 && DATELINE_BEFORE.test(sentenceText.slice(0, index)) && DATELINE_AFTER.test(sentenceText.slice(index + length));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Resolves the date of an event from the date expressions of its sentence, against the publication date.
 *
 * Conventions (documented in docs/events.md):
 * - the expression nearest to the trigger wins ("met … on Monday" in a Monday 2023-06-19 article → 2023-06-19;
 *   a weekday names the latest such day on or before the publication date);
 * - a period ("earlier this week", "earlier this year", "last month") resolves to its first day (weeks as
 *   chrono-node computes them, months on the 1st, years on 1 January), never later than the publication date,
 *   and `precision` says how much the text stated ('day' | 'week' | 'month' | 'year');
 * - a bare year after a preposition ("invaded Kuwait in 1990") is that year (precision 'year'), which
 *   chrono-node does not parse; not a year after the publication date, nor a number ("in 1990 people"),
 *   nor the year that ends a capitalised name ("the Trade Act of 1974");
 * - a month and day without a year ("the Oct. 7 attacks" in an August story) more than 31 days after publication
 *   is that of the year before, not the publication date (within 31 days: the publication date, as before);
 * - an expression in another clause than the trigger's (after "which", "who", "when", "after"…) is used only when
 *   the trigger's clause and the dateline have none;
 * - the date of a wire dateline ("BEIRUT, March 7 (Reuters) -") is the filing date: any other expression of the
 *   sentence wins over it ("… killed a reporter in October");
 * - no expression → the publication date (GDELT's convention), precision 'day', `text` null;
 * - no publication date → only expressions with a written year resolve ("3 June 1998"); relative ones
 *   ("last year", "last week", "on Monday") give null, never a date computed from today's clock.
 * Uses chrono-node's casual English parser (forward dates off: news reports the past).
 * @param sentenceText text of the sentence
 * @param sentenceStart its offset in the article text (the returned offsets are article offsets)
 * @param triggerOffset article offset of the trigger, to pick the nearest expression
 * @param published the article's publication date (`YYYY-MM-DD…`) or null
 */
export function resolveEventDate(
  sentenceText: string,
  sentenceStart: number,
  triggerOffset: number,
  published: string | null | undefined,
): ResolvedDate {
  const ref = referenceInstant(published);
  const fallback: ResolvedDate = {
    date: ref ? `${ref.getUTCFullYear()}-${pad(ref.getUTCMonth() + 1)}-${pad(ref.getUTCDate())}` : null,
    precision: ref ? 'day' : null,
    text: null,
    start: null,
    end: null,
  };
  if (!DATE_WORDS.test(sentenceText)) return fallback;
  const results = chrono.parse(sentenceText, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false });
  let best: chrono.ParsedResult | null = null;
  let bestDist = Infinity;
  let dateline: chrono.ParsedResult | null = null;
  for (const r of results) {
    // "BEIRUT, March 7 (Reuters) - … killed a reporter in October": the dateline dates the filing, not the event;
    // it is used only when the sentence states no other date
    if (inDateline(sentenceText, r.index, r.text.length)) {
      dateline ??= r;
      continue;
    }
    // "two months after the invasion", "a week later": a span from another event, not from publication
    if (/\b(?:day|week|month|year)s?\s+(?:after|before|later|earlier|on)\s*$/i.test(r.text)) continue;
    // "a week-old offensive", "a 30-year-old man": an age, not a date
    if (/^-?\s*old\b/i.test(sentenceText.slice(r.index + r.text.length)) || /-old$/i.test(r.text)) continue;
    // time-only expressions ("at 10am") do not date an event on their own
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && !r.start.isCertain('month') && !/week|month|year|today|yesterday|tonight|ago/i.test(r.text)) continue;
    // Without a publication date only a written year anchors an expression: chrono-node resolves "last
    // year" or "last week" against the clock and marks the year certain, which would date a 2004 story today.
    if (!ref && !(r.start.isCertain('year') && WRITTEN_YEAR.test(r.text))) continue;
    const s = sentenceStart + r.index;
    const e = s + r.text.length;
    let dist = triggerOffset < s ? s - triggerOffset : triggerOffset >= e ? triggerOffset - e : 0;
    // "admitted … an initiative which four months ago plunged him…": another clause's date dates another event
    const between = triggerOffset < s ? sentenceText.slice(triggerOffset - sentenceStart, r.index) : sentenceText.slice(e - sentenceStart, triggerOffset - sentenceStart);
    if (OTHER_CLAUSE.test(between)) {
      if (dateline) continue;
      dist += 10_000;
    }
    if (dist < bestDist) {
      best = r;
      bestDist = dist;
    }
  }
  // a bare year nearer to the trigger than any chrono-node expression (and not after publication)
  let year: { y: number; start: number; end: number } | null = null;
  for (const m of sentenceText.matchAll(BARE_YEAR)) {
    const y = Number(m[1]);
    if (ref && y > ref.getUTCFullYear()) continue;
    // "the Trade Act of 1974", "the Class of 2020": a year that ends a capitalised name dates the name
    if (/^of\b/i.test(m[0]) && /\b\p{Lu}[\p{L}.'-]*\s+$/u.test(sentenceText.slice(Math.max(0, m.index - 40), m.index))) continue;
    const s = sentenceStart + m.index + m[0].length - m[1].length;
    const e = s + m[1].length;
    const dist = triggerOffset < s ? s - triggerOffset : triggerOffset >= e ? triggerOffset - e : 0;
    if (dist < bestDist && !(best && s >= sentenceStart + best.index && e <= sentenceStart + best.index + best.text.length)) {
      year = { y, start: s, end: e };
      bestDist = dist;
    }
  }
  if (year) return { date: `${pad(year.y, 4)}-01-01`, precision: 'year', text: String(year.y), start: year.start, end: year.end };
  best ??= dateline;
  if (!best) return fallback;
  // what the expression states: a weekday or a day, a week ("last week", "this week"), a month, or only a year
  const precision: DatePrecision =
    /\bweeks?\b/i.test(best.text) ? 'week' : best.start.isCertain('day') || best.start.isCertain('weekday') ? 'day' : best.start.isCertain('month') ? 'month' : 'year';
  let y = best.start.get('year') ?? 0;
  let mo = precision === 'year' ? 1 : (best.start.get('month') ?? 1);
  let d = precision === 'year' || precision === 'month' ? 1 : (best.start.get('day') ?? 1);
  if (ref) {
    let t = Date.UTC(y, mo - 1, d, 12);
    if (t > ref.getTime() && best.start.isCertain('weekday') && !best.start.isCertain('day')) {
      // a bare weekday in news names the latest such day on or before publication
      t -= 7 * 86_400_000;
      const back = new Date(t);
      y = back.getUTCFullYear();
      mo = back.getUTCMonth() + 1;
      d = back.getUTCDate();
    }
    if (t > ref.getTime() + 31 * 86_400_000 && !best.start.isCertain('year') && best.start.isCertain('month')) {
      // a month (and day) without a year names the latest such date not after publication: "the Oct. 7 attacks" in
      // an August 2024 story are those of October 2023 (found in a review: they had been dated on publication);
      // within a month after publication it is the publication date (a dateline a day ahead, a planned visit)
      y -= 1;
      t = Date.UTC(y, mo - 1, d, 12);
    }
    if (t > ref.getTime() && !best.start.isCertain('year')) {
      // a period or weekday resolved past the publication date: clamp to the publication date
      y = ref.getUTCFullYear();
      mo = ref.getUTCMonth() + 1;
      d = ref.getUTCDate();
    }
  }
  const text = best.text.replace(/[\s,.;:]+$/, '');
  const start = sentenceStart + best.index;
  return { date: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`, precision, text, start, end: start + text.length };
}
