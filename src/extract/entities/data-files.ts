import { z } from 'zod';
import type { DataFileSchema } from '../../resources/validate-data-files.js';
import { OfficeHoldersFileSchema } from './actor-kb.js';
import { wordListSchema } from './word-list-schema.js';
import { moduleFingerprint } from '../../resources/module-fingerprint.js';

// The built-in JSON data files of the entity resources (data/actors/) and their schemas. loadEntityResources
// checks each file against its schema, unless the build recorded that exact text as valid (ValidatedData);
// `npm run build` (scripts/compile-data.mjs) validates them all with these same schemas and keeps the record.

export const CountriesFileSchema = z.object({
  codeOverrides: z.record(z.string(), z.string()),
  excludedCapitals: z.array(z.string()),
  /** Spellings of world-countries' altSpellings that are English words or given names ("Island", "Mann", "Dominique"): no country name. */
  excludedAltSpellings: z.array(z.string()).default([]),
  ambiguousDemonyms: z.record(z.string(), z.string().nullable()),
  countries: z.array(
    z.object({
      code: z.string().regex(/^[A-Z]{3}$/),
      aliases: z.array(z.string()),
      demonyms: z.array(z.string()),
      seats: z.array(z.object({ name: z.string(), agent: z.string().regex(/^[A-Z]{3}$/), building: z.boolean().optional() })),
    }),
  ),
});

export const RolesFileSchema = z.object({
  honorifics: z.array(z.object({ word: z.string(), gender: z.enum(['male', 'female']).nullable() })),
  personRoles: z.array(z.object({ phrase: z.string(), agent: z.string().nullable(), categories: z.array(z.string()) })),
  groupRoles: z.array(z.object({ phrase: z.string(), agent: z.string(), plural: z.boolean().optional() })),
  orgCues: z.array(z.object({ word: z.string(), type: z.enum(['ORG', 'FAC', 'LOC', 'GPE']), agent: z.string().nullable() })),
  nominalModifiers: z.array(z.string()),
  locativePrepositions: z.array(z.string()),
  nonNames: z.array(z.string()),
  jobTitleWords: z.array(z.string()).optional(),
  jobTitleModifiers: z.array(z.string()).optional(),
  portfolioWords: z.array(z.string()).optional(),
});

export const OrganisationsFileSchema = z.object({
  organisations: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()),
      /** acronyms that also name other things ("CPC"): the organisation's only where the article also names it otherwise (ambiguous-aliases.ts) */
      ambiguousAliases: z.array(z.string()).optional(),
      actor: z.string().nullable(),
      country: z.string().nullable().optional(),
      type: z.enum(['ORG', 'FAC', 'GPE', 'LOC']).optional(),
    }),
  ),
});

export const GivenNamesFileSchema = z.object({ male: z.array(z.string()), female: z.array(z.string()) });

/** Schema of data/actors/groups.json. */
export const GroupsFileSchema = z.object({
  groups: z.array(z.object({ name: z.string().min(1), forms: z.array(z.string().min(1)), kind: z.enum(['ethnic', 'religious']), code: z.string().regex(/^[A-Z]{3,6}$/).nullable() })),
});

/** Schema of data/actors/context-names.json. */
export const ContextNamesFileSchema = z.object({
  names: z.array(
    z.object({
      phrase: z.string().min(1),
      readings: z.array(z.object({ country: z.string().regex(/^[A-Z]{3}$/), name: z.string().min(1), actor: z.string().regex(/^[A-Z]{6,}$/) })).min(1),
    }),
  ),
});

/** Schema of data/actors/party-leaders.json: each party's leaders, one row per leadership [name, gender, from, to (exclusive) or null]. */
export const PartyLeadersFileSchema = z.object({
  parties: z.array(
    z.object({
      party: z.string().min(1),
      country: z.string().regex(/^[A-Z]{3}$/),
      words: z.array(z.string().regex(/^[a-z]+( [a-z]+)*$/)).min(1),
      leaders: z.array(z.tuple([z.string().min(1), z.enum(['m', 'f']), z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable()])),
    }),
  ),
});

/** data/actors/predecessor-states.json: CAMEO country codes and the successor's first day. */
export const PredecessorStatesFileSchema = z.object({
  states: z.array(z.object({ state: z.string().regex(/^[A-Z]{3}$/), successor: z.string().regex(/^[A-Z]{3}$/), until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })),
});

/**
 * Every built-in JSON data file the entity resources read, by name, with its path below `data/` and its schema
 * (the schema is applied at run time unless the build validated the same text; see ValidatedData).
 */
export const ENTITY_DATA_FILES = {
  countries: { file: 'actors/countries.json', schema: CountriesFileSchema },
  roles: { file: 'actors/roles.json', schema: RolesFileSchema },
  organisations: { file: 'actors/organisations.json', schema: OrganisationsFileSchema },
  givenNames: { file: 'actors/given-names.json', schema: GivenNamesFileSchema },
  officeHolders: { file: 'actors/office-holders.json', schema: OfficeHoldersFileSchema },
  partyLeaders: { file: 'actors/party-leaders.json', schema: PartyLeadersFileSchema },
  regions: {
    file: 'actors/regions.json',
    schema: z.object({
      regions: z.record(z.string(), z.array(z.string())),
      datelineAbbreviations: z.record(z.string(), z.array(z.string())).optional(),
      postalAbbreviations: z.record(z.string(), z.array(z.string().regex(/^[A-Z]{2}$/))).optional(),
    }),
  },
  /** precomputed from the stdlib English first-name lists by scripts/build-ner-lexicon.ts */
  firstNames: { file: 'actors/first-names.json', schema: z.object({ male: z.array(z.string()), female: z.array(z.string()) }) },
  brands: { file: 'actors/brands.json', schema: z.object({ brands: z.array(z.string()) }) },
  exonyms: { file: 'actors/exonyms.json', schema: z.object({ places: z.record(z.string(), z.array(z.string())) }) },
  contextNames: { file: 'actors/context-names.json', schema: ContextNamesFileSchema },
  predecessorStates: { file: 'actors/predecessor-states.json', schema: PredecessorStatesFileSchema },
  wordNames: { file: 'actors/word-names.json', schema: z.object({ names: wordListSchema(/^[a-z]+$/) }) },
  commonWords: { file: 'actors/common-words.json', schema: z.object({ words: wordListSchema(/^[a-z]+$/) }) },
  termAcronyms: { file: 'actors/term-acronyms.json', schema: z.object({ acronyms: wordListSchema(/^[A-Z][A-Z0-9]+s?$/) }) },
  groups: { file: 'actors/groups.json', schema: GroupsFileSchema },
  /** well-known shops, restaurant chains, hotels, airlines, banks, web services and brands by kind (consumer-businesses.ts) */
  consumerBusinesses: {
    file: 'actors/consumer-businesses.json',
    schema: z.object({ kinds: z.record(z.string(), z.array(z.string().min(1))), ordinary: z.array(z.string().min(1)) }),
  },
} as const satisfies Record<string, DataFileSchema>;

/**
 * The fingerprint of the modules that define the schemas of {@link ENTITY_DATA_FILES} (this one, actor-kb,
 * word-list-schema): the build's record of validated files is used only with the schemas it was made with.
 * @returns hex digest, or null when a module's source cannot be read
 */
export function entityDataSchemaFingerprint(): string | null {
  return moduleFingerprint(import.meta.url, ['data-files', 'actor-kb', 'word-list-schema']);
}
