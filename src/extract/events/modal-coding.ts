// The code of an act refused ("will not accept": a rejection) or to come ("will withdraw": an intent, or a threat under a condition).
import type { Doc, Sentence } from '../../nlp/doc.js';
import { conditional } from './clause-context.js';
import type { VerbCoding } from './event-candidate.js';
import { expectedClause } from './expected-clause.js';
import type { EventResources } from './resources.js';
import type { CompiledRule } from './verb-lexicon.js';

/** The rejection code of refusing the act of `rule` ("will not accept"): its own, else 120 for cooperation; null for conflict. */
export function refusalCode(rule: CompiledRule, res: EventResources): string | null {
  const quad = res.codes.get(rule.code)?.quadClass ?? 3;
  return rule.controlled.reject ?? (quad <= 2 ? '120' : null);
}

/**
 * A future act ("will withdraw"): a conditional promise of a hostile or costly act is a threat (CAMEO 13, "will
 * withdraw its force unless…"), any other the rule's intent code. An act already coded as refused ("will not hold
 * talks next month": {@link refusalCode}) stays a rejection: the time to come is when the refused act would have
 * been, and the refusal is made now (CAMEO 12; coding it as the act's intent turned a refusal into 036). A future act
 * in a clause someone expects or hopes for ("expects that X will surrender", expected-clause.ts) is no event.
 * @returns false when the rule has no intent code or the clause is a forecast (the future act is no event)
 */
export function futureCoding(doc: Doc, sentence: Sentence, t: number, rule: CompiledRule, res: EventResources, coding: VerbCoding): boolean {
  if (coding.code !== rule.code && coding.code === refusalCode(rule, res)) return true;
  // "expects that X will surrender": a forecast about X, not X's intent (expected-clause.ts)
  if (expectedClause(doc, t, sentence.firstToken)) return false;
  if (conditional(doc, t, sentence.endToken) && conditionalThreat(rule, res)) {
    // "will withdraw its force unless…": a conditional promise of a hostile or costly act is a threat (CAMEO 13)
    coding.code = rule.controlled.threat ?? '130';
    coding.ruleId = `${coding.ruleId}:conditional`;
    coding.confidence *= 0.8;
    return true;
  }
  const intent = rule.controlled.intent ?? rule.controlled.threat;
  if (!intent) return false;
  coding.code = intent;
  coding.ruleId = `${coding.ruleId}:future`;
  coding.confidence *= 0.8;
  return true;
}

/** A conditional promise is a threat when the act is hostile or a withdrawal ("will withdraw unless…"). */
function conditionalThreat(rule: CompiledRule, res: EventResources): boolean {
  if (rule.controlled.threat) return true;
  const row = res.codes.get(rule.code);
  return row !== undefined && (row.quadClass >= 3 || row.root === '08');
}
