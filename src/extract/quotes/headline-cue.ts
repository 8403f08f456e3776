import type { Doc } from '../../nlp/doc.js';
import type { CueMatch } from './find-cues.js';

/** Characters that end a headline item: a line break, a bullet or a vertical bar between feed items. */
const ITEM_BREAKS = ['\n', '\u2022', '|'] as const;

/**
 * How many characters the item searches look at on each side of the cue before they count words instead: an item
 * longer than that on one side is a headline only if it still holds at most `MAX_HEADLINE_WORDS` words (a search to the
 * text's ends made every cue cost the article's length, so articles of one long paragraph took quadratic time).
 */
const ITEM_WINDOW = 1_000;

/** Whether `part` (a piece of a headline item) already holds more words than a headline item may. */
function tooManyWords(part: string): boolean {
  return part.trim().split(/\s+/).length > MAX_HEADLINE_WORDS;
}

/**
 * Where the headline item holding offset `at` starts: just after the last item break before `at`, else 0; null when
 * the item is too long for a headline (more than `MAX_HEADLINE_WORDS` words before `at`).
 * @param text the article text; `at` a character offset in it
 * @returns a character offset ≤ at, or null
 */
function itemStart(text: string, at: number): number | null {
  if (at === 0) return 0;
  const lo = Math.max(0, at - ITEM_WINDOW);
  const window = text.slice(lo, at);
  let from = -1;
  for (const b of ITEM_BREAKS) from = Math.max(from, window.lastIndexOf(b));
  if (from >= 0) return lo + from + 1;
  if (lo === 0) return 0;
  // no break in the window: its words all belong to the item (the first perhaps in part)
  if (tooManyWords(window)) return null;
  for (const b of ITEM_BREAKS) from = Math.max(from, text.lastIndexOf(b, at - 1));
  return from + 1;
}

/**
 * Where the headline item holding the characters from `at` ends: at the first item break at or after `at`, else
 * the text's end; null when the item is too long for a headline (more than `MAX_HEADLINE_WORDS` words from `at`).
 * @param text the article text; `at` a character offset in it
 * @returns a character offset ≥ at, or null
 */
function itemEnd(text: string, at: number): number | null {
  const hi = Math.min(text.length, at + ITEM_WINDOW);
  const window = text.slice(at, hi);
  let to = -1;
  for (const b of ITEM_BREAKS) {
    const i = window.indexOf(b);
    if (i >= 0 && (to < 0 || i < to)) to = i;
  }
  if (to >= 0) return at + to;
  if (hi === text.length) return text.length;
  if (tooManyWords(window)) return null;
  to = text.length;
  for (const b of ITEM_BREAKS) {
    const i = text.indexOf(b, at);
    if (i >= 0 && i < to) to = i;
  }
  return to;
}

/** The last character of a sentence; a headline item ends without one. */
const SENTENCE_END = /[.!?\u2026"'\u201D\u2019):;]$/;

/** Most words a headline item has. */
const MAX_HEADLINE_WORDS = 20;

/**
 * True for a cue in headline grammar that is a passive, not a report: a past form with no auxiliary and no verb after it,
 * in a headline item (a line or a bullet-separated feed item of at most 20 words that ends without sentence punctuation).
 * Headlines tell past events in the present tense and drop the auxiliary of a passive ("Rebels denied safe passage",
 * "Reporter denied appeal in Moscow"), so the past form there states what was done to the subject (AP Stylebook,
 * headlines; review finding: a CNN feed item "… Gershkovich denied detention appeal in Moscow" stored as a quote by
 * Gershkovich). A past form with a clause after it ("Mayor said taxes would rise"), a past form closing its item
 * ("Cabinet resigns, officials announced") and present forms ("Mayor says …") are kept. Audit over Reuters reut2-001,
 * TempEval-3, 417 BBC politics articles, the web pages and feeds (2,312 articles): 15 cues removed, 11 passives or
 * participles ("Singer charged with …", "Trial Condemned by Rights Groups", "bee found alive"), 4 active past forms
 * whose quote was a belief, a stance or no statement ("Teen planned … attack", "Leader Who Planned …", "address
 * promised unity but emphasized discord", a 1987 Reuters headline "Chairman … lashed out at corporate raiders").
 * @param doc the token layer; `c` a cue with its speaker on the left
 * @returns whether the cue is a headline passive (no quote)
 */
export function isHeadlinePassive(doc: Doc, c: CueMatch): boolean {
  if (c.side !== 'left' || c.auxStart !== c.start || c.passive) return false;
  const form = doc.lower[c.start];
  if (form === doc.lemmas[c.start] || /(s|ing)$/.test(form)) return false;
  const text = doc.text;
  const from = itemStart(text, doc.starts[c.start]);
  const to = from === null ? null : itemEnd(text, doc.ends[c.end - 1]);
  if (from === null || to === null) return false;
  const item = text.slice(from, to).trim();
  if (!item || SENTENCE_END.test(item) || item.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  // a cue closing its item reports what stands before it ("Government resigns, officials announced")
  if (c.end >= doc.tokenCount || doc.starts[c.end] >= to) return false;
  for (let t = c.end; t < doc.tokenCount && doc.starts[t] < to; t++) if (doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') return false;
  return true;
}
