import type { Quote } from '../model/quote.js';

/**
 * The bracketed label after a quote in text output (`analyze`, `quotes`): its kind, then its cue as written; a
 * negated cue with "not" (`[indirect, not confirm]`: the speaker did not say it), and a cue that reports something
 * other than speech named by its class (`[indirect, expects: belief]`, `[indirect, criticized: stance]`: see
 * CueClassSchema in model/quote.ts; `--cue-class speech,writing` leaves out beliefs and stances).
 * @param quote a quote's kind, cue, cue class and negation
 * @returns `[kind]` or `[kind, cue]` / `[kind, not cue]` / `[kind, cue: class]`
 */
export function quoteLabel(quote: Pick<Quote, 'kind' | 'cue' | 'cueClass' | 'negated'>): string {
  if (!quote.cue) return `[${quote.kind}]`;
  const cueClass = quote.cueClass && quote.cueClass !== 'speech' ? `: ${quote.cueClass}` : '';
  return `[${quote.kind}, ${quote.negated ? 'not ' : ''}${quote.cue.text}${cueClass}]`;
}
