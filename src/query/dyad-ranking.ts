import type { CodedEvent } from '../model/event.js';
import { CAMEO_TRANSNATIONAL_CODES } from '../resources/cameo-actor-slots.js';

/** One dyad of {@link rankDyads}: its events summed over the whole range asked for. */
export interface DyadTotal {
  /**
   * The two sides: country codes (the first three letters of the actor codes), for a transnational actor its first six
   * ("IGOUNO"); source first when directed, else sorted.
   */
  dyad: [string, string];
  /** Events (each counted once, as `dyad` counts them: see groupEventMentions). */
  events: number;
  /** Coded events they stand for (their `mentions`; 1 each when not given). */
  mentions: number;
  /** Events per QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: [number, number, number, number];
  /** Sum of the events' Goldstein scores (−10…+10 each), rounded to 0.01. */
  goldsteinSum: number;
  /** Mean Goldstein score, rounded to 0.01. */
  goldsteinMean: number;
}

/**
 * The most active dyads of a set of events: events grouped by the country codes of their source and target actors
 * ("USAGOV" → USA; an international organisation by its first two segments, "IGOUNOWHO" → IGOUNO, as CAMEO's
 * country slot IGO holds them all), each pair with its event count,
 * QuadClass counts and Goldstein sum and mean — the overview an ICEWS or GDELT user starts from before asking
 * `detente dyad` for one pair's series. Events without a target, or without an actor code on either side, belong to
 * no dyad and are left out. Domestic pairs (USA–USA) are dyads too, as in ICEWS.
 * @param events events (one per event: merge repeats first, see groupEventMentions); `mentions`: how many coded events
 *   each stands for (default 1)
 * @param options `directed`: source→target pairs kept apart (default false: USA→CHN and CHN→USA are one dyad);
 *   `top`: at most this many dyads (default all)
 * @returns dyads by events, most first; ties by mentions, then by the codes
 */
export function rankDyads(
  events: readonly (Pick<CodedEvent, 'source' | 'target' | 'quadClass' | 'goldstein'> & { mentions?: number })[],
  { directed = false, top }: { directed?: boolean; top?: number } = {},
): DyadTotal[] {
  const totals = new Map<string, DyadTotal>();
  for (const ev of events) {
    const a = countryOf(ev.source.actor);
    const b = countryOf(ev.target?.actor);
    if (a === null || b === null) continue;
    const dyad: [string, string] = directed || a <= b ? [a, b] : [b, a];
    const key = dyad.join('-');
    let t = totals.get(key);
    if (!t) {
      t = { dyad, events: 0, mentions: 0, quadClass: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: 0 };
      totals.set(key, t);
    }
    t.events++;
    t.mentions += ev.mentions ?? 1;
    t.quadClass[ev.quadClass - 1]++;
    t.goldsteinSum += ev.goldstein;
  }
  const ranked = [...totals.values()];
  for (const t of ranked) {
    t.goldsteinMean = Math.round((t.goldsteinSum / t.events) * 100) / 100;
    t.goldsteinSum = Math.round(t.goldsteinSum * 100) / 100;
  }
  ranked.sort((x, y) => y.events - x.events || y.mentions - x.mentions || x.dyad.join('-').localeCompare(y.dyad.join('-')));
  return top === undefined ? ranked : ranked.slice(0, top);
}

/**
 * The dyad side of an actor code: its country slot (first three letters), and for a transnational actor (IGO, NGO,
 * MNC…) the segment after it too ("IGOUNO", "IGOEUR"), so that the UN and the EU are not one "IGO"; null when the code
 * has none.
 */
function countryOf(actor: string | null | undefined): string | null {
  if (actor == null || !/^[A-Z]{3}/.test(actor)) return null;
  return CAMEO_TRANSNATIONAL_CODES.has(actor.slice(0, 3)) && /^[A-Z]{6}/.test(actor) ? actor.slice(0, 6) : actor.slice(0, 3);
}
