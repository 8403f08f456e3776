// An act in a clause someone is to verify or check: what is to be found out, not an act reported as done.
import type { Doc } from '../../nlp/doc.js';

/**
 * Verbs whose that- or whether-clause states what is to be found out or made sure of ("charged with verifying that X
 * has destroyed its missiles", "to ensure that X withdraws"): the clause asserts nothing (CAMEO codes reported acts).
 */
const CHECKING_VERBS: ReadonlySet<string> = new Set(['verify', 'check', 'ensure', 'ascertain', 'determine', 'establish', 'investigate', 'monitor']);

/** Words a clause's subject phrase and auxiliaries may be made of ("Iraq has", "the two armies have not"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'AUX', 'ADV', 'PART']);

/**
 * True when the verb at `t` heads a that- or whether-clause of a verb of checking ({@link CHECKING_VERBS}: "verifying
 * that Iraq has destroyed its missiles", "to check whether troops had withdrawn"): within twelve words back, over the
 * clause's subject and auxiliaries, "that" or "whether" follows such a verb. "confirmed that X attacked" reports the
 * attack (confirm is not a verb of checking), and "verified the missiles were destroyed" without "that" is left coded.
 * @param doc the parsed article; `t` the verb token; `first` the first token of its sentence
 */
export function checkedClause(doc: Doc, t: number, first: number): boolean {
  for (let k = t - 1; k > first && k >= t - 12; k--) {
    const w = doc.lower[k];
    if (w === 'that' || w === 'whether') return CHECKING_VERBS.has(doc.lemmas[k - 1]) || CHECKING_VERBS.has(doc.lower[k - 1].replace(/ing$/, ''));
    if (!CLAUSE_WORDS.has(doc.pos[k]) && w !== 'of' && w !== "'s") return false;
  }
  return false;
}
