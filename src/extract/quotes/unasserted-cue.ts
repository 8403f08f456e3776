import type { Doc } from '../../nlp/doc.js';
import type { CueMatch } from './find-cues.js';

/** Modal auxiliaries of a cue that only might happen ("whether he would comment", "whether she could confirm"). */
const MODALS: ReadonlySet<string> = new Set(['would', 'will', 'shall', 'could', 'should', 'might', 'can', 'may', "'d", "'ll", '\u2019d', '\u2019ll']);

/** Adverbs of the writer's own certainty about what someone will say ("will undoubtedly claim", "will surely argue"). */
const FORECAST_ADVERBS: ReadonlySet<string> = new Set(['undoubtedly', 'surely', 'doubtless', 'certainly', 'probably', 'no doubt']);

/** Tokens that close the clause a "whether" opens before the cue: a clause of its own starts after them. */
const CLAUSE_BREAK = /^[,;:()\u2013\u2014"\u201c\u201d]$|^(and|but|or|then)$/;

/**
 * True for a cue the text does not report as said, so it makes no quote:
 * - the verb of a question about what someone would say or do (`whether` … a modal right before the cue, in one clause:
 *   "Asked whether she would comment on the deal, …", "Pressed about whether she would speak of the debts, Roe replied"):
 *   the question is the asker's, the cue's subject has not spoken;
 * - the writer's forecast of what someone will say (`will` with an adverb of certainty: "The minister will undoubtedly
 *   claim the figures are wrong"): the writer's own prediction, no one's words.
 * PolNeAR train: a cue after `whether` and a modal is never a gold cue (1 prediction, spurious; dev 1, spurious); `will`
 * with such an adverb does not occur, while a plain future cue is mostly gold (22 of 35 predictions), so `will` alone
 * keeps its quote. Source: fresh-eyes review 18 (BBC politics hand check: a question's cue and a writer's
 * "will undoubtedly claim" listed as quotes).
 * @param doc the token layer; `c` a cue found by findCues
 * @returns true when the cue should make no quote
 */
export function isUnassertedCue(doc: Doc, c: CueMatch): boolean {
  if (c.passive || c.auxStart === c.start) return false;
  let t = c.start - 1;
  let forecast = false;
  while (t >= c.auxStart && (doc.pos[t] === 'ADV' || doc.pos[t] === 'PART' || FORECAST_ADVERBS.has(doc.lower[t]))) {
    if (FORECAST_ADVERBS.has(doc.lower[t])) forecast = true;
    t--;
  }
  if (t < c.auxStart || !MODALS.has(doc.lower[t])) return false;
  if (forecast && (doc.lower[t] === 'will' || doc.lower[t] === "'ll")) return true;
  // "whether" opening the same clause, a few words before the modal
  const s0 = c.sentence.firstToken;
  for (let k = t - 1; k >= Math.max(s0, t - 10); k--) {
    if (doc.lower[k] === 'whether') return true;
    if (CLAUSE_BREAK.test(doc.lower[k])) return false;
  }
  return false;
}
