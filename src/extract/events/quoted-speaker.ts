import type { Doc } from '../../nlp/doc.js';
import type { ActorChunk } from './actor-chunks.js';

/** Forms of "quote" whose object is the person quoted ("the agency quoted the minister as saying"). */
const QUOTE_FORMS: ReadonlySet<string> = new Set(['quoted', 'quotes', 'quote', 'quoting']);

/** Auxiliaries that make "quoted" a passive ("was quoted as saying"): its subject is the speaker, found as usual. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/**
 * The speaker of "X quoted Y as saying …": the actor phrase right after an active "quoted" (at most one determiner or
 * title word between), when the trigger is the -ing verb right after "as" and the phrase ends before that "as" (a
 * relative clause or an apposition between commas may follow it: "quoted the minister, who returned on Sunday, as
 * saying"). The subject of "quoted" (a newspaper, a company statement, an agency) only relays the words: CAMEO codes
 * the statement to the one who made it. Found in the eighth hand check (reut2-003: a carmaker's statement quoting the
 * chairman of the company buying it was coded as the carmaker's own words). Null when the shape does not hold.
 * @param doc the parsed article
 * @param chunks the sentence's actor phrases
 * @param trigger the token of the speech verb ("saying")
 * @param first the sentence's first token
 */
export function quotedSpeaker(doc: Doc, chunks: readonly ActorChunk[], trigger: number, first: number): ActorChunk | null {
  const as = trigger - 1;
  if (as <= first || doc.lower[as] !== 'as' || !doc.lower[trigger].endsWith('ing')) return null;
  for (let q = as - 1; q > first && q >= as - 25; q--) {
    if (!QUOTE_FORMS.has(doc.lower[q])) continue;
    if (PASSIVE_AUXILIARIES.has(doc.lower[q - 1]) || (q - 2 >= first && PASSIVE_AUXILIARIES.has(doc.lower[q - 2]) && doc.pos[q - 1] === 'ADV')) return null;
    const ch = chunks.find((c) => c.first > q && c.first <= q + 3 && c.end <= as && c.heads.length > 0) ?? null;
    if (!ch) return null;
    // the words between "quoted" and the phrase: a determiner or a title ("quoted the French minister", "quoted Chairman X")
    for (let k = q + 1; k < ch.first; k++) if (doc.pos[k] !== 'DET' && doc.pos[k] !== 'ADJ' && doc.pos[k] !== 'NOUN' && doc.pos[k] !== 'PROPN') return null;
    return ch;
  }
  return null;
}
