import type { DocView } from './doc-view.js';
import type { RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * Whether a tagged organisation `[a, b)` is only a country abbreviation ending in a full stop and one ordinary word
 * that the stop made look like a name: "U.S. Currency dipped", "U.K. Was growing more impatient", "U.S. Sanctions
 * took effect", "the U.S. Current account deficit". Wire copy restored from capitals writes the word after such an
 * abbreviation with a capital, as after the end of a sentence, so the capital is no evidence of a name. The word must be
 * in title case, one that news writes in lower case inside sentences (`res.commonWords`) and no organisation cue word
 * ("U.K. Company", "U.S. Bank" keep their names: those cue words make a country's business). The caller then keeps
 * the country and drops the tagger's span. Found in Reuters-21578 (reut2-003, a research unit's forecast: two made-up
 * organisations, "U.S. Current" and the like, took the unit's later "It said"); 130-odd such spans in reut2-010.
 * @param view the article's DocView
 * @param res entity resources (`commonWords`, `orgCues`)
 * @param place the rule's country mention inside the span (rule `country-name` and the like)
 * @param a first token of the tagged span; `b` its end token (exclusive)
 * @returns true when the span is such an abbreviation and word
 */
export function capitalAfterAbbreviation(view: DocView, res: EntityResources, place: RawMention, a: number, b: number): boolean {
  if (place.tokStart !== a || place.tokEnd !== b - 1) return false;
  const { doc, keys } = view;
  const abbreviation = doc.text.slice(place.start, place.end);
  if (!abbreviation.endsWith('.')) return false;
  const word = doc.text.slice(doc.starts[b - 1], doc.ends[b - 1]);
  // title case only: a headline in capitals ("U.S. CURRENT ACCOUNT") is read by the headline rules
  if (word.length < 2 || word[0] !== word[0].toUpperCase() || word.slice(1) !== word.slice(1).toLowerCase()) return false;
  const key = keys[b - 1];
  return res.commonWords.has(key) && !res.orgCues.has(key);
}
