import type { EventFilter, Store, StoredEvent } from '../store/store.js';

/**
 * Whether an actor code falls under a dyad side: the side is the code itself or a prefix of it, as CAMEO codes nest in
 * three-letter segments (CAMEO manual 1.1b3, ch. 3: "USA" holds "USAGOV" and "USAMIL", "USAGOV" holds "USAGOVLEG";
 * "IGO" holds "IGOUNO" and "IGOEUREEC"). Sides are whole segments (3, 6, 9… letters), so a prefix never cuts one.
 * @param actor an event's source or target actor code (null when the event has none)
 * @param side an upper-case actor code of 3, 6, 9… letters
 */
export function actorUnder(actor: string | null | undefined, side: string): boolean {
  return actor != null && actor.startsWith(side);
}

/**
 * Whether an event belongs to a dyad of actor codes: its source under the first side and its target under the second,
 * or (unless `directed`) the reverse (see {@link actorUnder}).
 * @param ev the event's source and target actor codes
 * @param dyad two upper-case actor codes of 3, 6, 9… letters, e.g. ["USAGOV", "JPNGOV"] or ["USA", "IGOUNO"]
 */
export function inActorDyad(ev: { source: { actor: string | null }; target?: { actor: string | null } | null }, dyad: readonly [string, string], directed = false): boolean {
  const s = ev.source.actor;
  const t = ev.target?.actor ?? null;
  return (actorUnder(s, dyad[0]) && actorUnder(t, dyad[1])) || (!directed && actorUnder(s, dyad[1]) && actorUnder(t, dyad[0]));
}

/**
 * Store.listEvents for a dyad of actor codes longer than a country's three letters ("USAGOV-JPNGOV": government to
 * government, "USA-IGOUNO": the United States and the UN), matched by prefix ({@link inActorDyad}). The store is asked
 * for the events of the codes' first three letters (its indexed country columns: "USA", "IGO"), which this narrows
 * to the actors; a dyad of two three-letter codes is passed to the store as it is. `limit` applies after the
 * narrowing, so it still counts the dyad's events.
 * @param store the store to read (SQLite or PostgreSQL)
 * @param filter as Store.listEvents takes it, with a dyad of codes of 3, 6, 9… letters (any case); `limit` 0 or absent:
 *   every event
 * @returns the dyad's events, in the store's order
 * @throws what Store.listEvents throws
 */
export async function listDyadEvents(store: Pick<Store, 'listEvents'>, filter: EventFilter & { dyad: [string, string] }): Promise<StoredEvent[]> {
  const { limit } = filter;
  // codes in any case, as the store reads them ("usagov" is USAGOV); a limit of 0 is every row, as for the store
  const dyad: [string, string] = [filter.dyad[0].toUpperCase(), filter.dyad[1].toUpperCase()];
  if (dyad[0].length === 3 && dyad[1].length === 3) return store.listEvents({ ...filter, dyad });
  const events = await store.listEvents({ ...filter, dyad: [dyad[0].slice(0, 3), dyad[1].slice(0, 3)], limit: undefined });
  const kept = events.filter((ev) => inActorDyad(ev, dyad, filter.directed === true));
  return limit === undefined || limit === 0 ? kept : kept.slice(0, Math.max(0, Math.floor(limit)));
}
