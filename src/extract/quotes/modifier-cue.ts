import type { Doc } from '../../nlp/doc.js';
import { QUANTIFIER_SUBJECTS, sentenceSubject, type CueMatch } from './find-cues.js';
import type { QuoteEdges } from './quote-edges.js';
import { cueMatch } from './cue-match.js';

/**
 * Past participles with no past-tense form of their own: without an auxiliary before them they are never the verb of a
 * clause ("the £5m seen a year earlier", "the booms seen in the 1990s", "the other known title").
 */
const PARTICIPLE_ONLY: ReadonlySet<string> = new Set([
  'seen', 'known', 'shown', 'given', 'written', 'spoken', 'taken', 'drawn', 'chosen', 'forgotten', 'forbidden', 'hidden',
  'foreseen', 'overseen', 'undertaken', 'mistaken', 'proven', 'sworn', 'broken',
]);

/** Forms of be, have and get that make a participle a verb ("was seen", "has been shown", "got taken"), whatever their tag. */
const AUXILIARY_VERBS = /^(is|are|was|were|be|been|being|am|'s|\u2019s|'re|\u2019re|has|have|had|having|'ve|\u2019ve|get|gets|got|gotten|getting)$/;

/** Forms of be: "there was no mention of …" names no holder. */
const BE = /^(is|are|was|were|be|been|being|am)$/;

/** Words after a participle that make it a passive predicate of the noun before it ("known for", "seen as", "thought to"). */
const PREDICATE_LINKS: ReadonlySet<string> = new Set(['as', 'for', 'to']);

/**
 * A cue word that modifies or heads the noun phrase found as its speaker, rather than being the verb of that phrase's
 * clause, mended or dropped:
 * - a word the tagger read as a noun or adjective right after a phrase ending in a determiner or an adjective is that
 *   phrase's head noun ("The bank had no formal comment on the report" gave the speaker "no formal"; "Roe made an
 *   impassioned call for …" the speaker "an impassioned"): the speaker is the subject of the verb before the noun phrase
 *   (a form of have counts; the cue and its content stay, as PolNeAR annotates "made an impassioned call for" and its
 *   complement); with no such verb the cue is left as it was found;
 * - a participle-only form ({@link PARTICIPLE_ONLY}) with no auxiliary before it is a reduced relative or an attributive
 *   participle, whatever speaker was found ("profits rose from the £5m seen a year earlier" gave the speaker "£5m",
 *   "growth slowed from the booms seen in the 1990s" the speaker "growth"): no quote; not before "as", "for" or "to" (a
 *   passive predicate: "a think tank known for …", "Roe, seen as a rival, …"; PolNeAR annotates those).
 * Source: reviewer's hand check of BBC/Reuters quotes ("had no formal comment on …"); BBC business/tech/sport and
 * Reuters-21578 (see commit).
 * @param doc the token layer; `c` a cue; `quoted` per-token quotation flags
 * @returns the cue, a copy of it with the mended speaker, or null when it makes no quote
 */
export function mendModifierCue(doc: Doc, c: CueMatch, quoted: Uint8Array, edges: QuoteEdges): CueMatch | null {
  const sp = c.speaker;
  if (!sp || c.side !== 'left' || c.passive || c.raised || c.nominal || c.auxStart !== c.start) return c;
  if (PARTICIPLE_ONLY.has(doc.lower[c.start])) {
    // a passive predicate stays ("a think tank known for …", "X, seen as a rival", "known to …": PolNeAR annotates them)
    if (PREDICATE_LINKS.has(doc.lower[c.end] ?? '')) return c;
    let t = c.start - 1;
    while (t > c.sentence.firstToken && doc.pos[t] === 'ADV') t--;
    return doc.pos[t] !== 'AUX' && !AUXILIARY_VERBS.test(doc.lower[t]) ? null : c;
  }
  const last = sp.end - 1;
  // (a quantifier stands as a subject on its own: "some note that …", "many argue")
  if (sp.end !== c.start || !(doc.pos[c.start] === 'NOUN' || doc.pos[c.start] === 'ADJ') || !(doc.pos[last] === 'DET' || doc.pos[last] === 'ADJ') || QUANTIFIER_SUBJECTS.has(doc.lower[last])) return c;
  // the noun phrase's first word: back over adjectives, determiners and an indirect object pronoun ("gave her a lengthy answer")
  const s0 = c.sentence.firstToken;
  let v = sp.end - 1;
  while (v > s0 && (doc.pos[v] === 'ADJ' || doc.pos[v] === 'DET' || doc.pos[v] === 'ADV')) v--;
  if (doc.pos[v] === 'PRON' && v > s0 && v < sp.end - 1) v--;
  if (!(doc.pos[v] === 'VERB' || (doc.pos[v] === 'AUX' && !BE.test(doc.lower[v])))) return c;
  // (sentenceSubject reads a subject only before a verb inside its limit, or before an auxiliary and one more word)
  const speaker = sentenceSubject(doc, s0, doc.pos[v] === 'AUX' ? v + 2 : v + 1, quoted, edges);
  if (!speaker || speaker.end > v) return c;
  // the verb must be the subject's own, not one inside another cue's content ("Mr Roe said the unions should have a
  // greater say in it": "have" is not Mr Roe's); an aside between commas may hold verbs ("Jo Roe, who ran the poll, sounded …")
  let aside = false;
  for (let t = speaker.end; t < v; t++) {
    if (doc.lower[t] === ',') aside = !aside;
    else if (!aside && doc.pos[t] === 'VERB') return c;
  }
  return cueMatch({ ...c, speaker, chunkStart: speaker.start });
}
