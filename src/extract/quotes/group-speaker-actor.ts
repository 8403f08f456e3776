import type { Doc, Sentence } from '../../nlp/doc.js';
import type { TokenRange } from './noun-phrase.js';

/**
 * Agents a place inside a group speaker's phrase may pass on with its country ("police in Texas" USACOP, "officials in
 * Beijing" CHNGOV, "lawmakers in Kiev" UKRLEG, "farmers in Brittany" FRAAGR). Troops, refugees, spies, journalists and
 * gunmen are left out: a place names where they are, often not whose they are ("troops in Iraq", "refugees in Chad").
 */
const PLACE_AGENTS: ReadonlySet<string> = new Set(['GOV', 'COP', 'LEG', 'JUD', 'OPP', 'REB', 'BUS', 'LAB', 'CVL', 'EDU', 'AGR', 'HLH']);

/** Heads of government agents posted abroad: "diplomats in Beijing" are mostly other countries' diplomats. */
const POSTED_ABROAD: ReadonlySet<string> = new Set(['diplomat', 'diplomats', 'ambassador', 'ambassadors', 'envoy', 'envoys']);

/** Noun modifiers that keep a government head a government's ("government officials", "city officials", "state authorities"). */
const GOVERNMENT_MODIFIERS: ReadonlySet<string> = new Set(['government', 'state', 'city', 'county', 'council', 'administration', 'ministry', 'cabinet', 'federal']);

/**
 * Heads of a bare group speaker that stand for the government an article has just named ("The Chinese government
 * announced tariffs. Officials said …"): officials, authorities and ministers.
 */
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(['officials', 'authorities', 'ministers', 'official']);

/** How many sentences before the speaker's own a government named there is still the one meant. */
export const GOVERNMENT_WINDOW = 3;

/**
 * Role words of group speakers → CAMEO agent codes, from data/actors/roles.json (the entities layer's role lexicon):
 * its plural group roles ("officials" GOV, "police" COP, "lawmakers" LEG, "union officials" LAB) and its one-word
 * person roles with an agent, singular and with a plural -s ("minister", "ministers" GOV; "senators" LEG). Words such as
 * "analysts", "experts", "critics" or "spokesman" have no agent there, so they take none.
 * @param roles the `groupRoles` and `personRoles` of roles.json
 * @returns lower-case phrase (one or two words) → agent code
 */
export function groupHeadAgents(roles: {
  readonly groupRoles: readonly { readonly phrase: string; readonly agent: string; readonly plural?: boolean }[];
  readonly personRoles: readonly { readonly phrase: string; readonly agent: string | null }[];
}): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const r of roles.groupRoles) if (r.plural && r.phrase.split(' ').length <= 2) out.set(r.phrase.toLowerCase(), r.agent);
  for (const r of roles.personRoles) {
    const w = r.phrase.toLowerCase();
    if (!r.agent || !/^[a-z]+$/.test(w)) continue;
    if (!out.has(w)) out.set(w, r.agent);
    if (!out.has(`${w}s`)) out.set(`${w}s`, r.agent);
  }
  return out;
}

/** True for a noun or proper noun token. */
function nominal(doc: Doc, t: number): boolean {
  return doc.pos[t] === 'NOUN' || doc.pos[t] === 'PROPN';
}

/**
 * The agent of a group speaker's head: the two-word role ending at the head when listed ("union officials" LAB),
 * else the head word's, unless a noun before the head names another body ("party officials", "hospital officials":
 * no agent; "government officials", "city officials" keep GOV).
 * @param doc the token layer; `np` the speaker phrase with its head; `agents` from {@link groupHeadAgents}
 * @returns the agent code, or null
 */
export function headAgent(doc: Doc, np: TokenRange, agents: ReadonlyMap<string, string>): string | null {
  const h = np.head;
  const head = doc.lower[h];
  if (h > np.start && nominal(doc, h - 1)) {
    const two = agents.get(`${doc.lower[h - 1]} ${head}`);
    if (two) return two;
    if (!GOVERNMENT_MODIFIERS.has(doc.lower[h - 1])) return null;
  }
  return agents.get(head) ?? null;
}

/**
 * The actor code of a speaker no entity owns whose phrase names a place (`placeCountry`, from
 * SpeakerResolver.affiliation): the place's country with the agent of the phrase's head when that agent travels with
 * a place ({@link PLACE_AGENTS}; "officials in Beijing" CHNGOV, "police in Texas" USACOP, "analysts in Tokyo" JPN).
 * CAMEO codes an actor by country and agent (CAMEO 1.1b3 manual, actor codebook); the entities layer codes
 * "Chinese officials" CHNGOV by the same head word.
 * @param doc the token layer; `np` the speaker phrase; `placeCountry` a three-letter country code; `agents` from {@link groupHeadAgents}
 * @returns the actor code
 */
export function placeGroupActor(doc: Doc, np: TokenRange, placeCountry: string, agents: ReadonlyMap<string, string>): string {
  if (POSTED_ABROAD.has(doc.lower[np.head])) return placeCountry;
  const agent = headAgent(doc, np, agents);
  return agent && PLACE_AGENTS.has(agent) ? placeCountry + agent : placeCountry;
}

/**
 * Whether a speaker phrase is a bare government group: its head is one of {@link GOVERNMENT_HEADS} and the words before
 * it are determiners, adjectives or numbers only ("Officials", "senior officials", "the authorities"; not "party
 * officials", not "officials in Beijing", which names its own place).
 */
export function isBareGovernmentGroup(doc: Doc, np: TokenRange): boolean {
  if (!GOVERNMENT_HEADS.has(doc.lower[np.head]) || np.end !== np.head + 1) return false;
  for (let t = np.start; t < np.head; t++) if (!/^(DET|ADJ|NUM)$/.test(doc.pos[t])) return false;
  return true;
}

/**
 * The first character offset of the window in which a government named before a bare group speaker is the one
 * the speaker stands for: the start of the sentence {@link GOVERNMENT_WINDOW} sentences before the speaker's.
 * @param sentences the article's sentences; `index` the speaker's sentence
 */
export function governmentWindowStart(sentences: readonly Sentence[], index: number): number {
  return sentences[Math.max(0, index - GOVERNMENT_WINDOW)].start;
}
