import type { Analysis } from '../model/analysis.js';

/**
 * An event side whose entity the event coder made itself rather than the entities stage: the people of a place
 * ("hundreds of protesters rallied in Kyiv": id `E1~crowd`, extract/events/actor-roles.ts asCrowd), the domestic target
 * of a domestic act (`E3~domestic-UKRGOV`, actor-roles.ts domesticTarget), an unnamed group known by its noun and the
 * place after it ("demonstrators in Minsk": `group@17`, the noun's token index; unnamed-group.ts). The stored id is
 * kept as it is (it is the side's provenance); this reads it back for `explain`.
 */
export type DerivedActor =
  | { kind: 'crowd'; base: string }
  | { kind: 'domestic'; base: string; actor: string }
  | { kind: 'group'; token: number };

/**
 * Reads an event side's entity id made by the event coder ({@link DerivedActor}); null for an id of the entities stage
 * ("E17") or one of no known form.
 * @param id the side's `entity` id as stored
 */
export function parseDerivedActor(id: string): DerivedActor | null {
  let m = /^(.+)~crowd$/.exec(id);
  if (m) return { kind: 'crowd', base: m[1] };
  m = /^(.+)~domestic-([A-Z]{3,})$/.exec(id);
  if (m) return { kind: 'domestic', base: m[1], actor: m[2] };
  m = /^group@(\d+)$/.exec(id);
  if (m) return { kind: 'group', token: Number(m[1]) };
  return null;
}

/**
 * What an event-coder entity id stands for, in words, for `explain`: "E1~crowd" → `the people of entity E1 Kyiv (GPE),
 * an actor the event coder knows by its place (id E1~crowd)`. Null when the id is not one of {@link DerivedActor}.
 * @param analysis the article's analysis (for the entity the id is derived from)
 * @param id the side's `entity` id as stored
 * @returns one line of text, and the id of the article entity it is derived from (null for an unnamed group) so that the
 *   caller can show that entity's resolution
 */
export function describeDerivedActor(analysis: Analysis, id: string): { line: string; base: string | null } | null {
  const d = parseDerivedActor(id);
  if (!d) return null;
  if (d.kind === 'group') {
    return { line: `an unnamed group the event coder knows by its noun and the place named after it, not an entity of the article (id ${id})`, base: null };
  }
  const base = analysis.entities.find((e) => e.id === d.base);
  const named = base ? `entity ${base.id} ${base.name} (${base.type})` : `entity ${d.base}`;
  if (d.kind === 'crowd') return { line: `the people of ${named}, an actor the event coder knows by its place (id ${id})`, base: base ? base.id : null };
  const whose = d.actor.length === 3 ? `the country ${d.actor}` : `the government ${d.actor}`;
  return { line: `${whose}, the domestic target the event coder inferred from ${named} (id ${id})`, base: base ? base.id : null };
}
