// Subject phrases that name people, not their state or leader: "students in Ukraine", "supporters of the former president".
import type { Doc } from '../../nlp/doc.js';
import type { ActorChunk } from './actor-chunks.js';

const FOLLOWERS = new Set(['supporters', 'followers', 'loyalists', 'sympathizers', 'sympathisers', 'partisans', 'admirers', 'fans', 'opponents', 'critics', 'relatives', 'families']);

/**
 * Words that open a clause or name a relation, not a place, when a subject phrase follows them: "that" and "of", and
 * the subordinators wink-nlp tags as prepositions ("before they attacked the town", "after the army withdrew").
 */
const NOT_PLACE_OPENERS: ReadonlySet<string> = new Set(['that', 'of', 'when', 'once', 'after', 'before', 'until', 'till', 'since', 'as', 'because', 'while', 'whilst', 'if', 'unless', 'though', 'although']);

/**
 * True when a subject phrase is people known by a place ("students in Ukraine demonstrated"): it follows a preposition
 * that is no clause opener ({@link NOT_PLACE_OPENERS}). "Brazilian troops crossed the border before they attacked the
 * town" has "they" (the troops) as the subject, a state actor (19x), not the people of Brazil (18x; a hand check of
 * BBC politics and reut2-018, 2026-11-30).
 */
function placedSubject(ch: ActorChunk): boolean {
  return ch.prep !== null && !NOT_PLACE_OPENERS.has(ch.prep);
}

/** True when the phrase is a possessor of "supporters", "followers"…: "General Abacha's supporters". */
function followersPossessor(doc: Doc, ch: ActorChunk): boolean {
  if (!ch.possessive) return false;
  let k = ch.end + 1;
  while (k < doc.tokenCount && doc.pos[k] === 'ADJ') k++;
  return FOLLOWERS.has(doc.lower[k] ?? '');
}

/** True when the phrase at `first` follows "supporters of", "followers of", "opponents of" (determiners, titles aside). */
function followersOf(doc: Doc, first: number): boolean {
  let k = first - 1;
  // determiners, adjectives and titles: "supporters of former President Ben Bella"
  while (k >= 0 && k >= first - 4 && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'PROPN' || doc.pos[k] === 'NOUN')) k--;
  return k > 0 && doc.lower[k] === 'of' && FOLLOWERS.has(doc.lower[k - 1]);
}

/**
 * True when a subject phrase names people, not the state or leader it mentions: people known by a place ("students in
 * Ukraine demonstrated", {@link placedSubject}) or a leader's followers ("supporters of the former president", "General
 * Abacha's supporters"); the phrase's heads then act as crowds of their country (actor-roles.ts asCrowd).
 * @param doc the parsed article
 * @param ch the subject phrase
 */
export function crowdSubject(doc: Doc, ch: ActorChunk): boolean {
  return placedSubject(ch) || followersOf(doc, ch.first) || followersPossessor(doc, ch);
}
