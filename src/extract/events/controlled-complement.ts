// Control: a trigger that governs a "to VERB" complement ("pledged to visit", "urged X to withdraw", "plans to attack") and the code the pair takes.
import type { Doc, Sentence } from '../../nlp/doc.js';
import type { VerbCoding } from './event-candidate.js';
import { infinitiveOfNoun } from './infinitive-object.js';
import { matchRule, type RuleMatch } from './match-rule.js';
import type { EventResources } from './resources.js';
import type { CompiledRule, Control } from './verb-lexicon.js';

// Nouns and adjectives before "to VERB" that make the verb an intention or a threat ("plans to attack").
const INFINITIVE_CONTROL: ReadonlyMap<string, Control> = new Map([
  ['plan', 'intent'], ['plans', 'intent'], ['intention', 'intent'], ['readiness', 'intent'], ['willingness', 'intent'],
  ['ready', 'intent'], ['willing', 'intent'], ['prepared', 'intent'], ['pledge', 'intent'],
  ['promise', 'intent'], ['offer', 'intent'], ['threat', 'threat'], ['threats', 'threat'],
]);

// Verbs before "to VERB" that report the event as happening ("continued to send", "decided to expel"); the noun of
// "decide" too: "Reagan's decision to impose tariffs" is a decision taken, coded as the act as "decided to impose" is
// (CAMEO 1.1b3 examples code "decided to allow" as the act; a hand check of Reuters-21578 found "the decision to
// impose/slap tariffs" coded as a threat, 1312, twice)
const ASPECTUAL = new Set(['about', 'continue', 'begin', 'start', 'resume', 'decide', 'decision', 'manage', 'move', 'proceed', 'go', 'keep', 'choose', 'vote', 'opt', 'rush', 'hasten', 'act', 'come', 'used', 'tend']);

// Complements that make an order to one's own forces a deployment (the order's own code, 154 or 153): "ordered its
// armed forces to defend the territorial waters" (reut2-017), "ordered troops to march into Belfast" (BBC politics)
const DEPLOY_VERBS = new Set(['defend', 'guard', 'protect', 'patrol', 'secure', 'march', 'move', 'deploy', 'go', 'proceed', 'prepare', 'stand', 'remain', 'stay', 'reinforce', 'mobilize', 'mobilise']);

// time words that may stand between a controller and its complement ("threatened on Monday to break relations")
const DAY_OR_DATE = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|again|also|now|on|last|this|next|earlier|later|week|weekend|month|year|,)$/;

/** Finds a "to VERB" (or "that … VERB") complement of a controlling trigger; −1 when none. */
export function complementOf(doc: Doc, from: number, sentenceEnd: number, control: Control, literal = false): number {
  const limit = Math.min(sentenceEnd, from + 10);
  let sawThat = false;
  // only "urge/ask/demand X to…" put an object before the complement; "offered its troops to Lebanon to help"
  // is an offer of troops with a purpose clause, not an offer to help
  const objectFirst = literal || control === 'appeal' || control === 'demand' || control === 'command';
  for (let k = from; k < limit; k++) {
    const w = doc.lower[k];
    if (w === ';' || w === '.' || w === 'but') return -1;
    // "ordered troops to the border to deter…", "ordered troops into X": a destination, then a purpose clause
    if (control === 'command' && !literal && (w === 'into' || (w === 'to' && doc.pos[k + 1] !== 'VERB' && doc.pos[k + 1] !== 'AUX' && doc.pos[k + 1] !== 'ADV'))) return -1;
    if (!objectFirst && w !== 'to' && doc.pos[k] !== 'ADV' && doc.pos[k] !== 'PART' && !DAY_OR_DATE.test(w)) return -1;
    if (w === 'to' && k + 1 < sentenceEnd) {
      let v = k + 1;
      while (v < sentenceEnd && doc.pos[v] === 'ADV') v++;
      if (v < sentenceEnd && (doc.pos[v] === 'VERB' || doc.pos[v] === 'AUX')) return v;
    }
    if (w === 'that' && (control === 'demand' || control === 'appeal')) sawThat = true;
    else if (sawThat && doc.pos[k] === 'VERB') return k;
  }
  return -1;
}

/**
 * The code a complement takes under a controller of control kind `kind` whose own code is `controllerCode`, or null when
 * the combination is not an event. Takes the two fields, not the controller rule: a made-up controller (an infinitive
 * after "plans to") was a spread copy of a rule, which V8 (Node 20) gives a hidden class of its own.
 */
export function controlledCode(kind: Control, controllerCode: string, complement: CompiledRule, res: EventResources): string | null {
  const own = complement.controlled[kind];
  if (own) return own;
  const quad = res.codes.get(complement.code)?.quadClass ?? 1;
  const root = Number(complement.code.slice(0, 2));
  switch (kind) {
    case 'intent':
      return quad <= 2 ? controllerCode : (complement.controlled.threat ?? null);
    case 'threat':
      return root >= 18 ? '138' : controllerCode;
    case 'attempt':
      // "tried to hack into", "attempted to assassinate": an attempted conflict act is coded as the act (the CAMEO
      // manual's examples for 172x and 185); "trying to strike a deal", "trying to broker a pact" is no deal yet: an
      // attempt at cooperation is the intent to cooperate (its intent code), or nothing (found in a review: 057)
      return quad <= 2 ? (complement.controlled.intent ?? null) : complement.code;
    case 'command':
      // an order to one's own forces or agents is no demand between two actors: the ordered act is coded with the
      // ordering actor as its source, as PETRARCH2's CAMEO.2.0 verb dictionary does (ORDER * ARREST [173], ORDER *
      // EXPULSION [174], ORDER * (TO CLOSE) [161]) and the CAMEO manual's example for 1721 (in its shape: "the ruling party
      // of Velmora today told the opposition daily to stop printing"); an ordered attack has
      // not happened yet and is a threat of force (ORDER * ATTACK [138], ORDER * (TO SHOOT) [137]: 138)
      return root >= 18 ? '138' : complement.code;
    case 'reject':
      // refusing or failing to reject keeps the thing open: "refused to rule out tax rises", "declined to rule out
      // talks", "failed to turn down the offer" reject nothing (CAMEO 12 codes a rejection made, and a double negative
      // makes none); 'would not / did not rule out' is a negated rejection and coded as none likewise (negation)
      return root === 12 ? null : controllerCode;
    default:
      return controllerCode;
  }
}

/**
 * A controlling trigger's complement ("pledged to visit", "urged X to withdraw", "threatened to impose sanctions"):
 * consumes it and sets the controlled code, rule id and (unless an appeal or demand) the complement's target rule.
 * @returns false when the combination is no event: an uncodable complement, an attempt or a wish with none coded
 */
export function controlledComplement(
  doc: Doc,
  sentence: Sentence,
  m: RuleMatch,
  res: EventResources,
  verbs: ReadonlyMap<string, readonly CompiledRule[]>,
  consumed: Uint8Array,
  literal: boolean,
  coding: VerbCoding,
): boolean {
  const rule = m.rule;
  const c = complementOf(doc, m.patternEnd + (rule.next ? 0 : 1), sentence.endToken, rule.control!, literal);
  if (c >= 0 && rule.control === 'command' && !literal && DEPLOY_VERBS.has(doc.lemmas[c])) {
    // "ordered its armed forces to defend the waters", "to march into Belfast": a deployment, the order's own code
    // (not the verbal defence 052 or the protest march 141 these verbs code on their own)
    consumed[c] = 1;
    coding.targetFrom = c + 1;
    return true;
  }
  if (c >= 0) {
    consumed[c] = 1;
    const compRules = verbs.get(doc.lemmas[c]) ?? verbs.get(doc.lower[c]);
    const cm = compRules ? matchRule(doc, c, sentence.endToken, compRules, literal) : null;
    // a complement a sense guard calls no event ("to meet the terms", "to appeal to voters"; senses.yaml, suppress) is
    // as an uncoded one: the controller stands alone (none when it needs a complement), and no actor past the
    // complement is its fallback target (fallbackRoles)
    if (cm && cm.rule.suppress) {
      coding.complementAt = c;
      coding.complementRule = cm.rule;
    } else if (cm) {
      if (cm.objectToken >= 0) consumed[cm.objectToken] = 1;
      const cc = controlledCode(rule.control!, rule.code, cm.rule, res);
      if (cc === null) return false;
      coding.code = cc;
      coding.ruleId = `${rule.id}>${cm.rule.id}`;
      coding.confidence *= 0.9;
      coding.complementAt = c;
      coding.complementRule = cm.rule;
      if (rule.control !== 'appeal' && rule.control !== 'demand') {
        coding.targetRule = cm.rule;
        // the complement's object may sit before its object noun: "threatened to ban Ugandan opposition parties"
        coding.targetFrom = cm.objectToken >= 0 || cm.rule.after ? c + 1 : cm.patternEnd + 1;
      }
    }
  }
  // an attempt with no coded complement ("tried to explain") is no event, nor a vague wish ("wants to run the country"),
  // nor an order to do something that is no event ("ordered the army to halt the offensive"; with no complement,
  // "ordered troops to the border" is the order's own code, 154)
  if (rule.control === 'command' && c >= 0 && coding.ruleId === rule.id) return false;
  return !((rule.control === 'attempt' || rule.needsComplement) && coding.ruleId === rule.id);
}

/**
 * A trigger after "to" that no controller consumed: not coded ("plans to attack", "in order to visit"), unless a
 * controlling noun or adjective ("plans to", "ready to": intent or threat) or an aspectual verb ("continued to send")
 * stands before it; a controlling noun makes the code an intention or threat.
 * @returns false when the infinitive did not happen
 */
export function infinitiveCoding(doc: Doc, sentence: Sentence, t: number, rule: CompiledRule, res: EventResources, literal: boolean, coding: VerbCoding): boolean {
  // an infinitive no controller consumed ("plans to attack", "in order to visit") did not happen
  let inf = t - 1;
  while (inf >= sentence.firstToken && doc.pos[inf] === 'ADV') inf--;
  if (!literal && inf >= sentence.firstToken && doc.lower[inf] === 'to' && doc.pos[inf] === 'PART') {
    const before = inf > sentence.firstToken ? inf - 1 : -1;
    const kind = before >= 0 ? INFINITIVE_CONTROL.get(doc.lower[before]) : undefined;
    const aspectual = before >= 0 && ASPECTUAL.has(doc.lemmas[before]);
    if (!kind && !aspectual) return false;
    if (kind && rule.control) return false;
  }
  if (!rule.control && inf >= sentence.firstToken && doc.lower[inf] === 'to' && doc.pos[inf] === 'PART' && INFINITIVE_CONTROL.has(doc.lower[inf - 1] ?? '')) {
    const kind = INFINITIVE_CONTROL.get(doc.lower[inf - 1])!;
    const cc = controlledCode(kind, kind === 'intent' ? '030' : '130', rule, res);
    if (cc === null) return false;
    coding.code = cc;
    coding.ruleId = `${kind}>${rule.id}`;
    coding.confidence *= 0.8;
  }
  return true;
}

/**
 * How the word right before an infinitive's "to" reports the infinitive's act: 'aspectual' as happening ("continued
 * to", "decided to"), 'intent' or 'threat' as an intention or threat named by a noun or adjective ("plans to", "ready
 * to", "threats to"), or null for neither.
 * @param doc the parsed article
 * @param k the token before "to"
 */
export function infinitiveGovernor(doc: Doc, k: number): 'aspectual' | 'intent' | 'threat' | null {
  const kind = INFINITIVE_CONTROL.get(doc.lower[k]);
  if (kind === 'intent' || kind === 'threat') return kind;
  return ASPECTUAL.has(doc.lemmas[k]) ? 'aspectual' : null;
}

/**
 * True when the event noun at `t` is the object of an infinitive that sets out to bring it about ("bid to revive
 * negotiations", {@link infinitiveOfNoun}) and the word before "to" neither reports the act as done (ASPECTUAL:
 * "managed to hold talks") nor makes it an intention or threat (INFINITIVE_CONTROL: "plans to hold talks").
 */
export function aimedAt(doc: Doc, t: number, first: number): boolean {
  const gov = infinitiveOfNoun(doc, t, first);
  if (gov === -1) return false;
  if (gov < first) return true;
  return !ASPECTUAL.has(doc.lemmas[gov]) && !INFINITIVE_CONTROL.has(doc.lower[gov]);
}
