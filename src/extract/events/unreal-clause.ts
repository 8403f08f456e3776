import type { Doc } from '../../nlp/doc.js';

/*
 * Acts a sentence names without saying they happened: precautions ("in case they are needed to help move…") and
 * beliefs someone does not want held ("nobody should want voters thinking that X assaulted Y"). CAMEO codes
 * events that took place or that an actor said it would do (intents, 03x); a contingency or an unwanted belief is
 * neither. Found in a researcher's check of high-impact events on BBC politics (2005): 087 +9 for troops on standby
 * "in case" of an evacuation, 182 −9.5 for an assault a minister did not want people to imagine.
 */

// words that open a precaution clause: "in case", "lest", "in the event (that)"
const LEST = 'lest';

// verbs of thinking whose that-clause is a belief, not an act ("people thinking that…", "to believe that…")
const THINKING = new Set(['think', 'believe', 'imagine', 'assume', 'suppose', 'conclude', 'suspect', 'feel']);

// wishes that, negated, make the belief an unwanted one ("don't want", "would not like", "never wish")
const WISHES = new Set(['want', 'wish', 'like']);

const NEGATORS = new Set(['not', "n't", 'never']);

// punctuation that ends the clause a precaution opener governs ("in case of attack, troops will respond")
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–']);

/** True when "in case", "lest" or "in the event (that)" opens the clause the verb at `t` stands in. */
function inPrecaution(doc: Doc, t: number, first: number): boolean {
  for (let k = t - 1; k >= first; k--) {
    const w = doc.lower[k];
    if (CLAUSE_BREAKS.has(w)) return false;
    if (w === LEST) return true;
    if (w === 'case' && k - 1 >= first && doc.lower[k - 1] === 'in' && doc.lower[k + 1] !== 'of') return true;
    if (w === 'event' && k - 2 >= first && doc.lower[k - 1] === 'the' && doc.lower[k - 2] === 'in' && doc.lower[k + 1] !== 'of') return true;
  }
  return false;
}

/**
 * True when the verb at `t` stands in a that-clause of a thinking verb that a negated wish governs ("we don't want
 * people thinking that X attacked Y", "no one would like voters to believe that…"): the clause is the belief the
 * speaker wants to avoid.
 */
function inUnwantedBelief(doc: Doc, t: number, first: number): boolean {
  let that = -1;
  for (let k = t - 1; k >= first; k--) {
    if (doc.lower[k] === 'that') {
      that = k;
      break;
    }
    if (doc.lower[k] === ';') return false;
  }
  if (that < 0) return false;
  let thinking = -1;
  for (let k = that - 1; k >= Math.max(first, that - 3); k--) {
    if (THINKING.has(doc.lemmas[k])) {
      thinking = k;
      break;
    }
  }
  if (thinking < 0) return false;
  for (let k = thinking - 1; k >= Math.max(first, thinking - 5); k--) {
    if (!WISHES.has(doc.lemmas[k])) continue;
    for (let j = k - 1; j >= Math.max(first, k - 3); j--) if (NEGATORS.has(doc.lower[j])) return true;
    return false;
  }
  return false;
}

/**
 * True when the verb at `t` is the second of two alternatives ("either X can raise its budget or give money to Y",
 * reut2-019 review: JPN -> USA 071): "or" right before it (adverbs and auxiliaries aside) and "either"
 * earlier in the sentence. An alternative put forward is an option, not an act done (its first half carries the
 * modal: "can spend").
 */
function inAlternative(doc: Doc, t: number, first: number): boolean {
  let k = t - 1;
  while (k >= first && (doc.pos[k] === 'ADV' || doc.pos[k] === 'AUX')) k--;
  if (k < first || doc.lower[k] !== 'or') return false;
  for (let j = k - 1; j >= first; j--) {
    if (doc.lower[j] === ';') return false;
    if (doc.lower[j] === 'either') return true;
  }
  return false;
}

/**
 * True when the verb at `t` names an act the sentence does not report as done: the predicate of a precaution clause
 * ("troops wait nearby in case they are needed to help evacuate civilians") or of a belief a negated wish wants
 * avoided ("he did not want anyone thinking that soldiers had hurt villagers"), or the second of two
 * alternatives ("either … can spend … or give …"). The event coder treats
 * such a verb as hypothetical (no event), as it does an if-clause.
 * @param doc the Doc
 * @param t the verb's token index
 * @param first the first token of the verb's sentence
 * @returns whether the act is a contingency or an unwanted belief (source: CAMEO 1.1b3 manual, which codes events
 *   that occurred and stated intentions; a researcher's review of BBC politics found both shapes coded as facts)
 */
export function inUnrealClause(doc: Doc, t: number, first: number): boolean {
  return inPrecaution(doc, t, first) || inUnwantedBelief(doc, t, first) || inAlternative(doc, t, first);
}
