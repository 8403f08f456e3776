import type { Doc } from '../../nlp/doc.js';
import type { QuoteResources } from './resources.js';

/**
 * The cue lexicon's bits (`QuoteResources.words`: LEXICON_VERB, LEXICON_NOUN, LEXICON_PHRASE; 0 for a word it does not
 * list) of every token's lemma and lower-cased form, looked up once per article: the cue model's candidate test
 * (cue-model.ts) and the cue finder (find-cues.ts) both asked the lexicon the same two questions of each token.
 */
export interface TokenLexiconBits {
  /** `words.get(doc.lemmas[i]) ?? 0` at index i */
  readonly lemma: Uint8Array;
  /** `words.get(doc.lower[i]) ?? 0` at index i */
  readonly lower: Uint8Array;
}

/**
 * Looks up the lexicon bits of every token of a Doc.
 * @param doc the token layer
 * @param resources the cue lexicon (its `words` bits)
 * @returns one lemma and one lower-case entry per token (Uint8Array, the bits of lexicon-bits.ts)
 */
export function tokenLexiconBits(doc: Doc, resources: QuoteResources): TokenLexiconBits {
  const n = doc.tokenCount;
  const lemma = new Uint8Array(n);
  const lower = new Uint8Array(n);
  const { words } = resources;
  for (let i = 0; i < n; i++) {
    const l = doc.lemmas[i];
    const b = words.get(l) ?? 0;
    lemma[i] = b;
    lower[i] = l === doc.lower[i] ? b : words.get(doc.lower[i]) ?? 0;
  }
  return { lemma, lower };
}
