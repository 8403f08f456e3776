import { z } from 'zod';
import { ProvenanceSchema } from './provenance.js';
import { SpanSchema } from './span.js';

export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed']);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/**
 * What a quote's cue reports: `speech` (said, told, announced), `writing` (wrote, tweeted), `belief` (believes,
 * expects, wants, hopes, seems: a stance, not a statement), `evidence` (shows, found), `request` (asked, urged),
 * `source` (according to). The classes of detente's cue lexicon, data/quotes/cues.json; and `stance`, given to a quote
 * rather than a lexicon entry: the content is the object of a verb that evaluates or takes up what it names
 * (`criticized the plan`, `rejected the order`, `talked about immigration`): what the stance is about, not words said
 * (the verbs: `stanceObjects` in data/quotes/cues.json).
 */
export const CueClassSchema = z.enum(['speech', 'writing', 'belief', 'evidence', 'request', 'source', 'stance']);
export type CueClass = z.infer<typeof CueClassSchema>;

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
 * `cue` the reporting verb phrase ("told reporters"), `cueClass` what the cue reports ({@link CueClassSchema}; null
 * without a cue), `addressee` who was told when stated, `mentions` the ids of entities mentioned inside the content,
 * `negated` true when the cue is negated (`did not say`, `wouldn't confirm`, `has never mentioned`): the speaker did
 * not say it. PolNeAR annotates such cues as attributions (on its train split every negated reporting verb that is a
 * cue has the negation inside the cue span), so they are kept and marked, for queries to leave out.
 */
export const QuoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: QuoteKindSchema,
  speaker: SpeakerSchema,
  cue: SpanSchema.nullable(),
  cueClass: CueClassSchema.nullable().optional(),
  addressee: z.string().nullable().optional(),
  negated: z.boolean().optional(),
  mentions: z.array(z.string()).default([]),
  provenance: ProvenanceSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;
