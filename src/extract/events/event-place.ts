// Where an event happens: a visited place, else the nearest place phrase after in/at/near.
import type { EventLocation } from '../../model/event.js';
import type { Doc } from '../../nlp/doc.js';
import { POSSESSIVE_MARKS, type ActorChunk, type ActorIndex, type ActorRef } from './actor-chunks.js';
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
    const prep = ch.prep ?? prepOverModifiers(doc, ch.first);
    if (prep === null || !LOCATION_PREPS.has(prep)) continue;
    const head = ch.heads.find((h) => PLACE_TYPES.has(h.entity.type)) ?? null;
    const named = namedPlace(doc, index, ch, head);
    if (!named) continue;
    const place = cityBeforeRegion(doc, index, ch, named);
    if (ch.first > c.trigger) {
      if (inGerundClause(doc, c.triggerEnd, ch.first)) continue;
      // "rallied outside the embassy here on Friday to urge … wanted in Norway": "here" is the dateline's place
      if (hereBetween(doc, c.trigger, ch.first)) return null;
      return placeOf(place);
    }
    before = place;
  }
  return before ? placeOf(before) : null;
}

/** Words between a preposition and a place name that the tagger may read as nouns: "in downtown Istanbul". */
const PLACE_MODIFIERS: ReadonlySet<string> = new Set(['downtown', 'uptown', 'suburban', 'rural', 'coastal', 'central', 'northern', 'southern', 'eastern', 'western', 'the']);

/**
 * The preposition before a place phrase that actorChunks gives none, over at most two place modifiers ("marched in
 * downtown Istanbul": the tagger reads "downtown" as a noun, so the phrase had no preposition and the march was placed
 * in a province named later; fresh-eyes review 24). Null when none.
 */
function prepOverModifiers(doc: Doc, first: number): string | null {
  let k = first - 1;
  while (k >= 0 && first - k <= 2 && PLACE_MODIFIERS.has(doc.lower[k])) k--;
  return k >= 0 && k < first - 1 ? doc.lower[k] : null;
}

/**
 * The place the preposition names: the chunk's first mention when it is a place ("talks in Lisbon of its trade
 * partners - Ruritania, Freedonia …": Lisbon, not the group head Freedonia; "near Ostrov, west of Velgrad": Ostrov),
 * or a place it names a part of ("the West Bank city of Nablus", "Gaza's Beit Hanoun town": a few lower-case words
 * and "of", or a possessive, lead to the next place); the chunk's head otherwise. The first place counts even when
 * the chunk's head is none ("in downtown Istanbul, burning Serbian flags" heads with the nationality), and keeps its
 * own country, none when the gazetteer knows none (Fallujah). Null when the chunk names no place. Found in fresh-eyes review 24: 3 of 8 wrong places were a later place of the chunk.
 */
function namedPlace(doc: Doc, index: ActorIndex, ch: ActorChunk, head: ActorRef | null): ActorRef | null {
  const m = index.mentionAt[ch.first];
  if (m < 0 || !PLACE_TYPES.has(index.refs[m].entity.type)) return head;
  let place = index.refs[m];
  // "in Hamburg, Russia": a place of another country after the comma is an apposition of its own (cityBeforeRegion)
  const after = place.endToken + 1 < ch.end && doc.lower[place.endToken] === ',' ? index.mentionAt[place.endToken + 1] : -1;
  const country = after < 0 ? null : index.refs[after].entity.country;
  if (head && country && place.entity.country && country !== place.entity.country) return head;
  for (;;) {
    let k = place.endToken;
    // "Gaza's Beit Hanoun town", "China's western Xinjiang region": a possessor place and a few words before the part
    const possessor = k < ch.end && POSSESSIVE_MARKS.has(doc.lower[k]);
    if (possessor) k++;
    const from = k;
    while (k < ch.end && k - from < 3 && index.mentionAt[k] < 0 && /^\p{Ll}+$/u.test(doc.text.slice(doc.starts[k], doc.ends[k])) && doc.lower[k] !== 'of') k++;
    if (!possessor) {
      if (k === from || doc.lower[k] !== 'of') break;
      k++;
    }
    const next = k < ch.end ? index.mentionAt[k] : -1;
    if (next < 0 || !PLACE_TYPES.has(index.refs[next].entity.type) || index.refs[next] === place) break;
    place = index.refs[next];
  }
  return place;
}

/** Whether "here" stands between the trigger and a place phrase after it (at most 8 tokens after the trigger). */
function hereBetween(doc: Doc, trigger: number, first: number): boolean {
  for (let k = trigger + 1; k < first && k <= trigger + 8; k++) if (doc.lower[k] === 'here') return true;
  return false;
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
