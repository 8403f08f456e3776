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

/**
 * Head nouns of a country's firms or industry ("suppliers", "steel mills", "grain exporting firms", "industry"): a
 * country word or nationality adjective before one names the business sector, not the state.
 */
const BUSINESS_HEADS: ReadonlySet<string> = new Set([
  'firm', 'firms', 'company', 'companies', 'supplier', 'suppliers', 'producer', 'producers', 'manufacturer', 'manufacturers',
  'maker', 'makers', 'carmakers', 'automakers', 'steelmakers', 'shipbuilders', 'mill', 'mills', 'refiners', 'refineries', 'exporters',
  'importers', 'shippers', 'industry', 'industries', 'businesses', 'banks', 'lenders', 'insurers', 'airlines', 'traders',
  'dealers', 'brokers', 'mines', 'mining', 'conglomerates', 'multinationals', 'corporations', 'utilities',
]);

/** Words that end a noun phrase's modifiers before a head: a function word, a number, a name. */
const NOT_MODIFIER = /^(?:and|or|of|in|on|at|to|for|with|by|from|the|a|an|its|their|his|her|is|are|was|were|has|have|had|will|would|said)$/;

/**
 * Whether a country word or nationality adjective names the business sector of its country: it modifies a noun
 * phrase whose head (after at most three lower-case modifiers: "steel", "grain exporting") is a word of firms or
 * industry ("Uruguayan suppliers", "Japanese steel mills", "voices in Korean industry") and the phrase ends there (not
 * "the Japanese industry minister"). PETRARCH2's actor dictionaries code such groups as the country's business sector
 * (CAMEO agent BUS, "Business: businessmen, companies and enterprises"), as "<Gandalf Technologies Inc> of Canada"
 * above. Found in the tenth events hand check (reut2-018, BBC business): soybean suppliers, grain exporting firms and
 * steel mills coded as their countries (URY → TWN, JPN).
 * @param doc the parsed article
 * @param mentionAt entity mentions by token (−1: none), as in the actor index
 * @param after the token right after the country word
 * @param end the sentence's end token
 */
export function businessSectorAfter(doc: Doc, mentionAt: Int32Array, after: number, end: number): boolean {
  for (let k = after; k < Math.min(end, after + 4); k++) {
    const w = doc.lower[k];
    if (mentionAt[k] >= 0 || NOT_MODIFIER.test(w) || !/^\p{Ll}[\p{Ll}-]*$/u.test(doc.text.slice(doc.starts[k], doc.ends[k]))) return false;
    // nouns and adjectives, and an -ing form after a noun ("grain exporting"), modify the head; a verb ends the phrase
    // ("Italy received firm backing")
    const pos = doc.pos[k];
    if (pos !== 'NOUN' && pos !== 'ADJ' && !(pos === 'VERB' && w.endsWith('ing') && k > after && doc.pos[k - 1] === 'NOUN')) return false;
    if (BUSINESS_HEADS.has(w) && pos === 'NOUN') {
      const next = k + 1 < end ? doc.pos[k + 1] : 'PUNCT';
      return next !== 'NOUN' && next !== 'PROPN';
    }
  }
  return false;
}
