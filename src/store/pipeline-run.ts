import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Analyzer } from '../analyze.js';
import type { PipelineRun } from './store.js';

/**
 * Describes an analyzer as a pipeline run, the record every stored article refers to (Store.recordRun, then
 * `saveBatch(analyses, run.id)`): the detente version (package.json) and the name and version of each pipeline
 * component. The run id is the first 16 hex digits of the SHA-256 of those, so identical pipelines share one run
 * record; `startedAt` is now (ISO 8601).
 * @param analyzer the analyzer whose analyses are stored (createAnalyzer)
 * @returns the run record `{ id, startedAt, detenteVersion, components }`
 */
export function pipelineRun(analyzer: Analyzer): PipelineRun {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const components: Record<string, string> = {};
  for (const c of analyzer.pipeline.components) components[c.name] = c.version;
  const id = createHash('sha256').update(pkg.version).update(JSON.stringify(components)).digest('hex').slice(0, 16);
  return { id, startedAt: new Date().toISOString(), detenteVersion: pkg.version, components };
}
