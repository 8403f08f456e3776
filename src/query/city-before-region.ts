import type { CodedEvent } from '../model/event.js';

/** One to four capitalised words right before a comma at the end of a text ("… met in Salt Lake City, "). */
const CAPITALISED_BEFORE_COMMA = /((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.'’-]*)\s*,\s*$/u;

/**
 * The city names that may stand before an event place written "City, Region" ("met in Seattle, Washington":
 * the event's location is "Washington", the city "Seattle"), read from the event's sentence right before the
 * location's span: the run of up to four capitalised words that ends at a comma just before the place, and each
 * shorter run ending there, longest first ("In Seattle, Washington" → ["In Seattle", "Seattle"]), for the caller
 * to look up in a gazetteer. Whether the place is a region (a state or a country) is the caller's decision.
 * @param ev an event whose `location.span` and `sentence` are offsets into the same article text (half-open)
 * @returns candidate city names, longest first; [] when the location has no span, the span is not inside the
 *   sentence, or no capitalised word and comma stand right before it
 */
export function cityBeforeRegion(ev: Pick<CodedEvent, 'location' | 'sentence'>): string[] {
  const span = ev.location?.span;
  const sentence = ev.sentence;
  if (!span || !sentence || span.start < sentence.start || span.start > sentence.end) return [];
  const before = sentence.text.slice(0, span.start - sentence.start);
  const m = CAPITALISED_BEFORE_COMMA.exec(before);
  if (!m) return [];
  const words = m[1].split(/\s+/);
  return words.map((_, i) => words.slice(i).join(' '));
}
