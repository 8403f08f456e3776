// The target of a protest held at a building that stands for its owner, when the protest's purpose names someone else.
import type { Doc, Sentence } from '../../nlp/doc.js';
import type { ActorChunk, ActorRef } from './actor-chunks.js';
import { actVictims } from './act-victim.js';
import type { VerbCoding, VerbRoles } from './event-candidate.js';

/** Buildings a protest gathers at that stand for their owner: "the US embassy", "the headquarters of the ICRC". */
const VENUE_NOUNS: ReadonlySet<string> = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'headquarters', 'offices', 'office', 'mission', 'compound', 'residence']);

/**
 * Verbs of a protest's purpose clause that name whom it is against ("to protest X", "to denounce X", "to demand that X").
 * Not verbs of support ("to show support for X", "to express solidarity with X"): X is whom the protest backs, no target.
 */
const PURPOSE_VERBS: ReadonlySet<string> = new Set(['protest', 'demand', 'denounce', 'condemn', 'oppose', 'urge', 'press', 'call']);

/**
 * Re-aims a protest (root 14) held at a building that stands for its owner: "demonstrated outside the Ruritanian embassy
 * to protest the occupation of Syldavia by Bordurian troops" is aimed at the troops the purpose clause names, not at the
 * embassy's government. The building stands for the target (CAMEO 1.1b3 manual, root 14 usage notes: the location of a
 * demonstration sometimes represents the identity of the target) only when the purpose names no one, or names the
 * building's own state ("outside the French embassy to urge France to …" keeps the embassy's more specific code).
 * Changes `roles.targets` (slot `any`) and `coding.ruleId` (`…:purpose-target`) in place; does nothing otherwise.
 * @param doc the parsed article
 * @param sentence the trigger's sentence
 * @param chunks the sentence's actor phrases
 * @param coding the coding so far (its code decides whether this applies)
 * @param roles the roles found so far (the first target must be the venue phrase)
 */
export function protestVenueRoles(doc: Doc, sentence: Sentence, chunks: readonly ActorChunk[], coding: VerbCoding, roles: VerbRoles): void {
  if (!coding.code.startsWith('14') || roles.targets.length === 0) return;
  const first = roles.targets[0];
  const ch = chunks.find((c) => c.heads.some((h) => h.entity.id === first.entity.id && h.firstToken === first.firstToken));
  if (!ch || !venuePhrase(doc, ch)) return;
  const exclude = new Set(roles.sources.map((x) => x.entity.id));
  const purpose = purposeTarget(doc, chunks, ch.end, sentence.endToken, exclude);
  const venueCountry = first.actor?.slice(0, 3);
  if (purpose.length === 0 || purpose.some((h) => h.actor?.slice(0, 3) === venueCountry)) return;
  roles.targets = purpose;
  roles.targetSlot = 'any';
  coding.ruleId = `${coding.ruleId}:purpose-target`;
}

/**
 * True when the actor phrase `ch` names a building a crowd gathers at: opened by outside/near or "in front of", or
 * holding a building noun ({@link VENUE_NOUNS}: "the US embassy", "headquarters of the ICRC").
 */
function venuePhrase(doc: Doc, ch: ActorChunk): boolean {
  // ("protested at the decision" is British for "against": "at" needs a building noun)
  if (ch.prep === 'outside' || ch.prep === 'near') return true;
  let k = ch.first - 1;
  while (k > 0 && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ')) k--;
  if (doc.lower[k] === 'of' && (doc.lower[k - 1] === 'front' || VENUE_NOUNS.has(doc.lower[k - 1]))) return true;
  for (let j = ch.first; j < ch.end + 1 && j < doc.tokenCount; j++) if (VENUE_NOUNS.has(doc.lower[j])) return true;
  return false;
}

/**
 * The coded heads of the first actor phrase after a purpose clause's verb that follows a protest's venue ("… to protest
 * the occupation of Syldavia by Bordurian troops": the troops; the victim of an act noun's of-phrase is none), or none
 * when no such clause comes before the next comma or it names no one.
 * @param from the token after the venue phrase; `end` the sentence's end token (exclusive); `exclude` the sources' entity ids
 */
function purposeTarget(doc: Doc, chunks: readonly ActorChunk[], from: number, end: number, exclude: ReadonlySet<string>): ActorRef[] {
  for (let k = from; k + 1 < end; k++) {
    if (doc.lower[k] === ',' || doc.lower[k] === ';') return [];
    if (doc.lower[k] !== 'to' || !PURPOSE_VERBS.has(doc.lemmas[k + 1])) continue;
    const skip = new Set(exclude);
    for (const id of actVictims(doc, chunks, k + 2, end)) skip.add(id);
    for (const c of chunks) {
      if (c.first < k + 2 || c.first >= end) continue;
      const heads = c.heads.filter((h) => h.actor !== null && !skip.has(h.entity.id) && h.mention.kind !== 'pronoun');
      if (heads.length > 0) return heads;
    }
    return [];
  }
  return [];
}
