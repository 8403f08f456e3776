import { loadEntityResources, type EntityResourceOptions } from '../extract/entities/resources.js';
import { loadEventResources } from '../extract/events/resources.js';
import { loadQuoteResources } from '../extract/quotes/resources.js';
import { loadToneResources } from '../extract/tone/resources.js';
import type { Resources } from './resources.js';
import { runSettings } from './run-settings.js';

/** Options for {@link loadResources}. */
export interface ResourceOptions extends EntityResourceOptions {
  /**
   * false: the quote component runs its rules without the trained cue model and content-end ranker (quotes stage
   * about half the CPU time; PolNeAR dev, measured 2026-11-29: overlap F1 70.0 → 69.7, exact 56.2 → 55.3, cue F1
   * 66.3 → 65.0, speaker accuracy 92.6 → 91.2).
   * Default true.
   */
  readonly quoteModels?: boolean;
  /**
   * PETRARCH verb dictionaries (`--verbs FILE`, CAMEO.2.0.txt format) whose patterns come before the built-in lexicon,
   * in order (events/resources.ts `petrarchVerbs`). Default none.
   */
  readonly verbsFile?: readonly string[];
}

/**
 * Loads and freezes all built-in resources (data files under `data/` and package data).
 * @throws DetenteError when a data file is missing or fails validation
 */
export function loadResources(options: ResourceOptions = {}): Resources {
  const entities = loadEntityResources(options);
  return Object.freeze({
    entities,
    quotes: loadQuoteResources(options.quoteModels === false ? { cueModel: false, contentEndModel: false, contentSpanModel: false } : {}),
    // the unnamed-group nouns of the events come from the merged knowledge base: a user's --actors groups too
    events: loadEventResources({ groupRoles: entities.groupRoles, ...(options.verbsFile?.length ? { petrarchVerbs: options.verbsFile, onWarning: options.onActorsWarning } : {}) }),
    tone: loadToneResources(),
    settings: Object.freeze(runSettings(options)),
  });
}
