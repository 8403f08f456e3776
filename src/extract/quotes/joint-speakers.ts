import type { Doc } from '../../nlp/doc.js';
import type { Span } from '../../model/span.js';
import type { Speaker } from '../../model/quote.js';
import { sentenceIndexOf, spanOfTokens } from './doc-helpers.js';
import { firstGroupHead, type TokenRange } from './noun-phrase.js';
import type { ResolvedSpeaker, SpeakerResolver } from './speaker-resolver.js';

/** Words of a prepositional phrase inside a conjunct: a name coordinated after its object joins the object, not the speakers. */
const PP_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'from']);
/** Titles that a coordination shares with the name after it ("Mr and Mrs Roe" is one couple's name, not two phrases). */
const SHARED_TITLE = /^(mr|mrs|ms|dr|miss|sir|lord|lady|messrs)\.?$/;
/** Entity types a name may have to stand as an item of a speaker list before the phrase ("Jo Roe, Al Poe and Bo Wu said"). */
const LIST_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE']);
/** Pronouns of more than one speaker, whose entities the entity layer may give several antecedents ("They said"). */
const PLURAL_PRONOUN = /^(they|them)$/i;
/** Words that open a conjunct as a phrase of its own ("the mayor and the minister", "Jo Roe and his wife", "and some analysts"). */
const OWN_DETERMINER = /^(the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|other|many|several|both|all|two|three|four|five|six)$/;

/** True for a token that can head a speaker conjunct: a noun, a name, a number or a personal pronoun. */
function nominal(doc: Doc, t: number): boolean {
  return doc.pos[t] === 'NOUN' || doc.pos[t] === 'PROPN' || doc.pos[t] === 'NUM' || doc.pos[t] === 'PRON';
}

/** The name mention owning token `t` (its head), or null. */
function nameAt(doc: Doc, t: number, resolver: SpeakerResolver): ResolvedSpeaker | null {
  const r = resolver.resolve(doc.starts[t], doc.ends[t], doc.starts[t], doc.ends[t]);
  return r && r.mention.kind === 'name' && r.mention.start <= doc.starts[t] && r.mention.end >= doc.ends[t] ? r : null;
}

/** True for a common noun that does not look plural (no -s, or -ss / -us / -is: "boss", "census", "analysis"). */
function singularNoun(doc: Doc, t: number): boolean {
  return doc.pos[t] === 'NOUN' && (!/s$/.test(doc.lower[t]) || /(ss|us|is)$/.test(doc.lower[t]));
}

/** True for a conjunct of numbers, amounts, units and currency signs only ("150", "£392.1m", "$4 bn"): no speaker. */
function amount(doc: Doc, c: TokenRange): boolean {
  for (let t = c.start; t < c.end; t++) if (doc.pos[t] !== 'NUM' && doc.pos[t] !== 'SYM' && !/^(\d.*|m|bn|k|million|billion|trillion|%)$/.test(doc.lower[t])) return false;
  return true;
}

/** True for a capitalised word. */
function capitalised(doc: Doc, t: number): boolean {
  return /^\p{Lu}/u.test(doc.text[doc.starts[t]] ?? '');
}

/**
 * Whether the `and` at token `and` coordinates two speakers of the phrase, not words inside one of them:
 * - not inside a name the entity layer found ("Marks and Spencer"), nor between two capitalised words of which neither
 *   conjunct names an entity ("Ironhorse Oil and Gas", "Culture, Media and Sport": a name the entity layer missed), nor
 *   after a left conjunct of one capitalised word naming nothing ("Procter and Gamble", whatever the right one names);
 * - a left conjunct that ends in a noun, name or pronoun and is neither a bare shared title ("Mr and Mrs Roe"), a
 *   nationality word ("British and French officials": one group) nor an amount ("£150m and experts");
 * - a right conjunct with a nominal head;
 * - not two descriptions of one referent: a left conjunct headed by no name and a right conjunct with no determiner of
 *   its own that is a singular common noun or a description before a name ("chairman and chief executive Jo Roe", "the
 *   Labour peer and former minister", "the clothing and furniture retailer": one determiner, one referent; but
 *   "politicians and campaigners", "the mayor and the minister", "Jo Roe and his wife", "two men and a woman" are two);
 * - not a name (after an optional determiner) coordinated with a name of the same entity type that ends the left conjunct
 *   after a preposition (after an optional determiner or title: "officials in Lima and Quito", "lawyers for Mr Roe and
 *   Mr Poe", "reports in the Post and the Times": the preposition governs both).
 */
function coordinatesSpeakers(doc: Doc, left: TokenRange, and: number, right: TokenRange, resolver: SpeakerResolver): boolean {
  if (left.end <= left.start || right.end <= right.start || nameAt(doc, and, resolver)) return false;
  if (!nominal(doc, left.end - 1) || !nominal(doc, right.head)) return false;
  if (left.end - left.start === 1 && SHARED_TITLE.test(doc.lower[left.start])) return false;
  if (amount(doc, left)) return false;
  const leftName = nameAt(doc, left.head, resolver);
  const rightName = nameAt(doc, right.head, resolver);
  if (leftName && resolver.byId(leftName.entity)?.type === 'NORP') return false;
  if (!leftName && !rightName && capitalised(doc, and - 1) && capitalised(doc, and + 1)) return false;
  // "Procter and Gamble said": one capitalised word naming nothing before a capitalised conjunct is a name the entity
  // layer missed, even when it took the word after "and" for a name of its own
  if (!leftName && left.end - left.start === 1 && capitalised(doc, left.start) && doc.pos[left.start] !== 'PRON' && capitalised(doc, and + 1)) return false;
  const ownDeterminer = OWN_DETERMINER.test(doc.lower[right.start]) || doc.pos[right.start] === 'NUM';
  if (!leftName && !ownDeterminer) {
    if (singularNoun(doc, right.head) && !rightName) return false;
    for (let t = right.start; rightName && doc.ends[t] <= rightName.mention.start; t++) if (doc.pos[t] === 'NOUN' && !capitalised(doc, t)) return false;
  }
  let firstName = right.start;
  while (firstName < right.end - 1 && (doc.pos[firstName] === 'DET' || SHARED_TITLE.test(doc.lower[firstName]))) firstName++;
  for (let t = left.start + 1; t < left.end - 1; t++) {
    if (!PP_LINKS.has(doc.lower[t])) continue;
    const object = nameAt(doc, left.end - 1, resolver);
    if (object && rightName && rightName.mention.start <= doc.starts[firstName] && rightName.mention.end === doc.ends[right.end - 1]) {
      if (resolver.byId(object.entity)?.type === resolver.byId(rightName.entity)?.type) return false;
    }
  }
  return true;
}

/**
 * The names listed with commas before a coordinated phrase that opens its sentence, first to last ("Jo Roe, Al Poe and
 * Bo Wu said": `Jo Roe` before the phrase `Al Poe and Bo Wu`, where the phrase finder stops at the comma). Each item is
 * one whole name mention of a person, organisation or place, and the first opens the sentence; else none (an
 * apposition, "Jo Roe, a lawyer and activist, said", or a fronted adjunct, "In Lima, Roe and Poe said", lists none).
 */
function listedBefore(doc: Doc, first: TokenRange, resolver: SpeakerResolver): TokenRange[] {
  const items: TokenRange[] = [];
  const firstName = nameAt(doc, first.head, resolver);
  if (!firstName || firstName.mention.start !== doc.starts[first.start] || firstName.mention.end !== doc.ends[first.end - 1]) return items;
  const sentenceStart = doc.sentences[sentenceIndexOf(doc, first.start)].firstToken;
  let s = first.start;
  while (s - 2 >= sentenceStart && doc.lower[s - 1] === ',') {
    const name = nameAt(doc, s - 2, resolver);
    if (!name || name.mention.end !== doc.ends[s - 2] || !LIST_TYPES.has(resolver.byId(name.entity)?.type ?? '')) return [];
    let k = s - 2;
    while (k > sentenceStart && doc.starts[k] > name.mention.start) k--;
    if (doc.starts[k] !== name.mention.start) return [];
    items.unshift({ start: k, end: s - 1, head: s - 2 });
    s = k;
  }
  return s === sentenceStart ? items : [];
}

/**
 * The conjuncts of a coordinated speaker phrase, in text order: the phrase split at each `and` that joins two speakers
 * ({@link coordinatesSpeakers}), with the names a comma list puts before it ({@link listedBefore}); each conjunct a
 * half-open token range with its head (the last noun of its first group, as noun-phrase.ts heads a phrase). One range,
 * the phrase itself, when it is not coordinated.
 * @param doc the token layer; `np` the speaker phrase as the cue found it; `resolver` the article's entity lookups
 * @returns one or more token ranges
 */
export function speakerConjuncts(doc: Doc, np: TokenRange, resolver: SpeakerResolver): TokenRange[] {
  const out: TokenRange[] = [];
  let from = np.start;
  for (let t = np.start + 1; t < np.end - 1; t++) {
    if (doc.lower[t] !== 'and') continue;
    const left = { start: from, end: t, head: firstGroupHead(doc, from, t) };
    const right = { start: t + 1, end: np.end, head: firstGroupHead(doc, t + 1, np.end) };
    if (!coordinatesSpeakers(doc, left, t, right, resolver)) continue;
    out.push(left);
    from = t + 1;
  }
  if (out.length === 0) return [np];
  out.push({ start: from, end: np.end, head: firstGroupHead(doc, from, np.end) });
  return [...listedBefore(doc, out[0], resolver), ...out];
}

/**
 * The co-speakers of a quote whose speaker phrase is `np`: every conjunct of the phrase ({@link speakerConjuncts}) but
 * the primary speaker's (the one holding the mention the primary resolved to, else the phrase's head), each resolved
 * as the primary is (the entity owning a mention over its head; else no entity, with the actor code `groupCode` gives
 * the phrase, as for an unnamed official) and with the conjunct as its mention; or, for a plural pronoun the entity
 * layer gave to several entities ("Jo Roe and Bo Wu met. They said …"), those entities but the primary's, with the
 * pronoun as mention. A conjunct naming the primary's entity again, or one already listed, is left out.
 * @param doc the token layer; `np` the speaker phrase; `primary` what the primary resolved to (null when unresolved)
 * @param resolver the article's entity lookups
 * @param groupCode the actor code of an unresolved conjunct (its token range and character span), or null
 * @returns the co-speakers in text order; empty for a single speaker
 */
export function coSpeakersOf(
  doc: Doc,
  np: TokenRange,
  primary: ResolvedSpeaker | null,
  resolver: SpeakerResolver,
  groupCode: (conjunct: TokenRange, mention: Span) => string | null,
): Speaker[] {
  const out: Speaker[] = [];
  const seen = new Set<string>(primary ? [primary.entity] : []);
  if (primary && primary.mention.kind === 'pronoun' && np.end - np.start === 1 && PLURAL_PRONOUN.test(doc.lower[np.head])) {
    const mention = spanOfTokens(doc, np.start, np.end);
    for (const id of resolver.mentionedIn(primary.mention.start, primary.mention.end)) {
      const e = resolver.byId(id);
      if (!e || seen.has(id)) continue;
      seen.add(id);
      out.push({ entity: id, name: e.name, actor: e.actor, mention });
    }
    return out;
  }
  const conjuncts = speakerConjuncts(doc, np, resolver);
  if (conjuncts.length < 2) return out;
  const anchor = primary ? primary.mention.start : doc.starts[np.head];
  for (const c of conjuncts) {
    if (doc.starts[c.start] <= anchor && anchor < doc.ends[c.end - 1]) continue;
    const mention = spanOfTokens(doc, c.start, c.end);
    const resolved = resolver.resolve(mention.start, mention.end, doc.starts[c.head], doc.ends[c.head]);
    if (resolved && seen.has(resolved.entity)) continue;
    if (resolved) seen.add(resolved.entity);
    out.push(resolved ? { entity: resolved.entity, name: resolved.name, actor: resolved.actor, mention } : { entity: null, name: null, actor: groupCode(c, mention), mention });
  }
  return out;
}
