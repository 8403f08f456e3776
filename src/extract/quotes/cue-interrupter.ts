import type { Doc } from '../../nlp/doc.js';

/** Reflexive pronouns that stress the subject right before its verb ("Ford itself said", "Cruz himself told …"). */
const INTENSIFIERS: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves']);

/** Quantifiers floated off their subject to stand before its verb ("Ruiz and Hale both said", "the mayors have all argued"). */
const FLOATED: ReadonlySet<string> = new Set(['both', 'all', 'each']);

/** Auxiliaries a floated quantifier may follow ("have both said", "were all asked", "they've all argued"). */
const FLOAT_AUX = /^(has|have|had|are|were|will|would|could|may|might|should|must|can|['\u2019](re|ve))$/;

/** Auxiliaries a perfect or modal chain opens with, after which a short adjunct may stand before the verb. */
const CHAIN_AUX: ReadonlySet<string> = new Set(['has', 'have', 'had', "'s", '\u2019s', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can']);

/** Words of a short prepositional adjunct inside a verb chain after its preposition ("in the past", "on several occasions", "for years"). */
const ADJUNCT_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

/**
 * A word or short phrase standing between a cue verb and its subject or auxiliary that is part of neither: the intensifying
 * reflexive after the subject ("Ford itself said", "Cruz himself said Tuesday that …"), a floated quantifier ("Ruiz and Hale
 * both said", "have all argued"; PolNeAR train: 15 speaker errors took "both" or "all" alone as the speaker), "since" inside
 * a perfect ("She has since said that …") and a prepositional adjunct of at most four words after an auxiliary ("Gore's friends have in the past said …",
 * "The senator has on several occasions said …"). `findCues` steps over it as it steps over adverbs; the auxiliary before
 * "since" or the adjunct is then stepped over too.
 * Source: the misses of PolNeAR train (Newell, Margolin & Ruths 2018; never dev): 21 gold cues after an intensifier, 13 after
 * "has/have since", 9 after an adjunct inside the chain, 4, 1 and 1 of them found before.
 * @param doc the token layer
 * @param j the token right before the cue verb and the adverbs and auxiliaries already stepped over
 * @param s0 first token of the sentence; `quoted` per-token flag, non-zero inside quotation marks
 * @param intensifier whether a reflexive is stepped over: not for a raising verb, whose content keeps its subject whole
 *   ("Obama himself seemed to …": PolNeAR's content is "Obama himself")
 * @returns the token before the interrupter (the subject's last token, or the auxiliary), or -1 when `j` ends none
 */
export function interrupterBefore(doc: Doc, j: number, s0: number, quoted: Uint8Array, intensifier: boolean): number {
  if (j <= s0 || quoted[j]) return -1;
  const w = doc.lower[j];
  // "Cruz himself said": a reflexive right after a noun phrase's head (a pronoun too: "he himself said")
  if (INTENSIFIERS.has(w)) {
    if (!intensifier) return -1;
    const p = doc.pos[j - 1];
    return !quoted[j - 1] && (p === 'NOUN' || p === 'PROPN' || (p === 'PRON' && /^(he|she|it|they|i|we)$/.test(doc.lower[j - 1]))) ? j - 1 : -1;
  }
  // "Ruiz and Hale both said", "they all argued", "the two mayors have both said": a floated quantifier after the subject or
  // its auxiliary (a quantifier opening its clause, "Both said", is the subject itself)
  if (FLOATED.has(w)) {
    const p = doc.pos[j - 1];
    const prev = doc.lower[j - 1];
    // (not after a contracted "'s": "It's all very well criticising …" is an idiom, no subject)
    return !quoted[j - 1] && (p === 'NOUN' || p === 'PROPN' || (p === 'PRON' && /^(they|we|you)$/.test(prev)) || FLOAT_AUX.test(prev)) ? j - 1 : -1;
  }
  // "has since said"
  if (w === 'since') return CHAIN_AUX.has(doc.lower[j - 1]) && doc.lower[j - 1] !== 'will' ? j - 1 : -1;
  // "have in the past said", "has on several occasions said", "has for years argued", "has since 2010 said" (an adverb
  // closing the adjunct, "in the past", was stepped over already)
  if (ADJUNCT_WORDS.has(doc.pos[j])) {
    for (let k = j - 1; k >= Math.max(s0 + 1, j - 3); k--) {
      if (quoted[k]) return -1;
      if (doc.pos[k] === 'ADP' || doc.lower[k] === 'since') return CHAIN_AUX.has(doc.lower[k - 1]) && !quoted[k - 1] ? k - 1 : -1;
      if (!ADJUNCT_WORDS.has(doc.pos[k])) return -1;
    }
  }
  return -1;
}
