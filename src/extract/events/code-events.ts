import type { Article } from '../../model/article.js';
import type { Entity } from '../../model/entity.js';
import type { CodedEvent, EventActor, EventLocation } from '../../model/event.js';
import type { Span } from '../../model/span.js';
import { modifiesNoun, notASpeaker, ownPartyAudience, pastUncodedAddressee, placeOrExample, possessorOfThing, predicateNationality, subjectOfReport } from './statement-actors.js';
import type { Doc } from '../../nlp/doc.js';
import { datelineAtToken } from '../../nlp/dateline.js';
import { indexActors, type ActorChunk, type ActorIndex, type ActorRef } from './actor-chunks.js';
import { rejectsAuthoredObject } from './authored-object.js';
import { crowdAfter, domesticTarget, DOMESTIC_ROOTS, FORCE_ROOTS, isStateActor, pronounProtester, TARGET_REQUIRED_ROOTS } from './actor-roles.js';
import { heldPersonAfter } from './held-person.js';
import { placeBefore } from './home-place.js';
import { datelineOnlyEntities, quotedTokens } from './clause-context.js';
import { codeSentence } from './code-sentence.js';
import { candidatePairs, homeOf, type Candidate } from './event-candidate.js';
import { locate, visitOf } from './event-place.js';
import { parseSentenceDates, resolveEventDate, type ResolvedDate, type SentenceDates } from './resolve-date.js';
import type { EventResources } from './resources.js';
import { protestAimedAtHome } from './protest-target.js';

/** Options of the event coder (defaults in the signature of {@link codeEvents}). */
export interface CodeEventsOptions {
  /**
   * Events need both a source and a target actor (true, PETRARCH's convention); false keeps source-only events;
   * `transitive` keeps them only for event types whose target is often implicit (intentions, demands,
   * rejections, threats, protests, force posture, concessions, investigations) and drops them for those that
   * always act on someone (consult, support, cooperate, aid, accuse, sanction, coerce, assault, fight).
   */
  readonly requireTarget?: boolean | 'transitive';
  /** Keep negated events ("did not meet"), flagged `negated: true`. */
  readonly includeNegated?: boolean;
  /** Code triggers inside quotation marks (speech is coded as its speaker's claim, not as an event). */
  readonly codeQuotedText?: boolean;
  /**
   * `detente` (default): negation drops the event, "will/would" turn it into its intent code, hypotheticals
   * and bare infinitives are not coded. `literal`: code what the pattern says and leave negation and modality
   * to the dictionary, as PETRARCH and TABARI do (for imported dictionaries and their test suites).
   */
  readonly modality?: 'detente' | 'literal';
  /**
   * Domestic events with no target in the sentence (protests, repression, concessions, investigations,
   * force posture) are directed at the source's own country: a protest at its government, a government act at
   * its population (the CAMEO convention for domestic dyads). Default true; rule ids end in ":domestic-target".
   */
  readonly domesticTargets?: boolean;
  /** Component name and version written into provenance. */
  readonly component?: string;
  readonly version?: string;
}

/** CAMEO rejections of another party's proposal (talks, mediation, a plan or offer): never aimed at the own country by default. */
const COUNTERPART_REJECTIONS = new Set(['125', '126', '127']);

/** No date expression: the publication date (resolveEventDate). */
const NO_DATES: SentenceDates = { results: null };

/**
 * Codes the events of one article: finds triggers (lemma → rules, one pass per sentence), picks source and
 * target actors from the sentence, resolves date and place, and writes CAMEO-coded events.
 * @param article the article (its `published` date anchors relative dates; `modified`, when later, admits written dates up to it)
 * @param doc the article's Doc
 * @param entities the entities layer (actor codes and mentions, pronouns already resolved)
 * @param resources the event resources (CAMEO table, verb lexicon)
 * @param options see {@link CodeEventsOptions}
 * @returns events in text order; ids are `<article id>-e<n>`
 */
export function codeEvents(
  article: Article,
  doc: Doc,
  entities: readonly Entity[],
  resources: EventResources,
  {
    requireTarget = true,
    includeNegated = false,
    codeQuotedText = false,
    modality = 'detente',
    domesticTargets = modality !== 'literal',
    component = 'events',
    version = '0',
  }: CodeEventsOptions = {},
): CodedEvent[] {
  const index: ActorIndex = indexActors(doc, entities);
  const quoted = codeQuotedText ? null : quotedTokens(doc);
  const events: CodedEvent[] = [];
  const consumed = new Uint8Array(doc.tokenCount);
  const datelineOnly = datelineOnlyEntities(doc, entities);
  let lastVisitLocation: { location: EventLocation; entities: Set<string> } | null = null;
  for (const sentence of doc.sentences) {
    const { candidates: cands, chunks } = codeSentence(doc, sentence, index, resources, quoted, consumed, modality === 'literal', datelineOnly);
    if (cands.length === 0) continue;
    const sText = doc.text.slice(sentence.start, sentence.end);
    let date: ResolvedDate | null = null;
    let dateTrigger = -1;
    let sentenceDates: SentenceDates | null = null;
    const seen = new Set<string>();
    // (a reciprocal event's targets are its other sources: "Japan said China and Russia have concluded an accord" is
    // the accord, 057 both ways, and no statement of Japan's besides — found in a hand check of reut2-015)
    const codable = (c: Candidate) =>
      !c.weak && !c.negated && c.sources.length > 0 && (c.targets.length > 0 || c.reciprocal || requireTarget === false || (requireTarget === 'transitive' && !TARGET_REQUIRED_ROOTS.has(c.code.slice(0, 2))));
    const strong = cands.some(codable);
    const primary = cands.some((c) => codable(c) && !c.secondary);
    for (const c of cands) {
      if (c.weak && (strong || c.targets.length === 0)) continue;
      if (c.secondary && primary) continue;
      if (c.negated && !includeNegated) continue;
      for (const [src, pairTarget] of candidatePairs(c)) {
        // a target without an actor code ("the town of Cizre") is no target
        let tgt = pairTarget && pairTarget.actor !== null ? pairTarget : null;
        // "oil traders in New York said", "American Express said": no political speaker; "said … the Iranian coast":
        // a statement about a thing of that country, not to or about the country as an actor
        if (c.weak && modality !== 'literal' && (notASpeaker(doc, index, src, sentence.firstToken, sentence.endToken) || (tgt && (modifiesNoun(doc, index, tgt, sentence.endToken) || predicateNationality(doc, tgt, sentence.firstToken, sentence.endToken))))) continue;
        let domestic = false;
        const root = c.code.slice(0, 2);
        // "police opened fire on demonstrators", "police detained dozens of protesters": a state turning force or
        // coercion on an unnamed crowd acts on its own population
        // … and so does one arresting or detaining someone the sentence gives no country ("Philippine police detained a
        // former defence secretary", "police arrested five drug traffickers": held-person.ts) — not troops, which may be
        // abroad ("American troops detained three men" holds no Americans)
        const domesticForce =
          (FORCE_ROOTS.has(root) || root === '17') &&
          isStateActor(src, doc) &&
          (crowdAfter(doc, c.trigger + 1, sentence.endToken) || (c.code === '173' && c.sourceSlot !== 'passive' && !(src.actor ?? '').slice(3).startsWith('MIL') && heldPersonAfter(doc, c.triggerEnd + 1, sentence.endToken)));
        // a government's refusal or threat with no one named ("the vice-president declined to resign", "the
        // government is prepared to impose martial law") is aimed at its own population
        // (only when the sentence names no other country: a foreign target may simply be unresolved)
        // (not for rejected talks, mediation or plans, 125–127: "rejected the offer" has an author elsewhere; nor for a
        // rule that names its target only in its own slots, noFallback: "warned that … dangerous complacency" and "warned
        // his supporters against complacency" are no threats to the speaker's country, BBC politics 007 and 417)
        // (nor for a rejected plea, request or appeal: "rejected a plea by a trading company" answers its author)
        const domesticStance =
          (root === '12' || root === '13') &&
          !COUNTERPART_REJECTIONS.has(c.code) &&
          !c.rule.noFallback &&
          c.sourceSlot !== 'passive' &&
          (src.actor ?? '').length > 3 &&
          isStateActor(src, doc) &&
          onlyHomeCountry(chunks, src) &&
          !(root === '12' && rejectsAuthoredObject(doc, c.trigger, sentence.endToken));
        // a state's ceasefire (0871) is with the forces it fought, never with its own population ("the prime minister
        // accepted a ceasefire" is no ISRGOV>ISR); rebels' one is with their government (CAMEO 0871)
        const ownTruce = c.code === '0871' && isStateActor(src, doc);
        // (a protest only where its sentence names a place or a government it is about: protest-target.ts)
        const domesticProtest = root !== '14' || protestAimedAtHome(doc, chunks, src, c.trigger, sentence.endToken);
        if (!tgt && domesticTargets && !ownTruce && ((DOMESTIC_ROOTS.has(root) && domesticProtest && (c.rule.object || c.rule.pos === 'noun' || c.code.startsWith('14'))) || domesticForce || domesticStance)) {
          // a curfew with no place in the sentence ("imposed a curfew on the whole town") is on the place last named
          tgt = domesticTarget(src, doc, chunks, c.code === '1723' ? placeBefore(doc, index, sentence) : null);
          domestic = tgt !== null;
        }
        if (src.actor === null) continue;
        // an actor does not act on itself: "Jordan agreed…, a Jordanian official said" is not JOR → JOR
        // … but a state acting on its own people names them ("Croatia is investigating crimes by Croatian extremists")
        const ownPeople = tgt !== null && domesticTargets && tgt.entity.id !== src.entity.id && isStateActor(src, doc) && !isStateActor(tgt, doc);
        if (tgt && tgt.actor === src.actor && !ownPeople) {
          const own = tgt.actor ?? '';
          tgt = null;
          // people acting on their own country ("Iraqi Kurds … independence from Iraq") act on its government — the
          // country itself, not an organisation of it: "Norrvik's chief executive said 1986 was one of Norrvik's best
          // years" (SWEBUS about SWEBUS) is no statement to the Swedish government (five such events in a hand check of
          // Reuters-21578, reut2-010)
          if (domesticTargets && !isStateActor(src, doc) && own.length === 3) {
            tgt = domesticTarget(src, doc, chunks);
            domestic = tgt !== null;
          }
        }
        // killings and attacks by rebels, militias or unknown gunmen are CAMEO 18, by state forces 19
        let code = c.rule.nonstate && c.code === c.rule.code && !isStateActor(src, doc) ? c.rule.nonstate : c.code;
        if (c.rule.state && c.code === c.rule.code && isStateActor(src, doc)) code = c.rule.state;
        // "They marched …", "They began their protest": a pronoun that coreference gave to troops, police or companies
        // names no protester (CAMEO 14 protests are civilians'; actor-roles.ts pronounProtester)
        if (modality !== 'literal' && root === '14' && !pronounProtester(src)) continue;
        // "a bank that conducted operations abroad": a company uses no military force (CAMEO 18-20 are acts of armed
        // force or mass violence; the agent BUS is "businessmen, companies and enterprises"), a word of force there is
        // its business (a bank was coded 190 against the country it traded in); a person of business may still use force
        if (modality !== 'literal' && FORCE_ROOTS.has(code.slice(0, 2)) && src.entity.type === 'ORG' && (src.actor ?? '').endsWith('BUS')) continue;
        // "Foreign Secretary Ann Morrow said the count of Britons…": a statement whose only target is the speaker's own
        // country as a whole (GBRGOV → GBR) is a remark about home, not a statement to anyone (found in a review: 55
        // of 484 events on 400 BBC and Reuters stories were such self-directed 010s)
        // (so is its business sector named by a country word, "review the effects on Norwegian industry": company-of-country.ts)
        if (c.weak && tgt && !domestic && tgt.actor !== null && (tgt.actor === homeOf(src) || (tgt.actor === `${homeOf(src)}BUS` && tgt.actor !== tgt.entity.actor)) && domesticTargets) continue;
        // "will plead for tolerance between faiths, arguing that Jains and Parsis … were caught up in it" (shape of BBC politics
        // 371): a religion or people with no country met in what is said is the statement's topic, not an actor it is
        // made to or about (GBRPTY → HIN and → SIK 010 in a review); a state named there stays when it is no subject of
        // what was said ("said the rules were written with Chile in mind")
        if (c.weak && tgt && !domestic && c.targetSlot === 'any' && tgt.entity.type === 'NORP' && tgt.entity.country === null && !toldDirectly(doc, c.trigger, tgt)) continue;
        // "Canada said Brazil's mills had cut their prices", "a party said its chancellor would lead the push": the subject
        // of what was said is what the report is about, not whom the statement is made to (PETRARCH2's SAY gives no
        // target there); 9 of the 15 statements the fourth hand check (BBC politics, reut2-014) still had took one so
        if (c.weak && tgt && !domestic && c.targetSlot === 'any' && modality !== 'literal' && !toldDirectly(doc, c.trigger, tgt) && subjectOfReport(doc, index, tgt, sentence.endToken)) continue;
        // "said it has licensed a firm to sell in western Canada and Japan", "such an approach has worked in countries such
        // as Turkey": a place or an example in what was said is no target (fifth hand check, reut2-016: 6 of 50 events)
        if (c.weak && tgt && !domestic && c.targetSlot === 'any' && modality !== 'literal' && placeOrExample(doc, tgt, c.trigger)) continue;
        // "stressed Labour's election pledge", "the cornerstone of Labour's programme": the owner of a thing talked about
        if (c.weak && tgt && !domestic && c.targetSlot === 'any' && modality !== 'literal' && !toldDirectly(doc, c.trigger, tgt) && possessorOfThing(doc, index, tgt, sentence.endToken)) continue;
        // "told reporters at a news briefing held after talks with X": past an uncoded addressee is no target
        if (c.weak && tgt && !domestic && c.targetSlot === 'any' && modality !== 'literal' && pastUncodedAddressee(doc, index, c.trigger, tgt, sentence.endToken)) continue;
        // "told the Parliamentary Labour Party": a party audience of the speaker's own country is no target
        if (c.weak && tgt && !domestic && modality !== 'literal' && ownPartyAudience(doc, c.trigger, src, tgt, sentence.endToken)) continue;
        // statements made to news agencies are not statements to a political actor
        if (c.weak && tgt && (tgt.entity.agent === 'MED' || (tgt.actor ?? '').endsWith('MED'))) continue;
        if ((tgt === null || tgt.actor === null) && (requireTarget === true || (requireTarget === 'transitive' && TARGET_REQUIRED_ROOTS.has(code.slice(0, 2))))) continue;
        const key = `${src.entity.id}|${tgt?.entity.id ?? ''}|${tgt?.actor ?? ''}|${code}`;
        // one trigger, one event per dyad of actor codes: an event is a (source, target, code) triple, and the same
        // triple twice from one trigger says nothing more: "he visits Manchester, Liverpool, Leicester … and Torbay" is
        // one GBRPTY → GBR visit (at the first place), not seven (BBC politics 007, 2005); "Baker and Volcker held a
        // meeting with" a German minister one USAGOV → DEUGOV 040 (reut2-014)
        const dyadKey = `@${c.trigger}|${src.actor}|${tgt?.actor ?? ''}|${code}`;
        if (seen.has(key) || seen.has(dyadKey)) continue;
        seen.add(key);
        seen.add(dyadKey);
        const row = resources.codes.get(code)!;
        const triggerStart = doc.starts[c.trigger];
        // each trigger its own date ("said on Tuesday that they would meet next week"), one parse per sentence
        if (date === null || dateTrigger !== c.trigger) {
          sentenceDates ??= parseSentenceDates(sText, article.published);
          // a meeting its clause tells as to come (planned-clause.ts): the day it is told, as for every intent (GDELT)
          const planned = c.ruleId.includes(':planned-clause');
          date = resolveEventDate(sText, sentence.start, triggerStart, article.published, planned ? NO_DATES : sentenceDates, datelineAtToken(doc, sentence.firstToken)?.date, article.modified);
          dateTrigger = c.trigger;
        }
        let location = locate(doc, index, chunks, c, tgt);
        if (location === null && row.root === '04' && lastVisitLocation) {
          const ids: ReadonlySet<string> = lastVisitLocation.entities;
          if (ids.has(src.entity.id) || (tgt && ids.has(tgt.entity.id))) location = lastVisitLocation.location;
        }
        if (location && row.root === '04') {
          lastVisitLocation = visitOf(location, src, tgt);
        }
        const trigger = span(doc, triggerStart, doc.ends[c.triggerEnd]);
        const evidence = [{ start: trigger.start, end: trigger.end }, { start: src.mention.start, end: src.mention.end }];
        if (tgt && !domestic) evidence.push({ start: tgt.mention.start, end: tgt.mention.end });
        if (date.start !== null && date.end !== null) evidence.push({ start: date.start, end: date.end });
        let confidence = c.confidence * (domestic ? 0.7 : 1);
        if (src.mention.kind !== 'name') confidence *= 0.9;
        if (tgt && tgt.mention.kind !== 'name') confidence *= 0.9;
        confidence = Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
        events.push({
          id: `${article.id}-e${events.length + 1}`,
          source: actorOf(src),
          target: tgt ? actorOf(tgt, domestic) : null,
          code,
          rootCode: row.root,
          baseCode: row.base,
          label: row.label,
          quadClass: row.quadClass,
          goldstein: row.goldstein,
          date: date.date,
          datePrecision: date.precision,
          dateText: date.text,
          ...(date.relation ? { dateRelation: date.relation } : {}),
          location,
          sentence: span(doc, sentence.start, sentence.end),
          trigger,
          rule: domestic ? `${c.ruleId}:domestic-target` : c.ruleId,
          confidence,
          isRoot: sentence.paragraph === 0,
          negated: c.negated,
          ...(row.plover ? { plover: { category: row.plover, mode: row.ploverMode, context: row.ploverContext } } : {}),
          provenance: { component, version, rule: domestic ? `${c.ruleId}:domestic-target` : c.ruleId, confidence, evidence },
        });
        // a complex code ("[032:033]": arrive → visit, and the host receives the visitor) adds the reverse event
        const reverse = c.rule.reverse ? resources.codes.get(c.rule.reverse) : undefined;
        const base = events[events.length - 1];
        if (reverse && base.target && !domestic && code === c.rule.code && !seen.has(`${tgt!.entity.id}|${src.entity.id}|${src.actor}|${reverse.code}`)) {
          seen.add(`${tgt!.entity.id}|${src.entity.id}|${src.actor}|${reverse.code}`);
          events.push(reverseEvent(base, reverse, `${article.id}-e${events.length + 1}`));
        }
      }
    }
  }
  return events;
}

/** True when `tgt` is the addressee of "told" right after the trigger ("told Hindus that …"; determiners and adjectives aside). */
function toldDirectly(doc: Doc, trigger: number, tgt: ActorRef): boolean {
  if (doc.lemmas[trigger] !== 'tell') return false;
  let k = trigger + 1;
  while (k < tgt.firstToken && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ')) k++;
  return k === tgt.firstToken;
}

/**
 * The reverse event of a complex code ("[032:033]": arrive → visit, and the host receives the visitor): `base` with
 * source and target swapped and the reverse code's row.
 * @param base the event just written (with a target); `reverse` the reverse code's CAMEO row; `id` the new event's id
 */
function reverseEvent(base: CodedEvent, reverse: NonNullable<ReturnType<EventResources['codes']['get']>>, id: string): CodedEvent {
  const rule = `${base.rule}:reverse`;
  const { plover: _plover, ...rest } = base;
  return {
    ...rest,
    id,
    source: base.target!,
    target: base.source,
    code: reverse.code,
    rootCode: reverse.root,
    baseCode: reverse.base,
    label: reverse.label,
    quadClass: reverse.quadClass,
    goldstein: reverse.goldstein,
    rule,
    ...(reverse.plover ? { plover: { category: reverse.plover, mode: reverse.ploverMode, context: reverse.ploverContext } } : {}),
    provenance: { ...base.provenance, rule },
  };
}

function span(doc: Doc, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

/** The output form of an actor; an inferred actor (a domestic target) has no entity and no mention. */
function actorOf(ref: ActorRef, inferred = false): EventActor {
  return {
    actor: ref.actor,
    name: ref.entity.name,
    entity: inferred ? null : ref.entity.id,
    mention: inferred ? null : { start: ref.mention.start, end: ref.mention.end, text: ref.mention.text },
  };
}

/** True when every coded phrase of the sentence belongs to the source's own country. */
function onlyHomeCountry(chunks: readonly ActorChunk[], src: ActorRef): boolean {
  const home = homeOf(src);
  for (const ch of chunks) for (const h of ch.heads) if (h.actor !== null && homeOf(h) !== home) return false;
  return true;
}
