// The candidate events of one sentence: verb triggers first (they may consume nominal triggers), then noun triggers.
import type { Doc, Sentence } from '../../nlp/doc.js';
import { actorChunks, type ActorChunk, type ActorIndex } from './actor-chunks.js';
import { attributive, lookupInflected, withoutDateline } from './clause-context.js';
import { aimedAt } from './controlled-complement.js';
import { nominalDemand } from './demand-clause.js';
import type { Candidate } from './event-candidate.js';
import { gerundObjectOf, weighedOption } from './gerund-clause.js';
import { matchRule } from './match-rule.js';
import { mistaggedVerb, splitAtVerb, verbLemmaOfNoun } from './mistagged-verb.js';
import { isMonthName } from './month-words.js';
import { isNameWord } from './name-words.js';
import { nounCandidate } from './noun-candidate.js';
import { laterRuleCandidate } from './petrarch-fallback.js';
import type { EventResources } from './resources.js';
import { hasTrigger, offTopic, yesNoQuestion } from './sentence-screen.js';
import { verbCandidate } from './verb-candidate.js';
import { placeBefore, unnamedPolice } from './home-place.js';
import type { CompiledRule } from './verb-lexicon.js';

/**
 * Drops the pronoun heads that the coreference layer resolved to an entity named only in a dateline ("LONDON,
 * March 1 - Iran said its forces…": "its" is not London), and the phrases left with no head.
 */
function withoutDatelineActors(chunks: ActorChunk[], datelineOnly: ReadonlySet<string>): ActorChunk[] {
  if (datelineOnly.size === 0) return chunks;
  const out: ActorChunk[] = [];
  for (const ch of chunks) {
    if (!ch.heads.some((h) => datelineOnly.has(h.entity.id))) {
      out.push(ch);
      continue;
    }
    const heads = ch.heads.filter((h) => !datelineOnly.has(h.entity.id));
    // one literal with the keys of actor-chunks.ts, not a spread (V8 gives a spread copy a hidden class of its own)
    if (heads.length > 0) out.push({ first: ch.first, end: ch.end, heads, prep: ch.prep, possessive: ch.possessive });
  }
  return out;
}

/** Determiners that open a wh-phrase ("what help", "which aid"). */
const WH_DETERMINERS: ReadonlySet<string> = new Set(['what', 'which', 'whose', 'whatever', 'whichever']);

/**
 * True when the "verb" at `i` is the noun of a wh-phrase: a bare form right after a wh-determiner and before the
 * clause's own subject ("Japan declined to describe what help the Saudis gave": the tagger read "help" as a verb, and
 * Japan was coded as aiding the Saudis, 070; change review 20). "what helped them" (a past or -s form after "what" as
 * the subject) stays a verb.
 * @param doc the parsed article; `i` the candidate token; `first`/`end` the sentence's token range
 * @returns true when the token is such a noun
 */
function whPhraseNoun(doc: Doc, i: number, first: number, end: number): boolean {
  if (i <= first || i + 1 >= end || !WH_DETERMINERS.has(doc.lower[i - 1]) || doc.lower[i] !== doc.lemmas[i]) return false;
  const next = doc.pos[i + 1];
  return next === 'DET' || next === 'PROPN' || next === 'PRON' || next === 'NOUN';
}

/** The candidate events of one sentence and the actor chunks they were found with (the caller reuses them). */
export interface SentenceCandidates {
  readonly candidates: readonly Candidate[];
  readonly chunks: readonly ActorChunk[];
}

const NO_CANDIDATES: SentenceCandidates = Object.freeze({ candidates: [], chunks: [] });

/** Finds the candidate events of one sentence: verbs first (they may consume nominal triggers), then nouns. */
export function codeSentence(
  doc: Doc,
  sentence: Sentence,
  index: ActorIndex,
  res: EventResources,
  quoted: Uint8Array | null,
  consumed: Uint8Array,
  literal: boolean,
  datelineOnly: ReadonlySet<string>,
): SentenceCandidates {
  const { verbs, nouns } = res.lexicon;
  const first = sentence.firstToken;
  const end = sentence.endToken;
  if (!hasTrigger(doc, sentence, index, res, quoted) || offTopic(doc, sentence, res)) return NO_CANDIDATES;
  if (!literal && yesNoQuestion(doc, sentence)) return NO_CANDIDATES;
  let chunks = withoutDatelineActors(withoutDateline(doc, sentence, actorChunks(doc, index, sentence)), datelineOnly);
  // "Police arrested six protesters on Monday.": police named by the noun alone are those of the place last named (home-place.ts)
  const home = !literal && unnamedPolice(doc, sentence, index, res.groupAgents) ? placeBefore(doc, index, sentence) : null;
  if (chunks.length === 0 && home === null) return NO_CANDIDATES;
  const out: Candidate[] = [];
  const roots = new Set<string>();
  for (let pass = 0; pass < 2; pass++) {
    for (let i = first; i < end; i++) {
      if (consumed[i] || (quoted && quoted[i])) continue;
      const pos = doc.pos[i];
      let rules: readonly CompiledRule[] | undefined;
      if (pass === 0) {
        if (pos !== 'VERB' && pos !== 'AUX' && !mistaggedVerb(doc, index, i, first, end)) continue;
        if (i > first && doc.lower[i - 1] === '-') continue; // "long-threatened", "US-backed": adjectives
        // "an early start to talks": after "to" a verb is bare, so an -s form is a plural noun
        if (!literal && i > first && doc.lower[i - 1] === 'to' && doc.lower[i].endsWith('s') && doc.lower[i] !== doc.lemmas[i]) continue;
        if (!literal && attributive(doc, i, first, end)) continue; // "the occupied West Bank", "of blowing up a plane"
        if (!literal && weighedOption(doc, i, first)) continue; // "considering dismissing the general"
        if (!literal && gerundObjectOf(doc, i, first)) continue; // "condemned killing of the minister": a noun
        if (!literal && whPhraseNoun(doc, i, first, end)) continue; // "declined to describe what help the Saudis gave"
        // an entry for the exact form ("LEFT" in a PETRARCH dictionary) comes before the lemma's ("leave")
        rules = verbs.get(doc.lower[i]) ?? verbs.get(doc.lemmas[i]) ?? lookupInflected(verbs, doc.lower[i]) ?? verbs.get(verbLemmaOfNoun(doc.lower[i]) ?? '');
      } else {
        if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'VERB') continue;
        // a verb coded as a main-clause verb is no event noun besides: "rallied behind the president" (051) is no rally
        // (141); a participle or gerund may still be one ("received firm backing from X": the backing is the event)
        if (pos === 'VERB' && out.some((c) => c.trigger === i && !c.secondary)) continue;
        rules = nouns.get(doc.lemmas[i]) ?? nouns.get(doc.lower[i]);
      }
      if (!rules) continue;
      if (isNameWord(doc, i, first, end)) continue; // "the Asia-Europe Meeting": a word of a name
      if (!literal && isMonthName(doc, i, first, end)) continue; // "in March", "a bond due March 20": a date, no protest
      const m = matchRule(doc, i, end, rules, literal);
      if (!m) continue;
      if (m.rule.suppress) {
        if (m.objectToken >= 0) consumed[m.objectToken] = 1;
        continue;
      }
      if (m.objectToken >= 0) consumed[m.objectToken] = 1;
      // "Russia hits Kyiv with …" (a headline's verb tagged as a noun): the phrase the tagger joined across it is two
      if (pass === 0 && pos !== 'VERB' && pos !== 'AUX') chunks = splitAtVerb(index, chunks, i);
      // "in a failed bid to revive negotiations between X and Y": an act an infinitive sets out to bring about is an
      // aim (infinitive-object.ts); an aspectual or intent word before "to" keeps it ("went on to hold talks")
      if (pass === 1 && !literal && aimedAt(doc, i, first)) continue;
      let cand = pass === 0 ? verbCandidate(doc, sentence, chunks, m, res, verbs, consumed, literal, home) : nounCandidate(doc, chunks, m, first, literal ? null : verbs);
      // a dictionary file's pattern that found no source gives way to the verb's next rule (petrarch-fallback.ts)
      if (pass === 0 && cand && cand.sources.length === 0 && m.rule.origin !== 'builtin') cand = laterRuleCandidate(doc, sentence, chunks, m, rules, res, verbs, consumed, literal) ?? cand;
      if (!cand) continue;
      if (pass === 1 && (m.rule.control === 'demand' || m.rule.control === 'appeal')) nominalDemand(doc, end, cand, res, verbs, consumed, out, literal);
      if (pass === 1 && roots.has(cand.code.slice(0, 2))) continue;
      if (cand.sources.length > 0 && !cand.secondary) roots.add(cand.code.slice(0, 2));
      out.push(cand);
    }
  }
  return { candidates: out, chunks };
}
