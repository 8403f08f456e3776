// -ing forms that name no act done by an actor of the sentence: a participle of a plain noun, a gerund subject, an option weighed.
import type { Doc } from '../../nlp/doc.js';

/**
 * True for an -ing participle right after a plural common noun that names no actor ("nations contributing to the
 * force", "people fleeing the war"): the noun is its subject.
 */
export function participleOfNoun(doc: Doc, t: number, first: number): boolean {
  const w = doc.lower[t];
  if (!w.endsWith('ing') || w === doc.lemmas[t] || t <= first) return false;
  const k = t - 1;
  return doc.pos[k] === 'NOUN' && doc.lower[k] !== doc.lemmas[k] && doc.lower[k].endsWith('s');
}

/** Words after which a gerund may open a subject clause (the sentence start aside). */
const GERUND_SUBJECT_OPENERS = new Set(['as', 'that', ',']);

/**
 * True when the -ing verb at `t` opens a clause that is the subject of the next verb: after the sentence start, "as"
 * ("as far as negotiating quotas is concerned"), "that" or a comma, and followed within eight words, with only a common
 * noun phrase between, by an auxiliary or a form of "be" ("negotiating quotas is", "imposing new tariffs would"). Found
 * in a hand check of Reuters-21578 (reut2-010), where a story in the shape "… are not coming to the talks …, of no account as far as
 * fixing quotas is concerned" coded six negotiations among the absent delegates.
 */
export function gerundSubject(doc: Doc, t: number, first: number, end: number): boolean {
  const w = doc.lower[t];
  if (!w.endsWith('ing') || w === doc.lemmas[t]) return false;
  if (t > first && doc.pos[t - 1] === 'VERB' && CLAUSE_TAKING.has(doc.lemmas[t - 1])) return gerundBeforeModal(doc, t, end);
  if (t > first && !GERUND_SUBJECT_OPENERS.has(doc.lower[t - 1])) return false;
  // (only common nouns between: "quoted as saying Iran has attacked" has a clause with its own subject after the verb)
  for (let k = t + 1; k < Math.min(end, t + 9); k++) {
    const pos = doc.pos[k];
    if (pos === 'AUX') return k > t + 1;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'NUM') return false;
  }
  return false;
}

// Verbs of saying and thinking whose clause may open with a gerund as its subject, "that" left out ("argued setting a
// deadline would …"); none of them takes a gerund as object the way "denied/admitted attacking" do
const CLAUSE_TAKING = new Set(['say', 'argue', 'believe', 'think', 'contend', 'reckon', 'insist', 'maintain', 'suggest', 'warn']);

/**
 * True when the -ing verb at `t`, right after a verb of saying or thinking, is the subject of an auxiliary within twelve
 * words ("He argued setting a firm deadline for the rebels to meet would give …"): the words between hold no
 * punctuation, no "that" and no verb other than an infinitive. The act is what someone argued about, not an act done.
 * Found in a fresh-eyes review of dated newswire (TempEval-3, WSJ 1991), where such a deadline was coded 139.
 */
function gerundBeforeModal(doc: Doc, t: number, end: number): boolean {
  for (let k = t + 1; k < Math.min(end, t + 13); k++) {
    if (doc.pos[k] === 'AUX') return k > t + 1 && doc.lower[k - 1] !== 'to';
    if (doc.pos[k] === 'PUNCT' || doc.lower[k] === 'that') return false;
    if (doc.pos[k] === 'VERB' && doc.lower[k - 1] !== 'to') return false;
  }
  return false;
}

// verbs whose gerund names an option weighed, or an act kept from happening ("resists going to the lender",
// "avoided meeting", "denied attacking"), never an act done
const WEIGH_LEMMAS = new Set(['consider', 'contemplate', 'weigh', 'mull', 'debate', 'discuss', 'propose', 'suggest', 'recommend', 'resist', 'avoid', 'shun', 'postpone', 'delay', 'deny', 'oppose']);

/**
 * A gerund after consider/contemplate/weigh/mull/debate/discuss (an adverb may stand between) names an option
 * weighed, not an act: "Zelensky is considering dismissing the general" was coded a 120, "will consider helping set
 * up a centre in Kenya" a 070 (hand check 9; CAMEO codes the act when it happens). So does a gerund after
 * resist/avoid/shun/postpone/delay/deny/oppose: "the state resists going to the lender" names a trip not made (was 042),
 * and after propose/suggest/recommend: "would propose holding talks with X" proposes them (was 040, talks held).
 */
export function weighedOption(doc: Doc, i: number, first: number): boolean {
  if (!doc.lower[i].endsWith('ing')) return false;
  let j = i - 1;
  if (j > first && doc.pos[j] === 'ADV') j--;
  return j >= first && WEIGH_LEMMAS.has(doc.lemmas[j]);
}

/**
 * True when the -ing verb at `i` is a gerund named as a thing, the object of the verb before it and followed by "of"
 * ("condemned killing of the minister", "denounced bombing of the embassies"): the act is what the verb is about, done
 * by no actor of the sentence (the tagger reads it as a verb when no determiner opens it; it is coded, if at all, as an
 * event noun). Found in the eleventh hand check (TempEval-3 newswire), where such a condemnation, once no longer aimed
 * at the victim, left the killing coded as the condemning government's.
 * @param doc the parsed article
 * @param i the candidate trigger token
 * @param first the sentence's first token
 * @returns true for such a gerund; false otherwise
 */
export function gerundObjectOf(doc: Doc, i: number, first: number): boolean {
  const w = doc.lower[i];
  return i > first && w.endsWith('ing') && w !== doc.lemmas[i] && doc.lower[i + 1] === 'of' && doc.pos[i - 1] === 'VERB';
}
