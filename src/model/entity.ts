import { z } from 'zod';
import { ProvenanceSchema } from './provenance.js';

/** Entity types, following OntoNotes/spaCy names. */
export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'OTHER']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** How a mention refers: by name, by pronoun, or by a description ("the top US diplomat"). */
export const MentionKindSchema = z.enum(['name', 'pronoun', 'nominal']);
export type MentionKind = z.infer<typeof MentionKindSchema>;

/** One mention of an entity: a half-open span of `Article.text`. */
export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  kind: MentionKindSchema,
  provenance: ProvenanceSchema,
});
export type Mention = z.infer<typeof MentionSchema>;

/**
 * An entity of one article: all its mentions, its type and, when it is a political actor,
 * its CAMEO actor code (`country` + `agent`, e.g. "USAGOV"), with the country code alone in `country`.
 */
export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  actor: z.string().nullable(),
  country: z.string().nullable(),
  agent: z.string().nullable(),
  role: z.string().nullable().optional(),
  gender: z.enum(['male', 'female']).nullable().optional(),
  mentions: z.array(MentionSchema),
  provenance: ProvenanceSchema,
});
export type Entity = z.infer<typeof EntitySchema>;
