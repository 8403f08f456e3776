import type { EntityType, MentionKind } from '../../model/entity.js';

/**
 * A mention found by the rules before entities are built: char span, token range, what it names and why.
 * `key` groups mentions of one non-person entity ("GPE|USA"); persons are grouped by name in
 * build-entities.ts (`personTokens` holds the lower-case name tokens without honorific).
 */
export interface RawMention {
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  sentence: number;
  kind: MentionKind;
  type: EntityType;
  key: string;
  name: string;
  actor: string | null;
  country: string | null;
  agent: string | null;
  role: string | null;
  categories: readonly string[];
  gender: 'male' | 'female' | null;
  /** Lower-case name tokens of a person mention; empty for other types. */
  personTokens: readonly string[];
  /** True when the name was only guessed to be a name (no title, honorific or cue). */
  weak: boolean;
  rule: string;
  confidence: number;
  evidence: { start: number; end: number }[];
}
