import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Analyzer } from '../analyze.js';
import type { PipelineRun } from '../store/store.js';

/**
 * Describes the analyzer as a pipeline run: detente version and component versions; the run id is a
 * hash of those, so identical pipelines share one run record.
 */
export function pipelineRun(analyzer: Analyzer): PipelineRun {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const components: Record<string, string> = {};
  for (const c of analyzer.pipeline.components) components[c.name] = c.version;
  const id = createHash('sha256').update(pkg.version).update(JSON.stringify(components)).digest('hex').slice(0, 16);
  return { id, startedAt: new Date().toISOString(), detenteVersion: pkg.version, components };
}
