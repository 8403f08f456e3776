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

/**
 * GDELT-style document tone (GDELT GKG 2.1 codebook, field V1.5TONE): every word token is looked up in
 * the sentiment lexicon; `positive` / `negative` are the percentages of words with positive / negative
 * valence, `tone = positive − negative`, `polarity = positive + negative`; a word preceded within two
 * tokens by a negator ("not", "no", "never", "n't") counts on the opposite side.
 * @param doc the tokenised article
 * @param resources the sentiment lexicon
 * @returns tone with percentages in 0–100, rounded to 3 decimals
 */
export function documentTone(doc: Doc, resources: ToneResources): Tone {
  let words = 0;
  let pos = 0;
  let neg = 0;
  const NEGATORS = new Set(['not', 'no', 'never', "n't", 'without', 'nor']);
  for (let i = 0; i < doc.tokenCount; i++) {
    const w = doc.lower[i];
    if (!isWord(w)) continue;
    words++;
    let v = resources.valence.get(w) ?? 0;
    if (v === 0 && doc.lemmas[i] !== w) v = resources.valence.get(doc.lemmas[i]) ?? 0;
    if (v === 0) continue;
    const negated = (i > 0 && NEGATORS.has(doc.lower[i - 1])) || (i > 1 && NEGATORS.has(doc.lower[i - 2]));
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
