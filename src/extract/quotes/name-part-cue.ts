import type { Doc, Sentence } from '../../nlp/doc.js';
import type { TokenRange } from './noun-phrase.js';

/** Lower-case particles inside Arabic, Dutch, German, French, Spanish and Italian names ("bin Said", "van Zandt"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'binti', 'al', 'el', 'abu', 'ben', 'de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le']);

/** Tokens after which a capitalised word may open a sentence-like unit: quotation marks, colon, dash, parenthesis. */
const OPENERS = /^(["'\u201C\u2018\u00AB(:;\u2014\u2013-]|--)$/;

/** True when the token's surface form starts with an upper-case letter followed by a lower-case one ("Said", "States"). */
function capitalised(doc: Doc, t: number): boolean {
  return /^\p{Lu}\p{Ll}/u.test(doc.text.slice(doc.starts[t], doc.starts[t] + 2));
}

/** Short words that title-case headlines keep in lower case ("Calls for Inquiry after Report Reveals Meetings with Donors"). */
const HEADLINE_LOWER: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'on', 'in', 'at', 'to', 'by', 'up', 'as', 'is', 'via', 'vs', 'with', 'from', 'into', 'onto', 'over', 'than', 'that', 'upon', 'after', 'about', 'under', 'among', 'amid']);

/**
 * True for a sentence written in title case (a headline: "Senator Praises Port Plan"), where capitals say nothing of
 * names: words in lower case other than the short function words headlines keep so are at most one in four of the
 * capitalised ones (at least one is allowed: scraped pages glue page furniture to a headline, "5ptsmoderatorFeatured…").
 * (A ratio of capitalised words, as find-cues.ts tests headlines, fails on prose full of names: "Sultan Qaboos bin Said
 * Al Said ruled Oman for decades".)
 */
function titleCase(doc: Doc, sentence: Sentence): boolean {
  let lower = 0;
  let upper = 0;
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    if (capitalised(doc, t)) upper++;
    else if (!HEADLINE_LOWER.has(doc.lower[t]) && /^\p{Ll}/u.test(doc.text.slice(doc.starts[t], doc.ends[t]))) lower++;
  }
  return lower <= Math.max(1, upper / 4);
}

/**
 * True when the cue word at token `i` is part of a name, not a verb: it is capitalised inside a sentence of ordinary
 * (not title) case, where no quotation mark, colon, dash or parenthesis opens a unit before it, and it stands between
 * name words: a capitalised word or a name particle before it ("Qaboos bin Said", "the United States Court"), or a
 * capitalised word after it that is not a sentence of its own ("Said Al Said"). In running prose a verb of saying is
 * written in lower case, so such a word is read as a name whatever its part-of-speech tag says.
 * Source: user reports ("Sultan Qaboos bin Said Al Said" read as the cue "Said"); PolNeAR train ("United States Court"
 * read as the cue "States").
 * @param doc the token layer; `sentence` holds token `i`
 * @returns true when the word should not be a cue
 */
export function isNamePartCue(doc: Doc, sentence: Sentence, i: number): boolean {
  if (i <= sentence.firstToken || !capitalised(doc, i) || OPENERS.test(doc.lower[i - 1])) return false;
  const before = NAME_PARTICLES.has(doc.text.slice(doc.starts[i - 1], doc.ends[i - 1])) || (capitalised(doc, i - 1) && doc.pos[i - 1] !== 'PUNCT');
  const after = i + 1 < sentence.endToken && capitalised(doc, i + 1);
  if (!before && !after) return false;
  return !titleCase(doc, sentence);
}

/**
 * The name that ends in a capitalised cue word read as a name part, as the subject of the verb after it: "Sultan
 * Qaboos bin Said said …" (the tagger reads the name's "Said" as a verb, so no noun phrase ends there). Walks back over
 * capitalised words and name particles from token `j`; the name must open with a capitalised word.
 * Source: review of the name-part rule (a quote by "Qaboos bin Said said …" was lost once "Said" stopped being a cue).
 * @param doc the token layer; `j` the token right before the cue; `floor` the first token the name may start at
 * @param quoted 1 for tokens inside quotation marks (never part of the name)
 * @returns the name's tokens `[start, end)` with its last word as head, or null when token `j` is no name part
 */
export function namePartSubject(doc: Doc, j: number, floor: number, quoted: Uint8Array): TokenRange | null {
  if (j <= floor || quoted[j] || !capitalised(doc, j)) return null;
  const particle = (t: number) => NAME_PARTICLES.has(doc.text.slice(doc.starts[t], doc.ends[t]));
  if (!particle(j - 1) && !(capitalised(doc, j - 1) && doc.pos[j - 1] !== 'PUNCT')) return null;
  let start = j;
  while (start > floor && !quoted[start - 1] && doc.pos[start - 1] !== 'PUNCT' && (particle(start - 1) || capitalised(doc, start - 1))) start--;
  while (start < j && particle(start)) start++;
  return start < j ? { start, end: j + 1, head: j } : null;
}
