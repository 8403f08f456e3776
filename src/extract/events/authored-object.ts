import type { Doc } from '../../nlp/doc.js';

/**
 * Nouns of something asked or put forward by someone: rejecting one answers its author ("rejected a plea by the
 * company", "turned down a request from the minister"), not the rejecting state's own population.
 */
const AUTHORED_NOUNS: ReadonlySet<string> = new Set([
  'plea', 'pleas', 'request', 'requests', 'appeal', 'appeals', 'petition', 'petitions', 'application', 'applications',
  'claim', 'claims', 'complaint', 'complaints', 'challenge', 'challenges', 'motion', 'motions', 'bid', 'bids', 'demand',
  'demands', 'call', 'calls', 'suggestion', 'suggestions', 'argument', 'arguments', 'submission', 'submissions',
]);

/** Particles of rejecting phrasal verbs: "turn down", "throw out", "brush aside". */
const PARTICLES: ReadonlySet<string> = new Set(['down', 'out', 'aside', 'off']);

/**
 * Whether the object right after a rejection trigger at `t` is something asked or argued by someone ("rejected a plea
 * by an offshore trading company against …", "rejected an appeal from the minister that …"): the rejection answers
 * that author, so with no coded author it has no target — never the source's own country, which code-events.ts gives
 * a government's refusal naming no one ("declined to resign"). Found in the tenth events hand check: a supreme court
 * rejecting a company's plea and a chamber rejecting a minister's plea coded as rejections of their own countries
 * (CYPJUD → CYP, GBRLEG → GBR).
 * @param doc the parsed article; `t` the trigger token; `end` the sentence's end token
 */
export function rejectsAuthoredObject(doc: Doc, t: number, end: number): boolean {
  for (let k = t + 1; k < Math.min(end, t + 5); k++) {
    if (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'NUM' || doc.pos[k] === 'ADV') continue;
    // the particle of a phrasal verb ("turned down a request", "threw out a claim")
    if (k === t + 1 && PARTICLES.has(doc.lower[k])) continue;
    return AUTHORED_NOUNS.has(doc.lower[k]);
  }
  return false;
}
