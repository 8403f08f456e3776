import type { CompiledRule, VerbLexicon } from './verb-lexicon.js';

/**
 * The sense guards of a lexicon: its rules that match and code nothing (`suppress`: "value added" is no remark, a deal
 * "struck" no blow, "prices declined" no refusal), kept alone so that they can be tried before the patterns of an
 * imported PETRARCH verb dictionary (events/resources.ts `petrarchVerbs`). Those patterns come before the built-in
 * rules of the same verb, so without this the guards written for the verb were never reached (fresh-eyes review 21).
 * @param lexicon the built-in lexicon (data/events/senses.yaml + verbs.yaml)
 * @returns a lexicon of the suppress rules only, per lemma in their order; `ruleCount` 0 (they are counted in `lexicon`)
 */
export function senseGuards(lexicon: VerbLexicon): VerbLexicon {
  const only = (index: ReadonlyMap<string, readonly CompiledRule[]>) => {
    const out = new Map<string, readonly CompiledRule[]>();
    for (const [lemma, rules] of index) {
      const guards = rules.filter((r) => r.suppress);
      if (guards.length) out.set(lemma, guards);
    }
    return out;
  };
  return Object.freeze({ version: 'guards', verbs: only(lexicon.verbs), nouns: only(lexicon.nouns), discard: new Set<string>(), discardPhrases: [], ruleCount: 0 });
}
