// The place an act happens in as its target ("resume attacks in Israel"), venues of meetings and agreements aside.
import type { Doc } from '../../nlp/doc.js';
import type { ActorChunk, ActorRef } from './actor-chunks.js';
import { PLACE_TYPES } from './actor-roles.js';
import { FALLBACK_STOPS } from './fallback-target.js';

/**
 * The place an act happens in, as its target: the first GPE/LOC phrase with a country after "in"/"inside" (not
 * "near": the act is not in it) in the trigger's clause (a comma does not end it, a clause word does), not in the
 * predicate of another verb ({@link inOtherPredicate}), in none of the sources' home countries (`homes`); null when none.
 * `code`: the event's CAMEO code (aid, 07 and 033, takes the place of its beneficiaries: see inOtherPredicate).
 */
export function placeTarget(
  doc: Doc,
  chunks: readonly ActorChunk[],
  from: number,
  end: number,
  exclude: ReadonlySet<string>,
  homes: ReadonlySet<string | null | undefined>,
  code = '',
): ActorRef | null {
  let stop = end;
  for (let k = from; k < end; k++) {
    // (an apposition opened by ", the/a/its …" describes a noun: "agreed to buy a third of Dragon Wines, the biggest
    // brewer in China" happens in no country it names; fifth hand check, BBC business: ITA -> CHN 030)
    if (FALLBACK_STOPS.has(doc.lower[k]) || (doc.lower[k] === ',' && k + 1 < end && doc.pos[k + 1] === 'DET')) {
      stop = k;
      break;
    }
  }
  for (const ch of chunks) {
    if (ch.first < from || ch.first >= stop || (ch.prep !== 'in' && ch.prep !== 'inside')) continue;
    // "a stake in a Hong Kong firm": the place must head its phrase, not modify a noun
    if (ch.end < end && (doc.pos[ch.end] === 'NOUN' || doc.pos[ch.end] === 'PROPN')) continue;
    if (meetingPlace(doc, ch.first, from)) continue;
    if (inOtherPredicate(doc, from, ch.first, AID.test(code))) continue;
    // a place in the source's own country is where it acts at home, not a target (domestic targets are set later)
    const place = ch.heads.find((h) => PLACE_TYPES.has(h.entity.type) && h.entity.country && h.actor !== null && !exclude.has(h.entity.id) && !homes.has(h.entity.country));
    if (place) return place;
  }
  return null;
}

// Nouns of a gathering: "a package agreed at a meeting in Paris" names where they met, not whom the act is aimed at
const GATHERING_NOUNS: ReadonlySet<string> = new Set(['meeting', 'meetings', 'summit', 'summits', 'conference', 'conferences', 'talks', 'session', 'congress', 'gathering', 'rally',
  // and a trial or an exhibition held there ("agreed to hand them over for trial in the Netherlands, a neutral venue")
  'trial', 'trials', 'hearing', 'hearings', 'exhibition', 'fair']);

// Verbs of agreeing: "agreed in Paris", "the accord signed in Geneva" name where it was agreed
const AGREEING_LEMMAS: ReadonlySet<string> = new Set(['agree', 'sign', 'conclude']);

/**
 * True when the place phrase at `first` (after "in") names where a gathering met ("at a meeting in Paris", "the summit
 * in Lima") or where an agreement was made, "in" right after the agreeing verb at `from - 1` ("as agreed in Paris"): a
 * venue is no target. Sixth hand check (reut2-017/018, BBC politics): 3 of the 7 place targets were such (DEU -> FRA
 * 030 for a policy 'agreed in Paris'); the PLOVER gold codes an agreement's place as its target only where the agreed
 * act happens there ("agreed to extend the force in Lebanon").
 * @param doc the parsed article
 * @param first the place phrase's first token
 * @param from the first token after the trigger
 */
function meetingPlace(doc: Doc, first: number, from: number): boolean {
  let k = first - 1;
  while (k >= from && doc.lower[k] !== 'in' && doc.lower[k] !== 'inside' && first - k < 4) k--;
  if (k < from || (doc.lower[k] !== 'in' && doc.lower[k] !== 'inside')) return false;
  // "agreed upon last December in Geneva", "will sign an agreement with X in Riyadh": with only a time, names or the
  // agreement's own noun between, the place is where the agreeing itself was done ("agreed to extend the force in
  // Lebanon", "agreed to an extension of the mandate for the force in South Sudan" name the agreed act's place)
  if (from > 0 && AGREEING_LEMMAS.has(doc.lemmas[from - 1]) && agreementVenue(doc, from, k)) return true;
  // "during the summit of western heads of state in Venice", "for trial in the Netherlands": the gathering's noun
  // phrase, of-phrases included, runs up to the place
  for (let n = k - 1; n >= from && k - n <= 8; n--) {
    if (GATHERING_NOUNS.has(doc.lower[n])) return true;
    if (!VENUE_PHRASE_POS.has(doc.pos[n]) && doc.lower[n] !== 'of') return false;
  }
  return false;
}

// tags of the words of a gathering's noun phrase before its place ("the summit of western heads of state in")
const VENUE_PHRASE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

// nouns of what is agreed or signed itself: "signed a services agreement with X in Riyadh" was signed there
const AGREEMENT_NOUNS: ReadonlySet<string> = new Set(['agreement', 'agreements', 'accord', 'accords', 'deal', 'deals', 'pact', 'treaty', 'treaties', 'contract', 'contracts', 'memorandum', 'protocol', 'declaration', 'communique', 'charter', 'convention']);

/**
 * True when the words `[from, to)` between an agreeing verb and the "in" of a place hold no agreed act (a verb after
 * "to"; a verb of another act makes the place that act's, not the agreement's, and true is returned too) and
 * no common noun but a time word, the agreement's own noun or the partner after "with" ("upon last December", "a
 * technical services agreement with Indosuez", "on Friday"); a noun of an act ("to an extension of the mandate for the force") or a verb ("to
 * extend the force") makes the place that act's.
 */
function agreementVenue(doc: Doc, from: number, to: number): boolean {
  let agreement = false;
  for (let k = from; k < to; k++) {
    // "agreed to extend …": the agreed act; "signed an agreement and then shelled …": another act, not the agreement's
    if (doc.pos[k] === 'VERB') return doc.lower[k - 1] !== 'to';
    if (AGREEMENT_NOUNS.has(doc.lower[k])) agreement = true;
  }
  for (let k = from; k < to; k++) {
    // (the partner: "with the bank", "with Indosuez")
    if (doc.lower[k] === 'with') {
      while (k + 1 < to && (doc.pos[k + 1] === 'DET' || doc.pos[k + 1] === 'ADJ' || doc.pos[k + 1] === 'NOUN' || doc.pos[k + 1] === 'PROPN')) k++;
      continue;
    }
    if (doc.pos[k] !== 'NOUN' || TIME_NOUNS.has(doc.lower[k]) || AGREEMENT_NOUNS.has(doc.lower[k])) continue;
    // (the words of the agreement's own noun phrase: "a technical services agreement")
    if (agreement && k + 1 < to && (doc.pos[k + 1] === 'NOUN' || AGREEMENT_NOUNS.has(doc.lower[k + 1]))) continue;
    return false;
  }
  return true;
}

const TIME_NOUNS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** CAMEO codes of aid: provide aid (07), express intent to provide aid (033). */
const AID = /^(?:07|033)/;

/**
 * Whether a verb other than the trigger stands between the trigger and a place phrase, so that the place belongs to that
 * verb's predicate ("endorsed plans to cut land used by US forces in Okinawa", "warned that children are drawn into
 * rings in Greece", "deployed troops to stop militants launching attacks in Afghanistan": none happens in the place).
 * Not the verb the trigger controls, right after it or the first after "to" ("threatened on Tuesday to act in Ukraine",
 * "helping to build in Bushehr", "proposed building a corridor in the West Bank", "used tear gas to disperse the crowd
 * in Monrovia": the place of the act threatened, helped, proposed, done), nor a verb
 * coordinated with it by "and"/"or" with no auxiliary ("shot dead X and wounded Y in Gaza"), nor a participle before a
 * noun ("all other armed groups in Darfur"). Hand check of place targets on reut2-005, reut2-020, te3-silver parts 1-2
 * (55 events, about 20 right): 18 lose the place target by this rule, 17 of them wrong.
 * @param doc the parsed article
 * @param from the first token after the trigger
 * @param first the place phrase's first token
 * @param aid whether the event is aid, whose target a participle after its beneficiaries may name
 */
function inOtherPredicate(doc: Doc, from: number, first: number, aid: boolean): boolean {
  let complement = false;
  for (let k = from; k < first; k++) {
    if (doc.pos[k] !== 'VERB') continue;
    // the trigger's own complement, its first verb: "threatened on Tuesday to act", "help safeguard", "proposed building",
    // "rejected a call for its forces to be deployed"
    let to = k - 1;
    while (to > from && doc.pos[to] === 'AUX') to--;
    if (k === from || (doc.lower[to] === 'to' && !complement)) {
      complement = true;
      continue;
    }
    // "shot dead X and wounded Y", "and also caused": the same subject's next act, in the same tense ("and has begun"
    // opens another)
    let j = k - 1;
    while (j > from && doc.pos[j] === 'ADV') j--;
    if (j >= from && (doc.lower[j] === 'and' || doc.lower[j] === 'or')) continue;
    // "other armed groups", "the planned change", "an estimated 500 million": a participle that modifies what follows
    const prev = doc.pos[k - 1];
    if ((prev === 'DET' || prev === 'ADJ' || prev === 'NUM' || prev === 'ADV') && k + 1 < first && (doc.pos[k + 1] === 'NOUN' || doc.pos[k + 1] === 'PROPN' || doc.pos[k + 1] === 'NUM')) continue;
    // aid "to refugees fleeing the war in Liberia", "to help people affected by floods in Somalia": the beneficiaries'
    // place, which a participle after them names, is the target of aid (PLOVER gold GSR01-AGREE-0015)
    if (aid && (prev === 'NOUN' || prev === 'PROPN')) continue;
    return true;
  }
  return false;
}
