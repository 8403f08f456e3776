import { z } from 'zod';
import { ProvenanceSchema } from './provenance.js';
import { SpanSchema } from './span.js';

export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed']);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/**
 * Who said a quote. `entity` is the id of the resolved entity (null when no speaker is recoverable:
 * never guessed); `mention` is the span naming the speaker in the text ("he", "Mr Blinken").
 */
export const SpeakerSchema = z.object({
  entity: z.string().nullable(),
  name: z.string().nullable(),
  actor: z.string().nullable(),
  mention: SpanSchema.nullable(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/**
 * A quote: `text/start/end` is the content span (without quotation marks for direct quotes),
 * `cue` the reporting verb phrase ("told reporters"), `addressee` who was told when stated,
 * `mentions` the ids of entities mentioned inside the content.
 */
export const QuoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: QuoteKindSchema,
  speaker: SpeakerSchema,
  cue: SpanSchema.nullable(),
  addressee: z.string().nullable().optional(),
  mentions: z.array(z.string()).default([]),
  provenance: ProvenanceSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;
