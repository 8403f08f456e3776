import { dataPath } from '../../resources/data-path.js';
import { loadCameoTable, type CameoTable } from './cameo-codes.js';
import { loadVerbLexicon, mergeLexicons, type VerbLexicon } from './verb-lexicon.js';
import { readEventDataRecord } from './event-data-record.js';
import { petrarchVerbLexicon } from './petrarch-verb-lexicon.js';
import { senseGuards } from './petrarch-guards.js';
import { DetenteError } from '../../pipeline/errors.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ENTITY_DATA_FILES, entityDataSchemaFingerprint } from '../entities/data-files.js';
import { readJson } from '../entities/resources.js';
import { readValidatedData } from '../../resources/validated-data.js';
import { groupNounAgents } from './unnamed-group.js';

/**
 * Everything the event coder reads, loaded and validated once, then frozen:
 * the CAMEO code table (data/cameo/event-codes.tsv) and the verb-pattern lexicon
 * (data/events/verbs.yaml after the sense guards of data/events/senses.yaml, plus user lexicons, which take priority),
 * and the group nouns of the entities layer's role lexicon (data/actors/roles.json).
 */
export interface EventResources {
  readonly version: string;
  readonly codes: CameoTable;
  readonly lexicon: VerbLexicon;
  /** Plural group nouns → CAMEO agent code ("gunmen" UAF, "villagers" CVL; unnamed-group.ts `groupNounAgents`). */
  readonly groupAgents: ReadonlyMap<string, string>;
}

/** Options for {@link loadEventResources}. */
export interface EventResourceOptions {
  /** Extra lexicon files in the data/events/verbs.yaml format; their rules come before the built-in ones. */
  readonly eventLexicons?: readonly string[];
  /** Replace the built-in lexicon instead of extending it (e.g. with an imported PETRARCH dictionary). */
  readonly lexicon?: VerbLexicon;
  /**
   * PETRARCH verb dictionaries (CAMEO.2.0.txt format; `--verbs FILE`), read in order through
   * {@link petrarchVerbLexicon}: their patterns come before the built-in ones (an earlier file before a later one), and
   * a code the CAMEO table lacks gets a neutral row.
   */
  readonly petrarchVerbs?: readonly string[];
  /**
   * The group roles of the entities layer's merged knowledge base (EntityResources `groupRoles`: a user's `--actors`
   * groups first, then data/actors/roles.json's), whose plural one-word phrases are the unnamed-group nouns. Default:
   * roles.json's alone.
   */
  readonly groupRoles?: Parameters<typeof groupNounAgents>[0]['groupRoles'];
  /** Called for each line of a `petrarchVerbs` file the import skipped or read in part, and each code whose patterns were left out (the caller reports it). */
  readonly onWarning?: (warning: { file: string; line: number; reason: string }) => void;
}

/**
 * Reads a `--verbs` file.
 * @throws DetenteError E_RESOURCE_READ naming the file and the reason (no such file, a directory)
 */
function readVerbsFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (cause as Error).message;
    throw new DetenteError('E_RESOURCE_READ', `could not read the verbs file ${path}: ${why}`, { cause });
  }
}

/**
 * Loads the CAMEO code table, the verb lexicon and the role lexicon's group nouns.
 * @param options extra lexicon files, or a ready lexicon to use instead of the built-in one
 * @throws DetenteError E_RESOURCE_MISSING / E_RESOURCE_INVALID when a data file is missing or malformed; E_RESOURCE_READ
 *   when a `petrarchVerbs` file cannot be read, E_RESOURCE_INVALID when it holds no verb pattern
 */
export function loadEventResources(options: EventResourceOptions = {}): EventResources {
  // the files the build checked are read without the schemas (event-data-record.ts)
  const validated = readEventDataRecord();
  let codes: CameoTable = loadCameoTable(dataPath('cameo', 'event-codes.tsv'), validated);
  let lexicon: VerbLexicon;
  if (options.lexicon) lexicon = options.lexicon;
  else {
    // figurative and noun senses (senses.yaml) are decided before the default patterns of the same lemma
    const builtin = mergeLexicons([
      loadVerbLexicon(dataPath('events', 'senses.yaml'), codes, 'builtin', validated),
      loadVerbLexicon(dataPath('events', 'verbs.yaml'), codes, 'builtin', validated),
    ]);
    const user = (options.eventLexicons ?? []).map((p) => loadVerbLexicon(p, codes));
    for (const path of options.petrarchVerbs ?? []) {
      const text = readVerbsFile(path);
      const read = petrarchVerbLexicon(text, path, `petrarch-${basename(path).replace(/\.txt$/i, '')}`, codes, [], true);
      for (const c of read.dropped) {
        const at = text.indexOf(`[${c}]`);
        options.onWarning?.({ file: path, line: at < 0 ? 1 : text.slice(0, at).split('\n').length, reason: `"[${c}]" is no CAMEO event code of 2 to 4 digits: its patterns are left out` });
      }
      for (const p of read.report.problems) options.onWarning?.({ file: path, line: p.line, reason: p.reason });
      if (read.lexicon.ruleCount === 0) throw new DetenteError('E_RESOURCE_INVALID', `the verbs file ${path} defines no verb patterns read as a PETRARCH verb dictionary (CAMEO.2.0.txt format: "--- NAME [CODE] ---" blocks of verbs and "- pattern [CODE]" lines)`);
      user.push(read.lexicon);
      codes = read.codes;
    }
    // the built-in sense guards come before the imported PETRARCH patterns of the same verb (petrarch-guards.ts)
    const guards = options.petrarchVerbs?.length ? [senseGuards(builtin)] : [];
    lexicon = user.length ? mergeLexicons([...guards, ...user, builtin]) : builtin;
  }
  const roles = options.groupRoles ? { groupRoles: options.groupRoles } : readJson(ENTITY_DATA_FILES.roles, readValidatedData(entityDataSchemaFingerprint()));
  return Object.freeze({ version: `cameo-1.1b3+lexicon-${lexicon.version}`, codes, lexicon, groupAgents: groupNounAgents(roles) });
}
