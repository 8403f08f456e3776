import { matchAt } from './gazetteer.js';
import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * A tagger "place" that is exactly a known brand or company ("Taco Bell", "Air France", "Burger King")
 * and no known town, region or country is the company: its mention becomes an organisation (rule
 * `ner-tagger+brand`). The tagger reads such names as places from their last word ("France", "King",
 * "Bell"); the brand list is `res.brands` (simple-icons titles, CC0). Places the tagger found that the
 * place gazetteer knows keep their reading (their country is set), and so do places with a place or
 * facility word at the end ("… Street", "… Airport").
 * @param view the article's DocView; `res` entity resources (`brands`, `orgCues`)
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions, with such places turned into organisations (new objects)
 */
export function brandsAsOrganisations(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  return mentions.map((m) => {
    if (m.rule !== 'ner-tagger' || m.kind !== 'name' || (m.type !== 'GPE' && m.type !== 'LOC') || m.country !== null) return m;
    if (res.orgCues.get(keys[m.tokEnd - 1])) return m;
    // Matched on the Doc in place (the surfaces' case read from the text), nothing sliced or copied.
    if (!startsUpper(doc.text.slice(doc.starts[m.tokStart], doc.ends[m.tokStart])) || !matchAt(res.brands, doc, keys, m.tokStart, m.tokEnd).some((x) => x.end === m.tokEnd)) return m;
    return copyMention(m, { type: 'ORG', key: `ORG|${m.name.toLowerCase()}`, rule: 'ner-tagger+brand' });
  });
}
