/** Bit of `QuoteResources.words`: the word is a verb lemma of the cue lexicon. */
export const LEXICON_VERB = 1;
/** Bit of `QuoteResources.words`: the word is a noun cue lemma. */
export const LEXICON_NOUN = 2;
/** Bit of `QuoteResources.words`: the word opens a phrase cue. */
export const LEXICON_PHRASE = 4;
//# sourceMappingURL=lexicon-bits.js.map