import { EMPTY_TONE } from '../model/tone.js';
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { Nlp } from '../nlp/nlp.js';
import type { Resources } from '../resources/resources.js';
import type { Annotations, Component, Context, Layer } from './component.js';
import { PipelineError } from './errors.js';

/** A built pipeline: runs every component on one article. */
export interface Pipeline {
  readonly components: readonly Component[];
  /** Analyses one article. Component failures are recorded as issues, never thrown. */
  run(article: Article): Analysis;
}

/**
 * Builds a pipeline from components in order.
 * @throws PipelineError (E_PIPELINE_REQUIREMENT) when a component requires a layer no earlier component assigns
 */
export function createPipeline({
  nlp,
  resources,
  components,
}: {
  nlp: Nlp;
  resources: Resources;
  components: readonly Component[];
}): Pipeline {
  const assigned = new Set<Layer>();
  for (const c of components) {
    for (const r of c.requires) {
      if (!assigned.has(r)) {
        throw new PipelineError(
          'E_PIPELINE_REQUIREMENT',
          `component "${c.name}" requires layer "${r}", which no earlier component assigns; add the component that assigns it before "${c.name}"`,
        );
      }
    }
    assigned.add(c.assigns);
  }
  return {
    components,
    run(article: Article): Analysis {
      const doc = nlp.parse(article.text);
      const annotations: Annotations = {};
      const ctx: Context = { article, doc, resources, annotations, issues: [] };
      for (const c of components) {
        try {
          const result = c.predict(ctx);
          (annotations as Record<string, unknown>)[c.assigns] = result;
        } catch (err) {
          ctx.issues.push({
            code: 'E_COMPONENT_FAILED',
            message: `${c.name} failed: ${(err as Error).message}`,
            source: c.name,
          });
        }
      }
      return {
        article,
        entities: annotations.entities ?? [],
        quotes: annotations.quotes ?? [],
        events: annotations.events ?? [],
        tone: annotations.tone ?? { ...EMPTY_TONE },
        issues: ctx.issues,
      };
    },
  };
}
