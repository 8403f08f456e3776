// The code of an act refused ("will not accept": a rejection) or to come ("will withdraw": an intent, or a threat under a condition).
import type { Doc, Sentence } from '../../nlp/doc.js';
import { conditional } from './clause-context.js';
import type { VerbCoding } from './event-candidate.js';
import type { EventResources } from './resources.js';
import type { CompiledRule } from './verb-lexicon.js';

/** The rejection code of refusing the act of `rule` ("will not accept"): its own, else 120 for cooperation; null for conflict. */
export function refusalCode(rule: CompiledRule, res: EventResources): string | null {
  const quad = res.codes.get(rule.code)?.quadClass ?? 3;
  return rule.controlled.reject ?? (quad <= 2 ? '120' : null);
}

/**
 * A future act ("will withdraw"): a conditional promise of a hostile or costly act is a threat (CAMEO 13, "will
 * withdraw its force unless…"), any other the rule's intent code.
 * @returns false when the rule has no intent code (the future act is no event)
 */
export function futureCoding(doc: Doc, sentence: Sentence, t: number, rule: CompiledRule, res: EventResources, coding: VerbCoding): boolean {
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
