import type { DraftEntity } from './build-entities.js';
import type { DocView } from './doc-view.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { sortByStart } from './sort-by-start.js';

/**
 * Head nouns of a definite description of a business ("the company said", "the Japanese carmaker", "the bank's
 * chief"), and the words a business's name may end in when the entity layer gave it no agent code.
 */
const BUSINESS_HEADS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'carrier', 'airline', 'retailer', 'lender', 'insurer', 'carmaker', 'automaker',
  'manufacturer', 'conglomerate', 'corporation', 'chain', 'broadcaster', 'publisher', 'operator', 'supplier', 'utility',
]);
const BUSINESS_NAME_ENDS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'plc', 'llc', 'group', 'holdings',
  'bank', 'airlines', 'airways', 'motors', 'securities', 'insurance', 'industries', 'technologies', 'enterprises',
]);
/**
 * Words of an organisation's name that make it a public body, an association or an institution, not a business: an
 * organisation so named and with no agent code is no antecedent of "the company" (lower case).
 */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'office', 'treasury', 'commission', 'ministry', 'department', 'institute', 'institution', 'council', 'agency', 'authority',
  'association', 'union', 'organisation', 'organization', 'fund', 'committee', 'court', 'party', 'university', 'college',
  'school', 'federation', 'chamber', 'confederation', 'bureau', 'board', 'parliament', 'assembly', 'congress', 'senate',
  'government', 'exchange', 'reserve', 'police', 'army', 'navy', 'church', 'foundation', 'society', 'league', 'forum',
  'centre', 'center', 'service', 'services', 'administration', 'statistics', 'panel', 'tribunal', 'regulator', 'commissioner',
]);
/** Heads of a description that name no particular kind of business ("the company", "the firm"). */
const ANY_BUSINESS_HEADS: ReadonlySet<string> = new Set(['company', 'firm']);

/** Entity rules that make an organisation a business (business-names.ts, company-suffixes.ts). */
const BUSINESS_RULES: ReadonlySet<string> = new Set(['business-name', 'company-suffix']);
/**
 * Tags of the words allowed between "the" and the head ("the Japanese carmaker", "the oil company"); a proper noun only
 * as a country or demonym ("the US bank"), never as part of a name ("the Ansar group").
 */
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);
const MAX_MODIFIERS = 3;

/**
 * Whether an entity (or a name mention) is a business a description can take up: agent BUS or MED, or a business name
 * ending; not a group phrase. Shared with nationality-companies.ts, which leaves "the Japanese carmaker" to this step
 * when a business of that country was named before it.
 */
export function isBusiness(e: Pick<DraftEntity, 'type' | 'rule' | 'agent' | 'name'>): boolean {
  // a group phrase ("US companies", "Turkish firms") is many businesses, not one
  if (e.type !== 'ORG' || e.rule.startsWith('country-group')) return false;
  if (e.agent === 'BUS' || e.agent === 'MED') return true;
  if (e.agent !== null) return false;
  if (BUSINESS_RULES.has(e.rule)) return true;
  const last = e.name.toLowerCase().split(/\s+/).pop() ?? '';
  return BUSINESS_NAME_ENDS.has(last);
}

/**
 * Links definite descriptions of a business — "the company", "the firm", "the Japanese carmaker", "the bank's" — to
 * the business the article named most often before them, the latest named on a tie (an organisation with agent BUS or MED, a business name found by its trade
 * word or company suffix, or a name ending in Inc, Corp, Group, Bank…): news names a company once and then writes "the company said" (GUM and OntoNotes mark such
 * descriptions as coreferent with the name). "the group" and "the bank" need an antecedent with agent BUS or MED
 * or a name ending in that word (a rebel group, the World Bank's lending arm are left alone). "the company" and "the firm" may also be an
 * organisation with no agent code whose name marks no public body ({@link uncodedCompany}: "EMI", "Krispy Kreme"), of the
 * description's country when it states one. A description
 * followed by "of" or a capitalised name ("the company of friends", "the firm Acme") is none; one with no business
 * named before it is dropped. A country or demonym in the description must be the business's ("the US firm" is no
 * Fiat); "the central bank" is no business. The mention is a `nominal` of the entity (rule `organisation-description`, evidence:
 * the antecedent name), so a quote's speaker "the company" resolves to the business and its actor code.
 * @param view the article's DocView
 * @param entities draft entities after names and person descriptions are resolved; matched descriptions are
 *   appended to their `mentions` (kept sorted by start)
 * @returns the number of descriptions linked
 */
export function linkOrganisationDescriptions(view: DocView, entities: readonly DraftEntity[]): number {
  const { doc, keys, sentenceOf } = view;
  const businesses = entities.filter((e) => isBusiness(e) || uncodedCompany(e));
  if (businesses.length === 0) return 0;
  // the type of the entity whose mention covers each token: a description holds no name but a country or demonym
  const covered: (string | undefined)[] = new Array(doc.tokenCount);
  // and the first entity covering it, whose country a demonym or country inside a description gives
  const coverer: (DraftEntity | undefined)[] = new Array(doc.tokenCount);
  for (const e of entities) {
    for (const m of e.mentions) {
      for (let t = m.tokStart; t < m.tokEnd; t++) {
        covered[t] = e.type;
        coverer[t] ??= e;
      }
    }
  }
  const modifierFree = (t: number) => covered[t] === undefined || covered[t] === 'NORP' || covered[t] === 'GPE';
  let linked = 0;
  const linkedTo = new Set<DraftEntity>();
  for (let i = 0; i < doc.tokenCount; i++) {
    if (keys[i] !== 'the') continue;
    let h = i + 1;
    while (h < doc.tokenCount && h - i - 1 < MAX_MODIFIERS && !BUSINESS_HEADS.has(keys[h]) && MODIFIER_POS.has(doc.pos[h]) && modifierFree(h) && sentenceOf[h] === sentenceOf[i]) h++;
    if (h >= doc.tokenCount || !BUSINESS_HEADS.has(keys[h]) || covered[h] !== undefined || covered[i] !== undefined || sentenceOf[h] !== sentenceOf[i]) continue;
    const next = h + 1 < doc.tokenCount && sentenceOf[h + 1] === sentenceOf[h] ? h + 1 : -1;
    if (next >= 0 && (keys[next] === 'of' || doc.pos[next] === 'PROPN' || doc.pos[next] === 'NOUN')) continue;
    const start = doc.starts[i];
    const end = doc.ends[h];
    const head = keys[h];
    // "the central bank" is no business; "the US firm" is a business of that country
    if (head === 'bank' && keys[h - 1] === 'central') continue;
    let country: string | null = null;
    for (let t = i + 1; t < h; t++) if (covered[t] !== undefined) country = coverer[t]!.country;
    // the business named most often before the description (the story's subject), the latest named on a tie
    let best: DraftEntity | undefined;
    let bestCount = 0;
    let bestAt = -1;
    let evidence: { start: number; end: number } | undefined;
    for (const e of businesses) {
      // an organisation of no stated trade ("EMI", "Krispy Kreme": no agent code) is only "the company" or "the firm"
      if (!isBusiness(e) && !ANY_BUSINESS_HEADS.has(head)) continue;
      if ((head === 'group' || head === 'bank') && e.agent !== 'BUS' && !e.name.toLowerCase().endsWith(head)) continue;
      if (country !== null && e.country !== null && e.country !== country) continue;
      // "The US firm" is no uncoded organisation of no known country (Maserati after General Motors)
      if (country !== null && !isBusiness(e) && e.country !== country) continue;
      let count = 0;
      let last: RawMention | undefined;
      for (const m of e.mentions) {
        if (m.kind !== 'name' || m.start >= start) continue;
        count++;
        if (!last || m.start > last.start) last = m;
      }
      if (!last || count < bestCount || (count === bestCount && last.start < bestAt)) continue;
      best = e;
      bestCount = count;
      bestAt = last.start;
      evidence = { start: last.start, end: last.end };
    }
    if (!best || !evidence) continue;
    best.mentions.push(
      rawMention(
        { start, end, tokStart: i, tokEnd: h + 1, sentence: sentenceOf[i], evidence: [evidence] },
        { kind: 'nominal', type: 'ORG', key: best.key, name: best.name, actor: best.actor, country: best.country, agent: best.agent, rule: 'organisation-description', confidence: 0.6 },
      ),
    );
    linkedTo.add(best);
    linked++;
    i = h;
  }
  // the loop counts and compares mentions in any order: each entity's list is sorted once
  for (const e of linkedTo) sortByStart(e.mentions);
  return linked;
}

/**
 * Whether an organisation with no agent code may be "the company" or "the firm" named before: not a group phrase, and no
 * word of its name marks a public body or institution ({@link INSTITUTION_WORDS}: "Treasury", "Office for National
 * Statistics", "Institute for Fiscal Studies"). Business news names most companies without a legal form or a trade word
 * ("EMI", "Krispy Kreme", "UK Coal"), and the tagger gives them no agent: BBC business (2004-05) + Reuters reut2-013, 32 of
 * 177 quotes by "the company"/"the firm" had no speaker, most after such a name.
 */
function uncodedCompany(e: DraftEntity): boolean {
  if (e.type !== 'ORG' || e.agent !== null || e.actor !== null || e.rule.startsWith('country-group')) return false;
  for (const w of e.name.toLowerCase().split(/[\s-]+/)) if (INSTITUTION_WORDS.has(w)) return false;
  return true;
}
