// Test support only (excluded from the build by tsconfig.build.json): the parse-and-code set-up of the event tests.
import { createAnalyzer, type Analyzer } from '../../analyze.js';
import { articleFromText } from '../../ingest/article-id.js';
import { EventSchema, type CodedEvent } from '../../model/event.js';
import { createNlp, type Nlp } from '../../nlp/nlp.js';
import { codeEvents, type CodeEventsOptions } from './code-events.js';
import { loadEventResources, type EventResources } from './resources.js';
import { entitiesFor, type EntitySpec } from './test-entities.js';

/**
 * An event as the regression tests compare it: `source>target code` with CAMEO actor codes ('-' for no target),
 * e.g. `FRA>DEU 040`.
 */
export function eventBrief(e: CodedEvent): string {
  return `${e.source.actor}>${e.target?.actor ?? '-'} ${e.code}`;
}

/** What {@link createEventRunner} returns; `events` and `brief` take `(text, specs, published?, options?)`. */
export interface EventRunner {
  readonly nlp: Nlp;
  readonly resources: EventResources;
  /** The events {@link codeEvents} codes in `text` with the hand-built entities of `specs` (article id 'a1', title 't'). */
  events(text: string, specs: readonly EntitySpec[], published?: string | null, options?: CodeEventsOptions): CodedEvent[];
  /** The same events as {@link eventBrief} strings, in order. */
  brief(text: string, specs: readonly EntitySpec[], published?: string | null, options?: CodeEventsOptions): string[];
}

/**
 * For tests of the event coder: one parser and one set of shipped event resources, and functions that parse a text
 * and code its events against hand-built entities ({@link entitiesFor}).
 * @param published the default publication date (YYYY-MM-DD) events are dated relative to, or null for none
 * @param validate when true, every coded event is checked against {@link EventSchema} (throws a ZodError if one is not
 *   valid)
 */
export function createEventRunner(published: string | null, { validate = false }: { validate?: boolean } = {}): EventRunner {
  const nlp = createNlp();
  const resources = loadEventResources();
  const events = (text: string, specs: readonly EntitySpec[], on: string | null = published, options: CodeEventsOptions = {}): CodedEvent[] => {
    const coded = codeEvents({ id: 'a1', title: 't', published: on, text }, nlp.parse(text), entitiesFor(text, specs), resources, options);
    if (validate) for (const e of coded) EventSchema.parse(e);
    return coded;
  };
  const brief = (text: string, specs: readonly EntitySpec[], on: string | null = published, options: CodeEventsOptions = {}) =>
    events(text, specs, on, options).map(eventBrief);
  return { nlp, resources, events, brief };
}

/** What {@link createAnalysedRunner} returns: `run(text, published?)` with the analyzer it uses. */
export type AnalysedRunner = ((text: string, published?: string) => string[]) & { readonly analyzer: Analyzer };

/**
 * For tests whose actors come from the entities layer: the whole analyzer, and a function giving the
 * {@link eventBrief} strings of the events of a text (an article titled 't').
 * @param published the default publication date (YYYY-MM-DD) of the article
 * @param nlp the parser, to share it with the other runners of a test file (a new one by default)
 * @returns `(text, published = published) => briefs`, with the analyzer on it (`run.analyzer`)
 */
export function createAnalysedRunner(published: string, nlp: Nlp = createNlp()): AnalysedRunner {
  const analyzer = createAnalyzer({ nlp });
  const run = (text: string, on: string = published) => analyzer.analyze(articleFromText(text, { title: 't', published: on })).events.map(eventBrief);
  return Object.assign(run, { analyzer });
}

/**
 * The high-impact events among {@link eventBrief} strings: |Goldstein| >= 7 or a root code 15–20 (force, protest
 * and sanctions of CAMEO's conflict half), the events a researcher checks first.
 * @param briefs event briefs, `source>target code`
 * @param resources the event resources whose code table gives the Goldstein values (a code not in it counts as 0)
 */
export function highImpactBriefs(briefs: readonly string[], resources: EventResources): string[] {
  return briefs.filter((e) => {
    const code = e.slice(e.lastIndexOf(' ') + 1);
    const g = resources.codes.get(code)?.goldstein ?? 0;
    return Math.abs(g) >= 7 || /^(1[5-9]|20)/.test(code);
  });
}

/**
 * A country as a hand-built entity: type GPE, actor and country both the ISO code, id its lower-case form.
 * @param code the ISO 3166 alpha-3 code the CAMEO actor code takes (e.g. 'CHL')
 * @param name the canonical name
 * @param surfaces the strings that mention it (see {@link EntitySpec}); just the name by default
 */
export function countrySpec(code: string, name: string, surfaces: readonly string[] = [name]): EntitySpec {
  return { id: code.toLowerCase(), name, type: 'GPE', actor: code, country: code, surfaces };
}
