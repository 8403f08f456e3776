import type { Doc } from '../../nlp/doc.js';
import { firstGroupHead, type TokenRange } from './noun-phrase.js';

/** Tags of a word that opens a new noun phrase after a head noun ("reporters major nations", "the committee several firms"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['ADJ', 'DET', 'NUM']);
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * The addressee of a cue that takes one, cut where the subject of a bare reported clause starts inside the noun phrase
 * the chunker read after the cue: "told reporters major nations must act" → "reporters" (the clause "major nations must
 * act"), "told MPs child benefit would rise" → "MPs", "told the Financial Times interest rates would rise" → "the
 * Financial Times". Only a phrase followed by a verb (an auxiliary, or a verb not in -ing: "oil prices fell") is cut; the
 * first cut from the left wins:
 * - a noun followed by an adjective, a determiner or a number (not a number after a name: "Radio 4") — "the committee
 *   several firms";
 * - a plural noun ("reporters", "delegates"; or an acronym plural, "MPs", "MEPs") followed by any word of the phrase —
 *   "told delegates Labour would win";
 * - a name of two capitalised words or more, or an all-capitals name, followed by a lower-case noun — "the Financial
 *   Times interest rates", "the BBC lessons were learned".
 * No cut after a preposition inside the phrase ("warned the current level of TV coverage of the Premiership may …": the
 * whole phrase is the subject). A capitalised word the tagger read as a verb is a name, no verb ("told the BBC News website Ford did …": "Ford").
 * Source: BBC news (bbc-fulltext business, politics, tech), where "told X <clause>" with no "that" is the house style.
 * @param doc the token layer
 * @param np the noun phrase read after the cue, half-open token range
 * @returns the addressee's token range: `np` itself when no clause subject starts inside it
 */
export function addresseeBeforeClause(doc: Doc, np: TokenRange): TokenRange {
  let v = np.end;
  while (v < doc.tokenCount && doc.pos[v] === 'ADV') v++;
  if (v >= doc.tokenCount || !finiteVerbAt(doc, v) || np.end - np.start < 2) return np;
  for (let k = np.start + 1; k < np.end; k++) {
    // "warned the current level of TV coverage of the Premiership may …": no cut inside a post-modifier
    if (doc.pos[k - 1] === 'ADP') break;
    if (opensClauseSubject(doc, np.start, k)) return { start: np.start, end: k, head: firstGroupHead(doc, np.start, k) };
  }
  return np;
}

/** True when a new noun phrase, the subject of a reported clause, opens at token `k` of a phrase starting at `start`. */
function opensClauseSubject(doc: Doc, start: number, k: number): boolean {
  const prev = k - 1;
  if (!NOUNS.has(doc.pos[prev])) return false;
  if (PHRASE_OPENERS.has(doc.pos[k]) && !(doc.pos[k] === 'NUM' && doc.pos[prev] === 'PROPN')) return true;
  const opener = NOUNS.has(doc.pos[k]) || doc.pos[k] === 'ADJ';
  if (opener && pluralNoun(doc, prev)) return true;
  if (doc.pos[k] !== 'NOUN' || capitalised(doc, k)) return false;
  const surface = doc.text.slice(doc.starts[prev], doc.ends[prev]);
  if (/^\p{Lu}{2,}$/u.test(surface)) return true;
  return prev - 1 >= start && capitalised(doc, prev) && capitalised(doc, prev - 1) && NOUNS.has(doc.pos[prev - 1]);
}

/** True when token `t` is a plural common noun ("reporters": lower case, a lemma without the -s) or an acronym plural ("MPs"). */
function pluralNoun(doc: Doc, t: number): boolean {
  const surface = doc.text.slice(doc.starts[t], doc.ends[t]);
  if (/^\p{Lu}{2,}s$/u.test(surface)) return true;
  return doc.pos[t] === 'NOUN' && !capitalised(doc, t) && doc.lower[t].endsWith('s') && doc.lemmas[t] !== doc.lower[t];
}

function capitalised(doc: Doc, t: number): boolean {
  return /^\p{Lu}/u.test(doc.text[doc.starts[t]] ?? '');
}

/** True when token `t` is an auxiliary or a lower-case verb not in -ing ("must", "had", "rise", "fell"; not "running", "Ford"). */
function finiteVerbAt(doc: Doc, t: number): boolean {
  return doc.pos[t] === 'AUX' || (doc.pos[t] === 'VERB' && !doc.lower[t].endsWith('ing') && !capitalised(doc, t));
}
