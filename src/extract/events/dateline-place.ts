import type { Entity } from '../../model/entity.js';
import type { CodedEvent, EventLocation } from '../../model/event.js';
import type { Doc } from '../../nlp/doc.js';
import { PLACE_TYPES } from './actor-roles.js';
import { VISIT_CODES } from './event-place.js';

/**
 * The place a story was filed from, as an event place: the place of the first wire dateline of the article
 * ("JAKARTA, March 2 (Reuters) -"), when the entities layer found a place (GPE, LOC or FAC) there; `from` is
 * 'dateline' and `span` the dateline's place. The GDELT Event Codebook 2.0 (georeferencing fields, ActionGeo_*)
 * geocodes every place reference of the full text and gives the action the one closest to it; when the sentence names
 * no place, the dateline is the story's own reference for where it happened (our reading of that rule: the place the
 * story was filed from, not a place of the text nearer by words but about something else).
 * @param doc the parsed article (its `datelines`, nlp/dateline.ts)
 * @param entities the article's entities
 * @returns the place, or null when the article has no dateline or no place entity is named in it
 */
export function datelinePlace(doc: Doc, entities: readonly Entity[]): EventLocation | null {
  const line = doc.datelines[0];
  if (!line) return null;
  const { start, end } = line.place;
  for (const ent of entities) {
    if (!PLACE_TYPES.has(ent.type)) continue;
    const m = ent.mentions.find((x) => x.kind === 'name' && x.start >= start && x.end <= end);
    if (m) return { name: ent.name, country: ent.country ?? null, span: { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) }, from: 'dateline' };
  }
  return null;
}

/**
 * The events with the dateline's place as the place of each event whose sentence names none (see
 * {@link datelinePlace}), unless the sentence or the actors put it elsewhere ({@link awayFromDateline}: such an
 * event keeps no place); the place's span joins the event's provenance evidence. Events that have a place, and all
 * events when `place` is null, are returned as they are.
 * @param events coded events of one article
 * @param place the article's dateline place, or null
 * @param entities the article's entities (the places its sentences name), none when absent
 * @returns a new array (events given a place are new objects)
 */
export function withDatelinePlace(events: readonly CodedEvent[], place: EventLocation | null, entities: readonly Entity[] = []): CodedEvent[] {
  if (place === null) return [...events];
  return events.map((ev) =>
    ev.location || awayFromDateline(ev, place, entities)
      ? ev
      : {
          ...ev,
          location: place,
          provenance: { ...ev.provenance, evidence: [...(ev.provenance.evidence ?? []), ...(place.span ? [{ start: place.span.start, end: place.span.end }] : [])] },
        },
  );
}

/**
 * Whether an event happened away from its story's dateline, as far as its actors tell: both actors belong to
 * countries (their entities' `country`; an international organisation has none) and neither is the dateline's
 * ("NEW YORK - Iraq said it attacked Iran's Sirri Island", "LONDON - an Iranian gunboat attacked a Panamanian gas
 * carrier"). A dateline is where the reporter files from, not necessarily where the story happened (Reuters Handbook of
 * Journalism, datelines); found in review 22, where 7 of 16 force events away from the wire's city were placed at it.
 * A place named in the sentence is no sign by itself: the countries it names are most often its actors' or their
 * topic ("OTTAWA - Mulroney said talks with the United States progressed").
 * @param ev the event; `place` the dateline's place; `entities` the article's entities
 */
function awayFromDateline(ev: CodedEvent, place: EventLocation, entities: readonly Entity[]): boolean {
  const home = place.country;
  // a visitor is of another country than the host by definition ("BUENOS AIRES - the German president arrived for a visit")
  if (home === null || VISIT_CODES.has(ev.code.slice(0, 3))) return false;
  const countryOf = (id: string | null | undefined) => (id ? (entities.find((x) => x.id === id)?.country ?? null) : null);
  const countries = [countryOf(ev.source.entity), countryOf(ev.target?.entity)];
  if (countries.every((c) => c !== null) && !countries.includes(home)) return true;
  return FORCE_ROOTS.has(ev.rootCode) && placeOfOtherActor(ev, home, countries, entities);
}

/** Root codes of force (CAMEO 18 assault, 19 fight, 20 mass violence): acts done where the fighting is. */
const FORCE_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);

/**
 * Whether the sentence of a force event names a place (not its actors' own mentions) of an actor's country other than
 * the dateline's: "JERUSALEM - … 200 soldiers have been killed fighting the militia" with a zone in southern Lebanon
 * named, "BAGHDAD - … its troops killed Iranians checking a new Tehran offensive": the fighting is in the other country
 * or at a front, not in the city filed from. Found in fresh-eyes review 24 (JERUSALEM given for fighting in Lebanon).
 * @param ev the event; `home` the dateline's country; `countries` the source's and target's countries
 */
function placeOfOtherActor(ev: CodedEvent, home: string, countries: readonly (string | null)[], entities: readonly Entity[]): boolean {
  const own = new Set([ev.source.mention?.start, ev.target?.mention?.start]);
  for (const ent of entities) {
    if (!PLACE_TYPES.has(ent.type) || !ent.country || ent.country === home || !countries.includes(ent.country)) continue;
    if (ent.mentions.some((m) => m.kind === 'name' && m.start >= ev.sentence.start && m.end <= ev.sentence.end && !own.has(m.start))) return true;
  }
  return false;
}
