import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ResourceOptions } from './load.js';

/** A user file that changes output: its name (without the folder, which says nothing of its content) and content hash. */
export interface SettingsFile {
  /** the file name as given, without its folder ("mine.actors.txt") */
  readonly file: string;
  /** first 16 hex digits of the SHA-256 of its bytes */
  readonly sha256: string;
}

/**
 * The analysis options that change output, as a pipeline run records them (store/pipeline-run.ts): two runs whose
 * settings differ may store different annotations for the same article, so they never share a run id.
 * A model left at its built-in file is `"built-in"` (covered by the code fingerprint); a model turned off is `false`.
 */
export interface RunSettings {
  /** the trained quote models (cue model, content-end ranker, content-span model) on; false with `--no-quote-models` */
  readonly quoteModels: boolean;
  /** user actor dictionaries (`--actors`), in order */
  readonly actors: readonly SettingsFile[];
  /** user PETRARCH verb dictionaries (`--verbs`), in order */
  readonly verbs: readonly SettingsFile[];
  /** the NER model: built-in, off (rules only), or a user file */
  readonly nerModel: 'built-in' | false | SettingsFile;
  /** the word-cluster table of the NER features: built-in (default), off, or a user file */
  readonly clusters: 'built-in' | false | SettingsFile;
}

/**
 * A user file as {@link SettingsFile}.
 * @throws Error (ENOENT…) when the file cannot be read; the loader reads it first and fails with its own error
 */
function settingsFile(path: string): SettingsFile {
  return { file: basename(path), sha256: createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16) };
}

/**
 * The settings of resources loaded with `options` ({@link loadResources}): the options that change output, user files
 * by name and content hash (the same file under another folder is the same setting; an edited file is another).
 * @param options the options resources were loaded with
 * @returns the settings, plain JSON
 * @throws Error when a user file cannot be read
 */
export function runSettings(options: ResourceOptions): RunSettings {
  const actors = options.actorsFile === undefined ? [] : typeof options.actorsFile === 'string' ? [options.actorsFile] : options.actorsFile;
  const model = (value: string | false | undefined) => (value === false ? false : value === undefined ? 'built-in' : settingsFile(value));
  return {
    quoteModels: options.quoteModels !== false,
    actors: actors.map(settingsFile),
    verbs: (options.verbsFile ?? []).map(settingsFile),
    nerModel: model(options.nerModel),
    clusters: model(options.clusters),
  };
}
