import type { Doc, Sentence } from '../../nlp/doc.js';
import { infinitiveCoding } from './controlled-complement.js';
import type { EventResources } from './resources.js';
import type { CompiledRule } from './verb-lexicon.js';
import type { VerbCoding } from './event-candidate.js';

/*
 * A later conjunct of a complement: "refused to renounce violence or recognize X", "the refusal of Y to renounce
 * violence or recognize X", "demanded that Y renounce violence, recognize X and accept the deals". English writes
 * "to" or the demand's "that Y" once for the whole list, so each bare verb after the comma, "and" or "or" is as much
 * refused, demanded or aimed at as the first; none took place. The first conjunct is read by the controller (a verb's
 * "to" complement, controlled-complement.ts), by infinitiveCoding (a noun or no controller) or as the demand's content
 * (demand-clause.ts); this gives the later ones the same reading.
 *
 * Source of the rule: CAMEO 1.1b3 codes what was done; a refusal is 12x and a demand 10x by its speaker (the demanded
 * recognition is no 054); PETRARCH2 distributes a verb's complement over coordinated verbs the same way.
 */

/** Words opening the object of the conjunct before: its phrase, a list joint, an adverb. */
const CONJUNCT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADP', 'PART', 'ADV', 'CCONJ']);

/** Lemmas and forms whose that-clause is what someone demands or asks ("demanded that Y …", "demands that it …"). */
const DEMANDS: ReadonlySet<string> = new Set(['demand', 'demands', 'insist', 'insistence', 'require', 'requirement', 'requirements', 'ask', 'urge', 'request', 'condition', 'conditions', 'call', 'calls']);

/** How many conjuncts back the first is looked for. */
const MAX_HOPS = 4;

/**
 * The first conjunct of the list the bare verb at `t` ends ("renounce" for "recognize" in "to renounce violence or
 * recognize X"), or −1 when `t` is not a later bare conjunct: each step back passes the previous conjunct's object
 * (at most eight words) and needs a comma, "and" or "or" right before the later verb; every conjunct is bare.
 * @param doc the parsed article
 * @param t the verb trigger
 * @param first the first token of its sentence
 */
export function firstConjunct(doc: Doc, t: number, first: number): number {
  let v = t;
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    if (doc.lower[v] !== doc.lemmas[v]) return -1;
    let k = v - 1;
    while (k > first && doc.pos[k] === 'ADV') k--;
    const w = doc.lower[k];
    if (w !== ',' && w !== 'and' && w !== 'or') return hops === 0 ? -1 : v;
    let prev = -1;
    for (let j = k - 1; j >= first && j >= k - 9; j--) {
      if (doc.pos[j] === 'VERB') {
        prev = j;
        break;
      }
      if (!CONJUNCT_POS.has(doc.pos[j]) && doc.lower[j] !== ',' && doc.lower[j] !== '-') break;
    }
    if (prev < 0 || doc.lower[prev] !== doc.lemmas[prev]) return hops === 0 ? -1 : v;
    v = prev;
  }
  return v;
}

/**
 * True when the bare verb at `v` opens the that-clause of a demand after its subject ("demanded that Y renounce",
 * "demands that it renounce"): at most four words of the subject between "that" and the verb.
 */
function demandedClause(doc: Doc, v: number, first: number): boolean {
  for (let k = v - 1; k >= first && k >= v - 5; k--) {
    if (doc.lower[k] === 'that') return k > first && k < v - 1 && (DEMANDS.has(doc.lemmas[k - 1]) || DEMANDS.has(doc.lower[k - 1]));
    const pos = doc.pos[k];
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'PRON') return false;
  }
  return false;
}

/**
 * Whether the verb trigger at `t`, a later conjunct of a complement ({@link firstConjunct}), is coded: not when the
 * first conjunct opens a demand's that-clause, and, when the first is an infinitive, as infinitiveCoding reads it
 * (not coded after a verb or a noun that does not report it as done: "refused to", "refusal of Y to"; an intent after
 * "plans to", with `coding` changed as for the first). A trigger that is no later conjunct is coded as before.
 * @returns false when the conjunct did not take place
 */
export function conjunctCoding(doc: Doc, sentence: Sentence, t: number, rule: CompiledRule, res: EventResources, coding: VerbCoding): boolean {
  const v = firstConjunct(doc, t, sentence.firstToken);
  if (v < 0) return true;
  if (demandedClause(doc, v, sentence.firstToken)) return false;
  return infinitiveCoding(doc, sentence, v, rule, res, false, coding);
}
