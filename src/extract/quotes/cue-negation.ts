import type { Doc } from '../../nlp/doc.js';

/** Negation words that may stand among a cue's auxiliaries and adverbs ("did not say", "wouldn't confirm", "has never said"). */
const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'n\u2019t', 'never']);

/**
 * True when a cue is negated: a negation word among the auxiliaries and adverbs right before its verb
 * (`[auxStart, start)`, as the cue finder stepped over them: "did not immediately respond", "wouldn't confirm",
 * "has never mentioned"). The speaker did not say the content. PolNeAR counts such cues as attributions and puts
 * the negation inside the cue span (all 140 negated lexicon verbs that are gold cues on its train split), so the
 * quote is kept and marked `negated` rather than dropped.
 * @param doc the token layer; `auxStart`, `start` token indexes of the cue's first auxiliary and of its verb
 * @returns whether a negation word lies in `[auxStart, start)`
 */
export function isNegatedCue(doc: Doc, auxStart: number, start: number): boolean {
  for (let t = auxStart; t < start; t++) if (NEGATORS.has(doc.lower[t])) return true;
  return false;
}
