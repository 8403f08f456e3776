import type { Entity } from '../../model/entity.js';
import type { CodedEvent, EventLocation } from '../../model/event.js';
import type { Doc } from '../../nlp/doc.js';
import { PLACE_TYPES } from './actor-roles.js';

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
 * {@link datelinePlace}); the place's span joins the event's provenance evidence. Events that have a place, and all
 * events when `place` is null, are returned as they are.
 * @param events coded events of one article
 * @param place the article's dateline place, or null
 * @returns a new array (events given a place are new objects)
 */
export function withDatelinePlace(events: readonly CodedEvent[], place: EventLocation | null): CodedEvent[] {
  if (place === null) return [...events];
  return events.map((ev) =>
    ev.location
      ? ev
      : {
          ...ev,
          location: place,
          provenance: { ...ev.provenance, evidence: [...(ev.provenance.evidence ?? []), ...(place.span ? [{ start: place.span.start, end: place.span.end }] : [])] },
        },
  );
}
