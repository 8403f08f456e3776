import type { Tone } from '../../model/tone.js';
import type { Doc } from '../../nlp/doc.js';
import type { ToneResources } from './resources.js';

const WORD = /[\p{L}\p{N}]/u;

/** True when the lower-cased token has a letter or digit; most start with an ASCII one, which skips the regex. */
function isWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return true;
  return WORD.test(w);
}

/** Words that turn the valence of a sentiment word one or two tokens after them. */
const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', "n't", 'without', 'nor']);

/**
 * The lexicon phrase (ToneResources.phrases) that starts at token `i`, longest first: its valence and its number of
 * tokens, or null. The phrase is compared with the text from the token's start to the last token's end, lower case,
 * white space as one space, so that "can't stand" (tokens "ca", "n't", "stand") matches as written.
 */
function phraseAt(doc: Doc, i: number, resources: ToneResources): { valence: number; tokens: number } | null {
  if (!resources.phraseHeads.has(doc.lower[i])) return null;
  // a phrase of n words spans n tokens, one more for each contraction ("n't")
  for (let last = Math.min(doc.tokenCount - 1, i + resources.phraseWords); last > i; last--) {
    const valence = resources.phrases.get(doc.text.slice(doc.starts[i], doc.ends[last]).toLowerCase().replace(/\s+/g, ' '));
    if (valence !== undefined) return { valence, tokens: last - i + 1 };
  }
  return null;
}

/**
 * GDELT-style document tone (GDELT GKG 2.1 codebook, field V1.5TONE): every word token is looked up in
 * the sentiment lexicon; `positive` / `negative` are the percentages of words with positive / negative
 * valence, `tone = positive − negative`, `polarity = positive + negative`; a word preceded within two
 * tokens by a negator ("not", "no", "never", "n't") counts on the opposite side. A lexicon phrase ("fed up", "bad
 * luck", "kind of") counts once with its own valence, in place of its words' (a phrase of valence 0, "kind of", makes
 * "kind" no praise); its words still count as words.
 * @param doc the tokenised article
 * @param resources the sentiment lexicon
 * @returns tone with percentages in 0–100, rounded to 3 decimals
 */
export function documentTone(doc: Doc, resources: ToneResources): Tone {
  let words = 0;
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < doc.tokenCount; i++) {
    const w = doc.lower[i];
    if (!isWord(w)) continue;
    words++;
    const phrase = phraseAt(doc, i, resources);
    let v: number;
    if (phrase) {
      for (let k = i + 1; k < i + phrase.tokens; k++) if (isWord(doc.lower[k])) words++;
      v = phrase.valence;
    } else {
      v = resources.valence.get(w) ?? 0;
      if (v === 0 && doc.lemmas[i] !== w) v = resources.valence.get(doc.lemmas[i]) ?? 0;
    }
    const at = i;
    if (phrase) i += phrase.tokens - 1;
    if (v === 0) continue;
    const negated = (at > 0 && NEGATORS.has(doc.lower[at - 1])) || (at > 1 && NEGATORS.has(doc.lower[at - 2]));
    if (negated) v = -v;
    if (v > 0) pos++;
    else neg++;
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const positive = words ? (100 * pos) / words : 0;
  const negative = words ? (100 * neg) / words : 0;
  return {
    tone: round(positive - negative),
    positive: round(positive),
    negative: round(negative),
    polarity: round(positive + negative),
    wordCount: words,
  };
}
