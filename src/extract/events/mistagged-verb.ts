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
  if (progressiveNoun(doc, index, i, first)) return true;
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
  const after = ch.heads.filter((h) => h.firstToken > v);
  const parts: ActorChunk[] = [];
  if (before) parts.push({ first: ch.first, end: before.endToken, heads: [before], prep: ch.prep, possessive: false });
  if (after.length > 0) parts.push({ first: after[0].firstToken, end: ch.end, heads: after, prep: null, possessive: ch.possessive });
  return [...chunks.slice(0, c), ...parts, ...chunks.slice(c + 1)];
}
