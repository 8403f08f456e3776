import type { Doc } from '../../nlp/doc.js';

/** Negation words that may stand among a cue's auxiliaries and adverbs ("did not say", "wouldn't confirm", "has never said"). */
const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'n\u2019t', 'never']);

/**
 * True when a cue is negated: a negation word among the auxiliaries and adverbs right before its verb
 * (`[auxStart, start)`, as the cue finder stepped over them: "did not immediately respond", "wouldn't confirm",
 * "has never mentioned"). The speaker did not say the content. PolNeAR counts such cues as attributions and puts
 * the negation inside the cue span (all 140 negated lexicon verbs that are gold cues on its train split), so the
 * quote is kept and marked `negated` rather than dropped.
 * @param doc the token layer; `auxStart`, `start` token indexes of the cue's first auxiliary and of its verb
 * @returns whether a negation word lies in `[auxStart, start)`
 */
export function isNegatedCue(doc: Doc, auxStart: number, start: number): boolean {
  for (let t = auxStart; t < start; t++) if (NEGATORS.has(doc.lower[t])) return true;
  return false;
}

/** Words opening a subject that says nobody spoke ("No one commented", "None of the firms replied", "Nobody said …"). */
const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(['neither', 'nobody', 'none', 'no-one']);

/**
 * True when a cue's subject denies that anyone spoke: the speaker phrase opens with `neither`, `nobody`, `none`,
 * `no-one` or `no one` (or follows one of them and a preposition: `none of`, `nobody at`), or it is the last conjunct of `neither … nor` ("Neither the mayor nor her deputy wished to
 * comment": the chunker keeps "her deputy"). Such a quote is negated like one of "did not comment" ({@link isNegatedCue}).
 * Source: fresh-eyes review 18 (a "Neither X nor Y wished to comment" given as Y's words).
 * @param doc the token layer; `start`, `end` the speaker phrase's token range (half-open)
 * @returns whether the subject is negative
 */
export function isNegatedSubject(doc: Doc, start: number, end: number): boolean {
  const first = doc.lower[start];
  if (NEGATIVE_SUBJECTS.has(first) || (first === 'no' && /^(one|body)$/.test(doc.lower[start + 1] ?? '') && start + 1 < end)) return true;
  // "None of the firms replied", "Nobody at the depot would confirm" read as the speakers "the firms", "the depot"
  if (start >= 2 && /^(of|at|in|from)$/.test(doc.lower[start - 1]) && (NEGATIVE_SUBJECTS.has(doc.lower[start - 2]) || (doc.lower[start - 2] === 'one' && doc.lower[start - 3] === 'no'))) return true;
  if (start === 0 || doc.lower[start - 1] !== 'nor') return false;
  // "Neither A nor B": the "neither" opens the same sentence, a few words before the "nor"
  for (let t = start - 2; t >= Math.max(0, start - 12); t--) {
    if (doc.lower[t] === 'neither') return true;
    if (/^[.;:!?]$/.test(doc.lower[t])) return false;
  }
  return false;
}

/** Words before "to" + a cue that say the speaker did not speak ("was unable to say", "was unavailable to comment"). */
const WITHHOLDING: ReadonlySet<string> = new Set(['unable', 'unavailable', 'unwilling']);

/**
 * True when the words right before a cue say that nothing was said: "no" before a cue noun, adjectives between ("had no
 * formal comment on …", "made no direct comment on …", "had no such praise for …"), or "unable"/"unavailable"/
 * "unwilling"/"not available" + "to" before a cue verb ("was unable to say when …", "was unavailable to comment on …").
 * Such a quote is negated like one of "did not comment" ({@link isNegatedCue}): its content is what was not said.
 * Source: reviewer's hand check of BBC/Reuters quotes ("had no formal comment on …" coded as a statement); BBC business
 * and Reuters-21578 (see commit).
 * @param doc the token layer; `start` the cue's first token; `s0` the sentence's first token
 * @returns whether the cue is withheld
 */
export function isWithheldCue(doc: Doc, start: number, s0: number): boolean {
  let t = start - 1;
  while (t > s0 && doc.pos[t] === 'ADJ') t--;
  if (t >= s0 && doc.lower[t] === 'no' && t < start) return true;
  t = start - 1;
  while (t > s0 && doc.pos[t] === 'ADV') t--;
  if (t <= s0 || doc.lower[t] !== 'to') return false;
  t--;
  while (t > s0 && doc.pos[t] === 'ADV' && !NEGATORS.has(doc.lower[t])) t--;
  return WITHHOLDING.has(doc.lower[t]) || (doc.lower[t] === 'available' && t > s0 && NEGATORS.has(doc.lower[t - 1]));
}

/** Verbs of refusing whose to-infinitive or object names what was not done ("declined to comment", "refused to say"). */
const REFUSALS: ReadonlySet<string> = new Set(['decline', 'refuse']);

/**
 * True when a refusal cue refuses speech: `decline`/`refuse` + `to` + a verb of speech or writing in the lexicon
 * ("declined to comment on the report", "refused to say whether …", "declined to immediately confirm"), or `decline` +
 * the noun `comment` ("declined comment", "declined further comment"). The speaker said nothing, so the quote is negated
 * like one of "did not comment" ({@link isNegatedCue}); a refusal to act ("refused to drop the tax", "declined an
 * invitation") is no withheld statement and stays as it is. PolNeAR keeps such refusals as attributions (cue
 * "declined", content "to comment"), so the quote is kept and marked, not dropped.
 * Source: real-news hand check (issue 5: "declined to comment" shown as a statement of the one who declined).
 * @param doc the token layer; `start`, `end` the cue's token range (half-open); `sentenceEnd` the sentence's `endToken`
 * @param verbs the lexicon's verbs by lemma (`QuoteResources.verbs`)
 * @returns whether the cue refuses to speak
 */
export function isRefusedSpeech(doc: Doc, start: number, end: number, sentenceEnd: number, verbs: ReadonlyMap<string, { readonly class: string }>): boolean {
  if (!REFUSALS.has(doc.lemmas[start])) return false;
  let t = end;
  while (t < sentenceEnd && doc.pos[t] === 'ADV') t++;
  if ((t < sentenceEnd && doc.lower[t] === 'comment') || (t + 1 < sentenceEnd && doc.pos[t] === 'ADJ' && doc.lower[t + 1] === 'comment')) return true;
  if (doc.lower[t] !== 'to') return false;
  t++;
  while (t < sentenceEnd && doc.pos[t] === 'ADV') t++;
  const cls = t < sentenceEnd ? verbs.get(doc.lemmas[t])?.class : undefined;
  return cls === 'speech' || cls === 'writing';
}
