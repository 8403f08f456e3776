// Cheap sentence-level screens run before any actor work: a possible trigger, an off-topic sentence, a yes/no question.
import type { Doc, Sentence } from '../../nlp/doc.js';
import type { ActorIndex } from './actor-chunks.js';
import { mistaggedVerb, verbLemmaOfNoun } from './mistagged-verb.js';
import { baseForms } from './clause-context.js';
import type { EventResources } from './resources.js';

const SCORE = /\b\d{1,2}-\d{1,2}\b(?!\s*(?:year|month|day|week|hour|minute))/;

/** Quick scan of a sentence before any actor work: true when a token outside quotation marks may be a verb or noun trigger. */
export function hasTrigger(doc: Doc, sentence: Sentence, index: ActorIndex, res: EventResources, quoted: Uint8Array | null): boolean {
  const { verbs, nouns } = res.lexicon;
  const first = sentence.firstToken;
  const end = sentence.endToken;
  for (let i = first; i < end; i++) {
    if (quoted && quoted[i]) continue;
    const pos = doc.pos[i];
    // (an inflected form the lemmatiser got wrong is looked up by its base forms, as code-sentence.ts looks it up: "staged"
    // has the lemma "stag")
    if ((pos === 'VERB' || pos === 'AUX') && (verbs.has(doc.lemmas[i]) || baseForms(doc.lower[i]).some((b) => verbs.has(b)))) return true;
    // the lexicon test first: it is cheap and rarely true, the mistagging test looks around the token
    if ((verbs.has(doc.lower[i]) || verbs.has(doc.lemmas[i]) || verbs.has(verbLemmaOfNoun(doc.lower[i]) ?? '')) && mistaggedVerb(doc, index, i, first, end)) return true;
    // (a noun trigger the tagger read as a verb is still tried as a noun by code-sentence.ts: "sit" of "a sit-in")
    if ((pos === 'NOUN' || pos === 'PROPN' || pos === 'VERB') && (nouns.has(doc.lemmas[i]) || nouns.has(doc.lower[i]))) return true;
  }
  return false;
}

/** Sport, culture and weather sentences are not political events: a discard noun or phrase of the lexicon, or a score ("3-1"). */
export function offTopic(doc: Doc, sentence: Sentence, res: EventResources): boolean {
  const first = sentence.firstToken;
  const end = sentence.endToken;
  const discard = res.lexicon.discard;
  for (let i = first; i < end; i++) {
    if ((doc.pos[i] === 'NOUN' || doc.pos[i] === 'PROPN') && (discard.has(doc.lower[i]) || discard.has(doc.lemmas[i]))) return true;
  }
  if (res.lexicon.discardPhrases.length) {
    const joined = ` ${doc.lower.slice(first, end).join(' ')} `;
    for (const p of res.lexicon.discardPhrases) if (joined.includes(` ${p} `)) return true;
  }
  return SCORE.test(doc.text.slice(sentence.start, sentence.end));
}

const QUESTION_OPENERS = new Set(['will', 'would', 'could', 'can', 'should', 'shall', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'had']);

/**
 * True for a yes/no question ("Will Russia attack Ukraine?", "Could talks resume?"): it asks whether an event
 * happens, and reports none (found in a review of headline questions; a wh-question such as "Why did X attack Y?"
 * presupposes the event and is still coded).
 */
export function yesNoQuestion(doc: Doc, sentence: Sentence): boolean {
  const last = sentence.endToken - 1;
  let end = last;
  while (end > sentence.firstToken && (doc.pos[end] === 'PUNCT' && doc.lower[end] !== '?')) end--;
  if (doc.lower[end] !== '?') return false;
  let k = sentence.firstToken;
  while (k < end && doc.pos[k] === 'PUNCT') k++;
  return QUESTION_OPENERS.has(doc.lower[k]);
}
