/** CAMEO code table and verb lexicon (placeholder). */
export interface EventResources {
  readonly version: string;
}
/** Loads the event resources. */
export function loadEventResources(): EventResources {
  return { version: '0' };
}
