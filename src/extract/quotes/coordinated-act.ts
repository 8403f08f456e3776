import type { Doc } from '../../nlp/doc.js';

/** Coordinating conjunctions that may join a second act of the speaker after a content ("… and turned to …"). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'yet']);
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);

/**
 * The finite form of the verb group that a verb or auxiliary at `t` ends: "md" (a modal), "ing", "past", "3s" (says, has,
 * is) or "base" (say, have, are), read from the first auxiliary of the run of auxiliaries, adverbs and "not" before `t`
 * ("has not yet fired": "has"), else from `t` itself.
 */
export function finiteForm(doc: Doc, t: number): string {
  let s = t;
  while (s > 0 && (doc.pos[s - 1] === 'AUX' || doc.pos[s - 1] === 'ADV' || doc.pos[s - 1] === 'PART')) s--;
  for (let u = s; u < t; u++) if (doc.pos[u] === 'AUX') return wordForm(doc, u);
  return wordForm(doc, t);
}

/** The form of the verb or auxiliary at `t` alone ("md", "ing", "past", "3s", "base"; see {@link finiteForm}). */
export function wordForm(doc: Doc, f: number): string {
  const w = doc.lower[f];
  const lemma = doc.lemmas[f];
  if (MODALS.has(w)) return 'md';
  if (w.endsWith('ing')) return 'ing';
  if (w === lemma || w === 'are' || w === 'am' || w === "'re") return 'base';
  // "denies", "replies": the -ies form of a lemma in -y, as planned-act.ts presentTense reads it (change review 19)
  if (w === lemma + 's' || w === lemma + 'es' || (lemma.endsWith('y') && w === `${lemma.slice(0, -1)}ies`) || w === 'has' || w === 'is' || w === 'does') return '3s';
  return 'past';
}

/**
 * Where a content with no verb (an object: "criticized the port authority", "mocking the harbour board") ends before a
 * second act of its speaker: a conjunction ("and", "but", "or", "yet", after an optional comma) and adverbs before a
 * verb of the cue's own finite form, or of the cue's own form with the cue's auxiliary shared ("has criticized the port
 * authority and is planning a protest", "was mocking the board and asking who would pay", "barely mentioned the strike
 * and turned to the scores"). Source of the rule: PolNeAR train, the contents our rules start where the gold content
 * does (the content-end ranker's examples; forms compared as finite forms): 47 gold contents end at such a conjunction,
 * 2 run over it; after a content with a verb of its own (27 end there, 132 run over) or before a verb of another form
 * (18 and 320) the gold mostly runs over the conjunction, so those stay the content-end ranker's.
 * @param doc the token layer; `cue` the cue's first token; `[cs, limit)` where the content may run
 * @returns the token the content ends before (exclusive end), or `limit` when there is no such act
 */
export function coordinatedActEnd(doc: Doc, cue: number, cs: number, limit: number): number {
  let form = '';
  for (let e = cs + 1; e < limit; e++) {
    const p = doc.pos[e - 1];
    if (p === 'VERB' || p === 'AUX') return limit;
    let t = e;
    if (doc.lower[t] === ',') t++;
    if (t >= limit || !COORDINATORS.has(doc.lower[t])) continue;
    t++;
    while (t < limit && doc.pos[t] === 'ADV') t++;
    if (t >= limit || (doc.pos[t] !== 'VERB' && doc.pos[t] !== 'AUX')) continue;
    // not a passive participle or an attributive one coordinated inside the content: "called the claims unfounded and
    // invented by a rival", "citing high rents and rising river levels"
    if (doc.lower[t + 1] === 'by' || (doc.lower[t].endsWith('ing') && (doc.pos[t + 1] === 'NOUN' || doc.pos[t + 1] === 'ADJ'))) continue;
    // the same finite form ("has criticized … and is planning"), or the same form of the verbs alone, the second sharing the
    // first's auxiliary ("was mocking … and asking")
    if (!form) form = finiteForm(doc, cue);
    if (finiteForm(doc, t) === form || wordForm(doc, t) === wordForm(doc, cue)) return e;
  }
  return limit;
}
