import { actorOn, lookupPerson } from './actor-kb.js';
import type { DraftEntity } from './build-entities.js';
import type { EntityResources } from './resources.js';

/**
 * A state that a successor state's places and institutions belonged to before a date
 * (data/actors/predecessor-states.json): before `until`, the successor's country code means the predecessor.
 */
export interface PredecessorState {
  /** The predecessor's CAMEO country code, e.g. "USR". */
  readonly state: string;
  /** The successor's CAMEO country code, e.g. "RUS". */
  readonly successor: string;
  /** The successor's first day as the state its code names (YYYY-MM-DD, exclusive end of the predecessor). */
  readonly until: string;
}

/**
 * Recodes, for an article dated before a succession, the entities coded with the successor's country to the
 * predecessor's: "Moscow" and "the Kremlin" in a 1987 wire story are the Soviet government (USRGOV, not RUSGOV),
 * "Russia" and "Russian" the Soviet Union as news wrote it then. A person keeps an office-holder code the dated
 * office-holder list gives for that day (a Russian republic official in 1991 stays RUS). Without a date nothing
 * changes. Events take their actors from these entities, so their codes follow.
 * @param drafts the article's entities, changed in place (`actor`, `country`)
 * @param res entity resources (`predecessorStates`, `actors`)
 * @param date the article's publication date (YYYY-MM-DD…) or null
 */
export function applyPredecessorStates(drafts: DraftEntity[], res: EntityResources, date: string | null): void {
  if (!date || res.predecessorStates.length === 0) return;
  const day = date.slice(0, 10);
  for (const s of res.predecessorStates) {
    if (day >= s.until) continue;
    for (const d of drafts) {
      if (d.country !== s.successor) continue;
      if (d.type === 'PERSON' && holdsSuccessorOffice(d, res, date, s.successor)) continue;
      d.country = s.state;
      if (d.actor?.startsWith(s.successor)) d.actor = s.state + d.actor.slice(s.successor.length);
    }
  }
}

/** Whether the dated office-holder list gives the person an office of the successor state on the date. */
function holdsSuccessorOffice(d: DraftEntity, res: EntityResources, date: string, successor: string): boolean {
  const known = lookupPerson(res.actors, d.name, date);
  const dated = known ? actorOn(known, date) : null;
  return dated !== null && dated.basis === 'in-office' && dated.actor.startsWith(successor);
}
