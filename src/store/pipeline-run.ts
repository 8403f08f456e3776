import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RunSettings } from '../resources/run-settings.js';
import { codeFingerprint } from '../resources/build-fingerprint.js';
import type { PipelineRun } from './store.js';

/**
 * What {@link pipelineRun} reads of an analyzer: its components' names and versions and its run settings (an Analyzer,
 * or the description an analyzer in a worker thread gives: analysis-budget/isolated-analyzer.ts `ready`).
 */
export interface PipelineDescription {
  readonly pipeline: { readonly components: readonly { readonly name: string; readonly version: string }[] };
  readonly resources: { readonly settings?: RunSettings | null };
}

/**
 * Describes an analyzer as a pipeline run, the record every stored article refers to (Store.recordRun, then
 * `saveBatch(analyses, run.id)`): the detente version (package.json), the name and version of each pipeline
 * component, the fingerprint of the code and built-in data that run (resources/build-fingerprint.ts: computed by the
 * build, or from src/ under tsx; null when the build left no record) and the options that change output
 * (resources/run-settings.ts: quote models, user dictionaries by file name and content hash, NER model; null for
 * resources assembled by hand). The run id is the first 16 hex digits of the SHA-256 of all of these, so two runs
 * that may store different annotations for the same article never share an id (review 27: a build at 20ea20e^ and
 * one at HEAD, 96 vs 89 events on the same files, shared one), and identical runs share one run record.
 * `startedAt` is now (ISO 8601). Reads the code and data files (~10-20 ms): call it once per command, not per article.
 * @param analyzer the analyzer whose analyses are stored (createAnalyzer), or its description (IsolatedAnalyzer.ready)
 * @param fingerprint the code fingerprint (default {@link codeFingerprint}; tests pass one)
 * @returns the run record `{ id, startedAt, detenteVersion, components, fingerprint, settings }`
 */
export function pipelineRun(analyzer: PipelineDescription, fingerprint: string | null = codeFingerprint()): PipelineRun {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const components: Record<string, string> = {};
  for (const c of analyzer.pipeline.components) components[c.name] = c.version;
  const settings = analyzer.resources.settings ?? null;
  const id = createHash('sha256')
    .update(pkg.version)
    .update(JSON.stringify(components))
    .update(`\0${fingerprint ?? 'unknown'}\0`)
    .update(JSON.stringify(settings))
    .digest('hex')
    .slice(0, 16);
  return { id, startedAt: new Date().toISOString(), detenteVersion: pkg.version, components, fingerprint, settings };
}
