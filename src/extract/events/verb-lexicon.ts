import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { DetenteError } from '../../pipeline/errors.js';
import { dataFileOf } from '../../resources/data-path.js';
import { isValidated, NO_VALIDATED_DATA, type ValidatedData } from '../../resources/validated-data.js';
import type { CameoTable } from './cameo-codes.js';

/**
 * Where an actor is looked for, relative to the trigger: `subject` (the actor phrase before a verb),
 * `object` (the first actor phrase after it with no preposition), `possessor` ("Blinken's visit"),
 * `modifier` (an actor adjective right before a nominal trigger: "Palestinian riots"),
 * or a preposition word ("with", "to", "against", "by", "between", "over", …) introducing the actor.
 */
export const SlotSchema = z.string().regex(/^(subject|object|possessor|[a-z]+)$/);
export type Slot = z.infer<typeof SlotSchema>;

/**
 * What a controlling verb does to the event of its "to"-complement ("pledged to visit" → intent). `command`: an order
 * to one's own forces ("ordered the army to withdraw") codes the ordered act with the orderer as source (see
 * controlled-complement.ts, controlledCode).
 */
export const ControlSchema = z.enum(['intent', 'threat', 'appeal', 'demand', 'reject', 'attempt', 'command']);
export type Control = z.infer<typeof ControlSchema>;

const code = z.string().regex(/^\d{2,4}$/);

/** One pattern of a trigger word, as written in data/events/verbs.yaml. */
export const VerbRuleSchema = z.object({
  /** Stable rule id, shown by `detente explain` ("meet.with", "impose.sanctions"). */
  id: z.string().regex(/^[a-z0-9_.-]+$/),
  /** CAMEO code when the pattern fires. */
  code,
  /** One of these words must come right after the trigger (adverbs skipped): particles, prepositions. */
  next: z.array(z.string()).optional(),
  /** One of these lemmas must follow within `window` tokens, in the same clause (object nouns). */
  object: z.array(z.string()).optional(),
  /** Tokens searched for `object` (default 6). */
  window: z.number().int().min(1).max(15).optional(),
  /** One of these words must come right before the trigger ("peace talks", "air strike"). */
  prev: z.array(z.string()).optional(),
  /** None of these words may come right before the trigger ("seeking to help": the infinitive is no noun "help"). */
  notPrev: z.array(z.string()).optional(),
  /** Word slots that must follow the trigger in this order, gaps allowed within `window` (each slot: alternatives). */
  after: z.array(z.array(z.string()).min(1)).optional(),
  /** Word slots that must precede the trigger in this order (nearest last), gaps allowed within `window`. */
  before: z.array(z.array(z.string()).min(1)).optional(),
  /** The pattern matches but codes nothing (a PETRARCH "[---]" pattern that blocks the default code). */
  suppress: z.boolean().optional(),
  /** Slots searched, in order, for the source actor. */
  source: z.array(SlotSchema).optional(),
  /** Slots searched, in order, for the target actor. */
  target: z.array(SlotSchema).optional(),
  /** This trigger controls a "to"-complement ("pledge to", "threaten to", "urge X to", "refuse to"). */
  control: ControlSchema.optional(),
  /** Codes this pattern takes when it is the complement of a controller of that kind. */
  intent: code.optional(),
  threat: code.optional(),
  appeal: code.optional(),
  demand: code.optional(),
  reject: code.optional(),
  /** A compound source with no target codes each member towards the others: always, or only with a marker ("each other", "their relationship"). */
  reciprocal: z.enum(['always', 'marker']).optional(),
  /** Code used instead of `code` when the source is not a state actor (rebels, militias, unknown gunmen). */
  nonstate: code.optional(),
  /** Code used instead of `code` when the source is a state actor (a government's "protest" is 114). */
  state: code.optional(),
  /** Also code the reverse event (target → source) with this code: TABARI/PETRARCH complex codes ("[032:033]" arrive → visit + host). */
  reverse: code.optional(),
  /** A statement-like pattern: coded only when nothing else in the sentence is. */
  weak: z.boolean().optional(),
  /** A controller coded only through a coded complement ("wants to visit" is 036; "wants to run the country" nothing). */
  needsComplement: z.boolean().optional(),
  /**
   * Only the listed target slots name the target: no fallback to the next actor ("discussing Ukraine" is a topic), and
   * no refusal or threat aimed at the speaker's own country when they name none ("warned that …").
   */
  noFallback: z.boolean().optional(),
  /**
   * With no target found in a slot or as a fallback, the country the act happens "in" may be the target ("resume
   * attacks in Israel"; place-target.ts). Default true; false for imported PETRARCH patterns other than aid and force
   * (petrarch-import.ts): PETRARCH takes a target from the verb's object or the pattern's preposition only.
   */
  placeTarget: z.boolean().optional(),
  /**
   * The `after` words name the verb's object ("announced sanctions", "reported an attack"), not words of a clause of
   * its own: no verb, "that" or comma before them, none of them a verb, and no verb right after them ("said the attack
   * failed"). Set by the importer on the patterns of PETRARCH speech blocks (petrarch-import.ts). Default false. Not
   * checked in `literal` modality, which reads the words where PETRARCH does ("conceded that X is a trusted friend").
   */
  objectWords: z.boolean().optional(),
  confidence: z.number().min(0).max(1).optional(),
  note: z.string().optional(),
});
export type VerbRule = z.infer<typeof VerbRuleSchema>;

/** One trigger entry: lemmas sharing the same patterns, as a verb or as a noun (nominal events). */
export const VerbEntrySchema = z.object({
  lemmas: z.array(z.string().min(1)).min(1),
  pos: z.enum(['verb', 'noun']).default('verb'),
  rules: z.array(VerbRuleSchema).min(1),
});
export type VerbEntry = z.infer<typeof VerbEntrySchema>;

export const VerbLexiconFileSchema = z.object({
  version: z.union([z.string(), z.number()]).transform(String),
  discard: z.array(z.string().min(1)).optional(),
  entries: z.array(VerbEntrySchema),
});

/** A compiled rule: the YAML rule with defaults filled in and word lists as Sets. */
export interface CompiledRule {
  readonly id: string;
  readonly code: string;
  readonly pos: 'verb' | 'noun';
  readonly next: ReadonlySet<string> | null;
  readonly object: ReadonlySet<string> | null;
  readonly window: number;
  readonly prev: ReadonlySet<string> | null;
  readonly notPrev: ReadonlySet<string> | null;
  readonly after: readonly WordSlot[] | null;
  readonly before: readonly WordSlot[] | null;
  readonly suppress: boolean;
  readonly source: readonly Slot[];
  readonly target: readonly Slot[];
  readonly control: Control | null;
  readonly controlled: Readonly<Partial<Record<Control, string>>>;
  readonly reciprocal: 'always' | 'marker' | null;
  readonly nonstate: string | null;
  readonly state: string | null;
  /** Code of the reverse event (target → source), null when none. */
  readonly reverse: string | null;
  readonly weak: boolean;
  /** Coded only through a coded complement (controllers of vague intent: "want to", "hope to"). */
  readonly needsComplement: boolean;
  /** No fallback target beyond the rule's slots. */
  readonly noFallback: boolean;
  /** A place the act happens in may be its target when nothing else is ({@link VerbRuleSchema} `placeTarget`). */
  readonly placeTarget: boolean;
  /** The `after` words must lie in the verb's object ({@link VerbRuleSchema} `objectWords`). */
  readonly objectWords: boolean;
  readonly confidence: number;
  readonly note: string | null;
  /** Where it came from: "builtin" or the path of a user or imported dictionary. */
  readonly origin: string;
}

/**
 * The verb-pattern lexicon indexed for one pass per sentence: `verbs` and `nouns` map a lemma (or a
 * lower-cased form) to its rules in priority order (most specific first).
 */
export interface VerbLexicon {
  readonly version: string;
  readonly verbs: ReadonlyMap<string, readonly CompiledRule[]>;
  readonly nouns: ReadonlyMap<string, readonly CompiledRule[]>;
  /** Lower-cased words that mark a sentence as non-political (sport, culture, weather): not coded. */
  readonly discard: ReadonlySet<string>;
  /** Multi-word discards ("african nations cup"), matched as whole-word sequences. */
  readonly discardPhrases: readonly string[];
  readonly ruleCount: number;
}

const VERB_SOURCE: readonly Slot[] = ['subject'];
const VERB_TARGET: readonly Slot[] = ['object'];
const NOUN_SOURCE: readonly Slot[] = ['possessor', 'modifier', 'by', 'between'];
const NOUN_TARGET: readonly Slot[] = ['with', 'to', 'between', 'against', 'on'];

/** One word slot of an ordered pattern: single-word alternatives, and multi-word ones ("golden goblin galleons"). */
export interface WordSlot {
  readonly words: ReadonlySet<string>;
  readonly phrases: readonly (readonly string[])[];
}

function wordSlot(alts: readonly string[]): WordSlot {
  const words = new Set<string>();
  const phrases: string[][] = [];
  for (const a of alts) {
    const parts = a.toLowerCase().split(/\s+/).filter(Boolean);
    if (parts.length === 1) words.add(parts[0]);
    else if (parts.length > 1) phrases.push(parts);
  }
  return { words, phrases };
}

const lowerSet = (xs: readonly string[] | undefined): ReadonlySet<string> | null =>
  xs && xs.length ? new Set(xs.map((x) => x.toLowerCase())) : null;

/**
 * Compiles lexicon entries into lemma-indexed maps, checking every code against the CAMEO table.
 * Later entries for a lemma are appended after earlier ones (so user dictionaries loaded first take priority
 * when passed first). Rules inside an entry keep their written order: the first that matches wins.
 * @param entries parsed entries ({@link VerbEntrySchema})
 * @param cameo the CAMEO code table, to reject unknown codes (null: accept any code, for imported test dictionaries)
 * @param origin label kept on each rule ("builtin", a file path)
 * @param version lexicon version string
 * @param discard words that mark a sentence as non-political
 * @throws DetenteError E_RESOURCE_INVALID on an unknown CAMEO code or a duplicate rule id
 */
export function compileLexicon(
  entries: readonly VerbEntry[],
  cameo: CameoTable | null,
  origin: string,
  version: string,
  discard: readonly string[] = [],
): VerbLexicon {
  const verbs = new Map<string, CompiledRule[]>();
  const nouns = new Map<string, CompiledRule[]>();
  const ids = new Set<string>();
  let ruleCount = 0;
  for (const entry of entries) {
    const pos = entry.pos ?? 'verb';
    for (const rule of entry.rules) {
      const codes = [rule.code, rule.intent, rule.threat, rule.appeal, rule.demand, rule.reject, rule.nonstate, rule.state, rule.reverse].filter(
        (c): c is string => c !== undefined,
      );
      for (const c of codes) {
        if (cameo && !cameo.has(c)) {
          throw new DetenteError('E_RESOURCE_INVALID', `${origin}: rule "${rule.id}" uses CAMEO code "${c}", which is not in the CAMEO table`);
        }
      }
      if (ids.has(rule.id)) throw new DetenteError('E_RESOURCE_INVALID', `${origin}: duplicate rule id "${rule.id}"`);
      ids.add(rule.id);
      const controlled: Partial<Record<Control, string>> = {};
      if (rule.intent) controlled.intent = rule.intent;
      if (rule.threat) controlled.threat = rule.threat;
      if (rule.appeal) controlled.appeal = rule.appeal;
      if (rule.demand) controlled.demand = rule.demand;
      if (rule.reject) controlled.reject = rule.reject;
      const compiled: CompiledRule = Object.freeze({
        id: rule.id,
        code: rule.code,
        pos,
        next: lowerSet(rule.next),
        object: lowerSet(rule.object),
        window: rule.window ?? 6,
        prev: lowerSet(rule.prev),
        notPrev: lowerSet(rule.notPrev),
        after: rule.after ? rule.after.map(wordSlot) : null,
        before: rule.before ? rule.before.map(wordSlot) : null,
        suppress: rule.suppress ?? false,
        source: rule.source ?? (pos === 'verb' ? VERB_SOURCE : NOUN_SOURCE),
        target: rule.target ?? (pos === 'verb' ? VERB_TARGET : NOUN_TARGET),
        control: rule.control ?? null,
        controlled: Object.freeze(controlled),
        reciprocal: rule.reciprocal ?? null,
        nonstate: rule.nonstate ?? null,
        state: rule.state ?? null,
        reverse: rule.reverse ?? null,
        weak: rule.weak ?? false,
        needsComplement: rule.needsComplement ?? false,
        noFallback: rule.noFallback ?? false,
        placeTarget: rule.placeTarget ?? true,
        objectWords: rule.objectWords ?? false,
        confidence: rule.confidence ?? (pos === 'verb' ? 0.8 : 0.7),
        note: rule.note ?? null,
        origin,
      });
      ruleCount++;
      const index = pos === 'verb' ? verbs : nouns;
      for (const lemma of entry.lemmas) {
        const key = lemma.toLowerCase();
        const list = index.get(key);
        if (list) list.push(compiled);
        else index.set(key, [compiled]);
      }
    }
  }
  // statement rules are fallbacks: a lemma's specific patterns from any entry are tried first ("declared a ceasefire")
  for (const index of [verbs, nouns]) {
    for (const [k, list] of index) index.set(k, [...list.filter((r) => !r.weak), ...list.filter((r) => r.weak)]);
  }
  for (const list of verbs.values()) Object.freeze(list);
  for (const list of nouns.values()) Object.freeze(list);
  const words = discard.map((w) => w.toLowerCase().trim().replace(/_/g, ' ')).filter(Boolean);
  return Object.freeze({
    version,
    verbs,
    nouns,
    discard: new Set(words.filter((w) => !w.includes(' '))),
    discardPhrases: words.filter((w) => w.includes(' ')),
    ruleCount,
  });
}

/**
 * Parses a lexicon YAML text (format: data/events/verbs.yaml) and compiles it.
 * @param text YAML text
 * @param cameo the CAMEO table, to check codes
 * @param origin file name, for messages and rule provenance
 * @throws DetenteError E_RESOURCE_INVALID when the YAML or a rule is malformed
 */
export function parseVerbLexicon(text: string, cameo: CameoTable, origin: string): VerbLexicon {
  let raw: unknown;
  try {
    // loaded on first use: the yaml package costs start-up time a precompiled lexicon does not need
    const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    raw = parse(text);
  } catch (err) {
    throw new DetenteError('E_RESOURCE_INVALID', `${origin}: not valid YAML: ${(err as Error).message}`, { cause: err });
  }
  return compileLexiconData(raw, cameo, origin);
}

/**
 * Path of the precompiled JSON form of a YAML lexicon (`verbs.yaml` → `verbs.compiled.json`), written by
 * `npm run build` (scripts/compile-data.mjs) because JSON.parse reads it about 50× faster than the YAML
 * parser (4 ms vs 200 ms for data/events/verbs.yaml, measured on the bench machine).
 */
export function compiledLexiconPath(yamlPath: string): string {
  return yamlPath.replace(/\.ya?ml$/, '.compiled.json');
}

/** Validates a parsed lexicon object (YAML or its JSON form) and compiles it; errors as parseVerbLexicon. */
function compileLexiconData(raw: unknown, cameo: CameoTable, origin: string): VerbLexicon {
  const parsed = VerbLexiconFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DetenteError('E_RESOURCE_INVALID', `${origin}: ${first.path.join('.')}: ${first.message}`);
  }
  return compileLexicon(parsed.data.entries, cameo, origin, parsed.data.version, parsed.data.discard ?? []);
}

/**
 * Reads and compiles a lexicon file (YAML; its precompiled JSON form next to it when that is up to date).
 * @param validated the build's record of checked data files (event-data-record.ts): a precompiled JSON text it
 *   names is compiled without the schema (its data is what the schema returns); default none
 * @throws DetenteError E_RESOURCE_MISSING when unreadable, E_RESOURCE_INVALID when malformed
 */
export function loadVerbLexicon(path: string, cameo: CameoTable, origin = path, validated: ValidatedData = NO_VALIDATED_DATA): VerbLexicon {
  // the compiled JSON is used only when it is at least as new as the YAML, so an edited lexicon is never stale
  const compiled = compiledLexiconPath(path);
  if (compiled !== path && existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(path).mtimeMs) {
    let text: string;
    let raw: unknown;
    try {
      text = readFileSync(compiled, 'utf8');
      raw = JSON.parse(text);
    } catch (err) {
      throw new DetenteError('E_RESOURCE_INVALID', `${compiled}: not valid JSON: ${(err as Error).message}`, { cause: err });
    }
    const file = dataFileOf(compiled);
    if (file !== null && isValidated(validated, file, text)) {
      const data = raw as z.infer<typeof VerbLexiconFileSchema>;
      return compileLexicon(data.entries, cameo, origin, data.version, data.discard ?? []);
    }
    return compileLexiconData(raw, cameo, origin);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DetenteError('E_RESOURCE_MISSING', `cannot read the verb lexicon at ${path}`, { cause: err });
  }
  return parseVerbLexicon(text, cameo, origin);
}

/**
 * Merges lexicons: for each lemma, the rules of earlier lexicons come first (so a user dictionary passed
 * first overrides the built-in patterns it shares a lemma with).
 */
export function mergeLexicons(lexicons: readonly VerbLexicon[]): VerbLexicon {
  const verbs = new Map<string, CompiledRule[]>();
  const nouns = new Map<string, CompiledRule[]>();
  const discard = new Set<string>();
  const discardPhrases = new Set<string>();
  let ruleCount = 0;
  for (const lex of lexicons) {
    ruleCount += lex.ruleCount;
    for (const w of lex.discard) discard.add(w);
    for (const p of lex.discardPhrases) discardPhrases.add(p);
    for (const [k, v] of lex.verbs) verbs.set(k, [...(verbs.get(k) ?? []), ...v]);
    for (const [k, v] of lex.nouns) nouns.set(k, [...(nouns.get(k) ?? []), ...v]);
  }
  return Object.freeze({ version: lexicons.map((l) => l.version).join('+'), verbs, nouns, discard, discardPhrases: [...discardPhrases], ruleCount });
}
