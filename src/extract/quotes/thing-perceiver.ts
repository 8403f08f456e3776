import type { Doc } from '../../nlp/doc.js';
import type { CueMatch } from './find-cues.js';

/**
 * Nouns that name things, amounts and times, never a holder of a view: the subject of "see" in its sense "result in"
 * ("the new allocations will see the agency investing …", "2015 saw prices fall").
 */
const THING_NOUNS: ReadonlySet<string> = new Set([
  'figure', 'figures', 'data', 'number', 'numbers', 'result', 'results', 'plan', 'plans', 'budget', 'budgets', 'deal', 'deals',
  'law', 'laws', 'bill', 'bills', 'policy', 'policies', 'move', 'moves', 'change', 'changes', 'cut', 'cuts', 'rise', 'fall',
  'scheme', 'schemes', 'funding', 'money', 'project', 'projects', 'proposal', 'proposals', 'rule', 'rules', 'increase',
  'increases', 'decline', 'growth', 'economy', 'market', 'markets', 'year', 'years', 'decade', 'decades', 'month', 'months',
  'week', 'weeks', 'day', 'days', 'level', 'levels', 'price', 'prices', 'rate', 'rates', 'sales', 'profit', 'profits', 'value', 'values', 'quarter', 'season', 'period', 'era', 'century', 'referendum', 'race', 'vote', 'election',
  'elections', 'manner', 'way', 'mistake', 'district', 'districts', 'world', 'class', 'system', 'model',
  // events and transactions of business and politics ("The takeover will see …", "The merger saw …")
  'takeover', 'takeovers', 'merger', 'mergers', 'sale', 'buyout', 'buyouts', 'bid', 'bids', 'reform', 'reforms', 'overhaul',
  'shake-up', 'shakeup', 'ban', 'bans', 'tax', 'taxes', 'launch', 'contract', 'contracts', 'strike', 'strikes', 'programme',
  'programmes', 'program', 'programs', 'tournament', 'event', 'events', 'film', 'book', 'show', 'initiative',
]);

/** Modal auxiliaries of a result still to come ("will see", "would see", "could see"). */
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'shall', "'ll", '\u2019ll']);

/** Words naming people with no person ending ("people may see …", "the public will see …"). */
const PEOPLE: ReadonlySet<string> = new Set(['people', 'public', 'family', 'staff', 'police', 'crowd', 'team', 'everyone', 'anyone', 'nobody', 'everybody', 'somebody', 'electorate', 'press', 'media', 'youth', 'party', 'club', 'board', 'jury', 'panel', 'audience']);

/** Endings of nouns naming people ("leader", "investor", "economist", "politician", "resident", "official", "chairman"). */
const PERSON_SUFFIX = /(er|or|ist|ian|ant|ent|eer|ee|al|man|woman|person|one|body)$/;

/** Abstract-noun endings ("allocations", "investment", "capacity", "pressure", "acceptance"). */
const THING_SUFFIX = /(tions?|sions?|ments?|ity|ities|ances?|ences?|ures?|isms?|ness)$/;

/** Nouns with an abstract ending that name bodies of people ("the administration sees …", "the opposition saw …"). */
const BODIES: ReadonlySet<string> = new Set([
  'administration', 'government', 'governments', 'management', 'organisation', 'organization', 'organizations', 'organisations',
  'commission', 'coalition', 'federation', 'association', 'institution', 'institutions', 'opposition', 'delegation', 'nation',
  'nations', 'population', 'generation', 'legislature', 'majority', 'minority', 'community', 'communities', 'audience',
  'presidency', 'faculty', 'university', 'agency',
]);

/**
 * True for a cue of perception ("see", "saw", "will see") whose subject is a thing, not someone who can hold a view: "The
 * new allocations will see the agency investing …" reads "result in", not a belief of the allocations. The subject's head
 * is a common noun in lower case (not a name or pronoun) that names a thing, an amount or a time, or has an abstract
 * ending (not one naming a body of people: "the administration sees …"), or a year or decade ("2015 saw …"); and after a
 * modal ("will see", "could see"), any singular common noun without an ending that names a person ("-er", "-or", "-ist",
 * "-ian", "-man", "-al" …) or a body of people: "The relaunch will see the brand …" (user report: "The takeover will
 * see …" outside the noun list was shown as a quote of the takeover).
 * Source: user reports ("will also see Sars investing …" shown as a quote); PolNeAR train, where every gold source of
 * "see" is a person, a group of people, an organisation or an opinion poll (66 of 66), while the train predictions with
 * a thing as subject ("the referendum", "the manner", "the 1970s") match no gold attribution.
 * @param doc the token layer; `c` a cue
 * @returns true when the cue should make no quote
 */
export function isThingPerceiver(doc: Doc, c: CueMatch): boolean {
  // (a passive's subject is what is seen, not who sees: "low prices are seen as a boon")
  if (c.entry.lemma !== 'see' || !c.speaker || c.side !== 'left' || c.passive || c.raised) return false;
  const h = c.speaker.head;
  const word = doc.lower[h];
  if (/^\d{4}s?$/.test(word)) return true;
  if (doc.pos[h] !== 'NOUN' || !/^\p{Ll}/u.test(doc.text.slice(doc.starts[h], doc.ends[h]))) return false;
  if (THING_NOUNS.has(word) || (THING_SUFFIX.test(word) && !BODIES.has(word))) return true;
  // "The relaunch will see the brand …": a singular common noun that names no person or body, before a modal + "see"
  return modalBefore(doc, c) && !/s$/.test(word) && !PERSON_SUFFIX.test(word) && !BODIES.has(word) && !PEOPLE.has(word);
}

/** True when a modal auxiliary stands in the cue's auxiliary run ("will see", "would also see"). */
function modalBefore(doc: Doc, c: CueMatch): boolean {
  for (let t = c.auxStart; t < c.start; t++) if (MODALS.has(doc.lower[t])) return true;
  return false;
}
