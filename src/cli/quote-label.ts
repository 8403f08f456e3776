import type { Quote } from '../model/quote.js';

/** A cue that is itself a refusal ("declined", "refused", "has declined"): negated, it refuses to speak. */
const REFUSAL_CUE = /\b(declin|refus)\w*$/i;

/**
 * The bracketed label after a quote in text output (`analyze`, `quotes`): its kind, then its cue as written; a
 * negated cue with "not" (`[indirect, not confirm]`: the speaker did not say it), a negated refusal with the class
 * "refusal" (`[indirect, declined: refusal]` for "declined to comment": a "not" would read "did not decline"), and a cue
 * that reports something other than speech named by its class (`[indirect, expects: belief]`, `[indirect, criticized:
 * stance]`: see CueClassSchema in model/quote.ts; `--cue-class speech,writing` leaves out beliefs and stances).
 * @param quote a quote's kind, cue, cue class and negation
 * @returns `[kind]` or `[kind, cue]` / `[kind, not cue]` / `[kind, cue: class]` / `[kind, cue: refusal]`
 */
export function quoteLabel(quote: Pick<Quote, 'kind' | 'cue' | 'cueClass' | 'negated'>): string {
  if (!quote.cue) return `[${quote.kind}]`;
  if (quote.negated && REFUSAL_CUE.test(quote.cue.text)) return `[${quote.kind}, ${quote.cue.text}: refusal]`;
  const cueClass = quote.cueClass && quote.cueClass !== 'speech' ? `: ${quote.cueClass}` : '';
  return `[${quote.kind}, ${quote.negated ? 'not ' : ''}${quote.cue.text}${cueClass}]`;
}
