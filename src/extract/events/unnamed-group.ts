// Groups a conflict sentence names by a common noun only ("gunmen", "police", "protesters", "villagers") as actors of the place named there.
import type { Entity, Mention } from '../../model/entity.js';
import type { Doc, Sentence } from '../../nlp/doc.js';
import { actorRef, type ActorChunk, type ActorRef } from './actor-chunks.js';
import { LOCATION_PREPS, PLACE_TYPES } from './actor-roles.js';
import { placePhraseOpener } from './place-phrase.js';

/**
 * Agents of the groups that act in conflict events when named by their noun alone (CAMEO 1.1b3 manual, actor codebook:
 * COP police, MIL military, UAF unidentified armed forces, REB rebels, INS insurgents, SEP separatists, OPP opposition /
 * protesters): "gunmen", "troops", "protesters". Every other group noun of the role lexicon ("villagers" CVL,
 * "students" EDU) is only one an act is done to.
 */
const ACTING_AGENTS: ReadonlySet<string> = new Set(['COP', 'MIL', 'UAF', 'REB', 'INS', 'SEP', 'OPP']);

/** Agents whose group is an armed body, an organisation (the others are people: protesters, civilians). */
const ARMED_AGENTS: ReadonlySet<string> = new Set(['COP', 'MIL', 'UAF', 'REB', 'INS']);

/**
 * Nouns of the role lexicon that name no group by themselves: "people" is CVL after a nationality ("Chinese people"),
 * but "killed 257 people" says nothing of whose (with it, reut2-005 and the TempEval-3 seed-layout folder gave 7 new
 * events, 5 wrong: a storm's or a bombed city's toll).
 */
const NO_GROUP_NOUNS: ReadonlySet<string> = new Set(['people']);

/**
 * The group nouns of the role lexicon: its plural one-word `groupRoles` ("gunmen" UAF, "police" COP, "villagers" CVL)
 * but {@link NO_GROUP_NOUNS}, the same agents the entities layer gives these words when a nationality names their
 * country ("Kenyan police" KENCOP).
 * @param roles the `groupRoles` of data/actors/roles.json, or of the merged knowledge base (EntityResources `groupRoles`)
 * @returns lower-case noun → CAMEO agent code
 */
export function groupNounAgents(roles: { readonly groupRoles: readonly { readonly phrase: string; readonly agent: string; readonly plural?: boolean }[] }): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const r of roles.groupRoles) {
    const noun = r.phrase.toLowerCase();
    // the first entry of a noun wins, as in the entities layer's gazetteer (a user's group before the built-in one)
    if (r.plural && !noun.includes(' ') && !NO_GROUP_NOUNS.has(noun) && !out.has(noun)) out.set(noun, r.agent);
  }
  return out;
}

/** Counts a group noun may follow with "of" and stay the group ("thousands of protesters", "arrested dozens of protesters"). */
const COUNTS: ReadonlySet<string> = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'tens']);

/** Prepositions that open the phrase of the one a force or protest is aimed at ("fired at", "clashed with"). */
const TARGET_PREPS: ReadonlySet<string> = new Set(['at', 'on', 'with', 'against', 'into']);

/** Words before the trigger that a group subject may stand behind: auxiliaries, adverbs ("have reportedly killed"). */
const BETWEEN_POS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/**
 * The country of the place named in a sentence after in/at/near ("in northern Nigeria", "in Nairobi", "in the town of
 * Yogyakarta": its entity's `country`), or null: an unnamed group there is taken to be of that country, as actor-roles.ts crowdAt takes a crowd.
 * @param chunks the sentence's actor phrases
 * @returns the place's head and its three-letter country code, or null
 */
function placeCountry(doc: Doc, chunks: readonly ActorChunk[], first: number): { place: ActorRef; country: string } | null {
  for (const ch of chunks) {
    // (and a name completing a place noun with "of": "in the Central Java town of Yogyakarta")
    if (ch.prep === null || (!LOCATION_PREPS.has(ch.prep) && placePhraseOpener(doc, ch, first) < 0)) continue;
    const place = ch.heads.find((h) => PLACE_TYPES.has(h.entity.type) && h.entity.country);
    if (place) return { place, country: place.entity.country! };
  }
  return null;
}

/** An actor for the group noun at token `k`: `country` + `agent`, its mention the noun, its provenance the place's. */
function groupActor(doc: Doc, k: number, agent: string, place: ActorRef, country: string): ActorRef {
  const provenance = { component: 'events', version: place.mention.provenance.version, rule: 'unnamed-group', confidence: 0.6, evidence: [{ start: place.mention.start, end: place.mention.end }] };
  const mention: Mention = { start: doc.starts[k], end: doc.ends[k], text: doc.text.slice(doc.starts[k], doc.ends[k]), kind: 'nominal', provenance };
  const actor = country + agent;
  const type = ARMED_AGENTS.has(agent) ? 'ORG' : 'NORP';
  const entity: Entity = { id: `group@${k}`, name: `${mention.text} in ${place.entity.name}`, type, actor, country, agent, mentions: [mention], provenance };
  return actorRef(entity, mention, actor, k, k + 1);
}

/** Words that open a clause of their own: a group after one is not the subject of the main verb ("… when gunmen opened fire"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'where', 'while', 'whilst', 'as', 'after', 'before', 'if', 'because', 'since', 'until', 'though', 'although', 'and', 'or', 'but']);

/**
 * True when a named actor's phrase ends at or covers token `k`: "US troops", "Palestinian militants", "Iraqi army
 * soldiers" are that actor's (the entities layer codes them), not an unnamed group of the place.
 */
function namedGroup(chunks: readonly ActorChunk[], k: number): boolean {
  return chunks.some((ch) => ch.first <= k && k <= ch.end);
}

/**
 * For "and" at `k` joining the trigger to a verb before it that has no object ("stepped in and arrested", "moved quickly
 * and detained"): the token before that verb (its auxiliaries and adverbs aside), where its subject ends; else −1.
 */
function beforeJoinedVerb(doc: Doc, k: number, first: number): number {
  let j = k - 1;
  while (j > first && (doc.pos[j] === 'ADV' || (doc.pos[j] === 'ADP' && doc.pos[j - 1] === 'VERB'))) j--;
  if (j <= first || doc.pos[j] !== 'VERB') return -1;
  j--;
  while (j > first && BETWEEN_POS.has(doc.pos[j])) j--;
  return j;
}

/**
 * The token of an acting group noun of `groups` right before the trigger (auxiliaries and adverbs between, and the
 * group's place phrase: "Police in Jakarta arrested"; an intransitive verb joined by "and": "Police stepped in and
 * arrested"), or −1.
 */
function groupSubjectAt(doc: Doc, chunks: readonly ActorChunk[], groups: ReadonlyMap<string, string>, t: number, first: number): number {
  let k = t - 1;
  while (k > first && BETWEEN_POS.has(doc.pos[k])) k--;
  // "the police, who arrested …": the noun the relative pronoun follows
  if (doc.lower[k] === 'who' && k > first) k -= doc.lower[k - 1] === ',' ? 2 : 1;
  // "Police in Jakarta arrested …", "police in the town of Yogyakarta have arrested …": the group before its place
  const place = chunks.find((ch) => ch.end === k + 1);
  const opener = place ? placePhraseOpener(doc, place, first) : -1;
  if (opener > first) k = opener - 1;
  // "Police stepped in and arrested …": the subject of the intransitive verb the trigger is joined to
  if (doc.lower[k] === 'and') k = beforeJoinedVerb(doc, k, first);
  if (k < first || !ACTING_AGENTS.has(groups.get(doc.lower[k]) ?? '') || namedGroup(chunks, k)) return -1;
  let d = k - 1;
  while (d >= first && (doc.pos[d] === 'DET' || doc.pos[d] === 'NUM' || doc.pos[d] === 'ADJ')) d--;
  if (d >= first && SUBORDINATORS.has(doc.lower[d])) return -1;
  // "supporters of the protesters marched" names other people; "thousands of protesters marched" the group itself
  if (k > first && doc.lower[k - 1] === 'of' && !COUNTS.has(doc.lower[k - 2] ?? '')) return -1;
  return k;
}

/**
 * The token of "who" opening the relative clause of the trigger ("the police, who had arrested …": auxiliaries and adverbs
 * between), or −1.
 * @param doc the parsed article
 * @param t the trigger token
 * @param first the sentence's first token
 */
export function whoClause(doc: Doc, t: number, first: number): number {
  let k = t - 1;
  while (k > first && BETWEEN_POS.has(doc.pos[k])) k--;
  return k > first && doc.lower[k] === 'who' ? k : -1;
}

/**
 * The token of a group noun of `groups` the act is done to: within six tokens after `from`, after numbers, determiners and
 * adjectives and at most one preposition of {@link TARGET_PREPS} ("killed 12 villagers", "fired tear gas at
 * protesters", "clashed with police"), before any clause break; or −1.
 */
function groupObjectAt(doc: Doc, chunks: readonly ActorChunk[], groups: ReadonlyMap<string, string>, from: number, end: number): number {
  for (let k = from; k < Math.min(end, from + 6); k++) {
    const w = doc.lower[k];
    // (a group that acts in a participle of its own, "at demonstrators protesting against X", is left to that act: its
    // protest is coded for the crowd of the place, actor-roles.ts crowdAt, and would go as a clause under a main event
    // with a target; the main event keeps its domestic target, code-events.ts)
    if (groups.has(w)) return namedGroup(chunks, k) || (doc.pos[k + 1] === 'VERB' && doc.lower[k + 1].endsWith('ing')) ? -1 : k;
    // (a verb form before a noun is its modifier: "fired tear gas at protesters")
    if (w === ',' || w === ';' || w === 'that' || w === 'which' || w === 'who' || SUBORDINATORS.has(w) || (doc.pos[k] === 'VERB' && doc.pos[k + 1] !== 'NOUN')) return -1;
    if (doc.pos[k] === 'ADP' && !TARGET_PREPS.has(w) && !(w === 'of' && COUNTS.has(doc.lower[k - 1]))) return -1;
  }
  return -1;
}

/**
 * Source and target of a conflict event (CAMEO 14, 17–20) whose actors are groups named by a common noun only:
 * "Gunmen killed 12 villagers in northern Nigeria" (NGAUAF → NGACVL), "Police fired tear gas at protesters in Nairobi"
 * (KENCOP → KENOPP), "Protesters clashed with police in Nairobi" (KENOPP → KENCOP). A group takes the country of the
 * place named after in/at/near in the sentence; with no such place there is no actor (a group's country is not
 * guessed) — but police, who act at home, are those of the place the article last named (`home`). Only the empty role
 * is filled: a named actor keeps its role.
 * Found in fresh-eyes review 20 (a humanitarian early-warning reading): such sentences gave no event.
 * @param doc the parsed article; `sentence` the trigger's sentence; `chunks` its actor phrases
 * @param groups the group nouns of the role lexicon ({@link groupNounAgents}, EventResources `groupAgents`): those of an
 *   armed or protesting agent may be source or target, the others ("villagers", "students") only target
 * @param t the trigger token; `afterTrigger` the first token the target may start at
 * @param sources the sources found so far (filled when empty); `targets` likewise
 * @param home the place the article last named before the sentence (home-place.ts placeBefore), for police only; null
 *   when the sentence names no police by the noun alone or the article no place
 * @returns the new sources and targets, each empty when none was found
 */
export function unnamedGroups(
  doc: Doc,
  sentence: Sentence,
  chunks: readonly ActorChunk[],
  groups: ReadonlyMap<string, string>,
  t: number,
  afterTrigger: number,
  sources: readonly ActorRef[],
  targets: readonly ActorRef[],
  home: ActorRef | null = null,
): { sources: ActorRef[]; targets: ActorRef[] } {
  const out = { sources: [] as ActorRef[], targets: [] as ActorRef[] };
  let at = placeCountry(doc, chunks, sentence.firstToken);
  if (sources.length === 0) {
    const k = groupSubjectAt(doc, chunks, groups, t, sentence.firstToken);
    const agent = k >= 0 ? groups.get(doc.lower[k])! : '';
    // police with no place in the sentence: those of the place the article last named (home-place.ts)
    if (!at && agent === 'COP' && home) at = { place: home, country: home.entity.country! };
    if (k >= 0 && at) out.sources.push(groupActor(doc, k, agent, at.place, at.country));
  }
  if (!at) return out;
  if (targets.length === 0 && (sources.length > 0 || out.sources.length > 0)) {
    const k = groupObjectAt(doc, chunks, groups, afterTrigger, sentence.endToken);
    if (k >= 0) out.targets.push(groupActor(doc, k, groups.get(doc.lower[k])!, at.place, at.country));
  }
  return out;
}
