import { dataPath } from '../../resources/data-path.js';
import { loadCameoTable, type CameoTable } from './cameo-codes.js';
import { loadVerbLexicon, mergeLexicons, type VerbLexicon } from './verb-lexicon.js';
import { readEventDataRecord } from './event-data-record.js';

/**
 * Everything the event coder reads, loaded and validated once, then frozen:
 * the CAMEO code table (data/cameo/event-codes.tsv) and the verb-pattern lexicon
 * (data/events/verbs.yaml after the sense guards of data/events/senses.yaml, plus user lexicons, which take priority).
 */
export interface EventResources {
  readonly version: string;
  readonly codes: CameoTable;
  readonly lexicon: VerbLexicon;
}

/** Options for {@link loadEventResources}. */
export interface EventResourceOptions {
  /** Extra lexicon files in the data/events/verbs.yaml format; their rules come before the built-in ones. */
  readonly eventLexicons?: readonly string[];
  /** Replace the built-in lexicon instead of extending it (e.g. with an imported PETRARCH dictionary). */
  readonly lexicon?: VerbLexicon;
}

/**
 * Loads the CAMEO code table and the verb lexicon.
 * @param options extra lexicon files, or a ready lexicon to use instead of the built-in one
 * @throws DetenteError E_RESOURCE_MISSING / E_RESOURCE_INVALID when a data file is missing or malformed
 */
export function loadEventResources(options: EventResourceOptions = {}): EventResources {
  // the files the build checked are read without the schemas (event-data-record.ts)
  const validated = readEventDataRecord();
  const codes = loadCameoTable(dataPath('cameo', 'event-codes.tsv'), validated);
  let lexicon: VerbLexicon;
  if (options.lexicon) lexicon = options.lexicon;
  else {
    // figurative and noun senses (senses.yaml) are decided before the default patterns of the same lemma
    const builtin = mergeLexicons([
      loadVerbLexicon(dataPath('events', 'senses.yaml'), codes, 'builtin', validated),
      loadVerbLexicon(dataPath('events', 'verbs.yaml'), codes, 'builtin', validated),
    ]);
    const user = (options.eventLexicons ?? []).map((p) => loadVerbLexicon(p, codes));
    lexicon = user.length ? mergeLexicons([...user, builtin]) : builtin;
  }
  return Object.freeze({ version: `cameo-1.1b3+lexicon-${lexicon.version}`, codes, lexicon });
}
