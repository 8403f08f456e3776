import type { Doc, Sentence } from '../../nlp/doc.js';

/*
 * Sanctions announced to take effect later. "The president announced the sanctions last month" reads as an imposition
 * (PETRARCH2: ANNOUNCE * SANCTIONS [163]), but when the article speaks of the same measures as planned or threatened
 * ("its planned trade sanctions", "the threatened tariffs", "if it imposes the tariffs as planned next week") or the
 * sentence says they take effect later, what was announced is a measure to come: the CAMEO 1.1b3 manual codes an
 * announced future measure as a threat ("announced … that he will extend the curfew … the future tense used in the
 * lead implies a threat", 1323), so announced sanctions are 1312. Found in review 14 (reut2-016): a US president's
 * tariffs, announced a month before they were due, coded 163 (−8) in two stories that call them planned.
 */

// nouns of the measures: sanctions, tariffs, duties, embargoes
const MEASURES = new Set(['sanction', 'sanctions', 'tariff', 'tariffs', 'duty', 'duties', 'embargo', 'embargoes', 'boycott', 'levy', 'levies']);

// words that make a measure one to come: "planned sanctions", "the threatened tariffs", "proposed duties"
const TO_COME = new Set(['planned', 'threatened', 'proposed', 'impending', 'promised', 'intended', 'looming', 'pending', 'mooted', 'prospective']);

// verbs announcing a measure (the trigger's lemma)
const ANNOUNCING = new Set(['announce', 'unveil', 'declare', 'disclose', 'outline']);

/** True when a to-come word stands among the three words before a measure noun anywhere in the article. */
function spokenOfAsPlanned(doc: Doc): boolean {
  for (let i = 0; i < doc.tokenCount; i++) {
    if (!MEASURES.has(doc.lower[i])) continue;
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (TO_COME.has(doc.lower[k])) return true;
  }
  return false;
}

/** True when the sentence says the measure takes effect later: "to take effect on …", "effective from …", "from next month". */
function takesEffectLater(doc: Doc, t: number, end: number): boolean {
  for (let k = t + 1; k < end; k++) {
    const w = doc.lower[k];
    if ((w === 'take' || w === 'takes' || w === 'come' || w === 'comes') && (doc.lower[k + 1] === 'effect' || doc.lower[k + 1] === 'into')) return doc.lower[k - 1] === 'to' || doc.lower[k - 1] === 'will' || doc.lower[k - 1] === 'would';
    if (w === 'effective' && (doc.lower[k + 1] === 'from' || doc.lower[k + 1] === 'on' || doc.pos[k + 1] === 'PROPN')) return true;
  }
  return false;
}

/**
 * True when the verb at `t` announces sanctions that are still to come: the trigger is announce/unveil/declare… and
 * the sentence says they take effect later, or the article calls such measures planned or threatened. The event
 * coder then codes the threat (1312) instead of the imposition (163).
 * @param doc the Doc
 * @param sentence the trigger's sentence
 * @param t the trigger token (a verb whose rule coded 163)
 * @returns whether the announcement is of a measure to come (source: CAMEO 1.1b3 manual, 1323 usage note: an
 *   announced future measure is a threat; review 14 of reut2-016)
 */
export function announcedForLater(doc: Doc, sentence: Sentence, t: number): boolean {
  if (!ANNOUNCING.has(doc.lemmas[t])) return false;
  return takesEffectLater(doc, t, sentence.endToken) || spokenOfAsPlanned(doc);
}
