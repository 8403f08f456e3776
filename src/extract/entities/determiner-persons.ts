import type { DocView } from './doc-view.js';
import { GUESSED_PERSON_RULES, type RawMention } from './raw-mention.js';

/** Lower-case determiners and possessives that stand before a common noun, not before a person's name ("that" is left out: "I know that Robbie may like it"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'our', 'my', 'your', 'his', 'its', 'their', 'every', 'each']);

/**
 * A one-word name guessed to be a person (tagger, given name or capitalisation: {@link GUESSED_PERSON_RULES})
 * right after a lower-case determiner or possessive is a capitalised noun, not a person: "Quoth the Raven",
 * "the Emperor said", "protect the Customer", "your Graduate". Person names take no article in English; a
 * name with a title after the article ("the Reverend Ames") is a titled person and is left alone, and so is
 * anything longer than one word, and a name modifying the noun after it ("the Bush administration", "the
 * Santorum neologism", "the Bernoulli's principle": UNER and GUM mark the person there).
 * Found on GENTLE (a poem's "the Raven" eight times, a contract's defined terms) and GUM dev ("the Emperor").
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @returns the mentions without such persons
 */
export function dropDeterminerPersons(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  return mentions.filter((m) => {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.tokEnd - m.tokStart !== 1 || !GUESSED_PERSON_RULES.has(m.rule)) return true;
    const p = m.tokStart - 1;
    if (p < 0 || sentenceOf[p] !== sentenceOf[m.tokStart] || !DETERMINERS.has(keys[p])) return true;
    // The determiner is written in lower case ("The Raven" opening a title may be a name's article).
    if (!/^\p{Ll}/u.test(doc.text.slice(doc.starts[p], doc.ends[p]))) return true;
    // "the Bush administration", "the Santorum neologism": a name modifying the noun after it is a person still.
    // "the Bernoulli's principle": a possessive too.
    const n = m.tokEnd;
    return n < doc.tokenCount && sentenceOf[n] === sentenceOf[m.tokStart] && (/^(?:NOUN|PROPN|ADJ|NUM)$/.test(doc.pos[n]) || /^['’]/.test(keys[n]));
  });
}
