import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { GUESSED_PERSON_RULES, retypedFromPerson, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * Last words of business names that are no organisation cue words of the gazetteer (those change the
 * tagger's features) and that no person's name ends in: trades and services ("Malcolm Smith Motorsports",
 * "Carr Futures", "Pets Discount", "Barry's Auto Tech"); since 2026-11-30 also common heads of company names
 * written from general knowledge ("… Energy", "… Insurance", "… Holdings", "… Foods", "… Networks"; "El Paso
 * Energy" on UNER dev had been seen among the errors; over the BBC articles they retyped "Cairn Energy",
 * "Nortel Networks", "LG Electronics", "Kraft Foods").
 */
const BUSINESS_HEADS: ReadonlySet<string> = new Set([
  'futures', 'motorsports', 'automotive', 'discount', 'discounts', 'salon', 'spa', 'books', 'transport',
  'fabrics', 'cleaners', 'plumbing', 'roofing', 'dental', 'realty', 'properties', 'construction', 'consulting',
  'solutions', 'systems', 'services', 'investments', 'pharmacy', 'boutique', 'karate', 'fitness', 'logistics',
  'trucking', 'catering', 'productions', 'rentals', 'supplies', 'software', 'labs', 'laboratories', 'outfitters',
  'jewelers', 'jewellers', 'florist', 'florists', 'pharmaceuticals', 'telecom', 'telecommunications', 'apparel',
  'energy', 'insurance', 'holdings', 'industries', 'enterprises', 'technologies', 'electronics', 'chemicals',
  'airlines', 'airways', 'motors', 'foods', 'brands', 'ventures', 'securities', 'studios', 'publishing', 'networks',
]);

/** Whether lower-case token key `key` is a trade or business word that ends business names ("energy", "motorsports"…). */
export function isBusinessHead(key: string): boolean {
  return BUSINESS_HEADS.has(key);
}

/**
 * A guessed person name ending in a trade or business word ({@link BUSINESS_HEADS}: "Malcolm Smith
 * Motorsports", "Carr Futures", "Pets Discount") is a business, an organisation with no actor code (rule
 * `business-name`): a given name or a surname opens many business names, so the given-name rule and the
 * tagger read them as persons. Only mentions of two or more words resting on a guess
 * ({@link GUESSED_PERSON_RULES}) with a word before the trade word that news does not write in lower case
 * (`res.commonWords`: "Medicinal Properties", "Network Solutions" stay as they are) are retyped.
 * Restaurants ("Slice Pizza") are left alone: UNER marks them as places.
 * Found on UNER English-EWT dev (reviews and e-mails: five such businesses typed as persons).
 * @param view the article's DocView; `res` entity resources (`commonWords`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such businesses retyped, in the same order
 */
export function businessNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  return mentions.map((m) => {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.tokEnd - m.tokStart < 2 || !GUESSED_PERSON_RULES.has(m.rule) || !BUSINESS_HEADS.has(keys[m.tokEnd - 1])) return m;
    // The trade word is capitalised as part of a name ("vice president of networks" is a role, no business).
    if (!startsUpper(doc.text.slice(doc.starts[m.tokEnd - 1], doc.ends[m.tokEnd - 1]))) return m;
    // A name word before the trade word ("Carr Futures"); ordinary words alone make a phrase ("Medicinal Properties").
    let named = false;
    for (let i = m.tokStart; i < m.tokEnd - 1; i++) if (!res.commonWords.has(keys[i])) named = true;
    if (!named) return m;
    return retypedFromPerson(m, 'ORG', 'business-name');
  });
}
