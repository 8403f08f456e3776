import type { Doc } from '../../nlp/doc.js';
import type { CueEntry, QuoteResources } from './resources.js';

/** Adverbs and negations that may stand between a form of "be" and its adjective ("was not eager", "are deeply hopeful"). */
function stepsOver(doc: Doc, t: number): boolean {
  return doc.pos[t] === 'ADV' || doc.pos[t] === 'PART' || doc.lower[t] === 'not';
}

/**
 * The lexicon entry of a stance adjective used as a cue: the adjective at `i` follows a form of "be" (adverbs and
 * negation between) and comes right before the clause its frames take: "Doe was eager to leave", "aides were adamant
 * that …", "voters are hopeful that …". The speaker is the subject of "be"; the content the to- or that-clause (PolNeAR
 * marks "was eager" as the cue and "to …" as the content). Not before an infinitive that is a cue of its own ("was eager to
 * prove that …", "eager to talk about …": PolNeAR makes the chain one cue, which the verb's own rules read).
 * @param doc the token layer; `i` the adjective token; `s0` the first token of its sentence
 * @param adjectives stance adjectives of the cue lexicon keyed by word (`adjectives` in data/quotes/cues.json)
 * @param words the lexicon's words ({@link QuoteResources.words}): an infinitive listed there keeps its own cue
 * @returns the entry (marked `copula`), or undefined when the word is no such adjective or the frame does not follow
 */
export function copulaAdjective(doc: Doc, i: number, s0: number, adjectives: ReadonlyMap<string, CueEntry>, words: QuoteResources['words']): CueEntry | undefined {
  const entry = adjectives.get(doc.lower[i]);
  if (!entry) return undefined;
  const next = doc.lower[i + 1];
  if (!((next === 'to' && entry.frames.has('to')) || (next === 'that' && entry.frames.has('that')))) return undefined;
  if (next === 'to' && i + 2 < doc.tokenCount && (words.has(doc.lemmas[i + 2]) || words.has(doc.lower[i + 2]))) return undefined;
  let j = i - 1;
  while (j > s0 && stepsOver(doc, j)) j--;
  return j >= s0 && doc.lemmas[j] === 'be' ? entry : undefined;
}
