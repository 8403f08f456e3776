import type { Doc } from '../../nlp/doc.js';
import type { CueMatch } from './find-cues.js';

/** Prepositions that open a complement of a cue (what it answers or is about), not an adjunct of time, place or medium. */
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'about', 'by']);

/**
 * True when a cue that takes a complement (frame `complement`: `respond`, `comment`, `joke` …) has one right after it,
 * opened by `with`, `about` or `by` ("Trump has responded with personal attacks", "she joked about her age"): the cue's
 * content is that complement, so the clause before the cue is not its content ("In the few cases where the judges have
 * not, Trump has responded with …" is no quote of the opening phrase). Adjuncts ("responded in a statement",
 * "commented on Monday") are left to the caller. Review finding: "has responded" with the clause before it as content.
 * @param doc the token layer; `c` the cue; `a` the first token after the cue (after a time adjunct)
 * @returns whether a complement of the cue opens at `a`
 */
export function complementFollowsCue(doc: Doc, c: CueMatch, a: number): boolean {
  return c.entry.frames.has('complement') && a < doc.tokenCount && COMPLEMENT_PREPOSITIONS.has(doc.lower[a]);
}
