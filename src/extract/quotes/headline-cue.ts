import type { Doc } from '../../nlp/doc.js';
import type { CueMatch } from './find-cues.js';

/** Characters that end a headline item: a line break, a bullet or a vertical bar between feed items. */
const ITEM_BREAK = /[\n\u2022|]/;

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
  const at = doc.starts[c.start];
  let from = at;
  while (from > 0 && !ITEM_BREAK.test(text[from - 1])) from--;
  let to = doc.ends[c.end - 1];
  while (to < text.length && !ITEM_BREAK.test(text[to])) to++;
  const item = text.slice(from, to).trim();
  if (!item || SENTENCE_END.test(item) || item.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  // a cue closing its item reports what stands before it ("Government resigns, officials announced")
  if (c.end >= doc.tokenCount || doc.starts[c.end] >= to) return false;
  for (let t = c.end; t < doc.tokenCount && doc.starts[t] < to; t++) if (doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') return false;
  return true;
}
