// The candidate event of a verb trigger: its code (control, refusal, intention, condition), then its actors.
import type { Doc, Sentence } from '../../nlp/doc.js';
import type { ActorChunk, ActorRef } from './actor-chunks.js';
import { isCrowdNoun } from './actor-roles.js';
import { clauseKind, markersAfter, participleAfterComma, verbContext, wouldBefore, type MarkersAfter } from './clause-context.js';
import { checkedClause } from './checked-clause.js';
import { conditionInSentence, inConditionClause } from './condition-clause.js';
import { controlledComplement, infinitiveCoding } from './controlled-complement.js';
import { mustDemandCandidate } from './demand-clause.js';
import { headsOf, oneJointMention, type Candidate, type VerbCoding, type VerbRoles } from './event-candidate.js';
import { findSlot } from './find-actors.js';
import { gerundSubject, participleOfNoun } from './gerund-clause.js';
import { jointStateSubject, objectAfter } from './joint-subject.js';
import type { RuleMatch } from './match-rule.js';
import { futureCoding, refusalCode } from './modal-coding.js';
import { announcedForLater } from './announced-measures.js';
import { appealScope } from './appeal-scope.js';
import { auxiliaryHost, presentInTemporalClause, scheduledByTime } from './planned-act.js';
import { conjunctCoding } from './coordinated-complement.js';
import { protestVenueRoles } from './protest-venue.js';
import type { EventResources } from './resources.js';
import { unnamedGroups, whoClause } from './unnamed-group.js';
import type { CompiledRule } from './verb-lexicon.js';
import { activeRoles, commandedOther, conditionRoles, fallbackRoles, locatedCrowd, passiveRoles, placeRoles } from './verb-roles.js';

const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'aside']);

/** CAMEO roots whose actors may be groups named by a common noun: protest, coerce, assault, fight, mass violence. */
const GROUP_ROOTS: ReadonlySet<string> = new Set(['14', '17', '18', '19', '20']);

/**
 * The candidate event of a verb trigger: its code after control ("pledged to visit"), refusal, intention and
 * condition, then its source and target actors. Each step is a function of its own (V8 recompiles a function after a
 * deoptimisation on a branch it had not met yet; small functions make that cheap, see src/ingest/README.md).
 * @returns the candidate, or null when the verb reports no event here (hypothetical, a bare infinitive, a vague wish)
 */
export function verbCandidate(
  doc: Doc,
  sentence: Sentence,
  chunks: readonly ActorChunk[],
  m: RuleMatch,
  res: EventResources,
  verbs: ReadonlyMap<string, readonly CompiledRule[]>,
  consumed: Uint8Array,
  literal: boolean,
  home: ActorRef | null = null,
): Candidate | null {
  const t = m.trigger;
  const ctx = verbContext(doc, t, sentence.firstToken);
  if (literal) {
    ctx.negated = false;
    ctx.hypothetical = false;
    ctx.future = false;
  }
  // "will visit Lima and hold talks", "will continue to assist": the auxiliary of the verb it follows (planned-act.ts)
  const host = literal || ctx.future || ctx.hypothetical ? -1 : auxiliaryHost(doc, t, sentence.firstToken);
  if (host >= 0) {
    const hostCtx = verbContext(doc, host, sentence.firstToken);
    ctx.future = hostCtx.future;
    ctx.negated ||= hostCtx.negated && hostCtx.future;
    ctx.hypothetical = hostCtx.hypothetical;
  }
  const rule = m.rule;
  const coding: VerbCoding = { code: rule.code, ruleId: rule.id, confidence: rule.confidence, targetRule: rule, targetFrom: m.patternEnd + 1, complementAt: -1, complementRule: null };
  const triggerEnd = m.patternEnd > t && PARTICLES.has(doc.lower[m.patternEnd]) ? m.patternEnd : t;
  // controllers: "pledged to visit", "urged X to withdraw", "threatened to impose sanctions"
  if (rule.control && !controlledComplement(doc, sentence, m, res, verbs, consumed, literal, coding)) return null;
  // "X said/declared/reiterated that Y must VERB": a demand from the speaker to Y (CAMEO 10)
  if (rule.weak && !ctx.negated) {
    const demand = mustDemandCandidate(doc, sentence, chunks, t, rule, verbs, res);
    if (demand) return demand;
  }
  // "will not accept", "would not meet": refusing a cooperative act is a rejection (CAMEO 12)
  if (ctx.negated && (ctx.future || wouldBefore(doc, t, sentence.firstToken)) && !rule.control) {
    const rej = refusalCode(rule, res);
    if (rej) {
      coding.code = rej;
      coding.ruleId = `${coding.ruleId}:refusal`;
      coding.confidence *= 0.8;
      ctx.negated = false;
      ctx.future = false;
    }
  }
  // "nations contributing to the force": a participle after a plain noun has that noun as its subject (no actor);
  // a crowd noun ("demonstrators protesting…") leaves the protest to the crowd of the place named
  const nounSubject = !literal && participleOfNoun(doc, t, sentence.firstToken);
  if (nounSubject && !(isCrowdNoun(doc.lower[t - 1]) && coding.code.startsWith('14'))) return null;
  // "as far as negotiating quotas is concerned", "imposing tariffs would be a mistake": a gerund that is the subject of
  // the next verb names an act in general, done by no one in the sentence
  if (!literal && gerundSubject(doc, t, sentence.firstToken, sentence.endToken)) return null;
  // "… if Reno rejected the request", "officials hope that if he strikes again": a condition did not happen
  if (!literal && inConditionClause(doc, t, sentence.firstToken)) ctx.hypothetical = true;
  // "charged with verifying that Iraq has destroyed its missiles": what is to be checked did not happen as far as told
  if (!literal && checkedClause(doc, t, sentence.firstToken)) ctx.hypothetical = true;
  // "… are likely to reaffirm the accords when they meet later this week": English puts a future act of a when- or
  // after-clause in the present tense; a cooperative act is a plan (the intent code), not a meeting that took place,
  // and a hostile one a case considered ("when a neighbour attacks, …"), no threat anyone made
  if (!literal && !ctx.future && !ctx.hypothetical && (presentInTemporalClause(doc, t, sentence.firstToken) || (rule.code.startsWith('04') && scheduledByTime(doc, t, sentence.endToken)))) {
    if ((res.codes.get(rule.code)?.quadClass ?? 3) <= 2) ctx.future = true;
    else ctx.hypothetical = true;
  }
  if (ctx.hypothetical) return null;
  if (!infinitiveCoding(doc, sentence, t, rule, res, literal, coding)) return null;
  // "refused to renounce violence or recognize X", "demanded that Y renounce violence, recognize X": a later conjunct of a
  // complement is read as the first (coordinated-complement.ts)
  if (!literal && !conjunctCoding(doc, sentence, t, rule, res, coding)) return null;
  if (ctx.future && !rule.control && !futureCoding(doc, sentence, t, rule, res, coding)) return null;
  // "announced the sanctions" that the article calls planned, or that take effect later: a threat (announced-measures.ts)
  if (!literal && coding.code === '163' && announcedForLater(doc, sentence, t)) {
    coding.code = rule.controlled.threat ?? '1312';
    coding.ruleId = `${coding.ruleId}:announced-for-later`;
  }
  const roles: VerbRoles = { sources: [], targets: [], sourceSlot: null, targetSlot: null, complementClause: false };
  // literal (PETRARCH) coding swaps roles only when the passive names its agent ("by X")
  const passiveAgent = ctx.passive && literal ? findSlot(doc, chunks, 'by', t, t + 1, new Set()) : null;
  if (ctx.passive && (!literal || passiveAgent) && rule.source.length === 1 && rule.source[0] === 'subject') {
    passiveRoles(doc, sentence, chunks, t, literal, roles);
    coding.ruleId = `${coding.ruleId}:passive`;
    coding.confidence *= 0.9;
  } else if (rule.source[0] === 'subject' && !literal && participleAfterComma(doc, t, sentence.firstToken)) {
    // "…, killing one person": the subject of the clause the participle follows acts ("Iran reported an offensive, while
    // Baghdad said its forces had repelled it, killing …": the forces, not Iran), else the first subject-like phrase
    const closed = closedClauseVerb(doc, t, sentence.firstToken);
    const ch = (closed >= 0 ? findSlot(doc, chunks, 'subject', closed, closed, new Set()) : null) ?? chunks.find((c) => c.end <= t && (c.prep === null || c.prep === 'of')) ?? null;
    roles.sources = headsOf(ch);
    roles.sourceSlot = 'subject';
  }
  if (roles.sourceSlot !== 'passive') activeRoles(doc, sentence, chunks, m, nounSubject, coding, roles);
  if (rule.control === 'command' && coding.complementRule && !literal) commandedOther(doc, chunks, t, coding, roles);
  if (roles.sources.length === 0 && !literal && coding.code.startsWith('14')) locatedCrowd(doc, sentence, chunks, t, coding, roles);
  // "Gunmen killed 12 villagers in northern Nigeria": groups named by a common noun, of the place named (unnamed-group.ts)
  // (not in a passive, whose subject is the one acted on, nor in a participle or relative clause: "a force fighting the rebels")
  // (but a relative clause on the group noun is the group's own: "the police, who arrested six people")
  if (!literal && GROUP_ROOTS.has(coding.code.slice(0, 2)) && (roles.sources.length === 0 || roles.targets.length === 0) && !ctx.passive && (clauseKind(doc, t, sentence.firstToken) === 'main' || whoClause(doc, t, sentence.firstToken) >= 0)) {
    const groups = unnamedGroups(doc, sentence, chunks, res.groupAgents, t, t + 1, roles.sources, roles.targets, home);
    if (groups.sources.length > 0) {
      roles.sources = groups.sources;
      roles.sourceSlot = 'subject';
      coding.ruleId = `${coding.ruleId}:unnamed-group`;
    }
    if (groups.targets.length > 0) {
      roles.targets = groups.targets;
      roles.targetSlot = 'object';
    }
  }
  if (roles.targets.length === 0 && roles.sources.length > 0 && !rule.weak && !rule.noFallback && (literal || !(roles.sources.length > 1 && rule.reciprocal))) {
    // (an appeal's target is its addressee, never one named in the act it asks for: appeal-scope.ts)
    fallbackRoles(doc, !literal && coding.code.startsWith('02') ? appealScope(doc, sentence, t) : sentence, chunks, m, literal, coding, roles);
  }
  // (a protest held at an embassy is aimed at whom its purpose names: protest-venue.ts)
  if (!literal) protestVenueRoles(doc, sentence, chunks, coding, roles);
  if (!literal && coding.code.startsWith('13') && roles.targets.every((x) => x.actor === null) && roles.sources.length > 0) conditionRoles(doc, sentence, chunks, t, coding, roles);
  // (a target phrase with no actor code, "the peacekeeping force (UNIFIL)", "Esfahan facilities", is no target)
  // (not for statements and criticism: "condemned the bomb attacks in Kenya" is aimed at the attackers, not Kenya)
  // (nor for meetings: "the two met in Singapore" is a place, not a partner)
  // (nor for passives: their target is their subject)
  // (nor for a rule that takes none: an imported PETRARCH pattern other than aid or force: "a broadcast monitored in Kestria")
  if (
    roles.targets.every((x) => x.actor === null) && roles.sources.length > 0 && roles.sourceSlot !== 'passive' && !rule.weak && !literal && rule.placeTarget &&
    !/^(?:01|04|11|036)/.test(coding.code) && !(roles.sources.length > 1 && rule.reciprocal)
  ) {
    placeRoles(doc, !literal && coding.code.startsWith('02') ? appealScope(doc, sentence, t) : sentence, chunks, t, coding, roles);
  }
  let reciprocal = false;
  // the marker words after the trigger, scanned for once when first asked for
  let markers: MarkersAfter | null = null;
  const after = () => (markers ??= markersAfter(doc, t + 1, sentence.endToken));
  // PETRARCH codes a compound subject with no target as acting on each other; detente only when the pattern says so
  // "vowed to fight the rebels together": a hostile act done together is done as allies, never to each other
  const allied = !literal && (res.codes.get(coding.code)?.quadClass ?? 1) >= 3 && after().jointly;
  if (roles.targets.length === 0 && roles.sources.length > 1 && (rule.reciprocal || literal) && !allied) {
    // "the two leaders pledged to deepen cooperation": one phrase naming both parties is itself the marker, and so is
    // a subject of states joined by "and" when what they pledge or agree is cooperation ("Germany and France pledged to
    // deepen cooperation", joint-subject.ts; "vowed to crush the rebels" binds neither to the other)
    reciprocal =
      literal ||
      rule.reciprocal === 'always' ||
      after().reciprocal ||
      oneJointMention(roles.sources) ||
      (roles.sourceSlot === 'subject' && (res.codes.get(coding.code)?.quadClass ?? 3) <= 2 && jointStateSubject(doc, roles.sources, { from: triggerEnd, end: sentence.endToken }));
    // "Peru and Bolivia met the rulers of four provinces": an object with no actor code is the other party
    if (reciprocal && !literal && coding.targetRule === rule && rule.target[0] === 'object' && objectAfter(doc, triggerEnd + 1, sentence.endToken)) reciprocal = false;
    if (reciprocal) {
      // "If the two sides agree to resume talks, Israel and Syria would meet in Geneva": a joint act foreseen under a
      // condition is a scenario, not an intent either party expressed (CAMEO codes intents, 03x, as one actor's
      // statement of what it will do); coding it gave two 036 events, one each way, for every such sentence
      if (!literal && ctx.future && conditionInSentence(doc, sentence)) return null;
      roles.targetSlot = 'reciprocal';
      coding.ruleId = `${coding.ruleId}:reciprocal`;
    }
  }
  return {
    rule,
    ruleId: coding.ruleId,
    code: coding.code,
    trigger: t,
    triggerEnd,
    sources: roles.sources,
    sourceSlot: roles.sourceSlot,
    targets: roles.targets,
    targetSlot: roles.targetSlot,
    reciprocal,
    // "Neither Paris nor Berlin recognised…": a subject joined by neither…nor denies the act
    negated: ctx.negated || (!literal && neitherNor(doc, sentence.firstToken, t)),
    confidence: coding.confidence,
    weak: rule.weak,
    secondary: !literal && (roles.complementClause || clauseKind(doc, t, sentence.firstToken) !== 'main'),
    firstSide: -1,
  };
}

/**
 * The finite verb of the clause that a comma before the participle at `t` closes ("its forces had repelled the attack,
 * killing …": "repelled"), or −1 when a clause word or another comma comes first. Only verbs after an auxiliary or a
 * subject phrase count; a participle or infinitive of its own would need its own subject.
 * @param doc the parsed article
 * @param t the participle (the trigger)
 * @param first the sentence's first token
 */
function closedClauseVerb(doc: Doc, t: number, first: number): number {
  let k = t - 1;
  while (k >= first && doc.lower[k] !== ',') k--;
  for (k--; k >= first; k--) {
    const w = doc.lower[k];
    if (w === ',' || w === ';' || w === ':') return -1;
    if (doc.pos[k] === 'VERB' && !w.endsWith('ing') && doc.lower[k - 1] !== 'to') return k;
  }
  return -1;
}

/** True when "neither … nor" joins the phrase before the verb at `t`, with no other verb between. */
function neitherNor(doc: Doc, first: number, t: number): boolean {
  let nor = false;
  for (let k = t - 1; k >= first; k--) {
    const w = doc.lower[k];
    if (w === 'nor') nor = true;
    else if (w === 'neither') return nor;
    else if (doc.pos[k] === 'VERB' || w === ';' || w === ',') return false;
  }
  return false;
}
