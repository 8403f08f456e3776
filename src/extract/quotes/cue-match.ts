import type { CueMatch } from './find-cues.js';

/** What a cue finder states of a cue: every field of {@link CueMatch} but the score, the kind flags optional. */
export type CueParts = Omit<CueMatch, 'raised' | 'impersonal' | 'nominal' | 'commaless' | 'score'> & {
  readonly raised?: boolean;
  readonly commaless?: boolean;
  readonly impersonal?: boolean;
  readonly nominal?: boolean;
};

/**
 * Builds a {@link CueMatch} with all its fields present, always in the same order: every cue then has one object
 * shape, so the functions reading cues see one hidden class instead of one per combination of optional flags (each new
 * one met after V8 optimised such a function made it deoptimise and be compiled again; see src/ingest/README.md).
 * @param p the cue's fields; `raised`, `impersonal`, `nominal` and `commaless` default to false
 * @returns a new cue, its `score` undefined (findCues sets it when the cue model scored the tokens)
 */
export function cueMatch(p: CueParts): CueMatch {
  return {
    start: p.start,
    end: p.end,
    entry: p.entry,
    sentence: p.sentence,
    speaker: p.speaker,
    side: p.side,
    passive: p.passive,
    auxStart: p.auxStart,
    addressee: p.addressee,
    after: p.after,
    chunkStart: p.chunkStart,
    coordinated: p.coordinated,
    raised: p.raised === true,
    impersonal: p.impersonal === true,
    nominal: p.nominal === true,
    commaless: p.commaless === true,
    score: undefined,
  };
}
