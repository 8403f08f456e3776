// The source and target actors of a verb trigger, one step a function: passive, active slots, orders, crowds, fallbacks, conditions, places.
import type { Doc, Sentence } from '../../nlp/doc.js';
import type { ActorChunk, ActorRef } from './actor-chunks.js';
import { actVictims } from './act-victim.js';
import { asCrowd, crowdAt, DOMESTIC_ROOTS } from './actor-roles.js';
import { appositionComma, clauseKind, participleOfPrepObject, sharedSubjectVerb } from './clause-context.js';
import { conditionSubject } from './condition-clause.js';
import { crowdSubject } from './crowd-subject.js';
import { headsOf, homeOf, type VerbCoding, type VerbRoles } from './event-candidate.js';
import { fallbackTarget } from './fallback-target.js';
import { findSlot } from './find-actors.js';
import { invertedSpeaker, speechAfterQuotation } from './inverted-speaker.js';
import type { RuleMatch } from './match-rule.js';
import { placeTarget } from './place-target.js';
import { quotedSpeaker } from './quoted-speaker.js';

/** "was shot down by X": the agent is the source, the grammatical subject the target. */
export function passiveRoles(doc: Doc, sentence: Sentence, chunks: readonly ActorChunk[], t: number, literal: boolean, roles: VerbRoles): void {
  const by = findSlot(doc, chunks, 'by', t, t + 1, new Set());
  // a reduced relative ("the camp attacked by militiamen") has only the phrase right before as its target
  const reduced = !literal && clauseKind(doc, t, sentence.firstToken) === 'relative' && doc.lower[t + 1] === 'by';
  let subj = reduced ? (chunks.find((c) => c.end === t) ?? null) : findSlot(doc, chunks, 'subject', t, t, new Set());
  // … or, closing an apposition, the phrase before its comma ("X, the reporter killed by …")
  if (reduced && !subj) {
    const comma = appositionComma(doc, t, sentence.firstToken);
    if (comma >= 0) subj = chunks.find((c) => c.end === comma) ?? null;
  }
  // "a camp for Congolese refugees was attacked by …": the people the attacked thing is for
  if (!subj && !literal) subj = subjectPhraseFor(doc, chunks, t, sentence.firstToken);
  roles.sources = headsOf(by);
  roles.targets = headsOf(subj);
  roles.sourceSlot = 'passive';
  roles.targetSlot = 'subject';
}

/** The source and target slots of an active verb (or of its controlled complement's rule for the target). */
export function activeRoles(doc: Doc, sentence: Sentence, chunks: readonly ActorChunk[], m: RuleMatch, nounSubject: boolean, coding: VerbCoding, roles: VerbRoles): void {
  const rule = m.rule;
  const t = m.trigger;
  const targetRule = coding.targetRule;
  // '"…," said Mr X of Y', "…, said U.S. officials": the speaker after the verb, the target in the content before it
  const inverted = rule.weak && roles.sources.length === 0 && !nounSubject ? invertedSpeaker(doc, chunks, t, sentence.firstToken, sentence.endToken) : null;
  if (inverted) {
    roles.sources = headsOf(inverted.speaker);
    roles.sourceSlot = 'subject';
    const ids = new Set(roles.sources.map((s) => s.entity.id));
    roles.targets = headsOf(inverted.content).filter((h) => !ids.has(h.entity.id) && h.mention.kind !== 'pronoun');
    roles.targetSlot = roles.targets.length ? 'any' : null;
    coding.ruleId = `${coding.ruleId}:inverted`;
    return;
  }
  // "the agency quoted the minister as saying …": the one quoted speaks, not the one quoting (quoted-speaker.ts)
  const quoted = rule.weak && roles.sources.length === 0 && !nounSubject ? quotedSpeaker(doc, chunks, t, sentence.firstToken) : null;
  if (quoted) {
    roles.sources = headsOf(quoted);
    roles.sourceSlot = 'subject';
    coding.ruleId = `${coding.ruleId}:quoted`;
  }
  // '"They have been marching all day," said one officer': no actor inside the quotation is the speaker
  if (!inverted && !quoted && rule.weak && !nounSubject && speechAfterQuotation(doc, t, sentence.firstToken)) return;
  // "say the move is part of a package of measures agreed with the US": no agent of a participle describing a
  // prepositional object is named, and the main clause's subject is not it
  const describing = participleOfPrepObject(doc, t, sentence.firstToken);
  for (const slot of roles.sources.length || nounSubject ? [] : rule.source) {
    if (describing && slot === 'subject') continue;
    // "condemned the raid and promised aid": a coordinated verb shares the subject of the first
    const ch = findSlot(doc, chunks, slot, slot === 'subject' ? sharedSubjectVerb(doc, t, sentence.firstToken) : t, m.patternEnd + 1, new Set());
    if (ch) {
      // "students in Ukraine demonstrated": the people of the place act, not its state; "supporters of the former
      // president blocked roads": followers of a leader are people of his country, not the leader
      const crowd = slot === 'subject' && crowdSubject(doc, ch);
      roles.sources = crowd ? ch.heads.map(asCrowd) : headsOf(ch);
      roles.sourceSlot = slot;
      // "… said that Y attacked Z": the complement clause's event is coded when the main clause has none
      if (slot === 'subject' && ch.prep === 'that') roles.complementClause = true;
      break;
    }
  }
  const exclude = new Set(roles.sources.map((s) => s.entity.id));
  // "condemned the killing of the minister": a criticism, protest or demand about an act is not aimed at its victim
  if (verbalConflict(coding.code)) for (const id of actVictims(doc, chunks, t + 1, sentence.endToken)) exclude.add(id);
  // (an order's own slots would find the forces it was given to: "ordered Iraqi troops to attack X")
  const slots = targetRule === rule ? rule.target : rule.control === 'command' ? targetRule.target : [...targetRule.target, ...rule.target];
  // actors may sit between the trigger and its object noun ("rejected a U.S. request", "gave Tanzania a grant")
  const afterVerb = m.objectToken >= 0 || rule.after ? t + 1 : m.patternEnd + 1;
  for (const slot of slots) {
    // (an order's target comes after the forces it was given to: "ordered Iraqi troops into Kuwait")
    const from = targetRule !== rule && targetRule.target.includes(slot) ? coding.targetFrom : rule.control === 'command' ? Math.max(afterVerb, coding.targetFrom) : afterVerb;
    const ch = findSlot(doc, chunks, slot, t, from, exclude);
    if (ch) {
      roles.targets = headsOf(ch).filter((h) => !exclude.has(h.entity.id));
      // (a statement's prepositional phrase is, as an `any` phrase, in what was said: the same checks apply)
      roles.targetSlot = slot === 'prepositional' ? 'any' : slot;
      break;
    }
  }
}

/**
 * "The UN ordered Iraqi troops to withdraw": forces of another country than the one giving the order are no own
 * forces; the order is a demand on them (CAMEO 10, the manual's 101 example in its shape: "A Velmoran judge has ordered an ex-president to
 * testify"), coded with the complement's demand code (else 100).
 */
export function commandedOther(doc: Doc, chunks: readonly ActorChunk[], t: number, coding: VerbCoding, roles: VerbRoles): void {
  const homes = new Set(roles.sources.map(homeOf));
  if (homes.size === 0) return;
  const ordered = chunks.find((ch) => ch.first > t && ch.end <= coding.complementAt && ch.prep === null);
  const others = ordered ? ordered.heads.filter((h) => h.actor !== null && !homes.has(homeOf(h))) : [];
  if (others.length === 0) return;
  coding.code = coding.complementRule!.controlled.demand ?? '100';
  coding.ruleId = `${coding.ruleId}:demand`;
  roles.targets = others;
  roles.targetSlot = 'object';
}

/**
 * "hundreds of people blocked streets in Hong Kong": protesters known only by their place are the source. In a passive
 * the people before the verb are the ones acted on ("a convoy of supporters was pelted with stones in X": no agent, no
 * source); only people of the by-phrase act ("was pelted with stones by villagers in X").
 */
export function locatedCrowd(doc: Doc, sentence: Sentence, chunks: readonly ActorChunk[], t: number, coding: VerbCoding, roles: VerbRoles): void {
  let crowd: ActorRef | null = null;
  if (roles.sourceSlot !== 'passive') crowd = crowdAt(doc, chunks, t, sentence);
  else {
    // the few words after each "by" of the clause ("by stones by villagers")
    for (let k = t + 1; k < sentence.endToken && !crowd && doc.lower[k] !== ',' && doc.lower[k] !== ';'; k++) {
      if (doc.lower[k] === 'by') crowd = crowdAt(doc, chunks, t, sentence, k + 1, Math.min(k + 5, sentence.endToken));
    }
  }
  if (!crowd) return;
  roles.sources = [crowd];
  roles.sourceSlot = 'subject';
  coding.ruleId = `${coding.ruleId}:located-crowd`;
  coding.confidence *= 0.7;
}

/** No slot matched: the first actor after the pattern introduced by a directional preposition is the target. */
export function fallbackRoles(doc: Doc, sentence: Sentence, chunks: readonly ActorChunk[], m: RuleMatch, literal: boolean, coding: VerbCoding, roles: VerbRoles): void {
  const rule = m.rule;
  const t = m.trigger;
  // "requested the cuts in output to meet the terms of its accord with X": past a complement that a sense guard calls
  // no event (senses.yaml, suppress), the actors belong to that complement's phrase, not to the controller
  if (coding.complementRule?.suppress) return;
  const exclude = new Set(roles.sources.map((x) => x.entity.id));
  if (verbalConflict(coding.code)) for (const id of actVictims(doc, chunks, t + 1, sentence.endToken)) exclude.add(id);
  // a pattern's words may follow the target: "allowed that Mordor is a really pleasant place" (pattern "* REALLY PLEASANT")
  const from = Math.max(m.patternEnd, coding.targetFrom - 1) + 1;
  // an actor of the source's own country is no fallback target ("Turkmen President <name>, who put his name to the deal,
  // said the Turkmen side…": TKMGOV → TKM), except for the domestic event types (protest, repression, concessions)
  const homes = literal || DOMESTIC_ROOTS.has(coding.code.slice(0, 2)) ? null : new Set(roles.sources.map(homeOf));
  const inside = literal && coding.targetRule === rule && (rule.after || m.objectToken >= 0) ? fallbackTarget(doc, chunks, t + 1, from, exclude, literal) : null;
  const ch = inside ?? fallbackTarget(doc, chunks, from, sentence.endToken, exclude, literal, homes);
  if (!ch) return;
  roles.targets = ch.heads.filter((h) => !exclude.has(h.entity.id) && !(homes && homes.has(homeOf(h))));
  roles.targetSlot = 'any';
  coding.ruleId = `${coding.ruleId}:fallback-target`;
  coding.confidence *= 0.8;
}

/** "threatened to stop negotiations if the United States goes ahead…": a threat is aimed at whoever must meet its condition. */
export function conditionRoles(doc: Doc, sentence: Sentence, chunks: readonly ActorChunk[], t: number, coding: VerbCoding, roles: VerbRoles): void {
  const exclude = new Set(roles.sources.map((x) => x.entity.id));
  const ch = conditionSubject(doc, chunks, t + 1, sentence.endToken, exclude);
  if (!ch) return;
  roles.targets = ch.heads.filter((h) => !exclude.has(h.entity.id));
  roles.targetSlot = 'any';
  coding.ruleId = `${coding.ruleId}:condition-target`;
  coding.confidence *= 0.8;
}

/**
 * "resume attacks in Israel", "deploy peacekeepers in Iraq": with no other target, the country where the act takes
 * place is its target (as TABARI and the PLOVER coders read such sentences).
 */
export function placeRoles(doc: Doc, sentence: Sentence, chunks: readonly ActorChunk[], t: number, coding: VerbCoding, roles: VerbRoles): void {
  const exclude = new Set(roles.sources.map((x) => x.entity.id));
  const place = placeTarget(doc, chunks, t + 1, sentence.endToken, exclude, new Set(roles.sources.map(homeOf)), coding.code);
  if (!place) return;
  roles.targets = [place];
  roles.targetSlot = 'any';
  coding.ruleId = `${coding.ruleId}:place-target`;
  coding.confidence *= 0.7;
}

/** The actor phrase after "for" inside the subject noun phrase of a passive verb ("a camp for Congolese refugees was attacked"). */
function subjectPhraseFor(doc: Doc, chunks: readonly ActorChunk[], t: number, first: number): ActorChunk | null {
  for (let c = chunks.length - 1; c >= 0; c--) {
    const ch = chunks[c];
    if (ch.end > t) continue;
    if (ch.prep !== 'for') return null;
    for (let k = ch.end; k < t; k++) if (doc.pos[k] !== 'AUX' && doc.pos[k] !== 'ADV' && doc.pos[k] !== 'NOUN' && doc.pos[k] !== 'PART') return null;
    for (let k = first; k < ch.first; k++) if (doc.pos[k] === 'VERB' || doc.lower[k] === ',') return null;
    return ch;
  }
  return null;
}

/** True for a code of verbal conflict, CAMEO roots 10–14 (QuadClass 3): demand, disapprove, reject, threaten, protest. */
function verbalConflict(code: string): boolean {
  const root = Number(code.slice(0, 2));
  return root >= 10 && root <= 14;
}
