import type { Doc } from '../../nlp/doc.js';
import type { TokenRange } from './noun-phrase.js';

/** Tokens that close the speaker phrase after an inverted cue: punctuation or a dash. */
const CLOSERS = /^([.,;:!?()\u2014\u2013]|-)$/;
/** Closing quotation marks (a quote closing on a comma right before the cue: `"…," said X`). */
const CLOSING_MARK = /^["\u201D\u2019']$/;
/** Most tokens a fallback speaker phrase may hold. */
const MAX_TOKENS = 16;

/**
 * The speaker of an inverted cue right after a quotation closing on a comma (`"…," said Harbor resident Ada Wills.`,
 * `"…," said the dock chief known as Sam, speaking …`, `"…," said one owner of a bakery that sells …`) when the noun-phrase
 * chunker could not read it (a word the tagger misread as a verb or adjective, a participle or relative clause after the
 * head, a coordinated title): the words from the cue's end to the first punctuation mark or dash, at most sixteen (a
 * relative clause stays in the phrase, so nothing of it is read as the cue's object), holding a noun or name and not opening with a pronoun, a preposition or a lower-case verb. After `,"` an inverted
 * verb of saying is an attribution in news copy almost always (PolNeAR train: 832 of 882 lexicon verbs right after a
 * closing quotation mark are gold cues), so the phrase is its speaker. Its head is the last name of a name run closing the
 * phrase (`… Ada Wills`), else the last noun or name before the first preposition or verb after a noun (`one owner` of
 * `one owner of a bakery`).
 * @param doc the token layer
 * @param cueStart the cue's first token; `from` the token after the cue; `s1` the token after the sentence's last
 * @param quoted per-token flag, non-zero inside quotation marks
 * @returns the speaker phrase, or null when the cue does not follow `,"` or no such phrase follows it
 */
export function invertedSpeakerAfterQuote(doc: Doc, cueStart: number, from: number, s1: number, quoted: Uint8Array): TokenRange | null {
  // the quotation closes on a comma right before the cue: `,"` or `",` then the cue
  const m = cueStart - 1;
  if (m < 1 || !CLOSING_MARK.test(doc.lower[m])) return null;
  if (doc.lower[m - 1] !== ',' && !(quoted[m - 1] && doc.lower[m - 1] === ',')) return null;
  if (from >= s1 || quoted[from]) return null;
  // (a capitalised word the tagger read as a verb is a name: `said Harbor resident …` with `Harbor` a verb)
  const first = doc.pos[from];
  const capital = /^\p{Lu}/u.test(doc.text[doc.starts[from]] ?? '');
  if (first === 'PRON' || first === 'ADP' || first === 'AUX' || first === 'PUNCT' || first === 'SCONJ' || (first === 'VERB' && !capital)) return null;
  let end = from;
  while (end < s1 && !quoted[end] && !CLOSERS.test(doc.lower[end])) end++;
  if (end === from || end - from > MAX_TOKENS) return null;
  // the phrase must close the sentence or be set off by a comma, dash or parenthesis (not run into a quotation)
  if (end < s1 && quoted[end]) return null;
  let head = -1;
  // a name run closing the phrase: its last name
  if (doc.pos[end - 1] === 'PROPN') head = end - 1;
  else {
    let seenNoun = false;
    for (let t = from; t < end; t++) {
      const p = doc.pos[t];
      if (p === 'NOUN' || p === 'PROPN' || p === 'NUM') {
        head = t;
        seenNoun = true;
      } else if (seenNoun && (p === 'ADP' || p === 'VERB')) break;
    }
  }
  if (head < 0 || (doc.pos[head] !== 'NOUN' && doc.pos[head] !== 'PROPN')) return null;
  return { start: from, end, head };
}
