import type { Doc } from '../../nlp/doc.js';

/*
 * An intent denied by its noun's determiner: "Norway had no plans to give in to U.S. demands", "has no intention to
 * resign". The event coder reads "plans to VERB" as an intent (03x, CAMEO 1.1b3 ch. 03); with "no" (or "not any")
 * before the noun the sentence says the act is not intended, so it is negated like "will not VERB". Found in a hand
 * check of Reuters-21578 (reut2-012): Japan -> U.K. 035 (+7) twice  for officials who said again that Tokyo "had no
 * plans to bow" to British demands.
 */

// intent nouns that take "to VERB" (the nouns of INFINITIVE_CONTROL in controlled-complement.ts that state an intent)
const INTENT_NOUNS = new Set(['plan', 'plans', 'intention', 'intentions', 'readiness', 'willingness', 'desire', 'wish']);

// words that deny the noun: "no plans", "not any plans", "never any intention"
const DENIERS = new Set(['no', 'any']);

/**
 * True when the verb at `t` is the "to"-complement of an intent noun that "no" denies ("had no plans to bow to",
 * "no immediate plans to visit"; adjectives may stand between "no" and the noun; "any" counts only after not/never:
 * "does not have any plans to").
 * @param doc the Doc
 * @param t the verb's token index
 * @param first the first token of the verb's sentence
 */
export function negatedIntent(doc: Doc, t: number, first: number): boolean {
  let k = t - 1;
  while (k >= first && doc.pos[k] === 'ADV') k--;
  if (k < first || doc.lower[k] !== 'to') return false;
  k--;
  if (k < first || !INTENT_NOUNS.has(doc.lower[k])) return false;
  k--;
  // "no immediate plans", "no such intention"
  while (k >= first && k >= t - 6 && (doc.pos[k] === 'ADJ' || doc.lower[k] === 'such')) k--;
  if (k < first || !DENIERS.has(doc.lower[k])) return false;
  if (doc.lower[k] === 'no') return true;
  const before = doc.lower[k - 1] ?? '';
  const twoBefore = doc.lower[k - 2] ?? '';
  return k - 1 >= first && (before === 'not' || before === "n't" || before === 'never' || ((twoBefore === 'not' || twoBefore === "n't" || twoBefore === 'never') && doc.lemmas[k - 1] === 'have'));
}
