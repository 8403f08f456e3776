import type { Doc } from '../../nlp/doc.js';
import { cueMatch } from './cue-match.js';
import { sentenceIndexOf } from './doc-helpers.js';
import type { CueMatch } from './find-cues.js';
import { nounPhraseEndingAt, type TokenRange } from './noun-phrase.js';
import { CLAUSE_END } from './reported-content.js';

export const COLON_CUE: CueMatch['entry'] = Object.freeze({ lemma: ':', class: 'speech', frames: new Set<never>(), length: 1, rest: [] });

export const DASH_CUE: CueMatch['entry'] = Object.freeze({ lemma: '-', class: 'speech', frames: new Set<never>(), length: 1, rest: [] });

/** The cue record of a speaker label's colon. */
export function colonCue(doc: Doc, colon: number, speaker: TokenRange): CueMatch {
  return cueMatch({
    start: colon, end: colon + 1, entry: COLON_CUE, sentence: doc.sentences[sentenceIndexOf(doc, colon)], speaker, side: 'left',
    passive: false, auxStart: colon, addressee: null, after: colon + 1, chunkStart: speaker.start, coordinated: false,
  });
}

/**
 * Editorial tags and section names that open a line like a speaker label but name no speaker ("CORRECTION: An earlier
 * version …", "UPDATE: …", "BYLINE: …", "EXCLUSIVE: …", "Paid Notice: Deaths …", and feed headlines such as "Opinion: Why
 * …", "Review: …", "Podcast: …"); compared in lower case on the label's words.
 */
const EDITORIAL_TAGS = new Set(['correction', 'corrections', 'update', 'updated', 'byline', 'exclusive', 'breaking', 'developing', 'watch', 'look', 'video', 'photos', 'boom', 'busted', 'bombshell', 'paid notice', 'editor’s note', "editor's note", 'editors’ note', "editors' note", 'note', 'related', 'advertisement', 'clarification', 'opinion', 'analysis', 'review', 'recap', 'podcast', 'explainer', 'obituary', 'live', 'listen', 'quiz', 'fact check', 'in pictures', 'in depth', 'timeline', 'profile', 'newsletter']);
/** Last words of a section or column title before a colon ("Thursday Briefing:", "Delegate Update:", "Weekend Recap:"). */
const SECTION_ENDS = /^(briefing|newsletter|update|recap|review|podcast|live|roundup|digest|explainer|quiz)$/;

/** A speaker label at token `p0`: one to four capitalised words and a colon ("SMITH:", "Gov. Jane Doe:"), not "The Latest:". */
export function labelAt(doc: Doc, p0: number, p1: number): { speaker: TokenRange; colon: number } | null {
  let colon = -1;
  for (let t = p0; t < Math.min(p1, p0 + 5); t++) {
    if (doc.lower[t] === ':') {
      colon = t;
      break;
    }
    if (doc.pos[t] !== 'PROPN' && !/^\p{Lu}/u.test(doc.text[doc.starts[t]] ?? '')) return null;
  }
  if (colon <= p0 || p1 - colon < 4 || doc.pos[p0] === 'DET') return null;
  if (EDITORIAL_TAGS.has(doc.text.slice(doc.starts[p0], doc.ends[colon - 1]).toLowerCase()) || SECTION_ENDS.test(doc.lower[colon - 1])) return null;
  const caps = /^[\p{Lu}\p{P}\s]+$/u.test(doc.text.slice(doc.starts[p0], doc.ends[colon - 1]));
  const speaker = nounPhraseEndingAt(doc, colon - 1, p0);
  if (!speaker || speaker.start !== p0 || (!caps && doc.pos[speaker.head] !== 'PROPN')) return capitalisedName(doc, p0, colon);
  return { speaker, colon };
}

/** Tags the tagger gives a surname it does not know: a verb ("Lynch"), an unknown word ("De"), or a name. */
const NAME_MISREAD: ReadonlySet<string> = new Set(['VERB', 'X', 'PROPN']);

/**
 * A label of one or two capitalised words the chunker reads as no name ("Lynch:" tagged as a verb, "De Blasio:" whose
 * particle is tagged X): the words are the speaker, the last one its head; null for anything else.
 */
function capitalisedName(doc: Doc, p0: number, colon: number): { speaker: TokenRange; colon: number } | null {
  if (colon - p0 > 2) return null;
  for (let t = p0; t < colon; t++) if (!/^\p{Lu}\p{Ll}+$/u.test(doc.text.slice(doc.starts[t], doc.ends[t])) || !NAME_MISREAD.has(doc.pos[t])) return null;
  // (not a participle or interjection: "Contributing:", "Revealed:", "Wow:", "So:")
  if (/(ing|ed)$/.test(doc.lower[colon - 1]) || doc.lower[colon - 1].length < 4 || doc.lower[colon - 1] === 'wow') return null;
  return { speaker: { start: p0, end: colon, head: colon - 1 }, colon };
}

/**
 * Transcript and headline lines that open with a speaker label and a colon ("SMITH: We will…",
 * "Doe: Talks will go on"): the label is the speaker, the rest of the paragraph the content.
 */
export function labelLines(doc: Doc, quoted: Uint8Array): { speaker: TokenRange; colon: number; end: number }[] {
  const out: { speaker: TokenRange; colon: number; end: number }[] = [];
  for (const p of doc.paragraphs) {
    const p0 = doc.sentences[p.firstSentence].firstToken;
    const p1 = doc.sentences[p.endSentence - 1].endToken;
    const label = labelAt(doc, p0, p1);
    if (!label) continue;
    let end = p1;
    while (end > label.colon + 2 && CLAUSE_END.has(doc.lower[end - 1])) end--;
    // a quotation right after the colon is a direct quote of its own unless words follow it
    // ("Doe: ‘No Idea’ If the Plan Will Pass" is one mixed content)
    let q = label.colon + 1;
    while (q < end && quoted[q]) q++;
    if (quoted[label.colon + 1] && !hasWordBetween(doc, q, end)) continue;
    if (deathNotice(doc, quoted, label.colon + 1, end) || LINK_TEXT_END.test(doc.text.slice(doc.starts[label.colon + 1], doc.ends[p1 - 1]))) continue;
    out.push({ speaker: label.speaker, colon: label.colon, end });
  }
  return out;
}

/**
 * The words a page adds to a link for screen readers ("The Trust Principles., opens new tab", "Read more (opens in a new
 * window)"): a line ending so is a link of the page's furniture, never a speaker's words (Reuters pages, review 8).
 */
const LINK_TEXT_END = /\bopens?\s+(in\s+)?(a\s+)?new\s+(tab|window)\W*$/i;

/**
 * True when the words after a label report the death of the one it names ("Jo Doe: Film director dies aged 94",
 * "Ann Roe: Singer dead at 71"), a headline about the person, never their words (found on BBC feeds).
 */
function deathNotice(doc: Doc, quoted: Uint8Array, from: number, to: number): boolean {
  for (let t = from; t < Math.min(to, from + 12); t++) if (!quoted[t] && (/^(dies|died)$/.test(doc.lower[t]) || (doc.lower[t] === 'dead' && doc.lower[t + 1] === 'at'))) return true;
  return false;
}

/** True when a word (letter or digit) stands in `[from, to)`. */
function hasWordBetween(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (/[\p{L}\p{N}]/u.test(doc.lower[t])) return true;
  return false;
}
