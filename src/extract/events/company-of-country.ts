import type { Doc } from '../../nlp/doc.js';

// Last words of company names ("Gandalf Technologies Inc", "Quintette Coals Ltd"), lower-cased
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'ltd', 'ltd.', 'co', 'co.', 'corp', 'corp.', 'corporation', 'plc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa',
  'bhd', 'pty', 'holdings', 'group', 'company', 'limited', 'industries', 'airlines', 'airways', 'motors',
]);

/**
 * The first token of a company name that ends right before the "of" in front of token `first` ("<Gandalf Technologies
 * Inc> of Canada", "Quintette Coals Ltd of Canada", "Nordvik Telecom Group of Sweden"), or −1 when none does. A name
 * counts as a company when Reuters' angle brackets close it or its last word is a company suffix (Inc, Ltd, Corp, AG,
 * Group…) with no entity mention in its suffix; a known company inside the brackets ("<LM Ericsson Telephone Co> of
 * Sweden") is that company, of the same code. The country after "of"
 * is then where the company is from, not an actor of the event itself: PETRARCH2's actor dictionaries code such a
 * firm as the country's business sector (CAMEO agent BUS, "Business: businessmen, companies and enterprises"), and
 * the hand checks of reut2-017 and reut2-014 found four statements and agreements coded with the bare country
 * ("<Quintette Coals Ltd> of Canada … failed to agree" CAN → JPN, "a deal with <Gandalf Technologies Inc> of Canada"
 * → CAN).
 * @param doc the parsed article
 * @param mentionAt entity mentions by token (−1: none), as in the actor index
 * @param first the first token of the country's mention
 * @param sentenceFirst the sentence's first token
 */
export function companyBeforeOf(doc: Doc, mentionAt: Int32Array, first: number, sentenceFirst: number): number {
  const of = first - 1;
  if (of - 1 < sentenceFirst || doc.lower[of] !== 'of') return -1;
  let k = of - 1;
  if (doc.lower[k] === '>') {
    for (let j = k - 1; j >= Math.max(sentenceFirst, k - 10); j--) if (doc.lower[j] === '<') return j + 1 < k ? j : -1;
    return -1;
  }
  if (!COMPANY_SUFFIXES.has(doc.lower[k]) || !/^\p{Lu}/u.test(doc.text.slice(doc.starts[k], doc.ends[k]))) return -1;
  // back over the capitalised words of the name
  let start = k;
  while (start - 1 >= sentenceFirst && (doc.pos[start - 1] === 'PROPN' || doc.pos[start - 1] === 'NOUN') && /^\p{Lu}/u.test(doc.text.slice(doc.starts[start - 1], doc.ends[start - 1]))) start--;
  if (mentionAt[k] >= 0 || start === k) return -1;
  return start;
}
