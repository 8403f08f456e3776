import { z } from 'zod';
import { ProvenanceSchema } from './provenance.js';
import { SpanSchema } from './span.js';

/** One side of an event: CAMEO actor code, display name, entity id and the mention span. */
export const EventActorSchema = z.object({
  actor: z.string().nullable(),
  name: z.string(),
  entity: z.string().nullable(),
  mention: SpanSchema.nullable().optional(),
});
export type EventActor = z.infer<typeof EventActorSchema>;

/**
 * Where an event happened: place name, CAMEO/ISO alpha-3 country code, and its span when named. `from` says where the
 * place was found: absent or 'sentence' when the event's sentence names it, 'dateline' when the sentence names none
 * and the place is the story's wire dateline (the place it was filed from: GDELT's fallback for ActionGeo).
 */
export const EventLocationSchema = z.object({
  name: z.string(),
  country: z.string().nullable(),
  span: SpanSchema.nullable().optional(),
  from: z.enum(['sentence', 'dateline']).optional(),
});
export type EventLocation = z.infer<typeof EventLocationSchema>;

/**
 * A CAMEO-coded event. `code` is the CAMEO event code as a string ("042"), `rootCode` its two-digit root
 * ("04"), `baseCode` its three-digit base ("042"); `quadClass` 1 verbal cooperation, 2 material cooperation,
 * 3 verbal conflict, 4 material conflict (GDELT convention: roots 01–05→1, 06–09→2, 10–14→3, 15–20→4);
 * `goldstein` in [−10, +10] looked up from the code (Goldstein 1992 as published by GDELT).
 * `date` is `YYYY-MM-DD` resolved against the publication date (the first day of a stated week, month or
 * year, with `datePrecision` saying which); `isRoot` is true for lead-paragraph events.
 */
export const EventSchema = z.object({
  id: z.string(),
  source: EventActorSchema,
  target: EventActorSchema.nullable(),
  code: z.string().regex(/^\d{2,4}$/),
  rootCode: z.string().regex(/^\d{2}$/),
  baseCode: z.string().regex(/^\d{2,3}$/),
  label: z.string(),
  quadClass: z.number().int().min(1).max(4),
  goldstein: z.number().min(-10).max(10),
  date: z.string().nullable(),
  /**
   * How much of `date` the text states: 'day', 'week', 'month', 'season' (three months: spring from March, summer from
   * June, autumn from September, winter from December, the meteorological seasons of the northern hemisphere) or
   * 'year' (then `date` is the period's first day).
   */
  datePrecision: z.enum(['day', 'week', 'month', 'season', 'year']).nullable().optional(),
  dateText: z.string().nullable().optional(),
  /**
   * 'before' when the text states no date of the act but tells it as done before the report ("had imposed", "recently
   * condemned", "the recent detention of", "who has threatened"): `date` is then the publication day (GDELT's
   * convention) or the wire dateline's, only the latest day the act can have; absent otherwise.
   */
  dateRelation: z.enum(['before']).optional(),
  location: EventLocationSchema.nullable(),
  sentence: SpanSchema,
  trigger: SpanSchema,
  rule: z.string(),
  confidence: z.number().min(0).max(1),
  isRoot: z.boolean(),
  negated: z.boolean().default(false),
  /** PLOVER view of the CAMEO code (CAMEO→PLOVER 2021 table): category, mode, context; absent for statements. */
  plover: z.object({ category: z.string(), mode: z.string(), context: z.string() }).optional(),
  provenance: ProvenanceSchema,
});
export type CodedEvent = z.infer<typeof EventSchema>;
