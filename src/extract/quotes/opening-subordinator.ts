import type { Doc } from '../../nlp/doc.js';

/** Most tokens of an opening phrase set off by a comma before a subordinator ("In June 2001, after …"). */
const MAX_LEAD = 6;
/** Parts of speech that make an opening phrase a clause of its own, not an adverbial before the subordinator. */
const CLAUSE_POS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/**
 * The subordinator opening the fronted clause of a sentence, after what may stand before it: nothing but conjunctions
 * ("While some planned to …, others …", "But although …"), adverbs right before it ("Just when we thought …, we got",
 * "Only after the mayor said …, the board …") or a short opening adverbial set off by a comma ("However, while the
 * party says …, it is …", "In June 2001, after the firm asked workers to …, 80,000 employees …") or a short subject
 * before a clause set off by commas ("Clinton, though she said Republicans should …, stopped short of …"): at most six
 * tokens with no verb and no quotation mark, ending in the comma right before the subordinator; not an adverb set off
 * by commas ("Much of that spending, though, appears to …"). A cue after the clause's closing comma is the main
 * clause's, which the caller checks. Source:
 * PolNeAR train (Newell, Margolin & Ruths 2018), where contents read after a cue inside such a clause ran past its comma
 * into the main clause ("ours too long" misses).
 * @param doc the token layer
 * @param s0 first token of the clause (after a colon or semicolon, or the sentence start)
 * @param limit first token the subordinator may not reach (the start of the cue's chunk)
 * @param quoted per-token flag, non-zero inside a direct quote
 * @param subordinators lower-case words that open a subordinate clause
 * @returns the subordinator's token index, or -1 when the clause does not open with one
 */
export function openingSubordinator(doc: Doc, s0: number, limit: number, quoted: Uint8Array, subordinators: ReadonlySet<string>): number {
  let k = s0;
  while (k < limit && (doc.pos[k] === 'CCONJ' || quoted[k])) k++;
  if (k >= limit) return -1;
  if (subordinators.has(doc.lower[k])) return k;
  const opens = (t: number) => t < limit && subordinators.has(doc.lower[t]) && doc.pos[t + 1] !== 'PUNCT';
  // "Just when", "Only after": adverbs right before the subordinator
  let a = k;
  while (a < limit && a < k + 2 && doc.pos[a] === 'ADV' && !subordinators.has(doc.lower[a])) a++;
  if (a > k && opens(a)) return a;
  // "However, while", "In June 2001, after": a short adverbial and its comma; or a subject before a clause set off as
  // an aside ("Clinton, though she praised X and said …, stopped short of …")
  for (let t = k; t < limit && t <= k + MAX_LEAD; t++) {
    if (quoted[t] || CLAUSE_POS.has(doc.pos[t])) return -1;
    if (doc.lower[t] === ',') return t > k && opens(t + 1) ? t + 1 : -1;
  }
  return -1;
}
