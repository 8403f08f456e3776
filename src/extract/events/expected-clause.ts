// A future clause someone expects, hopes or fears: what they foresee, not an intent of the clause's subject.
import type { Doc } from '../../nlp/doc.js';
import { auxiliaryHost } from './planned-act.js';

/*
 * "It expects that thousands of soldiers will surrender", "no feeling of hope that X would withdraw", "an election
 * many hope will allow the troops to leave": the future verb is a forecast or a wish of the one who expects or hopes,
 * about acts of others. CAMEO 1.1b3 ch. 03 codes an intent an actor states about its own acts ("will withdraw" said by
 * the one withdrawing); a forecast about another actor's acts is neither that actor's act nor its intent.
 */

// verbs whose clause is a forecast, a wish or a fear: "expects that X will", "hope X will", "many believe he will"
const EXPECTING_VERBS: ReadonlySet<string> = new Set([
  'expect', 'hope', 'believe', 'predict', 'forecast', 'anticipate', 'fear', 'think', 'doubt', 'reckon', 'estimate',
  'project', 'bet', 'trust', 'suspect', 'foresee', 'wish', 'pray',
]);

// nouns whose "that" clause is one: "the hope that X will", "a feeling that X would", "fears that X will"
const EXPECTING_NOUNS: ReadonlySet<string> = new Set([
  'hope', 'feeling', 'expectation', 'forecast', 'prediction', 'belief', 'fear', 'optimism', 'confidence', 'doubt',
  'speculation', 'prospect', 'assumption', 'wish',
]);

// the words a clause's subject phrase is made of ("tens of thousands of Iraqi soldiers", "Peru's army")
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * True when the future verb at `t` (or the verb whose auxiliary it shares: "will stabilize the country and allow …")
 * heads a clause that is the complement of a verb or noun of expecting, hoping or fearing ({@link EXPECTING_VERBS},
 * {@link EXPECTING_NOUNS}), "that" and a closing quotation mark allowed between, and the clause's subject is a noun
 * phrase or left out (a relative clause: "an election many hope will …"). A pronoun subject ("Chile hopes it will
 * meet Peru") may be the one who hopes, stating its own intent, and is left to the intent coding.
 * @param doc the parsed article
 * @param t the verb token
 * @param first the first token of its sentence
 */
export function expectedClause(doc: Doc, t: number, first: number): boolean {
  const host = auxiliaryHost(doc, t, first);
  let k = (host >= 0 ? host : t) - 1;
  while (k >= first && (doc.pos[k] === 'AUX' || doc.pos[k] === 'ADV' || doc.lower[k] === 'not')) k--;
  if (k < first) return false;
  if (governs(doc, k)) return true; // "… many hope will allow": the subject is the relative clause's head
  if (doc.pos[k] === 'PRON') return false;
  let steps = 0;
  while (k >= first && steps < 10 && (SUBJECT_POS.has(doc.pos[k]) || doc.lower[k] === 'of' || doc.lower[k] === "'s" || doc.lower[k] === '’s')) {
    k--;
    steps++;
  }
  if (steps === 0 || k < first) return false;
  if (doc.lower[k] === 'that') k--;
  while (k >= first && QUOTE_MARKS.has(doc.lower[k])) k--;
  return k >= first && governs(doc, k);
}

const QUOTE_MARKS: ReadonlySet<string> = new Set(["''", '"', '”', '’', "'"]);

/** True when the word at `k` is a verb or noun of expecting. */
function governs(doc: Doc, k: number): boolean {
  if (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') return EXPECTING_VERBS.has(doc.lemmas[k]);
  if (doc.pos[k] === 'NOUN') return EXPECTING_NOUNS.has(doc.lemmas[k]) || EXPECTING_NOUNS.has(doc.lower[k].replace(/s$/, ''));
  return false;
}
