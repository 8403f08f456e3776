import type { Entity, EntityType, Mention } from '../../model/entity.js';

/** One hand-written entity for unit tests: every occurrence of each surface string becomes a mention. */
export interface EntitySpec {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly actor: string | null;
  readonly country: string | null;
  /** Surface strings; a string starting with "~" is a pronoun, with "=" a nominal description. */
  readonly surfaces: readonly string[];
  /** CAMEO agent when the actor code does not carry it (an office holder named by title alone: actor null, agent "GOV"). */
  readonly agent?: string | null;
}

/**
 * Builds Entity objects for unit tests of the event coder by locating each surface string
 * (whole words, all occurrences) in `text`. Not used in production code.
 * @param text the article text
 * @param specs the entities
 */
export function entitiesFor(text: string, specs: readonly EntitySpec[]): Entity[] {
  const provenance = { component: 'test', version: '0', rule: 'hand-built', confidence: 1 };
  return specs.map((s) => {
    const mentions: Mention[] = [];
    for (const raw of s.surfaces) {
      const kind = raw.startsWith('~') ? 'pronoun' : raw.startsWith('=') ? 'nominal' : 'name';
      const surface = kind === 'name' ? raw : raw.slice(1);
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, kind === 'pronoun' ? 'giu' : 'gu');
      for (const m of text.matchAll(re)) {
        mentions.push({ start: m.index!, end: m.index! + surface.length, text: m[0], kind, provenance });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return {
      id: s.id,
      name: s.name,
      type: s.type,
      actor: s.actor,
      country: s.country,
      agent: s.agent !== undefined ? s.agent : s.actor && s.country && s.actor.length > 3 ? s.actor.slice(3) : null,
      mentions,
      provenance,
    };
  });
}
