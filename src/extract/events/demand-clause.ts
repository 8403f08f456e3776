// What a demand asks for: "X said that Y must VERB" (a demand on Y) and a demand noun's that-clause ("its demand that Israel ease…").
import type { Doc, Sentence } from '../../nlp/doc.js';
import type { ActorChunk } from './actor-chunks.js';
import { clauseKind } from './clause-context.js';
import { complementOf, controlledCode } from './controlled-complement.js';
import { headsOf, type Candidate } from './event-candidate.js';
import { findSlot } from './find-actors.js';
import { matchRule } from './match-rule.js';
import type { EventResources } from './resources.js';
import type { CompiledRule } from './verb-lexicon.js';

/** "X said/declared/reiterated that Y must VERB": the demand candidate from the speaker to Y (CAMEO 10), or null. */
export function mustDemandCandidate(
  doc: Doc,
  sentence: Sentence,
  chunks: readonly ActorChunk[],
  t: number,
  rule: CompiledRule,
  verbs: ReadonlyMap<string, readonly CompiledRule[]>,
  res: EventResources,
): Candidate | null {
  const demand = mustDemand(doc, sentence, chunks, t, verbs, res);
  if (!demand) return null;
  const subj = findSlot(doc, chunks, 'subject', t, t, new Set());
  const sources = headsOf(subj);
  const exclude = new Set(sources.map((x) => x.entity.id));
  const targets = demand.target.heads.filter((h) => !exclude.has(h.entity.id));
  return {
    rule, ruleId: `${rule.id}>must${demand.ruleId ? `>${demand.ruleId}` : ''}`, code: demand.code, trigger: t, triggerEnd: t,
    sources, sourceSlot: 'subject', targets, targetSlot: 'subject', reciprocal: false, negated: false,
    confidence: 0.6, weak: false, secondary: clauseKind(doc, t, sentence.firstToken) !== 'main', firstSide: -1,
  };
}

/**
 * "reiterated its demand that Israel ease restrictions": a demand noun's that-clause is what is demanded — its verb
 * picks the demand code (as a verb's complement does) and is not itself an event (its candidate is removed).
 */
export function nominalDemand(
  doc: Doc,
  end: number,
  cand: Candidate,
  res: EventResources,
  verbs: ReadonlyMap<string, readonly CompiledRule[]>,
  consumed: Uint8Array,
  out: Candidate[],
  literal: boolean,
): void {
  const rule = cand.rule;
  const c = complementOf(doc, cand.triggerEnd + 1, end, rule.control!, literal);
  if (c < 0) {
    // "their demands for reform" with no addressee: a fallback, like a statement
    if (cand.targets.length === 0) cand.weak = true;
    return;
  }
  consumed[c] = 1;
  for (let k = out.length - 1; k >= 0; k--) if (out[k].trigger === c) out.splice(k, 1);
  const compRules = verbs.get(doc.lemmas[c]) ?? verbs.get(doc.lower[c]);
  const cm = compRules ? matchRule(doc, c, end, compRules, literal) : null;
  if (!cm) return;
  const cc = controlledCode(rule.control!, rule.code, cm.rule, res);
  if (cc === null) return;
  cand.code = cc;
  cand.ruleId = `${cand.ruleId}>${cm.rule.id}`;
}

/** Finds "Y must VERB" after a statement verb: the addressee phrase and the demand code (complement's, else 100). */
function mustDemand(
  doc: Doc,
  sentence: Sentence,
  chunks: readonly ActorChunk[],
  t: number,
  verbs: ReadonlyMap<string, readonly CompiledRule[]>,
  res: EventResources,
): { target: ActorChunk; code: string; ruleId: string | null } | null {
  for (let k = t + 1; k < sentence.endToken; k++) {
    const w = doc.lower[k];
    if (w === ';' || w === 'but') return null;
    if (w !== 'must') continue;
    let target: ActorChunk | null = null;
    for (const ch of chunks) if (ch.end <= k && ch.first > t && (ch.prep === null || ch.prep === 'that')) target = ch;
    if (!target) return null;
    let v = k + 1;
    while (v < sentence.endToken && (doc.pos[v] === 'ADV' || doc.pos[v] === 'PART')) v++;
    // "the rivals must not be allowed to gain", "the raiders must be punished": a passive makes the phrase the one acted
    // on, and the demand is made of whoever should act, whom the sentence does not name (BBC politics 349, 2005)
    if (v + 1 < sentence.endToken && doc.lower[v] === 'be' && passiveParticiple(doc, v + 1)) return null;
    const rules = v < sentence.endToken ? verbs.get(doc.lemmas[v]) : undefined;
    const m = rules ? matchRule(doc, v, sentence.endToken, rules) : null;
    const code = m?.rule.controlled.demand ?? '100';
    return res.codes.has(code) ? { target, code, ruleId: m ? m.rule.id : null } : null;
  }
  return null;
}

/** True when token `k` reads as a past participle: a verb or adjective form other than its lemma, not in -ing ("allowed", "taken"). */
function passiveParticiple(doc: Doc, k: number): boolean {
  const w = doc.lower[k];
  return (doc.pos[k] === 'VERB' || doc.pos[k] === 'ADJ') && w !== doc.lemmas[k] && !w.endsWith('ing') && !w.endsWith('s');
}
