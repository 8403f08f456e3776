import type { Doc } from '../../nlp/doc.js';

/*
 * Event nouns that an infinitive sets out to bring about: "in a failed bid to revive negotiations between X and Y",
 * "invited him for a visit to broker talks between X and Y", "tried to arrange a meeting of X and Y". The talks are
 * what someone sought, not talks that took place; CAMEO codes the act done (the visit, the invitation) and not its
 * aim, as the coder already does for a verb after "to" that no controller consumed ("in order to visit"). Found in
 * a fresh-eyes review of dated newswire (TempEval-3): two 046 events both ways from such purposes.
 */

// Verbs whose object noun is an act they start or arrange: after "to", the act is an aim, not a fact ("to hold talks").
// A verb that acts on an event already there ("to quell the riots", "to condemn the attack") is left out: those
// riots and attacks took place.
const BRINGING_ABOUT: ReadonlySet<string> = new Set([
  'revive', 'broker', 'resume', 'restart', 'reopen', 'open', 'hold', 'arrange', 'convene', 'organise', 'organize',
  'start', 'launch', 'begin', 'stage', 'mount', 'kick-start', 'jump-start', 'relaunch', 'rekindle', 'restore',
  'seek', 'secure', 'hammer', 'set', 'schedule', 'host', 'call', 'initiate', 'facilitate', 'mediate', 'pave',
]);

// words a verb's object noun phrase is made of between the verb and the noun ("to revive the stalled peace negotiations")
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** True for a participle after a determiner inside the noun's phrase ("the stalled talks", "the coming summit"). */
function attributiveParticiple(doc: Doc, v: number, first: number): boolean {
  return doc.pos[v] === 'VERB' && v - 1 >= first && doc.pos[v - 1] === 'DET' && (doc.lower[v].endsWith('ed') || doc.lower[v].endsWith('ing'));
}

/** True for the hyphen of a compound modifier inside the noun's phrase ("a top-level meeting", "long-stalled talks"). */
function hyphenInside(doc: Doc, v: number, first: number): boolean {
  return doc.lower[v] === '-' && v - 1 >= first && PHRASE_POS.has(doc.pos[v + 1]) && doc.pos[v - 1] !== 'PUNCT';
}

/**
 * Finds the infinitive of which the event noun at `t` is the object, when that verb brings the act about
 * ("bid to revive negotiations", "a visit to broker talks"): the verb stands right before the noun's phrase (at most
 * five determiners, adjectives, numbers, nouns or participles after a determiner between, possessive 's too) and "to" right before the verb, adverbs
 * aside.
 * @param doc the parsed article
 * @param t the event noun (token index)
 * @param first the sentence's first token (the search stops there)
 * @returns the token before "to" (the word governing the infinitive: "bid", "tried", "agreed"; `first - 1` when "to"
 *   opens the sentence), or −1 when the noun is no such object
 */
export function infinitiveOfNoun(doc: Doc, t: number, first: number): number {
  let v = t - 1;
  let steps = 0;
  while (v >= first && steps < 5 && (PHRASE_POS.has(doc.pos[v]) || doc.lower[v] === "'s" || hyphenInside(doc, v, first) || doc.lower[v] === '’s' || attributiveParticiple(doc, v, first))) {
    v--;
    steps++;
  }
  if (v < first) return -1;
  // "to set up talks", "to hammer out an accord": the particle stands between the verb and its object
  if (doc.pos[v] === 'ADP' && (doc.lower[v] === 'up' || doc.lower[v] === 'out') && v - 1 >= first) v--;
  if (doc.pos[v] !== 'VERB' || !BRINGING_ABOUT.has(doc.lemmas[v])) return -1;
  let to = v - 1;
  while (to >= first && doc.pos[to] === 'ADV') to--;
  if (to < first || doc.lower[to] !== 'to' || doc.pos[to] !== 'PART') return -1;
  return to - 1;
}
