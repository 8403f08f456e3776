import type { Doc } from '../../nlp/doc.js';
import type { TokenRange } from './noun-phrase.js';

/** Tokens that close the speaker phrase after an inverted cue: punctuation or a dash. */
const CLOSERS = /^([.,;:!?()\u2014\u2013]|-)$/;
/** Closing quotation marks (a quote closing on a comma right before the cue: `"…," said X`). */
const CLOSING_MARK = /^["\u201D\u2019']$/;
/** Most tokens a fallback speaker phrase may hold. */
const MAX_TOKENS = 16;

/** Tags a speaker phrase's noun phrase is made of (a conjunction only between two of its words). */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * The speaker of an inverted cue right after a quotation closing on a comma (`"…," said Harbor resident Ada Wills.`,
 * `"…," said the dock chief known as Sam, speaking …`, `"…," said one owner of a bakery that sells …`) when the noun-phrase
 * chunker could not read it (a word the tagger misread as a verb or adjective, a participle or relative clause after the
 * head, a coordinated title): the words from the cue's end to the first punctuation mark or dash, at most sixteen,
 * holding a noun or name and not opening with a pronoun, a preposition or a lower-case verb. After `,"` an inverted verb
 * of saying is an attribution in news copy almost always (PolNeAR train: 832 of 882 lexicon verbs right after a closing
 * quotation mark are gold cues), so the phrase is its speaker. The speaker mention is the noun phrase opening it (tags of
 * a noun phrase, a conjunction between two titles or names, a capitalised word the tagger read as a verb: `Jo Doe and Al
 * Roe`, `chairman and chief executive Bill Ford`), its head that phrase's last noun or name (`Omer Tekin` of `Deputy
 * Prime Minister Omer Tekin earlier this month`, `Ada Lund` of `Ada Lund of Keller & Finch in New York`); the
 * rest of the phrase (a time adjunct, a prepositional or relative modifier) is read as no content of the cue.
 * @param doc the token layer
 * @param cueStart the cue's first token; `from` the token after the cue; `s1` the token after the sentence's last
 * @param quoted per-token flag, non-zero inside quotation marks
 * @returns the speaker mention and the token after the whole phrase, or null when the cue does not follow `,"` or no such
 *   phrase follows it
 */
export function invertedSpeakerAfterQuote(doc: Doc, cueStart: number, from: number, s1: number, quoted: Uint8Array): { speaker: TokenRange; after: number } | null {
  // the quotation closes on a comma right before the cue: `,"` or `",` then the cue
  const m = cueStart - 1;
  if (m < 1 || !CLOSING_MARK.test(doc.lower[m])) return null;
  if (doc.lower[m - 1] !== ',') return null;
  if (from >= s1 || quoted[from]) return null;
  // (a capitalised word the tagger read as a verb is a name: `said Harbor resident …` with `Harbor` a verb)
  if (!phraseWord(doc, from) || doc.pos[from] === 'PART' || doc.pos[from] === 'CCONJ') return null;
  let end = from;
  while (end < s1 && !quoted[end] && !CLOSERS.test(doc.lower[end])) end++;
  if (end - from > MAX_TOKENS || (end < s1 && quoted[end])) return null;
  // the noun phrase opening the phrase: a determiner after a noun starts something else (`Sener this month`)
  let run = from;
  let nominal = false;
  while (run < end) {
    const p = doc.pos[run];
    if (p === 'CCONJ' && nominal && run + 1 < end && phraseWord(doc, run + 1) && doc.pos[run + 1] !== 'PART') {
      run++;
      continue;
    }
    // a capitalised word after a name goes on with it whatever its tag (`Jo Dear`, `Swiss Re`, `Ana Prior`)
    const nameGoesOn = run > from && capitalised(doc, run) && capitalised(doc, run - 1) && p !== 'PUNCT';
    if (!nameGoesOn && (!phraseWord(doc, run) || (p === 'DET' && nominal))) break;
    if (p === 'NOUN' || p === 'PROPN' || p === 'VERB' || nameGoesOn) nominal = true;
    run++;
  }
  // one lower-case word left before the mark is the head the tagger misread (`the lock forward`, `the Gloucester fly`),
  // unless it is a verb (a doubled `said`) or an adverb of time or manner (`Ana Sole afterwards`)
  if (run === end - 1 && nominal && !capitalised(doc, run) && doc.pos[run] !== 'VERB' && doc.pos[run] !== 'AUX' && !TRAILING_ADVERBS.has(doc.lower[run])) return { speaker: { start: from, end, head: run }, after: end };
  let head = run - 1;
  while (head >= from && !(headTag(doc, head) || (doc.pos[head] === 'ADJ' && head > from && headTag(doc, head - 1)))) head--;
  if (head < from) return null;
  return { speaker: { start: from, end: head + 1, head }, after: end };
}

/** Adverbs that may follow an inverted speaker without being part of the name (`said Ana Sole afterwards`). */
const TRAILING_ADVERBS: ReadonlySet<string> = new Set(['afterwards', 'afterward', 'later', 'earlier', 'yesterday', 'today', 'tonight', 'then', 'now', 'too', 'also', 'again', 'recently', 'simply', 'instead', 'here', 'there']);

/** True when token `t` starts with a capital letter. */
function capitalised(doc: Doc, t: number): boolean {
  return /^\p{Lu}/u.test(doc.text[doc.starts[t]] ?? '');
}

/** True for a token that may head the speaker phrase: a noun, a name, a capitalised word, or the last word the run took. */
function headTag(doc: Doc, t: number): boolean {
  const p = doc.pos[t];
  return p === 'NOUN' || p === 'PROPN' || p === 'VERB' || (p !== 'PUNCT' && p !== 'DET' && capitalised(doc, t));
}

/** True for a word a speaker's noun phrase may hold: a noun-phrase tag, `&`, or a capitalised word tagged as a verb. */
function phraseWord(doc: Doc, t: number): boolean {
  const p = doc.pos[t];
  if (PHRASE_TAGS.has(p) || doc.lower[t] === '&') return true;
  return p === 'VERB' && /^\p{Lu}/u.test(doc.text[doc.starts[t]] ?? '');
}
