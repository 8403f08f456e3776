// When a protest with no target in its sentence may be aimed at the protesters' own government.
import type { Doc } from '../../nlp/doc.js';
import type { ActorChunk, ActorRef } from './actor-chunks.js';
import { LOCATION_PREPS, PLACE_TYPES } from './actor-roles.js';

/** Nouns that name a government or one of its organs as what a protest is about ("against the government", "government plans"). */
const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(['government', 'governments', 'authorities', 'regime', 'ministry', 'minister', 'ministers', 'parliament', 'cabinet', 'president', 'administration', 'state']);

/**
 * True when a protest (CAMEO root 14) whose sentence names no target may take the protesters' own government, or the
 * government of the place it is held in, as its target: the sentence names a place after in/at/near/outside/inside/throughout/across
 * (the CAMEO 1.1b3 codebook, 141 usage notes: "the location of a demonstration sometimes represents the identity of the
 * target", its example ethnic Albanians demonstrating in Kosovo, coded against Yugoslavia), the protesters' own country
 * is named after the trigger ("to protest against Sweden's decision", the codebook's 142 example), or a government word follows
 * the trigger ("went on hunger strike to protest against the austerity programme of the government", "in protest at
 * government plans"), and no pay word does without a government word (a strike for pay is aimed at an employer,
 * wherever it is held). Otherwise the sentence does not say whom the protest is against (fans protesting outside a
 * ground protest against the club's owner), and neither the codebook nor PETRARCH2
 * (which codes no target it does not find) gives the own government as a default; a protesters' own government was
 * among the errors of a protest review (29 of 51 protests right, README seventeenth round).
 * @param doc the parsed article
 * @param chunks the actor phrases of the trigger's sentence
 * @param src the protesters (the event's source)
 * @param trigger the trigger token; `end` the sentence's end token (exclusive)
 * @returns true when a domestic target is supported by the sentence
 */
export function protestAimedAtHome(doc: Doc, chunks: readonly ActorChunk[], src: ActorRef, trigger: number, end: number): boolean {
  let pay = false;
  for (let k = trigger + 1; k < end; k++) {
    if (GOVERNMENT_WORDS.has(doc.lower[k])) return true;
    if (PAY_WORDS.has(doc.lower[k])) pay = true;
  }
  // a strike for pay is aimed at the employer, wherever it is held ("bank staff went on strike for more pay" in Madrid
  // and Barcelona was ESP > ESPGOV)
  if (pay) return false;
  const home = src.entity.country ?? (src.actor ?? '').slice(0, 3);
  for (const ch of chunks) {
    if (ch.prep !== null && (LOCATION_PREPS.has(ch.prep) || SPREAD_PREPS.has(ch.prep)) && ch.heads.some((h) => PLACE_TYPES.has(h.entity.type) && h.entity.country)) return true;
    // the protesters' own country named after the trigger ("to protest against Sweden's decision", "blocked the bridge
    // from France to Germany"): the sentence ties the protest to it
    if (ch.first > trigger && ch.heads.some((h) => h.entity.id !== src.entity.id && (h.actor ?? '').length === 3 && h.actor === home)) return true;
  }
  return false;
}

/** Prepositions of a protest spread over a place ("students throughout Ukraine", "strikes across France"). */
const SPREAD_PREPS: ReadonlySet<string> = new Set(['throughout', 'across']);

/** Words of pay and conditions: a strike over them is aimed at an employer (as data/events/senses.yaml sense.strike-for-pay). */
const PAY_WORDS: ReadonlySet<string> = new Set(['pay', 'wage', 'wages', 'salary', 'salaries', 'pension', 'pensions', 'bonus', 'bonuses', 'overtime']);
