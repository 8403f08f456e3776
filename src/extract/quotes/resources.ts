/** Cue lexicon and patterns for quote extraction (placeholder). */
export interface QuoteResources {
  readonly version: string;
}
/** Loads the quote resources. */
export function loadQuoteResources(): QuoteResources {
  return { version: '0' };
}
