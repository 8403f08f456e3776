import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DetenteError } from '../../pipeline/errors.js';
import { dataPath } from '../../resources/data-path.js';
import { loadCueModel, type CueModel } from './cue-model.js';
import { CONTENT_END_FEATURE_SET } from './content-end.js';
import { CONTENT_SPAN_FEATURE_SET } from './content-span.js';
import { LEXICON_NOUN, LEXICON_PHRASE, LEXICON_VERB } from './lexicon-bits.js';
import { CueClassSchema, type CueClass } from '../../model/quote.js';
import { ENTITY_DATA_FILES, entityDataSchemaFingerprint } from '../entities/data-files.js';
import { readJson } from '../entities/resources.js';
import { readValidatedData } from '../../resources/validated-data.js';
import { groupHeadAgents } from './group-speaker-actor.js';

// what kind of attribution a cue expresses (speech, belief, evidence, a request, a source phrase): part of the Quote model
export { CueClassSchema, type CueClass };

/**
 * The syntactic frames a cue may appear in:
 * `bare` clause without "that" (`X said they had…`), `that` (`X warned that…`), `after` its content
 * (`…, he said`), `invert` (`…, said Mr X`), `colon` (introduces a direct quote), `object`
 * (takes an addressee: `told reporters`), `source` (`according to X`), `np` (the object is the content:
 * `criticized the plan`), `to` (a to-infinitive is the content: `vowed to fight on`), `raise` (the subject is raised out of the content:
 * `Trump is expected to speak`, `the plan seems to work`; passive unless `raise` is the verb's only frame), `complement`
 * (any other complement after the cue is the content, a preposition joining the cue: `tweeted her thanks`, `commented on the
 * reason`; given to the verbs whose complement was content in at least 45% of their uses on PolNeAR train).
 */
export const CueFrameSchema = z.enum(['bare', 'that', 'after', 'invert', 'colon', 'object', 'source', 'np', 'to', 'raise', 'complement']);
export type CueFrame = z.infer<typeof CueFrameSchema>;

const CueFileSchema = z.object({
  version: z.string(),
  note: z.string().optional(),
  verbs: z.array(
    z.object({ lemma: z.string().regex(/^[a-z]+$/), class: CueClassSchema, frames: z.array(CueFrameSchema).min(1) }),
  ),
  nouns: z.array(z.object({ lemma: z.string().regex(/^[a-z]+$/), class: CueClassSchema, frames: z.array(CueFrameSchema).min(1) })).default([]),
  stanceNouns: z.array(z.object({ lemma: z.string().regex(/^[a-z]+$/), class: CueClassSchema, frames: z.array(z.literal('to')).length(1) })).default([]),
  stanceObjects: z.array(z.string().regex(/^[a-z]+( [a-z]+)*$/)).default([]),
  phrases: z.array(
    z.object({
      tokens: z.array(z.string().regex(/^[a-z]+$/)).min(2),
      class: CueClassSchema,
      frames: z.array(CueFrameSchema).min(1),
    }),
  ),
  adjectives: z.array(z.object({ lemma: z.string().regex(/^[a-z]+$/), class: CueClassSchema, frames: z.array(z.enum(['that', 'to'])).min(1) })).default([]),
});

/** One cue of the lexicon: its lemma (space-joined for phrases), class and frames. */
export interface CueEntry {
  readonly lemma: string;
  readonly class: CueClass;
  readonly frames: ReadonlySet<CueFrame>;
  /** Number of tokens (1 for verbs). */
  readonly length: number;
  /** Lower-case tokens after the first one (phrases only; the first is matched by lemma). */
  readonly rest: readonly string[];
  /** True for a verb outside the lexicon that the trained cue model detected (generic frames, see find-cues.ts). */
  readonly learned?: boolean;
  /** True for a stance adjective after a form of "be" ("was eager to …"; copula-adjective.ts). */
  readonly copula?: boolean;
}

/**
 * The quote extractor's resources: the reporting-verb lexicon keyed by lemma, and the cue phrases
 * keyed by the lemma of their first token (several phrases may share it: "call on", "call for").
 */
export interface QuoteResources {
  readonly version: string;
  /** sha256 of data/quotes/cues.json, for reproducible runs. */
  readonly hash: string;
  readonly verbs: ReadonlyMap<string, CueEntry>;
  /** Noun cues keyed by lemma ("the claim that …", "Smith's view that …"). */
  readonly nouns: ReadonlyMap<string, CueEntry>;
  readonly phrases: ReadonlyMap<string, readonly CueEntry[]>;
  /** Stance adjectives after a form of "be" before a to- or that-clause ("was eager to", "were adamant that"), keyed by word. Absent: none. */
  readonly adjectives?: ReadonlyMap<string, CueEntry>;
  /**
   * Stance nouns that report the infinitive after them when a possessor states whose they are ("Smith's promise to
   * cut taxes", "her vow to stay"), keyed by lemma; kept apart from `nouns` (and from the cue model's features).
   */
  readonly stanceNouns: ReadonlyMap<string, CueEntry>;
  /**
   * Lemmas of verbs and phrases (space-joined) whose object names what a stance is about, not words said
   * (`criticized the plan`, `rejected the order`, `talked about immigration`): a quote whose content is such an object
   * takes the class `stance` instead of the entry's (see stance-object.ts). Absent: none.
   */
  readonly stanceObjects?: ReadonlySet<string>;
  /**
   * Every key of `verbs`, `nouns` and `phrases` with a bit mask of where it is listed ({@link LEXICON_VERB},
   * {@link LEXICON_NOUN}, {@link LEXICON_PHRASE}): one lookup tells whether a word is in the lexicon at all (hot loops).
   */
  readonly words: ReadonlyMap<string, number>;
  /**
   * Role words of group speakers → CAMEO agent codes ("officials" GOV, "police" COP, "lawmakers" LEG), read from the
   * entities layer's data/actors/roles.json (group-speaker-actor.ts `groupHeadAgents`). Absent: group speakers take a
   * place's country alone.
   */
  readonly groupAgents?: ReadonlyMap<string, string>;
  /** The trained cue detector (models/quotes/cue-perceptron.bin.gz), or null to run the lexicon rules alone. */
  readonly cueModel?: CueModel | null;
  /** The content-end ranker (models/quotes/content-end.bin.gz), or null to end contents by the rules alone. */
  readonly contentEndModel?: CueModel | null;
  /** The content-span model (models/quotes/content-span.bin.gz) reading the content of a cue no rule read, or null. */
  readonly contentSpanModel?: CueModel | null;
}

/** Options of {@link loadQuoteResources}. */
export interface QuoteResourceOptions {
  /** Path of the cue model (default models/quotes/cue-perceptron.bin.gz), or false to run the lexicon rules alone. */
  readonly cueModel?: string | false;
  /** Path of the content-end ranker (default models/quotes/content-end.bin.gz), or false for the rules' ends. */
  readonly contentEndModel?: string | false;
  /** Path of the content-span model (default models/quotes/content-span.bin.gz), or false: cues no rule reads get no content. */
  readonly contentSpanModel?: string | false;
}

/** Default location of the content-span model, relative to this module. */
export function defaultContentSpanModelPath(): string {
  return fileURLToPath(new URL('../../../models/quotes/content-span.bin.gz', import.meta.url));
}

/** Default location of the content-end ranker, relative to this module. */
export function defaultContentEndModelPath(): string {
  return fileURLToPath(new URL('../../../models/quotes/content-end.bin.gz', import.meta.url));
}

/** Default location of the trained cue model, relative to this module (works from `src/` under tsx and from `dist/`). */
export function defaultCueModelPath(): string {
  return fileURLToPath(new URL('../../../models/quotes/cue-perceptron.bin.gz', import.meta.url));
}

/** The frozen cue entry of one word of the lexicon (a verb, noun or stance noun): no further tokens. */
function wordEntry(w: { lemma: string; class: CueClass; frames: readonly CueFrame[] }): CueEntry {
  return Object.freeze({ lemma: w.lemma, class: w.class, frames: new Set(w.frames), length: 1, rest: [] });
}

/**
 * Parses and validates a cue lexicon (the JSON layout of data/quotes/cues.json) into frozen lookup maps.
 * @param json the file contents
 * @throws DetenteError E_RESOURCE_INVALID when the JSON does not match the schema
 */
export function parseCueLexicon(json: string): QuoteResources {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (cause) {
    throw new DetenteError('E_RESOURCE_INVALID', 'data/quotes/cues.json is not valid JSON; fix the file', { cause });
  }
  // read once per process: zod's jitless parse (the same checks, interpreted) spares compiling a parser for each object
  // schema, which only pays back over many parses (loadQuoteResources at start-up: median CPU 48.9 -> 42.6 ms, 10 runs)
  const parsed = CueFileSchema.safeParse(raw, { jitless: true });
  if (!parsed.success) {
    throw new DetenteError(
      'E_RESOURCE_INVALID',
      `data/quotes/cues.json does not match the cue lexicon schema: ${parsed.error.message}`,
    );
  }
  const verbs = new Map<string, CueEntry>();
  for (const v of parsed.data.verbs) {
    if (verbs.has(v.lemma)) {
      throw new DetenteError('E_RESOURCE_INVALID', `data/quotes/cues.json lists the verb "${v.lemma}" twice`);
    }
    verbs.set(v.lemma, wordEntry(v));
  }
  const nouns = new Map(parsed.data.nouns.map((n) => [n.lemma, wordEntry(n)]));
  const stanceNouns = new Map(parsed.data.stanceNouns.map((n) => [n.lemma, wordEntry(n)]));
  const adjectives = new Map(parsed.data.adjectives.map((a) => [a.lemma, Object.freeze({ ...wordEntry(a), copula: true })]));
  const phrases = new Map<string, CueEntry[]>();
  for (const p of parsed.data.phrases) {
    const entry: CueEntry = Object.freeze({
      lemma: p.tokens.join(' '),
      class: p.class,
      frames: new Set(p.frames),
      length: p.tokens.length,
      rest: Object.freeze(p.tokens.slice(1)),
    });
    const list = phrases.get(p.tokens[0]) ?? [];
    list.push(entry);
    phrases.set(p.tokens[0], list);
  }
  const stanceObjects = new Set<string>();
  for (const lemma of parsed.data.stanceObjects) {
    const entry = verbs.get(lemma) ?? phrases.get(lemma.split(' ')[0])?.find((p) => p.lemma === lemma);
    if (!entry || !(entry.frames.has('np') || entry.frames.has('complement'))) {
      throw new DetenteError('E_RESOURCE_INVALID', `data/quotes/cues.json lists "${lemma}" in stanceObjects, but no verb or phrase of that lemma takes an object (frame np or complement)`);
    }
    stanceObjects.add(lemma);
  }
  const words = new Map<string, number>();
  for (const k of verbs.keys()) words.set(k, (words.get(k) ?? 0) | LEXICON_VERB);
  for (const k of nouns.keys()) words.set(k, (words.get(k) ?? 0) | LEXICON_NOUN);
  for (const k of phrases.keys()) words.set(k, (words.get(k) ?? 0) | LEXICON_PHRASE);
  return Object.freeze({
    words,
    version: parsed.data.version,
    hash: createHash('sha256').update(json).digest('hex'),
    verbs,
    nouns,
    phrases,
    adjectives,
    stanceNouns,
    stanceObjects,
  });
}

/**
 * Loads the built-in cue lexicon from data/quotes/cues.json (our own list of reporting verbs;
 * coverage was checked against other projects' lists in ../shared/reference/quote-lexicons, not copied)
 * and the trained cue model (models/quotes/cue-perceptron.bin.gz, trained on PolNeAR train: docs/models.md).
 * @param options `cueModel`, `contentEndModel`, `contentSpanModel`: other model paths, or false to do without
 * @throws DetenteError E_RESOURCE_MISSING when the lexicon cannot be read, E_RESOURCE_INVALID when it is malformed,
 *   E_QUOTE_MODEL when the cue model is missing or unreadable
 */
export function loadQuoteResources(options: QuoteResourceOptions = {}): QuoteResources {
  const path = dataPath('quotes', 'cues.json');
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new DetenteError('E_RESOURCE_MISSING', `cannot read the cue lexicon at ${path}; reinstall detente`, { cause });
  }
  const lexicon = parseCueLexicon(json);
  const cueModel = options.cueModel === false ? null : loadCueModel(options.cueModel ?? defaultCueModelPath());
  const contentEndModel =
    options.contentEndModel === false ? null : loadCueModel(options.contentEndModel ?? defaultContentEndModelPath(), CONTENT_END_FEATURE_SET);
  const contentSpanModel =
    options.contentSpanModel === false ? null : loadCueModel(options.contentSpanModel ?? defaultContentSpanModelPath(), CONTENT_SPAN_FEATURE_SET);
  return Object.freeze({ ...lexicon, groupAgents: loadGroupAgents(), cueModel, contentEndModel, contentSpanModel });
}

/**
 * The group speakers' agents from data/actors/roles.json (`groupRoles` and `personRoles`), read by the entities layer's
 * loader (entities/resources.ts readJson: the build's validated record, else its schema), as the events layer reads it.
 * @throws DetenteError E_RESOURCE_READ when the file cannot be read, E_RESOURCE_INVALID when it is malformed
 */
function loadGroupAgents(): ReadonlyMap<string, string> {
  return groupHeadAgents(readJson(ENTITY_DATA_FILES.roles, readValidatedData(entityDataSchemaFingerprint())));
}
