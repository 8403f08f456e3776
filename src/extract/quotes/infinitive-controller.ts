import type { Doc } from '../../nlp/doc.js';
import { nounPhraseEndingAt, type TokenRange } from './noun-phrase.js';

/**
 * Verbs whose object is the doer of the infinitive after it (object control: "the criticism drove the senator to say …",
 * "scenes of mayhem allow him to call for …", "the rule requires Republicans to recognize …"), by lemma. Verbs whose
 * subject stays the doer ("used the speech to attack …", "took the chance to say …", "promised voters to …") are not listed.
 */
const OBJECT_CONTROL: ReadonlySet<string> = new Set([
  'allow', 'permit', 'enable', 'drive', 'prompt', 'force', 'compel', 'lead', 'push', 'cause', 'inspire', 'encourage', 'urge',
  'ask', 'persuade', 'convince', 'invite', 'challenge', 'dare', 'pressure', 'press', 'want', 'require', 'tell', 'spur',
  'motivate', 'provoke', 'embolden', 'incite', 'help',
]);

/**
 * The doer of an infinitive cue when an object-control verb and its object stand right before "to": "drove the senator to
 * say" → "the senator", "allow him to call for" → "him"; null otherwise (the clause's subject is then the speaker).
 * Source: PolNeAR train (never dev) marks the object as the source of such cues.
 * @param doc the token layer; `to` the token "to" before the cue; `floor` the first token the object may start at
 * @returns the object phrase, or null
 */
export function infinitiveController(doc: Doc, to: number, floor: number): TokenRange | null {
  if (to - 1 < floor) return null;
  // (an object pronoun the chunker leaves alone: "allow him to …")
  const object = /^(him|her|them|us|me)$/.test(doc.lower[to - 1]) ? { start: to - 1, end: to, head: to - 1 } : nounPhraseEndingAt(doc, to - 1, floor);
  if (!object || object.start - 1 < floor) return null;
  const verb = object.start - 1;
  return doc.pos[verb] === 'VERB' && OBJECT_CONTROL.has(doc.lemmas[verb]) ? object : null;
}
