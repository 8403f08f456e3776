import type { Doc } from '../../nlp/doc.js';

/*
 * Acts named as the terms of a proposal, a demand or a withheld act: "proposed a commission of inquiry while the two
 * armies hold a truce", "demanded talks until the blockade is lifted", "will not sign until Lowland pulls its troops
 * back". The clause says what the proposer wants to happen, or what must happen first; it reports no act of its
 * subject. CAMEO codes the proposal (03x/10x of the proposer), not its terms (CAMEO 1.1b3 manual, 036/039 and 10x:
 * an appeal or demand is coded as such, the demanded act is not an event). Found in a fresh-eyes review of
 * Reuters-21578: a proposal's "while X and Y observe a ceasefire" coded 0871 (+9) both ways, which turned a dyad's
 * trend to "warming".
 */

/** Words that open the clause of terms. */
const OPENERS: ReadonlySet<string> = new Set(['while', 'until', 'till', 'unless', 'provided']);

/** Lemmas of proposing, demanding and appealing: what follows them is wanted, not done. */
const PROPOSING: ReadonlySet<string> = new Set(['propose', 'suggest', 'demand', 'urge', 'call', 'ask', 'request', 'insist', 'want', 'seek', 'offer', 'recommend', 'plan', 'press', 'appeal', 'favour', 'favor']);

const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'refuse', 'refused', 'refuses']);

/** Parts of speech of a clause's subject phrase and auxiliaries between the opener and its verb. */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['PRON', 'NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'ADV', 'AUX', 'PART', 'CCONJ']);

/**
 * True when the verb at `t` is the predicate of a clause opened by while/until/till/unless/provided that states the
 * terms of a proposal, a demand or a withheld act of the main clause: a proposing lemma ({@link PROPOSING}) before
 * the opener, or for until/till/unless/provided a negated or future main clause ("will not negotiate until X
 * withdraws"). "While" after a plain past verb ("fighting raged while the envoys met") stays a time clause, and so does
 * any opener after a comma ("wanted peace, while the army shelled the port").
 * @param doc the Doc
 * @param t the verb's token index
 * @param first the first token of the verb's sentence
 */
export function inProposedCondition(doc: Doc, t: number, first: number): boolean {
  let k = t - 1;
  while (k >= first && SUBJECT_WORDS.has(doc.pos[k]) && !OPENERS.has(doc.lower[k])) k--;
  if (k < first || k === t - 1 || !OPENERS.has(doc.lower[k])) return false;
  const opener = doc.lower[k];
  for (let j = k - 1; j >= first; j--) {
    const w = doc.lower[j];
    // "wanted peace, while Iraq attacked…": a comma before the opener makes "while" a contrast, a fact of its own
    if (w === ';' || w === ':' || w === ',') return false;
    if (PROPOSING.has(doc.lemmas[j]) && (doc.pos[j] === 'VERB' || doc.pos[j] === 'NOUN')) return true;
    if (opener !== 'while' && (NEGATORS.has(w) || w === 'will' || w === 'would')) return true;
  }
  return false;
}
