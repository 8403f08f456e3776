import type { Doc } from '../../nlp/doc.js';

/*
 * A passive relative clause does not share its subject with an active verb coordinated after it: in "X condemned a
 * bombing in which four Iraqis were killed and called on Y to …" the Iraqis were killed; X, not they, called on Y.
 * The coordinated active verb continues the main clause. Found in a fresh-eyes review of dated newswire (TempEval-3):
 * a call on Palestinians coded from the Israelis killed in such a clause.
 */

// words that open a relative clause ("in which", "who", "where the attack took place")
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'where', 'when']);

// words of the clause's subject phrase between the relative word and the auxiliary ("in which at least four Iraqis")
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'ADV', 'NOUN', 'PROPN']);

// forms of "be" and "get" before a passive participle
const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got', 'get', 'gets']);

/**
 * True when the verb at `j` is the participle of a passive relative clause with a subject of its own ("… in which four
 * Iraqis were killed"): a be/get auxiliary before it (adverbs aside), a subject phrase of at most eight words before
 * that, and a relative word ("which", "who", "where", "when") opening the clause. The caller decides that the verb
 * coordinated after it is active ("… and called on", not "… and fifty were wounded").
 * @param doc the parsed article
 * @param j a verb token
 * @param first the sentence's first token (the search stops there)
 */
export function passiveRelativeVerb(doc: Doc, j: number, first: number): boolean {
  if (doc.pos[j] !== 'VERB' || doc.lower[j] === doc.lemmas[j] || doc.lower[j].endsWith('ing')) return false;
  let k = j - 1;
  while (k >= first && doc.pos[k] === 'ADV') k--;
  if (k < first || !PASSIVE_AUX.has(doc.lower[k])) return false;
  const aux = k;
  k--;
  while (k >= first && aux - k <= 8 && SUBJECT_POS.has(doc.pos[k]) && !RELATIVE_OPENERS.has(doc.lower[k])) k--;
  // a subject phrase of its own: "in which were killed …" (none) is left alone
  return k >= first && k < aux - 1 && RELATIVE_OPENERS.has(doc.lower[k]) && (doc.pos[k + 1] === 'NOUN' || doc.pos[k + 1] === 'PROPN' || doc.pos[k + 1] === 'NUM' || doc.pos[k + 1] === 'DET' || doc.pos[k + 1] === 'ADJ' || doc.pos[k + 1] === 'ADV');
}
