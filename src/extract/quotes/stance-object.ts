import type { CueClass } from '../../model/quote.js';
import type { QuoteRule } from './quote-rule.js';
import type { CueEntry, QuoteResources } from './resources.js';

/** Words that open a clause rather than a noun phrase: a complement starting with one is reported speech. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);

/**
 * The cue class a quote takes: `stance` when its content is the object of a verb that evaluates or takes up what the
 * object names (`criticized the plan`, `rejected the order`, `lashed out at the court`, `talked about immigration`), else
 * the class of its lexicon entry. Such an object is what the stance is about, not words said, so it is kept apart from
 * statements (`--cue-class speech,writing` leaves it out) while the same verb before a that-clause stays a report
 * (`criticized that the plan was late` is `speech`). PolNeAR annotates both as attributions (Newell, Margolin & Ruths
 * 2018), which is why the object is kept at all. The verbs are `stanceObjects` in data/quotes/cues.json.
 * A complement that opens a clause (`questioned why the vote was held`, `complained that …`) is a report and keeps the
 * entry's class.
 * @param entry the cue's lexicon entry; `rule` the attribution rule that read the content
 * @param resources the lexicon (its `stanceObjects`); `firstWord` the content's first word, lower-cased
 * @returns the quote's cue class
 */
export function quoteCueClass(entry: CueEntry, rule: QuoteRule, resources: QuoteResources, firstWord: string): CueClass {
  if ((rule === 'indirect-object' || ((rule === 'indirect-complement' || rule === 'indirect-learned-span') && !CLAUSE_OPENERS.has(firstWord))) && resources.stanceObjects?.has(entry.lemma)) return 'stance';
  return entry.class;
}
