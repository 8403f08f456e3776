import type { EntityResources } from '../extract/entities/resources.js';
import type { EventResources } from '../extract/events/resources.js';
import type { QuoteResources } from '../extract/quotes/resources.js';
import type { ToneResources } from '../extract/tone/resources.js';
import type { RunSettings } from './run-settings.js';

/**
 * Every dictionary, code table and model the pipeline uses, loaded and validated once, then frozen
 * and passed in (never module globals). Each extractor folder owns its part.
 */
export interface Resources {
  readonly entities: EntityResources;
  readonly quotes: QuoteResources;
  readonly events: EventResources;
  readonly tone: ToneResources;
  /**
   * The options they were loaded with that change output (quote models, user dictionaries by name and content hash,
   * NER model), which a pipeline run records (store/pipeline-run.ts); set by loadResources, absent on resources
   * assembled by hand (a run then records null).
   */
  readonly settings?: RunSettings;
}
