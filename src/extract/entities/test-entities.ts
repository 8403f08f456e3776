// Test support only (excluded from the build by tsconfig.build.json): the parse-and-extract set-up of the entity tests.
import type { Entity } from '../../model/entity.js';
import { createNlp, type Nlp } from '../../nlp/nlp.js';
import { extractEntities } from './extract-entities.js';
import { loadEntityResources, type EntityResources } from './resources.js';

/** What {@link createEntityRunner} returns: `run(text, date?)`, with the parser and resources it uses. */
export type EntityRunner = ((text: string, date?: string | null) => Entity[]) & { readonly nlp: Nlp; readonly resources: EntityResources };

/**
 * For tests: a function that parses a text and extracts its entities with the shipped resources, dated `date` (the
 * publication date office holders and actor codes are resolved at). One parser and one set of resources per runner;
 * both are on the function (`run.nlp`, `run.resources`) for tests that call other steps.
 * @param date the default publication date (YYYY-MM-DD), or null for none (the default)
 * @returns `(text, date = date) => entities`
 */
export function createEntityRunner(date: string | null = null): EntityRunner {
  const nlp = createNlp();
  const resources = loadEntityResources();
  const run = (text: string, on: string | null = date) => extractEntities(nlp.parse(text), resources, on);
  return Object.assign(run, { nlp, resources });
}

/**
 * The entity with this canonical name, or undefined.
 * @param entities the entities of an article
 * @param name the name, as written in `Entity.name`
 */
export function entityNamed(entities: readonly Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}

/**
 * The entity one of whose mentions has exactly the text `surface`, or undefined.
 * @param entities the entities of an article
 * @param surface the mention's surface form (`Mention.text`)
 */
export function entityWithMention(entities: readonly Entity[], surface: string): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === surface));
}

/**
 * For tests of actor codes: each PERSON entity's canonical name with its actor code.
 * @param entities the entities of an article
 * @returns `{ name: actor }` (null for a person with no code)
 */
export function personActors(entities: readonly Entity[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const e of entities) if (e.type === 'PERSON') out[e.name] = e.actor;
  return out;
}
