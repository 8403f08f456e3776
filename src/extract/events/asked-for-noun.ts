// Event nouns that a verb asks for, puts forward or talks over: the act is a demand or a topic, not an act done.
import type { Doc } from '../../nlp/doc.js';

/*
 * "a conference to discuss an Iraqi withdrawal from Kuwait", "the resolution calls for Israel's withdrawal", "a
 * movement calling for a pullout", "recommended a withdrawal": the noun names what someone wants talked over or done,
 * not something that took place. When the caller is an actor the verb's own rule codes the call (10x, 020) and
 * consumes the noun; when it is not ("the resolution", "a movement"), the noun alone was coded as the act done (087,
 * Goldstein +9). CAMEO 1.1b3 codes an act when it is carried out; a demand for it is 10x and a proposal 03x/05x, each
 * coded on its verb; the act asked for is no event.
 */

// verbs whose object noun is an act asked for or put forward: "recommended a withdrawal", "urged a ceasefire"
const ASKING: ReadonlySet<string> = new Set([
  'demand', 'urge', 'propose', 'recommend', 'suggest', 'request', 'advocate', 'favour', 'favor', 'seek', 'want',
  'envisage', 'envision', 'contemplate',
]);

// verbs whose object noun is a topic: "to discuss an Iraqi withdrawal". A definite act ("discussed the attack") may be
// one that happened, so these read only an indefinite or possessive phrase
const TALKING_OVER: ReadonlySet<string> = new Set(['discuss', 'debate', 'consider', 'weigh', 'study', 'examine']);

// words before "for" that make the noun after it an act called for: "calls for", "pressed for", "a demand for"
const CALLING_FOR: ReadonlySet<string> = new Set([
  'call', 'press', 'push', 'ask', 'appeal', 'plead', 'lobby', 'campaign', 'clamour', 'clamor', 'agitate', 'demand',
  'argue', 'hope', 'wish', 'pray', 'vote',
]);

// words of the noun's phrase between the verb and the noun ("an immediate and unconditional withdrawal")
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'CCONJ']);

const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * True when the event noun at `t` is the object of a verb that asks for or puts forward an act ("urged a withdrawal",
 * "recommended a pullout"), the object of "for" after a word of calling ("calls for Israel's withdrawal", "a growing
 * movement calling for a pullout", "pressed for talks"), or an indefinite or possessive object of a verb of talking
 * over ("to discuss an Iraqi withdrawal"; "discussed the attack" is left alone). At most six words of the noun's
 * phrase (determiners, adjectives, numbers, nouns, names, "and", possessive 's) stand between.
 * Source: CAMEO 1.1b3 codes the act when carried out; the demand (10x) or proposal (03x/05x) is coded on its own verb.
 * @param doc the parsed article
 * @param t the event noun (token index)
 * @param first the sentence's first token (the search stops there)
 */
export function askedForNoun(doc: Doc, t: number, first: number): boolean {
  let k = t - 1;
  let definite = false;
  for (let steps = 0; k >= first && steps < 6; k--, steps++) {
    const w = doc.lower[k];
    if (w === "'s" || w === '’s') continue;
    if (!PHRASE_POS.has(doc.pos[k])) break;
    if (DEFINITE.has(w)) definite = true;
  }
  if (k < first) return false;
  const lemma = doc.lemmas[k];
  if (doc.pos[k] === 'VERB' && ASKING.has(lemma)) return true;
  if (doc.pos[k] === 'VERB' && TALKING_OVER.has(lemma)) return !definite;
  if (doc.lower[k] !== 'for' || k - 1 < first) return false;
  const before = k - 1;
  return CALLING_FOR.has(doc.lemmas[before]) || CALLING_FOR.has(doc.lower[before].replace(/s$/, ''));
}
