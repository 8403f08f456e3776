/** Rule ids recorded in provenance, one per attribution pattern. */
export type QuoteRule =
  | 'direct-cue-after'
  | 'direct-cue-before'
  | 'direct-dash'
  | 'direct-colon-line'
  | 'direct-continuation'
  | 'direct-unattributed'
  | 'indirect-cue-first'
  | 'indirect-cue-after'
  | 'indirect-according-to'
  | 'indirect-passive'
  | 'indirect-raised'
  | 'indirect-noun'
  | 'indirect-relative'
  | 'indirect-object'
  | 'indirect-infinitive'
  | 'indirect-question'
  | 'label-line';
