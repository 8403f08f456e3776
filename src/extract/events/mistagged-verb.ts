// Verbs the tagger read as adjectives or nouns ("Fornost and Gondor welcome a…", "jets are still bombing…"), and the actor phrase split at one.
import type { Doc } from '../../nlp/doc.js';
import type { ActorChunk, ActorIndex, ActorRef } from './actor-chunks.js';

const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);

/**
 * A verb the tagger read as an adjective or noun ("Fornost and Gondor welcome a resumption…"): right after an
 * actor name, and right before a determiner, a possessive pronoun or another actor name ("Germany pressured Ukraine");
 * or a progressive -ing form after a form of "be" ({@link progressiveNoun}: "Libyan jets are still bombing the airstrip").
 */
export function mistaggedVerb(doc: Doc, index: ActorIndex, i: number, first: number, end: number): boolean {
  const pos = doc.pos[i];
  if ((pos !== 'ADJ' && pos !== 'NOUN') || i <= first || i + 1 >= end) return false;
  if (progressiveNoun(doc, index, i, first) || pastReadAsNoun(doc, index, i, first)) return true;
  if (index.mentionAt[i - 1] < 0 || index.mentionAt[i] >= 0 || !(OBJECT_OPENERS.has(doc.lower[i + 1]) || index.mentionAt[i + 1] >= 0)) return false;
  const ref = index.refs[index.mentionAt[i - 1]];
  return ref.mention.kind === 'name';
}

/**
 * A progressive verb the tagger read as a noun: an -ing word right after a form of "be" (adverbs and "not" may stand
 * between) and followed by more words of its clause ("Libyan forces are still bombing the key airstrip", "jets were
 * bombing Gaza": wink tags "bombing" NOUN there, so the verb rule never ran; found in a hand check of 20 articles).
 * Not inside an actor mention, and not after "being" ("is being bombing" does not occur; "being" + noun is a noun).
 */
function progressiveNoun(doc: Doc, index: ActorIndex, i: number, first: number): boolean {
  if (doc.pos[i] !== 'NOUN' || index.mentionAt[i] >= 0) return false;
  const w = doc.lower[i];
  if (w.length < 6 || !w.endsWith('ing')) return false;
  const next = doc.pos[i + 1];
  if (next === 'PUNCT' || next === 'VERB' || next === 'AUX' || next === 'CCONJ') return false;
  let j = i - 1;
  while (j > first && (doc.pos[j] === 'ADV' || doc.lower[j] === 'not' || doc.lower[j] === "n't")) j--;
  return doc.pos[j] === 'AUX' && doc.lemmas[j] === 'be' && doc.lower[j] !== 'being';
}

/**
 * Past forms of lexicon verbs that wink tags as nouns in every context, with their verb lemma: "Soldiers shot three
 * protesters", "Police shot at the crowd" (wink: shot/NOUN). The lexicon is looked up under the lemma
 * ({@link verbLemmaOfNoun}).
 */
const NOUN_READ_PASTS: ReadonlyMap<string, string> = new Map([['shot', 'shoot']]);

/** Subject nouns of groups that are plural without an -s ("police shot …", "gunmen shot …"). */
const PLURAL_GROUP_NOUNS: ReadonlySet<string> = new Set(['police', 'gunmen', 'militiamen', 'policemen', 'servicemen', 'people', 'personnel', 'militia', 'army', 'military']);

/** Tags of what may open the object or the adjunct of such a verb ("shot dead", "shot two", "shot the", "shot at"). */
const AFTER_PAST_POS: ReadonlySet<string> = new Set(['NUM', 'DET', 'NOUN', 'PROPN', 'PRON']);

/**
 * The verb lemma of a past form the tagger reads as a noun ("shot" → "shoot"), or undefined.
 * @param w the lower-cased word
 */
export function verbLemmaOfNoun(w: string): string | undefined {
  return NOUN_READ_PASTS.get(w);
}

/**
 * A past form of {@link NOUN_READ_PASTS} after its subject and before its object: "Soldiers shot three protesters",
 * "Kenyan police shot dead two men", "Security forces shot at the crowd" (the last hand checks: no event, the verb was a
 * noun). The subject is an actor mention or a plural noun ("troops", "police"); the next word opens an object, or is
 * "dead", "down" or "at". Not "a warning shot at the ship" (a singular noun before), nor "shot" after a determiner.
 * @param doc the parsed article
 * @param index the sentence's actor index
 * @param i the token read as a noun
 * @param first the sentence's first token
 */
function pastReadAsNoun(doc: Doc, index: ActorIndex, i: number, first: number): boolean {
  if (doc.pos[i] !== 'NOUN' || !NOUN_READ_PASTS.has(doc.lower[i]) || i <= first || i + 1 >= doc.tokenCount) return false;
  const prev = doc.lower[i - 1];
  const subject = index.mentionAt[i - 1] >= 0 || ((doc.pos[i - 1] === 'NOUN' || doc.pos[i - 1] === 'PROPN') && ((prev.endsWith('s') && prev.length > 3) || PLURAL_GROUP_NOUNS.has(prev)));
  if (!subject) return false;
  const next = doc.lower[i + 1];
  return next === 'dead' || next === 'down' || next === 'at' || AFTER_PAST_POS.has(doc.pos[i + 1]);
}

/**
 * Splits the actor phrase that runs across a mistagged verb at token `v` ("Russia hits Kyiv" read as one noun phrase
 * headed by Kyiv; found in a review, where the headline coded nothing) into the phrase before it (headed by its last
 * mention) and the one after it; other phrases are kept. Returns `chunks` itself when no phrase spans `v`.
 */
export function splitAtVerb(index: ActorIndex, chunks: readonly ActorChunk[], v: number): ActorChunk[] {
  const c = chunks.findIndex((ch) => ch.first < v && ch.end > v);
  if (c < 0) return chunks as ActorChunk[];
  const ch = chunks[c];
  let before: ActorRef | null = null;
  for (let k = ch.first; k < v; k++) if (index.mentionAt[k] >= 0 && index.refs[index.mentionAt[k]].endToken <= v) before = index.refs[index.mentionAt[k]];
  let after = ch.heads.filter((h) => h.firstToken > v);
  // (a phrase headed before the verb, "Israeli troops shot two Palestinians": the last mention after it heads the rest)
  if (after.length === 0) {
    let last: ActorRef | null = null;
    for (let k = v + 1; k < ch.end; k++) if (index.mentionAt[k] >= 0) last = index.refs[index.mentionAt[k]];
    if (last) after = [last];
  }
  const parts: ActorChunk[] = [];
  if (before) parts.push({ first: ch.first, end: before.endToken, heads: [before], prep: ch.prep, possessive: false });
  if (after.length > 0) parts.push({ first: after[0].firstToken, end: ch.end, heads: after, prep: null, possessive: ch.possessive });
  return [...chunks.slice(0, c), ...parts, ...chunks.slice(c + 1)];
}
