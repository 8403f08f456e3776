import type { Doc } from '../../nlp/doc.js';
import { verbContext } from './clause-context.js';
import { infinitiveGovernor } from './controlled-complement.js';
import { weighedOption } from './gerund-clause.js';
import type { CompiledRule } from './verb-lexicon.js';

/*
 * An event noun whose light verb tells a plan, not an act done: "will pay a visit to Y", "would start his visit on
 * Monday", "hopes to hold talks with Y", "could pay a visit". The noun names the act, but the verb that carries it
 * ("pay", "start", "hold", "complete", "join") is in the future, under a modal, or an infinitive no aspectual verb
 * reports as happening. The verb coder reads the same forms of a verb trigger ("will visit", "hopes to visit") as
 * intents (modal-coding.ts, controlled-complement.ts); this reads them for nouns.
 *
 * Source of the rule: CAMEO 1.1b3, ch. 03 (EXPRESS INTENT TO COOPERATE): an intent or a plan an actor states is coded
 * 03x ("036: Express intent to meet or negotiate", which covers visits and talks), the act itself (040, 042, 046) only
 * when it takes place; an act without a 03x intent (a protest, an attack) that is only planned is no event.
 */

/** How a light verb reports its event noun's act: as 'done', as an 'intent' (03x) of its subject, or 'none' (no event). */
export type LightVerbMood = 'done' | 'intent' | 'none';

/**
 * How the light verb at `v` reports the act of its event noun:
 * - 'intent' after will/would/shall/'ll/"going to" ("will pay a visit"), and as the infinitive of a verb that states an
 *   intent ("hopes to pay a visit", "agreed to hold talks": a verb whose rule in `verbs` controls an intent) or of an
 *   intent noun or adjective ("plans to", "ready to");
 * - 'none' under could/might/may/should/must/if ("could pay a visit"), as the gerund of an option weighed or
 *   proposed ("suggested holding talks", gerund-clause.ts), and as an infinitive of any other word ("is
 *   expected to pay a visit", "due to hold talks", "left to complete negotiations": a purpose or a forecast, which the
 *   verb coder leaves uncoded for a verb trigger too);
 * - 'done' otherwise ("paid a visit", "decided to pay a visit", "will not pay": a negation is read by the noun coder).
 * An aspectual verb before "to" passes its own mood on ("will continue to hold talks": intent).
 * @param doc the parsed article
 * @param v the light verb (token index)
 * @param first the first token of its sentence
 * @param verbs the verb lexicon (lemma → rules), for the controllers of an intent
 */
export function lightVerbMood(doc: Doc, v: number, first: number, verbs: ReadonlyMap<string, readonly CompiledRule[]>): LightVerbMood {
  for (let hops = 0; hops < 3; hops++) {
    const ctx = verbContext(doc, v, first);
    if (ctx.hypothetical || weighedOption(doc, v, first)) return 'none';
    if (ctx.future) return 'intent';
    let to = v - 1;
    while (to > first && doc.pos[to] === 'ADV') to--;
    if (to <= first || doc.lower[to] !== 'to' || doc.pos[to] !== 'PART') return 'done';
    const gov = to - 1;
    const kind = infinitiveGovernor(doc, gov);
    if (kind === 'intent') return 'intent';
    if (kind === 'threat') return 'none';
    if (kind === 'aspectual' && doc.pos[gov] === 'VERB') {
      v = gov;
      continue;
    }
    if (kind === 'aspectual') return 'done';
    const rules = verbs.get(doc.lemmas[gov]) ?? verbs.get(doc.lower[gov]);
    return rules?.some((r) => r.control === 'intent') ? 'intent' : 'none';
  }
  return 'done';
}

/** Verbs besides the light verbs whose event-noun object is their subject's own act: "will attend the summit", "will host talks". */
const TAKING_PART: ReadonlySet<string> = new Set(['attend', 'host', 'chair', 'convene']);

/**
 * True when the verb at `v` takes part in the event noun it governs as the light verbs do ("will attend the summit
 * between X and Y": the summit is to come, as the attending), so its mood is the noun's ({@link lightVerbMood}).
 * @param doc the parsed article
 * @param v the verb governing the noun
 */
export function carriesMood(doc: Doc, v: number): boolean {
  return TAKING_PART.has(doc.lemmas[v]);
}
