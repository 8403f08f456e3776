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

/** Where a raw mention stands: char span, token range, sentence index and evidence spans. */
export type MentionPlace = Pick<RawMention, 'start' | 'end' | 'tokStart' | 'tokEnd' | 'sentence' | 'evidence'>;

/** What a raw mention names and why; the optional fields default to none (null, empty, false). */
export type MentionFacts = Pick<RawMention, 'kind' | 'type' | 'key' | 'name' | 'actor' | 'country' | 'agent' | 'rule' | 'confidence'> &
  Partial<Pick<RawMention, 'role' | 'categories' | 'gender' | 'personTokens' | 'weak'>>;

const NO_WORDS: readonly string[] = [];

/**
 * Builds a raw mention from its place and facts. Every rule builds its mentions here, so they all have
 * one property layout (V8 keeps one hidden class for them, which the entity rules' hot loops rely on)
 * and the defaults live in one place: role, gender null; categories, personTokens empty (shared, never
 * mutated); weak false.
 * @param place span, token range, sentence, evidence
 * @param facts type, key, name, actor codes, rule id, confidence and the optional fields
 * @returns a new RawMention
 */
export function rawMention(place: MentionPlace, facts: MentionFacts): RawMention {
  return {
    start: place.start,
    end: place.end,
    tokStart: place.tokStart,
    tokEnd: place.tokEnd,
    sentence: place.sentence,
    kind: facts.kind,
    type: facts.type,
    key: facts.key,
    name: facts.name,
    actor: facts.actor,
    country: facts.country,
    agent: facts.agent,
    role: facts.role ?? null,
    categories: facts.categories ?? NO_WORDS,
    gender: facts.gender ?? null,
    personTokens: facts.personTokens ?? NO_WORDS,
    weak: facts.weak ?? false,
    rule: facts.rule,
    confidence: facts.confidence,
    evidence: place.evidence,
  };
}

/**
 * A copy of a raw mention with some facts changed, as `{ ...m, ...changes }`, but built by {@link rawMention}'s one
 * object literal, so that every copy keeps the one property layout: an object spread makes its copy with another
 * hidden class, and with copies made by some 40 correction steps the mentions took over 40 hidden classes, which
 * made the property reads in the entity rules' loops megamorphic.
 * @param m the mention (not modified)
 * @param changes the facts that differ (they win, as in a spread)
 * @returns a new RawMention
 */
export function copyMention(m: RawMention, changes: Partial<RawMention>): RawMention {
  return Object.assign(rawMention(m, m), changes);
}

/**
 * Rules whose person mention rests only on a given name, the NER tagger or capitalisation — no title,
 * honorific, role or known-person entry — so that a later correction may retype or drop it ("Mount Hood",
 * "Georgia Tech", "Developer Tools"). Shared by place-word-persons.ts, tech-names.ts and common-word-persons.ts.
 */
export const GUESSED_PERSON_RULES: ReadonlySet<string> = new Set(['given-name', 'given-name-alone', 'capitalised-name', 'ner-tagger', 'ner-tagger+name', 'ner-repeat']);

/**
 * Rules that vouch for a name by knowledge, a title or an honorific (a known organisation or person, a titled
 * person, "Mr …", an acronym defined in the text): the corrections that retype a name as a thing — a prize, a
 * contest, a holiday — leave such a mention alone. Shared by prize-names.ts and holiday-names.ts.
 */
export const VOUCHED_NAME_RULES: ReadonlySet<string> = new Set(['known-organisation', 'known-person', 'titled-person', 'honorific-name', 'acronym']);

/**
 * A guessed person's name mention retyped as another kind of name (a business, a place, a university): keyed by
 * the new type and lower-case name, with no person tokens or gender, and the rule that retyped it; other facts kept.
 * @param m the mention (not modified)
 * @param type the new entity type
 * @param rule the correction's rule id (provenance)
 * @returns a new mention
 */
export function retypedFromPerson(m: RawMention, type: RawMention['type'], rule: string): RawMention {
  return copyMention(m, { type, key: `${type}|${m.name.toLowerCase()}`, personTokens: [], gender: null, rule });
}

/**
 * A name mention retyped as a thing that is no actor — a law or prize (`OTHER`), a contest or holiday (`EVENT`) —
 * with no actor code, country, agent, role, gender or person tokens, and the rule that retyped it.
 * @param m the mention (not modified)
 * @param type 'OTHER' or 'EVENT'
 * @param rule the correction's rule id (provenance)
 * @returns a new mention keyed by type and lower-case name, like every name mention
 */
export function retypedAsThing(m: RawMention, type: 'OTHER' | 'EVENT', rule: string): RawMention {
  return copyMention(retypedFromPerson(m, type, rule), { actor: null, country: null, agent: null, role: null });
}
