// Whether an arrest or a detention has an object the sentence does not code: someone held, of the arresting side's own country.
import { WEEKDAY_NAMES } from '../../nlp/calendar-words.js';
import type { Doc } from '../../nlp/doc.js';

/** Words of time between an arrest verb and its object ("detained Thursday a former minister", "arrested on Monday six men"). */
const TIME_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'overnight', 'late', 'early', 'last', 'night', 'morning', 'afternoon', 'evening', ...WEEKDAY_NAMES]);

/**
 * Nouns that name no one held of the arresting side's population: "arrested the decline of the dollar", "detained three tankers" (a ship or a cargo held is
 * a seizure of property, CAMEO 171, which the senses file codes; a fall arrested is no detention at all).
 */
const NOT_HELD: ReadonlySet<string> = new Set([
  'decline', 'slide', 'fall', 'drop', 'slump', 'growth', 'trend', 'spread', 'rise', 'deterioration', 'erosion',
  'shipment', 'shipments', 'cargo', 'cargoes', 'goods', 'consignment', 'consignments', 'ship', 'ships', 'vessel', 'vessels',
  'tanker', 'tankers', 'boat', 'boats', 'truck', 'trucks', 'lorry', 'lorries', 'car', 'cars', 'plane', 'planes', 'aircraft',
  // (drugs, arms, money and their measures: a seizure, no one held)
  'kilograms', 'kilogrammes', 'kg', 'tons', 'tonnes', 'pounds', 'grams', 'heroin', 'cocaine', 'drugs', 'narcotics',
  'weapons', 'arms', 'ammunition', 'explosives', 'cash', 'money',
  // (people of another country, unnamed: whose population they are the sentence does not say)
  'foreigner', 'foreigners', 'foreign', 'expatriates', 'tourists',
]);

/**
 * True when the words after an arrest or detention verb at `from` open its object — a noun phrase or a personal pronoun
 * (time words and adverbs before it aside: "detained Thursday a former defence secretary", "arrested six protesters",
 * "arrested him") whose nouns, up to a clause break, a preposition or six words on, name no thing ({@link NOT_HELD}).
 * CAMEO 173 (arrest, detain or charge with legal action) is done to people; police or a government that hold someone the
 * sentence names no country for hold one of their own population (the CAMEO convention for domestic dyads).
 * @param doc the parsed article; `from` the first token after the trigger; `end` the sentence's end token (exclusive)
 * @returns true when an object that names a person or people follows
 */
export function heldPersonAfter(doc: Doc, from: number, end: number): boolean {
  let k = from;
  // ("on" only before a day: "jailed on corruption charges" names what for, no one held)
  while (k < end && (TIME_WORDS.has(doc.lower[k]) || doc.pos[k] === 'ADV' || (doc.lower[k] === 'on' && WEEKDAY_NAMES.has(doc.lower[k + 1] ?? '')))) k++;
  if (k >= end) return false;
  const open = doc.pos[k];
  if (open === 'PRON') return doc.lower[k] !== 'it' && doc.lower[k] !== 'itself';
  if (open !== 'DET' && open !== 'NUM' && open !== 'ADJ' && open !== 'NOUN' && open !== 'PROPN') return false;
  let noun = false;
  for (let j = k; j < Math.min(end, k + 6); j++) {
    const pos = doc.pos[j];
    if (pos !== 'DET' && pos !== 'NUM' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'PUNCT') break;
    if (pos === 'PUNCT' && doc.lower[j] !== '-') break;
    if (NOT_HELD.has(doc.lower[j])) return false;
    if (pos === 'NOUN' || pos === 'PROPN') noun = true;
  }
  return noun;
}
