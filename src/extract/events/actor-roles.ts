import type { Doc, Sentence } from '../../nlp/doc.js';
import type { Entity } from '../../model/entity.js';
import { actorRef, type ActorChunk, type ActorRef } from './actor-chunks.js';

/*
 * Actor roles the sentence implies rather than names: state vs non-state actors, crowds known by their
 * place, and the domestic target of protests, repression and concessions (CAMEO conventions for domestic
 * dyads). Also the CAMEO roots that need a target under requireTarget 'transitive'.
 */

/** Prepositions that introduce the place of an event ("in Kyiv", "at the border"). */
export const LOCATION_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside']);

/** Entity types that name places. */
export const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

/** CAMEO roots whose events always act on someone: with requireTarget 'transitive' they need a target. */
export const TARGET_REQUIRED_ROOTS = new Set(['01', '04', '05', '06', '07', '11', '16', '17', '18', '19', '20']);

const CROWD_NOUNS = new Set(['civilians', 'mourners', 'marchers', 'rioters', 'politicians', 'opponents', 'dissidents', 'journalists', 'suspects', 'people', 'protester', 'protesters', 'demonstrator', 'demonstrators', 'student', 'students', 'worker', 'workers', 'prisoner', 'prisoners', 'villager', 'villagers', 'resident', 'residents', 'refugee', 'refugees', 'farmer', 'farmers', 'supporter', 'supporters', 'activist', 'activists', 'crowd', 'crowds', 'mob', 'youths', 'inhabitants', 'citizens', 'thousands', 'hundreds']);

/** A place's people as an actor: its country code, typed NORP (not a state actor). */
export function asCrowd(place: ActorRef): ActorRef {
  const country = place.entity.country ?? place.actor?.slice(0, 3) ?? null;
  if (!country) return place;
  const entity: Entity = { ...place.entity, id: `${place.entity.id}~crowd`, name: `people in ${place.entity.name}`, type: 'NORP', actor: country, country, agent: null };
  return actorRef(entity, place.mention, country, place.firstToken, place.endToken);
}

/**
 * The crowd of a protest with no actor subject ("hundreds of people blocked streets in Hong Kong"): a people
 * noun before the verb and a place after in/at in the clause; the crowd is coded with the place's country.
 * @param from the first token where the people noun may stand (default the sentence's first token)
 * @param to the end of that range, exclusive (default the trigger `t`)
 */
export function crowdAt(doc: Doc, chunks: readonly ActorChunk[], t: number, sentence: Sentence, from: number = sentence.firstToken, to: number = t): ActorRef | null {
  let people = false;
  for (let k = from; k < to; k++) if (CROWD_NOUNS.has(doc.lower[k])) people = true;
  if (!people) return null;
  for (const ch of chunks) {
    if (ch.prep === null || !LOCATION_PREPS.has(ch.prep)) continue;
    const place = ch.heads.find((h) => PLACE_TYPES.has(h.entity.type) && h.entity.country);
    if (!place) continue;
    return asCrowd(place);
  }
  return null;
}

const STATE_AGENTS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/** CAMEO roots whose events are usually domestic: concessions, investigations, protests, force posture, coercion. */
export const DOMESTIC_ROOTS = new Set(['08', '09', '14', '15', '17']);

/**
 * The domestic target of an event with none in the sentence: the country of the place named in the sentence
 * (else of `home`, else the source's country); its government when the source is not a state actor, its population
 * (the bare country code) when it is.
 * @param home a place to fall back on when the sentence names none (a curfew "on the whole town": the place the article
 *   last named, home-place.ts), or null
 */
export function domesticTarget(src: ActorRef, doc: Doc, chunks: readonly ActorChunk[], home: ActorRef | null = null): ActorRef | null {
  // international and transnational actors (IGO…, NGO…, MNC…) have no home country, so no domestic target
  let country = src.entity.country ?? (src.actor && src.actor.length >= 3 && !src.actor.startsWith('---') && !NO_COUNTRY.has(src.actor.slice(0, 3)) ? src.actor.slice(0, 3) : null);
  if (!country) return null;
  for (const ch of chunks) {
    const place = ch.heads.find((h) => PLACE_TYPES.has(h.entity.type) && h.entity.country);
    if (place && ch.prep !== null && LOCATION_PREPS.has(ch.prep)) {
      country = place.entity.country;
      home = null;
      break;
    }
  }
  if (home?.entity.country) country = home.entity.country;
  if (!country) return null;
  const actor = isStateActor(src, doc) ? country : `${country}GOV`;
  if (actor === src.actor) return null;
  return {
    entity: { ...src.entity, id: `${src.entity.id}~domestic-${actor}`, name: actor.length === 3 ? country : `${country} government`, type: 'GPE', actor, country, agent: actor.length > 3 ? 'GOV' : null },
    mention: src.mention,
    actor,
    firstToken: src.firstToken,
    endToken: src.endToken,
  };
}

const STATE_NOUNS = new Set(['government', 'army', 'troop', 'force', 'soldier', 'police', 'policeman', 'official', 'authority', 'minister', 'ministry', 'diplomat', 'envoy', 'ambassador', 'navy', 'military', 'leader', 'president', 'warplane', 'jet', 'tank', 'helicopter', 'aircraft', 'warship', 'court', 'judge', 'parliament', 'delegation', 'negotiator', 'spokesman', 'cabinet', 'administration', 'regime', 'guard', 'missile', 'rocket', 'drone', 'artillery', 'shell', 'submarine', 'gunboat', 'plane', 'airstrike', 'strike', 'battery', 'unit']);

const NONSTATE_NOUNS = new Set(['guerrilla', 'guerrillas', 'rebel', 'rebels', 'militant', 'militants', 'gunman', 'gunmen', 'insurgent', 'insurgents', 'militiaman', 'militiamen', 'militia', 'militias', 'bomber', 'bombers', 'terrorist', 'terrorists', 'extremist', 'extremists', 'fighters', 'separatists', 'jihadists', 'attackers', 'assailants', 'settlers', 'mob', 'kidnappers', 'hijackers']);

/**
 * A state actor: a country code alone, or a country with a state agent (GOV, MIL, COP, SPY, JUD, LEG) —
 * unless the phrase names non-state fighters ("Irish nationalist guerrillas", "Palestinian suicide bombers").
 */
export function isStateActor(ref: ActorRef, doc?: Doc): boolean {
  const code = ref.actor ?? '';
  if (ref.entity.id.endsWith('~crowd')) return false;
  if (doc) {
    for (let k = ref.endToken; k < Math.min(doc.tokenCount, ref.endToken + 3); k++) {
      if (NONSTATE_NOUNS.has(doc.lower[k])) return false;
      // a nationality naming people who are not state agents: "Ukrainian students", "Kurdish refugees"
      if (ref.entity.type === 'NORP' && (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN') && !STATE_NOUNS.has(doc.lemmas[k]) && !STATE_NOUNS.has(doc.lower[k].replace(/s$/, ''))) return false;
      if (doc.pos[k] !== 'ADJ' && doc.pos[k] !== 'NOUN' && doc.pos[k] !== 'PROPN') break;
    }
  }
  // a plural nationality names people, not the state: "Young Algerians blocked roads", "Iraqi Kurds demonstrated"
  if (ref.entity.type === 'NORP' && /[a-z]s$/.test(ref.mention.text) && !/ss$/.test(ref.mention.text)) return false;
  if (code.length === 3) return true;
  const agent = ref.entity.agent ?? code.slice(3, 6);
  return STATE_AGENTS.has(agent.slice(0, 3));
}

/** CAMEO actor-code prefixes that are not countries (international, transnational, non-state groups). */
// (and the religion codes of the CAMEO manual's agent table: MOS, CHR, JEW, HIN, BUD, SIK, …: no country either)
const NO_COUNTRY = new Set(['IGO', 'NGO', 'NGM', 'MNC', 'IMG', 'UIS', 'UAF', 'REB', 'MOD', 'RAD', 'SPY', 'UNO', 'REL', 'ATH', 'PAG', 'SHA', 'MOS', 'HIN', 'CHR', 'BUD', 'JEW', 'TAO', 'SIK', 'JAN', 'LDS']);

/** Agents no protest is by: armed forces, police, companies (CAMEO 14 demonstrations and boycotts are civilians'). */
const NO_PROTESTER_AGENTS: ReadonlySet<string> = new Set(['MIL', 'COP', 'BUS']);

/**
 * False when a protest's source is a pronoun ("They marched", "their protest") that coreference resolved to troops,
 * police or companies: the pronoun's antecedent is then most likely wrong (the last plural phrase before, "US troops",
 * "German firms"), and the protesters are the people the article speaks of; true for every other source.
 * @param src the event's source
 */
export function pronounProtester(src: ActorRef): boolean {
  if (src.mention.kind !== 'pronoun') return true;
  const agent = src.entity.agent ?? (src.actor ?? '').slice(3, 6);
  return !NO_PROTESTER_AGENTS.has(agent);
}

/** CAMEO roots of force (assault, fight, mass violence). */
export const FORCE_ROOTS = new Set(['18', '19', '20']);

/**
 * True when a crowd noun ("demonstrators", "protesters", "villagers", "opposition politicians") follows `from` in the
 * sentence: force or coercion a state actor turns on an unnamed crowd ("police opened fire to disperse demonstrators",
 * "police detained dozens of protesters") is aimed at its own population.
 */
export function crowdAfter(doc: Doc, from: number, end: number): boolean {
  // the crowd is the object of the act, within a few words and before any clause break ("… that killed 10 people"
  // names victims of a blast, not a crowd the source turned on)
  for (let k = from; k < Math.min(end, from + 7); k++) {
    const w = doc.lower[k];
    if (w === ',' || w === ';' || w === 'that' || w === 'which' || w === 'who') return false;
    if (CROWD_NOUNS.has(w) && !GENERIC_CROWDS.has(w)) return true;
  }
  return false;
}

// crowd words too generic to say who was targeted ("killed 10 people", "thousands")
const GENERIC_CROWDS = new Set(['people', 'thousands', 'hundreds', 'crowd', 'crowds', 'citizens', 'inhabitants']);

/** True for a noun naming a crowd ("demonstrators", "villagers", "students"). */
export function isCrowdNoun(w: string): boolean {
  return CROWD_NOUNS.has(w);
}
