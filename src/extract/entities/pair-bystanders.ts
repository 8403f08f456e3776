// Names near "the two sides" that are not its sides: mediators, hosts, places travelled to, and one side named twice.
import type { DocView } from './doc-view.js';
import type { RawMention } from './raw-mention.js';

/** Participles whose "by" names a mediator or host, not a party ("talks chaired by X and Y", "a truce brokered by X"). */
const MEDIATING = new Set(['chaired', 'co-chaired', 'mediated', 'brokered', 'hosted', 'co-hosted', 'sponsored', 'co-sponsored', 'organised', 'organized', 'facilitated', 'moderated']);
/** Prepositions of a place a party is in or goes through ("meetings in X and Y"). */
const PLACE_PREPS = new Set(['in', 'into', 'at', 'across', 'via', 'through']);
/** Lemmas of motion verbs whose "to" names a destination ("will travel to X and Y"), not an addressee ("talked to X and Y"). */
const MOTION = new Set(['go', 'travel', 'fly', 'head', 'move', 'return', 'come', 'send', 'sail', 'drive', 'export', 'ship']);

/**
 * Whether a name mention stands where "the two sides" / "both parties" cannot mean it: after "by" following a mediating
 * participle ("peace talks chaired by X and Y": the chairs), or after a place preposition or a motion verb's "to"
 * ("officials will travel to X and Y"); a later conjunct of a list takes the word before its first conjunct.
 * @param view the article's DocView
 * @param startByEnd the first token of each mention, by its end token (exclusive)
 * @param m the mention
 */
export function bystanderMention(view: DocView, startByEnd: ReadonlyMap<number, number>, m: RawMention): boolean {
  const { keys, doc } = view;
  let k = m.tokStart - 1;
  for (;;) {
    if (k >= 0 && keys[k] === 'the') k--;
    if (k < 1 || (keys[k] !== 'and' && keys[k] !== ',')) break;
    const before = startByEnd.get(k);
    if (before === undefined) break;
    k = before - 1;
  }
  if (k < 0) return false;
  if (keys[k] === 'by') return k > 0 && MEDIATING.has(keys[k - 1]);
  if (keys[k] === 'to') return k > 0 && MOTION.has(doc.lemmas[k - 1]);
  return PLACE_PREPS.has(keys[k]);
}

/**
 * Whether two name mentions name one side: one inside the other ("Nepal" in "Nepal's government"), a name with the
 * country it is "of" a few words later ("council chairman Anton Weller of Norway"), or a country or nationality a few
 * words before the person or body it qualifies ("South African Deputy Foreign Minister Aziz Pahad"); no comma, semicolon
 * or "and" between, only title words (nouns, names, adjectives, "'s"; after a name also a hyphen) and the final "of".
 * @param view the article's DocView
 * @param a the earlier mention; `b` the later one
 */
export function oneSide(view: DocView, a: RawMention, b: RawMention): boolean {
  if (a.tokStart < b.tokEnd && b.tokStart < a.tokEnd) return true;
  if (b.tokStart - a.tokEnd > 4 || b.tokStart <= a.tokEnd) return false;
  const of = view.keys[b.tokStart - 1] === 'of';
  if (!of && a.type !== 'GPE' && a.type !== 'NORP') return false;
  for (let k = a.tokEnd; k < b.tokStart; k++) {
    const w = view.keys[k];
    if (w === ',' || w === ';' || w === 'and') return false;
    if (of && k === b.tokStart - 1) continue;
    // (a hyphen after a country names a second side: "Sino-Vietnamese ties", "U.S.-Vietnam relations")
    if (!TITLE_POS.has(view.doc.pos[k]) && !(of && view.doc.pos[k] === 'PUNCT')) return false;
  }
  return true;
}

/** Parts of speech of the title words between a name and the one it qualifies ("Deputy Foreign Minister", "'s"). */
const TITLE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'PART']);
