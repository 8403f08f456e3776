import type { Doc } from '../../nlp/doc.js';
import { firstGroupHead, type TokenRange } from './noun-phrase.js';

/** Articles and demonstratives that open a new noun phrase after a noun ("instance the Bundesbank"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** Titles that open a name ("London Mr Blair", "Washington President Bush"). */
const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'prime', 'chancellor', 'senator', 'sen',
  'governor', 'gov', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'vice', 'deputy',
]);
/** Words that make a title with the title after them ("Vice President", "Deputy Prime Minister"): no cut between them. */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['vice', 'deputy', 'acting', 'former', 'ex', 'foreign', 'home', 'defence', 'defense', 'state', 'attorney', 'assistant']);
/** Time words that open a sentence before a time noun ("Last week Mr Blair said"). */
const TIME_OPENERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'earlier', 'later']);
const TIME_NOUNS = /^(week|weekend|month|year|morning|afternoon|evening|night|summer|winter|spring|autumn|time)$/;
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM']);
/** Words tagged as prepositions that open a clause or an agent, whose phrase is a subject with its description. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'while', 'when', 'if', 'though', 'although', 'unless', 'whereas', 'once', 'that', 'by', 'like']);
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * The speaker phrase without the adverbial the chunker glued before it: the object of a preposition right before the
 * phrase ("For instance the Bundesbank said" → "the Bundesbank", "In London Mr Blair said" → "Mr Blair", "In a
 * statement Mr Roe said" → "Mr Roe") or a time phrase opening the sentence ("Last week Mr Blair said" → "Mr Blair").
 * The cut is the first point where a new phrase opens after a noun, before any "and" or comma: an article or
 * demonstrative, a title ("Mr", "President"), or a capitalised word after a lower-case noun when the preposition's
 * object is that one noun or opens with a determiner ("example Mr Blair", "a statement Google"; not "after producers'
 * cartel Opec said", "As party leader Jo Roe claimed": after a subordinator or "by" only articles and titles cut). A
 * phrase with no such point stays whole ("In London Treasury officials": two names side by side cannot be told apart).
 * Source: BBC news (bbc-fulltext business, politics) and Reuters-21578, where a sentence-opening adverbial with no comma
 * is common ("For instance the Bundesbank said …", "On Monday the minister said …").
 * @param doc the token layer
 * @param speaker the phrase read before the cue, half-open token range
 * @param s0 first token of the sentence
 * @param quoted per-token flag, non-zero inside a direct quote
 * @returns the phrase after the adverbial, or `speaker` itself when none is glued to it
 */
export function speakerAfterAdverbial(doc: Doc, speaker: TokenRange, s0: number, quoted: Uint8Array): TokenRange {
  const before = speaker.start - 1;
  const afterPreposition = before >= s0 && doc.pos[before] === 'ADP' && !quoted[before];
  let from = speaker.start + 1;
  if (!afterPreposition) {
    // "Last week Mr Blair said", "But this year the bank said"
    let k = s0;
    while (k < speaker.start && doc.pos[k] === 'CCONJ') k++;
    const timeOpener = k === speaker.start && TIME_OPENERS.has(doc.lower[k]) && TIME_NOUNS.test(doc.lower[k + 1] ?? '');
    if (!timeOpener) return speaker;
    from = speaker.start + 2;
    // "This year's budget": a possessive keeps the time phrase
    if (from >= speaker.end || doc.pos[from] === 'PART' || /^'s?$/.test(doc.lower[from])) return speaker;
    return { start: from, end: speaker.end, head: speaker.head >= from ? speaker.head : firstGroupHead(doc, from, speaker.end) };
  }
  // after a subordinator or an agent's "by" the phrase is a subject or an agent with its description ("after producers'
  // cartel Opec said", "As party leader Jo Roe claimed", "given by economics minister Jo Roe"): only an article or a
  // title opens a new phrase there
  const subordinator = SUBORDINATORS.has(doc.lower[before]);
  // "For example Mr Roe", "In a statement Google": a lower-case noun before a name ends the preposition's object when
  // that object opens with a determiner or is that one noun
  const objectOpensWithDeterminer = doc.pos[speaker.start] === 'DET' || POSSESSIVES.has(doc.lower[speaker.start]);
  for (let k = from; k < speaker.end; k++) {
    if (doc.lower[k - 1] === 'and' || doc.lower[k - 1] === ',') break;
    if (!NOUNS.has(doc.pos[k - 1]) || doc.lower[k - 1] === "'s") continue;
    const article = ARTICLES.has(doc.lower[k]) && doc.pos[k] === 'DET';
    const title = TITLES.has(doc.lower[k].replace(/\.$/, '')) && capitalised(doc, k) && !TITLE_MODIFIERS.has(doc.lower[k - 1]);
    const nameAfterNoun =
      !subordinator && capitalised(doc, k) && !capitalised(doc, k - 1) && doc.pos[k - 1] === 'NOUN' && (objectOpensWithDeterminer || k === speaker.start + 1);
    if (article || title || nameAfterNoun) return { start: k, end: speaker.end, head: speaker.head >= k ? speaker.head : firstGroupHead(doc, k, speaker.end) };
  }
  return speaker;
}

function capitalised(doc: Doc, t: number): boolean {
  return /^\p{Lu}/u.test(doc.text[doc.starts[t]] ?? '');
}
