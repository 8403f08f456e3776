// The shapes of a candidate event as the coder builds it (before it is written out as a CodedEvent), and small helpers on them.
import type { ActorChunk, ActorRef } from './actor-chunks.js';
import type { CompiledRule, Slot } from './verb-lexicon.js';

/** A candidate event before it is written out. */
export interface Candidate {
  rule: CompiledRule;
  ruleId: string;
  code: string;
  trigger: number;
  triggerEnd: number;
  sources: ActorRef[];
  sourceSlot: Slot | 'passive' | null;
  targets: ActorRef[];
  targetSlot: Slot | 'reciprocal' | null;
  reciprocal: boolean;
  negated: boolean;
  confidence: number;
  weak: boolean;
  /** In a participle, gerund, purpose or relative clause: coded only when the sentence has no main-clause event. */
  secondary: boolean;
  /**
   * For a reciprocal "between" phrase whose sides are known: how many of `sources` (in text order) form the first
   * side ("talks between Chile and Peru, Bolivia and Ecuador" → 1); the pairs then only cross sides. −1: every pair.
   */
  firstSide: number;
}

/** The code of a verb trigger as the steps of {@link verbCandidate} refine it (one object, one shape). */
export interface VerbCoding {
  code: string;
  ruleId: string;
  confidence: number;
  /** The rule whose target slots pick the target: the trigger's, or a controlled complement's ("threatened to ban X"). */
  targetRule: CompiledRule;
  /** First token the complement's target may start at (used when `targetRule` is the complement's). */
  targetFrom: number;
  /** The controlled complement's token and rule (−1 and null when none was coded). */
  complementAt: number;
  complementRule: CompiledRule | null;
}

/** The actors of a verb trigger as the steps of {@link verbCandidate} find them (one object, one shape). */
export interface VerbRoles {
  sources: ActorRef[];
  targets: ActorRef[];
  sourceSlot: Candidate['sourceSlot'];
  targetSlot: Candidate['targetSlot'];
  /** The subject is that of a complement clause ("… said that Y attacked Z"). */
  complementClause: boolean;
}

/** The heads of an actor phrase, copied (none for no phrase). */
export const headsOf = (ch: ActorChunk | null): ActorRef[] => (ch ? [...ch.heads] : []);

/** True when all the actors come from one mention naming them together ("the two leaders", "both sides"). */
export const oneJointMention = (refs: readonly ActorRef[]): boolean =>
  refs.length > 1 && refs.every((r) => r.mention.start === refs[0].mention.start && r.mention.end === refs[0].mention.end);

/** The country an actor belongs to: its entity's country, else the first three letters of its actor code. */
export const homeOf = (r: ActorRef): string | null => r.entity.country ?? r.actor?.slice(0, 3) ?? null;

/** The (source, target) pairs of a candidate: each source with each other target (or none), or each ordered pair of its sources when reciprocal. */
export function candidatePairs(c: Candidate): [ActorRef, ActorRef | null][] {
  const pairs: [ActorRef, ActorRef | null][] = [];
  if (c.reciprocal && c.firstSide >= 0) {
    // "between A and B, C and D": each party of one side with each of the other, both ways, never within a side
    const left = c.sources.slice(0, c.firstSide);
    const right = c.sources.slice(c.firstSide);
    for (const a of left) for (const b of right) if (a.entity.id !== b.entity.id) pairs.push([a, b], [b, a]);
  } else if (c.reciprocal) {
    for (const a of c.sources) for (const b of c.sources) if (a !== b && a.entity.id !== b.entity.id) pairs.push([a, b]);
  } else {
    for (const s of c.sources) {
      if (c.targets.length === 0) pairs.push([s, null]);
      for (const tg of c.targets) if (tg.entity.id !== s.entity.id) pairs.push([s, tg]);
    }
  }
  return pairs;
}
