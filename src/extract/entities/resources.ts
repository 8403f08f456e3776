/** Knowledge the entity extractor uses (placeholder until the actor knowledge base lands). */
export interface EntityResources {
  readonly version: string;
}
/** Options for loading entity resources: `actorsFile` extends the built-in knowledge base. */
export interface EntityResourceOptions {
  actorsFile?: string;
}
/** Loads the entity resources. */
export function loadEntityResources(_options: EntityResourceOptions = {}): EntityResources {
  return { version: '0' };
}
