import { loadEntityResources, type EntityResourceOptions } from '../extract/entities/resources.js';
import { loadEventResources } from '../extract/events/resources.js';
import { loadQuoteResources } from '../extract/quotes/resources.js';
import { loadToneResources } from '../extract/tone/resources.js';
import type { Resources } from './resources.js';

/** Options for {@link loadResources}. */
export interface ResourceOptions extends EntityResourceOptions {}

/**
 * Loads and freezes all built-in resources (data files under `data/` and package data).
 * @throws DetenteError when a data file is missing or fails validation
 */
export function loadResources(options: ResourceOptions = {}): Resources {
  return Object.freeze({
    entities: loadEntityResources(options),
    quotes: loadQuoteResources(),
    events: loadEventResources(),
    tone: loadToneResources(),
  });
}
