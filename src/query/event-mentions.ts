import type { StoredEvent } from '../store/store.js';

/** One event of an article with how many times the article reports it. */
export interface EventMentions {
  /** The first coded mention in text order (its id, sentence and trigger stand for the group). */
  readonly event: StoredEvent;
  /** How many coded events of the same article it stands for (GDELT's NumMentions), at least 1. */
  readonly mentions: number;
}

/**
 * Groups the events of each article that report the same thing: the same source and target actor codes, CAMEO
 * code, date and place — a headline and its first paragraph, or a story repeating its news lower down. GDELT
 * records such repeats as one event and counts them in NumMentions ("the total number of mentions of this event
 * across all source documents", GDELT 2.0 Event Codebook); within one article that is the group's size, and
 * NumArticles stays 1. Events of different articles are never grouped (the store has no cross-article event
 * identity). Groups keep the order of their first event.
 * @param events stored events (any order; each article's events are grouped wherever they appear)
 * @returns one entry per group
 */
export function groupEventMentions(events: readonly StoredEvent[]): EventMentions[] {
  const groups = new Map<string, { event: StoredEvent; mentions: number }>();
  for (const ev of events) {
    const key = JSON.stringify([ev.articleId, ev.source?.actor ?? null, ev.target?.actor ?? null, ev.code, ev.date, ev.location?.name ?? null]);
    const group = groups.get(key);
    if (group) group.mentions++;
    else groups.set(key, { event: ev, mentions: 1 });
  }
  return [...groups.values()];
}
