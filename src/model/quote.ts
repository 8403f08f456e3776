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
 * `parts` the content's pieces when it is discontinuous (below),
 * `cue` the reporting verb phrase ("told reporters"), `cueClass` what the cue reports ({@link CueClassSchema}; null
 * without a cue), `addressee` who was told when stated, `mentions` the ids of entities mentioned inside the content,
 * `negated` true when the cue is negated (`did not say`, `wouldn't confirm`, `has never mentioned`): the speaker did
 * not say it. PolNeAR annotates such cues as attributions (on its train split every negated reporting verb that is a
 * cue has the negation inside the cue span), so they are kept and marked, for queries to leave out.
 *
 * A discontinuous content is one quote: split by its own attribution (`The plan, she said, will cost jobs.`, `"Prices,"
 * he added, "will keep rising."`), a raised subject and its to-clause (`The minister is expected to say that …`), a
 * relative pronoun and the clause it stands in, or a quotation running over several paragraphs with one cue. Then
 * `parts` holds its pieces in text order (half-open spans into `Article.text`, two or more, not overlapping), `start` is
 * the first part's start, `end` the last part's end, and `text` joins the parts' texts with ` … ` (U+2026 between
 * spaces), so `text` is then not `Article.text.slice(start, end)`. `parts` is absent for a content in one piece. This is
 * how PolNeAR (Newell et al. 2018) and PARC annotate such contents: one attribution with a discontinuous content span.
 *
 * Joint speakers: `speaker` is the primary speaker (the one the speaker phrase's head names, as for a single speaker;
 * its `mention` is the whole phrase), and `coSpeakers` the other conjuncts of a coordinated speaker phrase (`Ruritania
 * and Freedonia have pledged …`, `Jo Roe, Al Poe and Bo Wu said …`, `the mayor and officials in Lima said …`), in text
 * order, each a {@link SpeakerSchema} of its own: entity, name and actor resolved as the primary's are, `mention` the
 * conjunct's half-open span inside the phrase; or, for a `they` the entity layer gave to several entities (`Jo Roe and
 * Bo Wu met. They said …`), those other entities, each with the pronoun as mention. Only conjuncts of the speaker
 * phrase itself count, never an entity near it (`X met Y and said …` is X's alone). Absent for one speaker. The
 * quote's provenance covers them; its evidence lists each co-speaker's mention. Source: issue 5 (the seed article's
 * `<president> and officials in <capital> have said`), fresh-eyes review 20.
 */
export const QuoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  parts: z.array(SpanSchema).optional(),
  kind: QuoteKindSchema,
  speaker: SpeakerSchema,
  coSpeakers: z.array(SpeakerSchema).optional(),
  cue: SpanSchema.nullable(),
  cueClass: CueClassSchema.nullable().optional(),
  addressee: z.string().nullable().optional(),
  negated: z.boolean().optional(),
  mentions: z.array(z.string()).default([]),
  provenance: ProvenanceSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;
