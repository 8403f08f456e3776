/**
 * Per entity, the starts of its mentions in order, kept up to date as mentions are added, so that "the entity's
 * latest mention before this one" costs O(log n) instead of a scan of all its mentions. buildEntities asked that of
 * every short person mention ("Mr Smith", "Smith") for every person it fits: an article of 100,000 "Smith, " cost 49 s
 * (3.1 s for 25,000), all of it in that scan.
 */

/** What is read of an entity: its mentions, to which mentions are only appended between two questions. */
export interface MentionHolder<M extends { start: number }> {
  readonly mentions: readonly M[];
}

/** Answers about the mentions of entities whose mention lists grow (see {@link createMentionRecency}). */
export interface MentionRecency<E, M> {
  /** The greatest start of a mention of `entity` before `start` (a character offset), or null when none is before it. */
  latestBefore(entity: E, start: number): number | null;
  /** Whether some mention of `entity` satisfies the predicate given to {@link createMentionRecency}. */
  anyFlagged(entity: E): boolean;
}

interface State {
  /** mentions already read from the entity's list */
  seen: number;
  /** their starts, ascending */
  starts: number[];
  flagged: boolean;
}

/**
 * An index of the mention starts of entities whose mention lists are only appended to (mentions are read lazily,
 * from where the last question stopped). A start at or after the greatest so far, as in document order, costs O(1);
 * another is inserted in place.
 * @param flag a property of single mentions that {@link MentionRecency.anyFlagged} reports per entity
 * @returns the index; it holds its own state (one per buildEntities call)
 */
export function createMentionRecency<M extends { start: number }, E extends MentionHolder<M>>(flag: (m: M) => boolean): MentionRecency<E, M> {
  const states = new Map<E, State>();
  const update = (entity: E): State => {
    let s = states.get(entity);
    if (!s) {
      s = { seen: 0, starts: [], flagged: false };
      states.set(entity, s);
    }
    const list = entity.mentions;
    for (; s.seen < list.length; s.seen++) {
      const m = list[s.seen];
      const starts = s.starts;
      if (starts.length === 0 || m.start >= starts[starts.length - 1]) starts.push(m.start);
      else starts.splice(firstAbove(starts, m.start), 0, m.start);
      if (!s.flagged && flag(m)) s.flagged = true;
    }
    return s;
  };
  return {
    latestBefore(entity, start) {
      const starts = update(entity).starts;
      const i = firstAtOrAbove(starts, start);
      return i > 0 ? starts[i - 1] : null;
    },
    anyFlagged(entity) {
      return update(entity).flagged;
    },
  };
}

/** Index of the first element > x in an ascending array (its length when none). */
function firstAbove(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first element ≥ x in an ascending array (its length when none). */
function firstAtOrAbove(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
