import type { Doc } from '../../nlp/doc.js';
import { inFalseReport } from './false-report.js';
import { inProposedCondition } from './proposed-condition.js';

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

// verbs that deny or dismiss what their complement says: "denied (reports) that…", "dismissed claims that…"
const DENIALS = new Set(['deny', 'dismiss', 'reject', 'refute', 'rebut', 'scotch', 'quash', 'discount', 'contradict']);

// nouns of a report whose content a denial rejects: "denied reports it was…", "dismissed rumours that…"
const REPORTS = new Set(['report', 'reports', 'claim', 'claims', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'suggestion', 'suggestions', 'allegation', 'allegations', 'story', 'stories', 'talk', 'charge', 'charges', 'accusation', 'accusations', 'idea', 'notion', 'impression']);

// verbs of meaning and showing whose that-clause, negated, is not asserted: "did not mean that…", "does not show that…"
const MEANING = new Set(['mean', 'imply', 'indicate', 'suggest', 'signal', 'signify', 'show', 'prove', 'follow', 'say', 'confirm']);

// words of the subject phrase and verb group between a clause opener and its verb ("it was", "its troops had")
const CLAUSE_WORDS = new Set(['PRON', 'NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'ADV', 'AUX', 'PART']);

/** True when a negator stands among the three words before `k` ("did not mean", "doesn't show", "never said"). */
function negatedAt(doc: Doc, k: number, first: number): boolean {
  for (let j = k - 1; j >= Math.max(first, k - 3); j--) if (NEGATORS.has(doc.lower[j])) return true;
  return false;
}

/**
 * True when the verb at `t` is the predicate of a clause a denial rejects ("the firm denied reports it was pulling
 * out of X", "denied that its troops had attacked…") or of the that-clause of a negated verb of meaning ("the move
 * did not mean that X had cut its ties with Y"): the sentence says the act did not happen, or does not follow. Review
 * 14 (BBC business): a company's denial of reports of a pull-out coded 087 (+9), a bank's "did not mean that"
 * coded 161. The subject phrase and auxiliaries may stand between opener and verb; a comma or another verb ends the
 * search (a long clause is left to other rules).
 */
function inDeniedClause(doc: Doc, t: number, first: number): boolean {
  let k = t - 1;
  while (k >= first && CLAUSE_WORDS.has(doc.pos[k]) && !REPORTS.has(doc.lower[k])) k--;
  if (k < first) return false;
  let w = doc.lower[k];
  if (w === 'that') {
    k--;
    if (k < first) return false;
    w = doc.lower[k];
    if (MEANING.has(doc.lemmas[k]) && doc.pos[k] === 'VERB') return negatedAt(doc, k, first);
  }
  if (REPORTS.has(w)) {
    k--;
    while (k >= first && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ')) k--;
    if (k < first) return false;
  }
  return doc.pos[k] === 'VERB' && DENIALS.has(doc.lemmas[k]) && k < t - 1;
}

// openers of a clause that sets the time of a future act ("would pay once X signed"): with a past verb and "would"
// before them, the clause is a condition in reported speech, not a report that X signed
const TIME_CONDITIONS = new Set(['once', 'when', 'until', 'till']);

/**
 * True when "would" or "'d" stands in the sentence before token `k`: the main clause's future in reported speech.
 * ("will" is not enough: "lawyers will act after the government ignored an order" reports a past act.)
 */
function futureBefore(doc: Doc, k: number, first: number): boolean {
  for (let j = k - 1; j >= first; j--) {
    const w = doc.lower[j];
    if (w === 'would' || w === "'d") return true;
    if (w === ';') return false;
  }
  return false;
}

/**
 * True when the verb at `t` is the predicate of a condition on a future act: "as soon as", "as long as", "on
 * condition that" ("would release the money as soon as X reached a deal with the IMF"), or once/when/until with a
 * verb in the past after "would" (reported speech moves the condition's tense back: "said it
 * would pay once X signed"). Review 14 (reut2-016): a donor's promise to pay in once a country had reached an accord
 * with the IMF was coded as the accord reached, 057 (+8). The subject phrase and auxiliaries may stand between
 * opener and verb.
 */
function inFutureCondition(doc: Doc, t: number, first: number): boolean {
  let k = t - 1;
  while (k >= first && CLAUSE_WORDS.has(doc.pos[k]) && doc.lower[k] !== 'as' && !TIME_CONDITIONS.has(doc.lower[k])) k--;
  if (k < first || k === t - 1) return false;
  const w = doc.lower[k];
  // "as soon as", "as long as"
  if (w === 'as') return k - 2 >= first && doc.lower[k - 2] === 'as' && (doc.lower[k - 1] === 'soon' || doc.lower[k - 1] === 'long');
  // "on condition that", "on the condition that"
  if (w === 'that') return doc.lower[k - 1] === 'condition' && (doc.lower[k - 2] === 'on' || doc.lower[k - 3] === 'on');
  if (!TIME_CONDITIONS.has(w)) return false;
  const past = doc.lower[t].endsWith('ed') || (doc.lower[t] !== doc.lemmas[t] && !doc.lower[t].endsWith('s') && !doc.lower[t].endsWith('ing'));
  return past && futureBefore(doc, k, first);
}

/**
 * True when the verb at `t` names an act the sentence does not report as done: the predicate of a precaution clause
 * ("troops wait nearby in case they are needed to help evacuate civilians") or of a belief a negated wish wants
 * avoided ("he did not want anyone thinking that soldiers had hurt villagers"), the second of two
 * alternatives ("either … can spend … or give …"), or a clause a denial rejects ("denied reports it was pulling out",
 * "did not mean that X had cut its ties"), or a report called false ("reports that X had seized… were false",
 * false-report.ts), or a condition on a future act ("would pay as soon as X reached a deal"), or
 * the terms of a proposal or a withheld act ("proposed an inquiry while the two armies hold a truce", proposed-condition.ts).
 * The event coder treats
 * such a verb as hypothetical (no event), as it does an if-clause.
 * @param doc the Doc
 * @param t the verb's token index
 * @param first the first token of the verb's sentence
 * @returns whether the act is a contingency, an unwanted belief, an alternative or denied (source: CAMEO 1.1b3 manual, which codes events
 *   that occurred and stated intentions; a researcher's review of BBC politics found both shapes coded as facts)
 */
export function inUnrealClause(doc: Doc, t: number, first: number): boolean {
  return (
    inPrecaution(doc, t, first) ||
    inUnwantedBelief(doc, t, first) ||
    inAlternative(doc, t, first) ||
    inDeniedClause(doc, t, first) ||
    inFalseReport(doc, t, first) ||
    inFutureCondition(doc, t, first) ||
    inProposedCondition(doc, t, first)
  );
}
