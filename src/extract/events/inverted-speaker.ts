import type { Doc } from '../../nlp/doc.js';
import type { ActorChunk } from './actor-chunks.js';
import { ANY_SKIP_PREPS } from './find-actors.js';

/*
 * The inverted reporting clause of wire copy: '"…," said Sanford Margoshes of a New York bank', '…, said U.S.
 * officials'. The speaker follows the verb and the content comes before it, so the subject search (the nearest actor
 * before the verb) would take an actor of the content as the speaker and the speaker as the target.
 */

/**
 * Speech verbs that invert ("…, said X", "…, added X"); not "tell", "ask" or "urge", whose phrase after the verb is the
 * addressee ("…, a banker told Reuters").
 */
const INVERTING_LEMMAS = new Set(['say', 'add', 'state', 'declare', 'argue', 'insist', 'stress', 'conclude', 'remark', 'assert', 'reiterate', 'note', 'explain', 'comment', 'write']);

/** Closing marks that may end the content right before an inverted cue (straight marks close as well as open). */
const CLOSING_MARKS = new Set(['"', '”', '’', "''", '»']);

/** Words that open a clause of the speaker's own ("said a banker who declined to be named"). */
const RELATIVE_WORDS = new Set(['who', 'whose', 'which', 'while', 'when']);

/**
 * True when the comma at `comma` closes an adverb set off after the subject ("Baker, however, said…", "The bank, too,
 * said…"): one or two adverbs between two commas, with no quotation mark before the first. Then the subject stands
 * before the verb and the clause is not inverted (review 14, reut2-016: a Treasury Secretary's remark about the IMF,
 * "X, however, said the IMF needs…", was coded IMF -> USAGOV).
 */
function interjectedAdverb(doc: Doc, comma: number, first: number): boolean {
  let k = comma - 1;
  while (k >= first && k >= comma - 2 && doc.pos[k] === 'ADV') k--;
  return k < comma - 1 && k > first && doc.lower[k] === ',' && !CLOSING_MARKS.has(doc.lower[k - 1]);
}

/**
 * The speaker and content of an inverted reporting clause at the speech verb `t`: a comma or a closing quotation mark
 * right before the verb, and an actor phrase right after it with only determiners, adjectives and nouns between
 * ("said the U.S. official", "said chief economist X of Y"). The content's actor is the first actor phrase before the
 * verb with a coded actor that is not a pronoun and not one of the speaker's entities.
 * Source of the convention: Reuters-21578 wire copy (a hand check of reut2-010 found 5 of 178 events with source and
 * target swapped this way).
 * @param doc the parsed article
 * @param chunks the sentence's actor phrases, in order
 * @param t the speech verb's token
 * @param first the sentence's first token
 * @param end the token after the sentence's last
 * @returns the speaker phrase and the content's actor phrase (null when the content names none), or null when the
 *   clause is not inverted
 */
export function invertedSpeaker(doc: Doc, chunks: readonly ActorChunk[], t: number, first: number, end: number): { speaker: ActorChunk; content: ActorChunk | null } | null {
  if (t - 1 < first || !INVERTING_LEMMAS.has(doc.lemmas[t])) return null;
  const before = doc.lower[t - 1];
  if (before !== ',' && !CLOSING_MARKS.has(before)) return null;
  if (before === ',' && interjectedAdverb(doc, t - 1, first)) return null;
  let speaker: ActorChunk | null = null;
  for (const ch of chunks) {
    if (ch.first <= t) continue;
    if (ch.prep !== null) return null;
    // ("said one British army official", "said two diplomats": a number counts the speakers)
    for (let k = t + 1; k < ch.first; k++) {
      const pos = doc.pos[k];
      if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'NUM') return null;
    }
    speaker = ch;
    break;
  }
  if (!speaker || speaker.heads.every((h) => h.actor === null)) return null;
  // the speaker's phrase ends its clause: "…, said the U.S. official, who…", "…, said Wells Fargo's Nathan." — not
  // "The paper, citing officials, said the government was told…", where the phrase after the verb opens the content
  // (nor "…, said higher Argentine export taxes on soybeans encourage exports": no verb before the clause ends)
  for (let k = speaker.end; k < end; k++) {
    if (doc.pos[k] === 'PUNCT' || RELATIVE_WORDS.has(doc.lower[k])) break;
    if (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') return null;
  }
  const ids = new Set(speaker.heads.map((h) => h.entity.id));
  let content: ActorChunk | null = null;
  for (const ch of chunks) {
    if (ch.end > t) break;
    // (as for a statement's target after the verb, not a place things happen in or an agent: "booked in Hong Kong")
    if (ch.prep !== null && ANY_SKIP_PREPS.has(ch.prep)) continue;
    if (ch.heads.some((h) => h.actor !== null && h.mention.kind !== 'pronoun' && !ids.has(h.entity.id))) {
      content = ch;
      break;
    }
  }
  return { speaker, content };
}

/**
 * True when the speech verb at `t` comes right after a quotation it reports ('"…," said a British army official',
 * '"…", added Mr X'): whoever speaks is named after the verb, and an actor inside the quotation ("They've been
 * walking …", a pronoun for the troops talked about) is never the speaker (fresh-eyes review 19: such a pronoun was
 * coded the source and the speaker's country the target). Only for the verbs that invert ({@link INVERTING_LEMMAS}).
 * @param doc the parsed article
 * @param t the speech verb's token
 * @param first the sentence's first token
 */
export function speechAfterQuotation(doc: Doc, t: number, first: number): boolean {
  if (t - 1 < first || !INVERTING_LEMMAS.has(doc.lemmas[t])) return false;
  const before = doc.lower[t - 1];
  if (CLOSING_MARKS.has(before) && before !== '’') return true;
  return before === ',' && t - 2 >= first && CLOSING_MARKS.has(doc.lower[t - 2]) && doc.lower[t - 2] !== '’';
}
