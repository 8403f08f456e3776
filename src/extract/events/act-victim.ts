import type { Doc } from '../../nlp/doc.js';
import type { ActorChunk } from './actor-chunks.js';

/**
 * Nouns of an act whose "of"-phrase names the one it was done to, not the one who did it: "the killing of the
 * minister", "the bombing of Belgrade", "the arrest of the reporters" (against "the withdrawal of the troops", whose
 * of-phrase acts).
 */
const PATIENT_OF_NOUNS: ReadonlySet<string> = new Set([
  'killing', 'killings', 'murder', 'murders', 'assassination', 'assassinations', 'slaying', 'slayings', 'death', 'deaths',
  'massacre', 'execution', 'executions', 'beheading', 'shooting', 'shootings', 'abduction', 'abductions', 'kidnapping',
  'kidnappings', 'kidnap', 'arrest', 'arrests', 'detention', 'jailing', 'imprisonment', 'torture', 'expulsion', 'expulsions',
  'deportation', 'bombing', 'bombings', 'shelling', 'invasion', 'occupation', 'annexation', 'persecution', 'harassment',
]);

/**
 * The entity ids of the actors an act noun was done to ("condemned the killing of Lebanon's industry minister",
 * "protested the arrest of two Danish reporters"): the heads of each phrase opened by "of" right after a noun of
 * {@link PATIENT_OF_NOUNS} ("the killing of X", "the arrest of two Danish reporters"), from token
 * `from` to `end`. A condemnation, a protest or a demand about such an act is aimed at whoever did it, not at its
 * victim (the CAMEO manual codes 111 and 112 against the actor criticised). Found in the eleventh hand check
 * (TempEval-3 newswire, 2006): a condemnation of an assassination coded 111 against the victim's government.
 * @param doc the parsed article
 * @param chunks the sentence's actor phrases
 * @param from the first token to look at (after the trigger)
 * @param end the sentence's end token (exclusive)
 * @returns entity ids (empty when there is none); an entity also named between `from` and its act noun is left out
 */
export function actVictims(doc: Doc, chunks: readonly ActorChunk[], from: number, end: number): Set<string> {
  const victimAt = new Map<string, number>(); // entity id → the act noun's token of its first of-phrase
  for (const ch of chunks) {
    if (ch.first < from || ch.first >= end) continue;
    const of = ofBefore(doc, ch.first, from);
    if (of > from && PATIENT_OF_NOUNS.has(doc.lower[of - 1])) for (const h of ch.heads) if (!victimAt.has(h.entity.id)) victimAt.set(h.entity.id, of - 1);
  }
  // an actor named before the act noun is the one addressed ("condemned China for the arrest of China's dissidents"),
  // whatever the act's of-phrase names
  for (const ch of chunks) {
    if (ch.first < from || ch.first >= end) continue;
    for (const h of ch.heads) if ((victimAt.get(h.entity.id) ?? -1) > ch.first) victimAt.delete(h.entity.id);
  }
  return new Set(victimAt.keys());
}

/**
 * The token of "of" that opens the phrase at `first`, or −1: up to six determiners, adjectives, numbers and title words may
 * stand between ("the killing of Chilean Industry Minister Ricardo Lagos", where the mention is the name alone).
 */
function ofBefore(doc: Doc, first: number, from: number): number {
  let k = first - 1;
  const stop = Math.max(from, first - 6);
  while (k > stop && doc.lower[k] !== 'of' && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'NUM' || doc.pos[k] === 'PROPN' || doc.pos[k] === 'NOUN')) k--;
  return doc.lower[k] === 'of' ? k : -1;
}

/**
 * True when the words from `from` to the "by" before the phrase at `first` are an act noun of {@link PATIENT_OF_NOUNS} with its of-phrase
 * ("the killing of Iranian protesters by …", "the arrest of two reporters by …"): the phrase after "by" names who did
 * the act, and a criticism or protest about it is aimed at them (CAMEO 111 against the actor criticised). Found in the
 * last hand checks: such a condemnation had no event at all once the victims were no target.
 * @param doc the parsed article
 * @param from the first token of the object (after the trigger)
 * @param first the first token of the phrase after "by" (determiners, adjectives and numbers may stand between)
 * @returns true for `[det/adj]* act-noun of [det/adj/num/noun/propn]+ by`; false otherwise
 */
export function actNounOfPhrase(doc: Doc, from: number, first: number): boolean {
  let by = first - 1;
  while (by > from && (doc.pos[by] === 'DET' || doc.pos[by] === 'ADJ' || doc.pos[by] === 'NUM')) by--;
  if (doc.lower[by] !== 'by') return false;
  let k = from;
  while (k < by && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ')) k++;
  if (k + 2 >= by || !PATIENT_OF_NOUNS.has(doc.lower[k]) || doc.lower[k + 1] !== 'of') return false;
  for (let j = k + 2; j < by; j++) {
    const pos = doc.pos[j];
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'NOUN' && pos !== 'PROPN') return false;
  }
  return true;
}
