import type { Doc, Sentence } from '../../nlp/doc.js';
import type { ActorChunk } from './actor-chunks.js';
import type { Candidate } from './event-candidate.js';
import { matchRule, type RuleMatch } from './match-rule.js';
import type { EventResources } from './resources.js';
import { verbCandidate } from './verb-candidate.js';
import type { CompiledRule } from './verb-lexicon.js';

/**
 * The candidate of the next rule of a verb when a rule from a dictionary file (an imported PETRARCH pattern, a user
 * lexicon's rule) matched its words but found no source: PETRARCH matches a pattern only where its actor markers find
 * actors, so `- * $ OVER [112]` on "Denmark scolded Norway over fishing quotas" (no actor after "over") is no match,
 * and the verb's next pattern, its block's default code or the built-in rule codes the sentence (DNK → NOR 111) instead
 * of nothing (fresh-eyes review 21). Rules are tried in their order after `m.rule`; a guard (`suppress`) ends the search
 * with no event, and so does a built-in rule, which is coded as it is.
 * @param doc the parsed article; `sentence` the trigger's sentence; `chunks` its actor phrases
 * @param m the match whose candidate had no source
 * @param rules the trigger's rules in priority order (the list `m.rule` came from)
 * @param res, verbs, consumed, literal as for {@link verbCandidate}
 * @returns the first later rule's candidate with a source, or null when no later rule gives one
 */
export function laterRuleCandidate(
  doc: Doc,
  sentence: Sentence,
  chunks: readonly ActorChunk[],
  m: RuleMatch,
  rules: readonly CompiledRule[],
  res: EventResources,
  verbs: ReadonlyMap<string, readonly CompiledRule[]>,
  consumed: Uint8Array,
  literal: boolean,
): Candidate | null {
  // a rule tried in vain leaves the tokens it consumed (a controller's complement: "officials were asked why X
  // attacked Y") to the other triggers of the sentence
  const saved = consumed.slice(sentence.firstToken, sentence.endToken);
  let last = m.rule;
  while (last.origin !== 'builtin') {
    const next = matchRule(doc, m.trigger, sentence.endToken, rules.slice(rules.indexOf(last) + 1), literal);
    if (!next || next.rule.suppress) break;
    if (next.objectToken >= 0) consumed[next.objectToken] = 1;
    const cand = verbCandidate(doc, sentence, chunks, next, res, verbs, consumed, literal);
    if (cand && cand.sources.length > 0) return cand;
    consumed.set(saved, sentence.firstToken);
    last = next.rule;
  }
  return null;
}
