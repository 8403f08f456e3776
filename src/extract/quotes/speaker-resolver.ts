import type { Entity, EntityType, MentionKind } from '../../model/entity.js';

/** The entity a speaker span resolves to, with the mention that decided it. */
export interface ResolvedSpeaker {
  readonly entity: string;
  readonly name: string;
  readonly actor: string | null;
  readonly mention: { readonly start: number; readonly end: number; readonly kind: MentionKind };
}

/** Looks up entities by character span: who owns a speaker mention, which entities a quote mentions. */
export interface SpeakerResolver {
  /**
   * The entity owning a mention that overlaps the head `[headStart, headEnd)` of a speaker phrase
   * `[start, end)` (people and organisations first); null when none does: a possessor ("Mr Blair's
   * spokesman") is not the speaker, and a pronoun the entity layer did not resolve stays unresolved.
   */
  resolve(start: number, end: number, headStart: number, headEnd: number): ResolvedSpeaker | null;
  /** Ids of the entities with a mention inside `[start, end)`, in order of first mention. */
  mentionedIn(start: number, end: number): string[];
  /** Whether entity `entity` has a name mention (not a pronoun or description) inside `[start, end)`. */
  namedIn(entity: string, start: number, end: number): boolean;
  /** The entity with id `entity`, or null for an id the article does not hold. */
  byId(entity: string): Entity | null;
  /**
   * The actor code an unnamed speaker phrase `[start, end)` speaks for: the coded organisation, country or
   * person named inside it ("a spokesman for India's foreign ministry" → INDGOV, "Indian army officials" →
   * INDMIL, "Mr Blair's spokesman" → Blair's code), the longest such mention winning; null when none. This is
   * GDELT's and PETRARCH's practice of coding an official by the body he speaks for; the speaker's `entity`
   * stays null here (extract-quotes then resolves a spokesperson to the body: represented-speaker.ts). When no mention inside carries an actor code, a place inside gives
   * its country ("officials in Beijing" → CHN, "critics in Texas" → USA: the entities layer codes a city with its
   * country but no actor), as CAMEO codes an actor of no stated body by its country.
   */
  affiliation(start: number, end: number): string | null;
  /**
   * {@link SpeakerResolver.affiliation} with where the code came from: `countryOnly` when it is a bare country code,
   * from a place inside the phrase or a country mention coded with its country alone ("officials in Beijing",
   * "officials from China"), which the phrase's head may complete with an agent (group-speaker-actor.ts).
   */
  codedAffiliation(start: number, end: number): { readonly actor: string; readonly countryOnly: boolean } | null;
  /**
   * The actor code of the latest mention in `[from, before)` of an entity coded as a government (a country code and the
   * agent GOV: "the Chinese government" CHNGOV, "Beijing" as the seat of power, a head of government), or null —
   * also null when the window names the governments of two countries ("the American president met the Chinese
   * president … Officials said": whose officials cannot be told). Pronoun mentions count as their entity's.
   */
  latestGovernment(from: number, before: number): string | null;
}

interface FlatMention {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  readonly entity: Entity;
}

const TYPE_RANK: Partial<Record<EntityType, number>> = { PERSON: 0, ORG: 1, NORP: 2, GPE: 3 };

/**
 * Indexes the entity layer's mentions (sorted by start) for span lookups.
 * @param entities the entities of one article, each with its mentions (name, pronoun, nominal)
 */
export function createSpeakerResolver(entities: readonly Entity[]): SpeakerResolver {
  const flat: FlatMention[] = [];
  for (const e of entities) for (const m of e.mentions) flat.push({ start: m.start, end: m.end, kind: m.kind, entity: e });
  flat.sort((a, b) => a.start - b.start || b.end - a.end);
  let maxLen = 0;
  for (const m of flat) maxLen = Math.max(maxLen, m.end - m.start);

  /** Mentions overlapping [start, end). */
  function overlapping(start: number, end: number): FlatMention[] {
    let lo = 0;
    let hi = flat.length;
    const from = start - maxLen;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (flat[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: FlatMention[] = [];
    for (let k = lo; k < flat.length && flat[k].start < end; k++) if (flat[k].end > start) out.push(flat[k]);
    return out;
  }

  function best(ms: FlatMention[]): FlatMention | null {
    let pick: FlatMention | null = null;
    for (const m of ms) {
      if (!pick) pick = m;
      else {
        const rm = TYPE_RANK[m.entity.type] ?? 9;
        const rp = TYPE_RANK[pick.entity.type] ?? 9;
        if (rm < rp) pick = m;
      }
    }
    return pick;
  }

  /** See {@link SpeakerResolver.codedAffiliation}. */
  function codedAffiliation(start: number, end: number): { actor: string; countryOnly: boolean } | null {
    let pick: FlatMention | null = null;
    let place: FlatMention | null = null;
    for (const m of overlapping(start, end)) {
      if (m.start < start || m.end > end || m.kind === 'pronoun') continue;
      if (!m.entity.actor) {
        if ((m.entity.type === 'GPE' || m.entity.type === 'LOC') && m.entity.country && !place) place = m;
        continue;
      }
      if (!pick || m.end - m.start > pick.end - pick.start) pick = m;
    }
    const actor = pick?.entity.actor;
    if (pick && actor) return { actor, countryOnly: pick.entity.type === 'GPE' && actor === pick.entity.country };
    return place && place.entity.country ? { actor: place.entity.country, countryOnly: true } : null;
  }

  return {
    resolve(start, end, headStart, headEnd) {
      // only a mention over the head decides: "Mr Blair's official spokesman" is not Mr Blair; when the head found
      // is no mention's ("Mr Cook argued", "Cook" tagged a verb and "Mr" taken for the head), a name right after the
      // head that ends the speaker phrase does ("Mr Cook"; not "a spokesman for Ruritania's foreign ministry")
      const m =
        best(overlapping(headStart, headEnd)) ??
        best(overlapping(start, end).filter((x) => x.kind === 'name' && x.start >= headEnd && x.start - headEnd <= 1 && x.end === end));
      if (!m) return null;
      return {
        entity: m.entity.id,
        name: m.entity.name,
        actor: m.entity.actor,
        mention: { start: m.start, end: m.end, kind: m.kind },
      };
    },
    affiliation(start, end) {
      return codedAffiliation(start, end)?.actor ?? null;
    },
    codedAffiliation,
    latestGovernment(from, before) {
      let code: string | null = null;
      for (const m of overlapping(from, before)) {
        if (m.start < from || m.end > before) continue;
        const a = m.entity.actor;
        if (a && a.length === 6 && a.endsWith('GOV') && a.startsWith(m.entity.country ?? '\u0000')) {
          if (code !== null && code !== a) return null;
          code = a;
        }
      }
      return code;
    },
    namedIn(entity, start, end) {
      return overlapping(start, end).some((m) => m.entity.id === entity && m.kind === 'name' && m.start >= start && m.end <= end);
    },
    byId(entity) {
      return entities.find((e) => e.id === entity) ?? null;
    },
    mentionedIn(start, end) {
      const ids: string[] = [];
      for (const m of overlapping(start, end)) {
        if (m.start >= start && m.end <= end && !ids.includes(m.entity.id)) ids.push(m.entity.id);
      }
      return ids;
    },
  };
}
