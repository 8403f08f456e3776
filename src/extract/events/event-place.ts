// Where an event happens: a visited place, else the nearest place phrase after in/at/near.
import type { EventLocation } from '../../model/event.js';
import type { Doc } from '../../nlp/doc.js';
import type { ActorChunk, ActorIndex, ActorRef } from './actor-chunks.js';
import { LOCATION_PREPS, PLACE_TYPES } from './actor-roles.js';
import type { Candidate } from './event-candidate.js';

/** Make a visit, host a visit, meet at a third location (CAMEO 042, 043, 044): a visit happens at its host's place. */
export const VISIT_CODES: ReadonlySet<string> = new Set(['042', '043', '044']);

/** The place of a visit and the entities at it, for the events of the next sentences that name none. */
export function visitOf(location: EventLocation, src: ActorRef, tgt: ActorRef | null): { location: EventLocation; entities: Set<string> } {
  const entities = new Set<string>();
  entities.add(src.entity.id);
  if (tgt) entities.add(tgt.entity.id);
  return { location, entities };
}

/** The event's place: a visited place, else the nearest place phrase after in/at/near (after the trigger first). */
export function locate(doc: Doc, index: ActorIndex, chunks: readonly ActorChunk[], c: Candidate, tgt: ActorRef | null): EventLocation | null {
  if (tgt && VISIT_CODES.has(c.code.slice(0, 3)) && PLACE_TYPES.has(tgt.entity.type)) return placeOf(tgt);
  let before: ActorRef | null = null;
  for (const ch of chunks) {
    if (ch.prep === null || !LOCATION_PREPS.has(ch.prep)) continue;
    const head = ch.heads.find((h) => PLACE_TYPES.has(h.entity.type));
    if (!head) continue;
    const place = cityBeforeRegion(doc, index, ch, head);
    if (ch.first > c.trigger) {
      if (inGerundClause(doc, c.triggerEnd, ch.first)) continue;
      return placeOf(place);
    }
    before = place;
  }
  return before ? placeOf(before) : null;
}

/**
 * True when a preposition and a gerund stand between the trigger and a place phrase: the place is then the
 * topic of what the event is about, not where it happens ("warned the United States against interfering in
 * Taiwan", "accused Kabul of harbouring militants in Pakistan": the events happen in neither). Found in a review.
 * @param doc the parsed article
 * @param from the trigger's end token (exclusive)
 * @param to the place phrase's first token
 */
function inGerundClause(doc: Doc, from: number, to: number): boolean {
  for (let k = Math.max(from, 1); k < to; k++) {
    if (doc.pos[k] === 'VERB' && doc.pos[k - 1] === 'ADP' && doc.lower[k].endsWith('ing')) return true;
  }
  return false;
}

/**
 * "met in Seattle, Washington", "in Atlanta, Georgia": the chunk's head is the region after the comma (an
 * apposition to actorChunks); as a location the place before it, the city, is the more precise. Returns that
 * place when the chunk opens with a place mention followed directly by a comma and `head`, of no other country;
 * else `head`.
 */
function cityBeforeRegion(doc: Doc, index: ActorIndex, ch: ActorChunk, head: ActorRef): ActorRef {
  const m = index.mentionAt[ch.first];
  if (m < 0) return head;
  const city = index.refs[m];
  const comma = city.endToken;
  if (city.mention.start === head.mention.start || !PLACE_TYPES.has(city.entity.type)) return head;
  if (doc.lower[comma] !== ',' || comma + 1 !== head.firstToken) return head;
  if (city.entity.country && head.entity.country && city.entity.country !== head.entity.country) return head;
  return city;
}

function placeOf(ref: ActorRef): EventLocation {
  return {
    name: ref.entity.name,
    country: ref.entity.country,
    span: { start: ref.mention.start, end: ref.mention.end, text: ref.mention.text },
  };
}
