// The candidate event of a noun trigger ("talks between X and Y", "X staged rallies"), possibilities and background aside.
import type { Doc } from '../../nlp/doc.js';
import type { ActorChunk, ActorRef } from './actor-chunks.js';
import { asCrowd } from './actor-roles.js';
import { baseForms, governingVerb } from './clause-context.js';
import { crowdSubject } from './crowd-subject.js';
import { headsOf, type Candidate } from './event-candidate.js';
import { findSlot } from './find-actors.js';
import type { RuleMatch } from './match-rule.js';
import { askedForNoun } from './asked-for-noun.js';
import { clauseMood } from './planned-clause.js';
import { carriesMood, lightVerbMood } from './planned-noun.js';
import type { CompiledRule } from './verb-lexicon.js';

// Verbs whose object noun names the event ("staged a protest", "held talks", "launched an offensive", "announced a suspension").
const LIGHT_VERBS = new Set(['announce', 'declare', 'stage', 'hold', 'launch', 'begin', 'start', 'continue', 'organize', 'organise', 'mount', 'carry', 'conduct', 'lead', 'call', 'make', 'resume', 'join', 'complete', 'undertake', 'pay', 'open', 'renew', 'wage', 'step']);

/**
 * The candidate event of a noun trigger: its source and target slots, a light verb's subject as its source ("X staged
 * rallies"), and its code: the rule's, its intent code when the light verb tells a plan ("will pay a visit": 036,
 * planned-noun.ts), or none (a possibility, a plan with no intent code).
 * @param first the first token of the sentence
 * @param verbs the verb lexicon, to read a light verb's mood; null codes every light verb's noun as done (PETRARCH's
 *   literal coding)
 * @returns the candidate, or null when the noun names no event here
 */
export function nounCandidate(doc: Doc, chunks: readonly ActorChunk[], m: RuleMatch, first: number, verbs: ReadonlyMap<string, readonly CompiledRule[]> | null): Candidate | null {
  const rule = m.rule;
  const t = m.trigger;
  let sources: ActorRef[] = [];
  let targets: ActorRef[] = [];
  let sourceSlot: Candidate['sourceSlot'] = null;
  let targetSlot: Candidate['targetSlot'] = null;
  let reciprocal = false;
  // "staged a sit-in to protest chemical aid to Baghdad by German firms": a trigger after "to" is a verb, and a
  // by-phrase after it belongs to its object (the firms gave the aid), no agent of the protest
  const infinitive = t > first && doc.lower[t - 1] === 'to' && doc.lower[t] === doc.lemmas[t];
  for (const slot of rule.source) {
    if (slot === 'by' && infinitive) continue;
    const ch = findSlot(doc, chunks, slot, t, m.patternEnd + 1, new Set());
    if (ch) {
      sources = headsOf(ch);
      sourceSlot = slot;
      break;
    }
  }
  let ruleId = rule.id;
  let code = rule.code;
  let confidence = rule.confidence;
  const v = governingVerb(doc, t);
  const light = v >= 0 && (LIGHT_VERBS.has(doc.lemmas[v]) || baseForms(doc.lower[v]).some((b) => LIGHT_VERBS.has(b)));
  // "will pay a visit", "hopes to hold talks": a plan, coded as its intent (036) or not at all (planned-noun.ts)
  const carried = light || (v >= 0 && carriesMood(doc, v));
  const mood = carried && verbs ? lightVerbMood(doc, v, first, verbs) : verbs && rule.code.startsWith('04') ? clauseMood(doc, t, first, doc.tokenCount) : 'done';
  if (mood === 'none' || (mood === 'intent' && !rule.controlled.intent)) return null;
  // "calls for Israel's withdrawal", "to discuss an Iraqi withdrawal": an act asked for or talked over (asked-for-noun.ts)
  if (verbs && askedForNoun(doc, t, first)) return null;
  if (mood === 'intent') {
    code = rule.controlled.intent!;
    // (no light verb: the clause around the noun is to come, planned-clause.ts)
    ruleId = carried ? `${ruleId}:planned` : `${ruleId}:planned-clause`;
    confidence *= 0.8;
  }
  if (sources.length === 0) {
    // "X staged rallies", "X began a hunger strike", "X launched an attack": the subject of a light verb
    if (light) {
      const ch = findSlot(doc, chunks, 'subject', v, v + 1, new Set());
      if (ch) {
        sources = crowdSubject(doc, ch) ? ch.heads.map(asCrowd) : headsOf(ch);
        sourceSlot = 'subject';
        ruleId = `${ruleId}:light-verb`;
        confidence *= 0.9;
      }
    }
  }
  const exclude = new Set(sources.map((s) => s.entity.id));
  for (const slot of rule.target) {
    const ch = findSlot(doc, chunks, slot, t, m.patternEnd + 1, exclude);
    if (ch) {
      targets = headsOf(ch).filter((h) => !exclude.has(h.entity.id));
      targetSlot = slot;
      break;
    }
  }
  // "talks between X and Y", "X and Y renewed negotiations": both sides, each towards the other
  if ((sourceSlot === 'between' || (rule.reciprocal === 'always' && targets.length === 0)) && sources.length > 1) {
    reciprocal = true;
    targets = [];
    targetSlot = 'reciprocal';
  }
  let negated = false;
  for (let k = t - 1; k >= Math.max(0, t - 3); k--) if (doc.lower[k] === 'no' || doc.lower[k] === 'not') negated = true;
  // "a possible visit", "the proposed talks", "Shultz visit to Moscow possible": a possibility did not happen
  if (modalNoun(doc, t, m.patternEnd)) return null;
  // "ordered patrols after violent protests by Muslim groups": background to the main clause's event
  let k = t - 1;
  while (k >= 0 && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'NUM' || doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || POSSESSIVE_MARKS_LOCAL.has(doc.lower[k]))) k--;
  const background = k >= 0 && BACKGROUND_PREPS.has(doc.lower[k]);
  return {
    rule,
    ruleId: reciprocal ? `${ruleId}:reciprocal` : ruleId,
    code,
    trigger: t,
    triggerEnd: m.patternEnd > t && m.objectToken < 0 && doc.lower[m.patternEnd] !== 'of' ? m.patternEnd : t,
    sources,
    sourceSlot,
    targets,
    targetSlot,
    reciprocal,
    negated,
    confidence,
    weak: rule.weak,
    secondary: background,
    firstSide: reciprocal && sourceSlot === 'between' ? betweenSide(doc, sources) : -1,
  };
}

// Words that make an event noun a possibility or a plan, not an event ("a possible visit", "visit … possible")
const MODAL_BEFORE = new Set(['possible', 'potential', 'proposed', 'planned', 'likely', 'hypothetical', 'mooted', 'prospective', 'future', 'eventual']);

// ("due", "scheduled", "slated": a meeting "due to take place" at a time to come, review 14, BBC business: 040 both ways
// beside the 036 of the plan)
const MODAL_AFTER = new Set(['possible', 'likely', 'unlikely', 'planned', 'mooted', 'expected', 'uncertain', 'doubtful', 'due', 'scheduled', 'slated']);

const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'seems', 'seemed', 'looks', 'looked', 'appears', 'appeared', 'remains', 'remained', 'still', 'now', 'not']);

/**
 * True when a modal adjective stands among the three words before the noun trigger at `t` ("a possible visit") or
 * follows its phrase with no verb but a copula between ("SHULTZ VISIT TO MOSCOW POSSIBLE", "the visit is likely"):
 * a possibility is not an event that happened (CAMEO codes what actors did or said; found in a review, where such a headline was coded 042).
 */
function modalNoun(doc: Doc, t: number, patternEnd: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 3); k--) {
    if (MODAL_BEFORE.has(doc.lower[k])) return true;
    if (doc.pos[k] === 'VERB' || doc.pos[k] === 'ADP' || doc.lower[k] === ',') break;
  }
  // (a between-phrase with two titled names fits: "the meeting between Fiat's chief X and GM's Y is due to…")
  for (let k = patternEnd + 1; k < Math.min(doc.tokenCount, patternEnd + 14); k++) {
    if (MODAL_AFTER.has(doc.lower[k])) return true;
    if (COPULAS.has(doc.lower[k])) continue;
    if (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX' || doc.lower[k] === ',' || doc.lower[k] === ';' || doc.lower[k] === '.') return false;
  }
  return false;
}

/**
 * The sides of "between A and B": the number of `sources` (text order) before the first "and" after "between" when
 * that side is one party or none ("talks between Middle East producers and China, India, Japan and South Korea" → 0:
 * the Asian buyers are one side and do not talk with each other; found in a review, where they made 12 pairs), or
 * −1 when the first side is itself a list ("between Chile, Peru and Bolivia": every pair).
 * @param doc the parsed article
 * @param sources the heads of the between-phrase, in text order
 */
function betweenSide(doc: Doc, sources: readonly ActorRef[]): number {
  if (sources.length < 3) return -1;
  let k = sources[0].firstToken - 1;
  const stop = Math.max(0, k - 12);
  while (k >= stop && doc.lower[k] !== 'between') k--;
  if (k < stop) return -1;
  let and = k + 1;
  while (and < doc.tokenCount && doc.lower[and] !== 'and' && doc.lower[and] !== '&' && doc.pos[and] !== 'VERB') and++;
  if (doc.lower[and] !== 'and' && doc.lower[and] !== '&') return -1;
  const left = sources.filter((h) => h.firstToken < and).length;
  return left <= 1 ? left : -1;
}

const BACKGROUND_PREPS = new Set(['after', 'following', 'amid', 'despite', 'since', 'before']);

const POSSESSIVE_MARKS_LOCAL = new Set(["'s", '’s']);
