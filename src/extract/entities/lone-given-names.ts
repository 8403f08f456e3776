import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * Titles, feasts, peoples and parties in the given-name lists that stand alone as often as names ("the
 * Dean", "Easter", "Tory", "Welsh"); read from the firings over 2,200 BBC articles.
 */
const NOT_ALONE = new Set(['dean', 'prince', 'princess', 'duke', 'earl', 'baron', 'squire', 'easter', 'noel', 'christian', 'tory', 'welsh', 'scot', 'bank']);

/** Marks that may close a salutation or signature line after a name ("Jill:", "Kay -", "Tom,"). */
const LINE_END_MARKS = new Set([',', ':', '-', '–', '—', '!']);

/**
 * Whether a one-token mention is the only word of its text line (paragraph), with at most one closing mark
 * after it: the salutation or signature of a letter or e-mail ("Jill:", "Kay").
 */
function isWholeLine(view: DocView, m: RawMention): boolean {
  const { doc, keys, sentenceOf } = view;
  const sentence = doc.sentences[sentenceOf[m.tokStart]];
  const paragraph = doc.paragraphs[sentence.paragraph];
  if (paragraph.firstSentence !== sentence.index || sentence.firstToken !== m.tokStart) return false;
  const last = doc.sentences[paragraph.endSentence - 1].endToken;
  return last === m.tokEnd || (last === m.tokEnd + 1 && LINE_END_MARKS.has(keys[m.tokEnd]));
}

/** Words before a lone name that make it a thing or a shop ("a Ralph's", "the Tab"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'every', 'our', 'my', 'your']);

/**
 * A lone capitalised given name ("Tanya is reviewing the contract", "Eric came by at noon", "Thanks,
 * Richard") is a person even when the article never gives the full name: the capitalised-run rule's
 * weak guess over one known given name becomes a person mention (rule `given-name-alone`) when the name
 * is written in title case, is no ordinary word (`res.wordNames`: "Will", "Grant"), title or other
 * gazetteer word, title or feast ("Dean", "Prince", "Easter"), known town, region or brand, is not
 * after a determiner ("a Ralph's"), "of" ("Full of Grace") or a hyphen ("Wal-Mart"), not before a number ("Tab 4") or a noun or
 * adjective ("Tory leader", "Welsh Assembly"), and either
 * stands inside a sentence, is followed by a comma or a verb, or is the only word of its line but for a closing
 * comma, colon, dash or "!" (a letter's salutation or signature, "Jill:"; found on UNER dev e-mails). Runs after the tagger's spans are merged,
 * so a tagger reading of the same word has already won.
 * @param view the article's DocView; `res` entity resources (`givenNames`, `wordNames`, `places`, `brands`)
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions, such guesses confirmed (new objects)
 */
export function confirmLoneGivenNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  return mentions.map((m) => {
    if (!m.weak || m.type !== 'PERSON' || m.kind !== 'name' || m.tokEnd - m.tokStart !== 1) return m;
    const k = keys[m.tokStart];
    const gender = res.givenNames.get(k);
    // "VI", "AB": capitals are abbreviations; "Dean", "Prince": titles; "Al": a name particle.
    if (!gender || k.length < 3 || !/^\p{Lu}\p{Ll}/u.test(doc.text.slice(doc.starts[m.tokStart], doc.ends[m.tokStart])) || res.gazetteer.get(k)) return m;
    if (NOT_ALONE.has(k) || res.wordNames.has(k) || res.places.get(k)?.some((p) => p.keys.length === 1) || res.brands.get(k)?.some((p) => p.keys.length === 1)) return m;
    // "Tab 4", "a Ralph's": a numbered item or a shop, not a person.
    if (m.tokStart > 0 && DETERMINERS.has(keys[m.tokStart - 1])) return m;
    if (m.tokEnd < doc.tokenCount && /^\d/.test(keys[m.tokEnd])) return m;
    // "Tory leader", "Welsh Assembly", "Wal-Mart": a modifier or part of a longer name, not a person alone.
    if (m.tokEnd < doc.tokenCount && sentenceOf[m.tokEnd] === sentenceOf[m.tokStart] && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(doc.pos[m.tokEnd])) return m;
    if (m.tokStart > 0 && (keys[m.tokStart - 1] === '-' || keys[m.tokStart - 1] === 'of' || doc.ends[m.tokStart - 1] === doc.starts[m.tokStart])) return m;
    // "Guy's Hospital": a possessive before a name or noun makes the word part of a longer name.
    if (keys[m.tokEnd] === "'s" && m.tokEnd + 1 < doc.tokenCount && /^(?:NOUN|PROPN)$/.test(doc.pos[m.tokEnd + 1]) && /^\p{Lu}/u.test(doc.text.slice(doc.starts[m.tokEnd + 1], doc.ends[m.tokEnd + 1]))) return m;
    const first = doc.sentences[sentenceOf[m.tokStart]].firstToken === m.tokStart;
    const next = m.tokEnd < doc.tokenCount && sentenceOf[m.tokEnd] === sentenceOf[m.tokStart] ? m.tokEnd : -1;
    if (first && !(next >= 0 && (keys[next] === ',' || doc.pos[next] === 'VERB' || doc.pos[next] === 'AUX')) && !isWholeLine(view, m)) return m;
    return copyMention(m, { weak: false, rule: 'given-name-alone', gender, confidence: 0.6 });
  });
}
