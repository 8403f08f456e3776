import type { StoredEvent } from '../store/store.js';

/** One event with how many coded events and articles report it. */
export interface EventMentions {
  /** The first coded mention in the input's order (its id, article, sentence and trigger stand for the group). */
  readonly event: StoredEvent;
  /** How many coded events it stands for, in all its articles (GDELT's NumMentions), at least 1. */
  readonly mentions: number;
  /** How many articles report it (GDELT's NumArticles), at least 1; absent means 1. */
  readonly articles?: number;
  /** The coded events it stands for, `event` first (absent: `event` alone). */
  readonly members?: readonly StoredEvent[];
}

/**
 * Days two articles of one source may be published apart for an event they both state in the same sentence to be one
 * event: a wire re-issues a story (a new lead, added paragraphs, a correction) within hours or a day or two.
 */
export const REPEAT_WINDOW_DAYS = 3;

/** Options of {@link groupEventMentions}. */
export interface GroupEventMentionsOptions {
  /**
   * Also group an event with the same event in another article from the same source (see {@link groupEventMentions});
   * false: only the repeats within each article (default true).
   */
  acrossArticles?: boolean;
  /** The most days apart two such articles may be published ({@link REPEAT_WINDOW_DAYS}). */
  withinDays?: number;
}

/**
 * Share of the shorter sentence's adjacent word pairs the other must hold for the two to be one sentence of a re-issued
 * story ({@link sameSentence}).
 */
export const SAME_SENTENCE_SHARE = 0.7;

/** A wire dateline opening a story's first sentence: "OSLO, Feb 6 - ", "RIO DE JANEIRO, March 12 - ", "London, March 2 - ". */
const DATELINE = /^\p{Lu}[\p{L} .,'’()-]{0,60}?,\s*\p{Lu}\p{L}{2,8}\.?\s+\d{1,2}\s*[-–—]+\s*/u;

/** The words of a sentence without its dateline: lower-cased letter/digit runs. */
function wordsOf(text: string): string[] {
  return text.replace(DATELINE, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The adjacent word pairs of a sentence's words: "the bank raised" → {"the bank", "bank raised"} (a single word alone). */
function wordPairs(words: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  if (words.length === 1) pairs.add(words[0]);
  return pairs;
}

/** The digit runs of a sentence's words, sorted and joined: "a 3.28 billion loan for 5 years" → "28 3 5". */
function numbersOf(words: readonly string[]): string {
  return words.filter((w) => /^\p{N}+$/u.test(w)).sort().join(' ');
}

/**
 * Whether two sentences are one sentence as a re-issued story gives it again: the same numbers, and at least
 * {@link SAME_SENTENCE_SHARE} of the shorter one's adjacent word pairs in the other, both without a wire dateline. So
 * case, punctuation, a spelling ("stabilize"/"stabilise"), a new dateline ("March 1 -"/"March 2 -") or a dropped
 * parenthesis do not matter, while two sentences that only share their actors and verb do, and so do two wire
 * sentences of one template about different deals ("X has signed a 3.1 billion yen loan agreement, arranger Y said" /
 * "Z has signed a 3.28 billion yen …": three quarters of their pairs shared). The share lies between the re-issues
 * (0.89 and above) and other sentences (0.17 and below) found on reut2-000 to reut2-003; the numbers rule was added for
 * the two loans, found on reut2-004 to reut2-007 (see groupEventMentions). same-story.ts compares articles alike.
 * @param a one sentence's text; `b` the other's
 * @returns true when they are one sentence
 */
export function sameSentence(a: string, b: string): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (numbersOf(wa) !== numbersOf(wb)) return false;
  const pa = wordPairs(wa);
  const pb = wordPairs(wb);
  const [small, large] = pa.size <= pb.size ? [pa, pb] : [pb, pa];
  if (small.size === 0) return false;
  let shared = 0;
  for (const p of small) if (large.has(p)) shared++;
  return shared >= SAME_SENTENCE_SHARE * small.size;
}

/** Whether an event has no date of its own: no date expression, dated on its article's day of publication. */
function datedByPublication(ev: StoredEvent): boolean {
  return !ev.dateText && ev.date !== null && ev.published !== null && ev.published.startsWith(ev.date);
}

/** Days between two publication dates (YYYY-MM-DD or ISO 8601); null when either is missing or unreadable. */
function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const d = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return Number.isNaN(d) ? null : d;
}

/**
 * Groups the coded events that report one event, as GDELT counts an event once with NumMentions and NumArticles
 * ("the total number of mentions of this event across all source documents", GDELT 2.0 Event Codebook) and ICEWS
 * keeps one event per story:
 * - within an article, events with the same source and target actor codes, CAMEO code, date and place (a headline and
 *   its first paragraph, a story repeating its news lower down);
 * - across articles (`acrossArticles`), events with the same source and target actor codes, CAMEO code and date (or
 *   both dated only by their article's publication day, which moves when a story is re-issued the next day), stated in
 *   the same sentence ({@link sameSentence}) in articles of the same named source published at
 *   most `withinDays` apart — a wire story re-issued with a new lead or added paragraphs (reut2-*: two thirds to three
 *   quarters of the text the same, too far apart for the store's near-copy check, which links the article itself) states
 *   its unchanged facts in unchanged sentences. An undated event needs both publication dates; an article with no
 *   source (a file read from disk) is never grouped with another, nor are two events of one article by this rule.
 * Groups are kept whole by union (A with B and B with C is one group) and in the order of their first event.
 * @param events stored events (any order)
 * @param options see {@link GroupEventMentionsOptions}
 * @returns one entry per group: its first event, `mentions` (events in it), `articles` (distinct articles) and `members`
 */
export function groupEventMentions(events: readonly StoredEvent[], { acrossArticles = true, withinDays = REPEAT_WINDOW_DAYS }: GroupEventMentionsOptions = {}): EventMentions[] {
  // union-find over the events' positions
  const parent = events.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (i: number, j: number) => {
    const [a, b] = [find(i), find(j)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const inArticle = new Map<string, number>();
  const alike = new Map<string, number[]>();
  events.forEach((ev, i) => {
    const what = [ev.source?.actor ?? null, ev.target?.actor ?? null, ev.code, ev.date];
    const key = JSON.stringify([ev.articleId, ...what, ev.location?.name ?? null]);
    const first = inArticle.get(key);
    if (first === undefined) inArticle.set(key, i);
    else union(first, i);
    if (!acrossArticles || !ev.articleSource) return;
    // the events of one source with these actors, code and date: few, so each is compared with the earlier ones
    const compareWith = (earlier: readonly number[]) => {
      for (const j of earlier) {
        const other = events[j];
        if (other.articleId === ev.articleId || find(j) === find(i)) continue;
        const apart = daysApart(other.published, ev.published);
        if ((apart === null ? ev.date !== null : apart <= withinDays) && sameSentence(other.sentence.text, ev.sentence.text)) union(j, i);
      }
    };
    const sameWhat = JSON.stringify([ev.articleSource, ...what]);
    const earlier = alike.get(sameWhat);
    if (earlier) {
      compareWith(earlier);
      earlier.push(i);
    } else alike.set(sameWhat, [i]);
    // an event dated only by its article's publication (no date in its sentence) is also compared with the others so
    // dated within `withinDays`, as a re-issue of the next day dates it a day later (review 15b: one statement in
    // stories of 2 and 3 March was two events)
    if (!datedByPublication(ev)) return;
    const day = Math.floor(Date.parse(ev.date!) / 86_400_000);
    if (Number.isNaN(day)) return;
    const byDay = (d: number) => JSON.stringify([ev.articleSource, ...what.slice(0, 3), 'published', d]);
    for (let d = day - Math.ceil(withinDays); d <= day + Math.ceil(withinDays); d++) {
      const near = alike.get(byDay(d));
      if (near) compareWith(near);
    }
    const own = alike.get(byDay(day));
    if (own) own.push(i);
    else alike.set(byDay(day), [i]);
  });
  const groups = new Map<number, { event: StoredEvent; members: StoredEvent[]; articleIds: Set<string> }>();
  events.forEach((ev, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) {
      group.members.push(ev);
      group.articleIds.add(ev.articleId);
    } else groups.set(root, { event: ev, members: [ev], articleIds: new Set([ev.articleId]) });
  });
  return [...groups.values()].map(({ event, members, articleIds }) => ({ event, mentions: members.length, articles: articleIds.size, members }));
}
