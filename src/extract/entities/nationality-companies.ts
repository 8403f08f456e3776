import type { DocView } from './doc-view.js';
import { copyMention, GUESSED_PERSON_RULES, rawMention, retypedFromPerson, type RawMention } from './raw-mention.js';
import { sortByStart } from './sort-by-start.js';
import { isBusiness } from './organisation-descriptions.js';

/** Head nouns of a single business described by its nationality: "the Dutch electronics group", "a Japanese firm". */
const COMPANY_HEADS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'concern', 'conglomerate', 'manufacturer', 'producer', 'bank', 'insurer', 'airline',
  'retailer', 'brokerage', 'multinational', 'subsidiary', 'unit', 'affiliate', 'shipyard', 'shipbuilder', 'maker',
]);

/** Heads that name a business only after a trade word ("electronics group", "oil producer"): "a Kurdish group" is none. */
const TRADE_WORD_HEADS: ReadonlySet<string> = new Set(['group', 'producer', 'unit']);

/**
 * Words before "group", "producer" or "unit" that make the phrase no business: "militant group", "pressure group",
 * "film producer", "army unit".
 */
const NOT_TRADE_WORDS: ReadonlySet<string> = new Set([
  'militant', 'rebel', 'guerrilla', 'guerilla', 'opposition', 'pressure', 'rights', 'human', 'environmental', 'environmentalist', 'political',
  'religious', 'ethnic', 'terrorist', 'terror', 'extremist', 'separatist', 'armed', 'lobby', 'lobbying', 'advocacy', 'campaign',
  'activist', 'protest', 'civic', 'community', 'peace', 'support', 'study', 'working', 'parliamentary', 'student', 'youth',
  'consumer', 'citizens', 'exile', 'dissident', 'resistance', 'islamist', 'nationalist', 'radical', 'underground',
  'paramilitary', 'militia', 'right-wing', 'left-wing', 'far-right', 'far-left', 'leftist', 'rightist', 'jihadist',
  'film', 'music', 'record', 'television', 'tv', 'theatre', 'theater', 'movie', 'army', 'military', 'police', 'commando', 'special',
  'elite', 'naval', 'research', 'advisory', 'contact', 'task', 'negotiating', 'interest', 'age',
]);

/** Words before "bank" that make it no business: "the West German central bank" is the state's. */
const NOT_BUSINESS_BANKS: ReadonlySet<string> = new Set(['central', 'development', 'reserve', 'national', 'state', 'world']);

/** Determiners before a country's name that make it a modifier of the noun after it: "a U.S. company", "the U.S. unit". */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'another']);

/** Lower-case modifiers taken at most between the demonym and the head ("the French state car group"). */
const MAX_MODIFIERS = 3;

/** Whether token `i` is written in lower case (hyphens allowed: "state-owned"). */
function lowerWord(view: DocView, i: number): boolean {
  const { doc } = view;
  return /^\p{Ll}[\p{Ll}-]*$/u.test(doc.text.slice(doc.starts[i], doc.ends[i]));
}

/** Whether token `i` is a head noun of a business ("group", "firm", or a "-maker" word: "chipmaker"). */
function isHead(view: DocView, i: number): boolean {
  const key = view.keys[i];
  return COMPANY_HEADS.has(key) || (key.endsWith('maker') && key.length > 5);
}

/**
 * A demonym before lower-case trade words and a business noun — "the Dutch electronics group", "a Japanese firm", "the
 * French state car group", "a British securities firm", "a West German chipmaker" — describes one business of that
 * country: an organisation coded country + BUS (NLDBUS), not the country. The demonym had been a people mention coded
 * NLD, and events gave the company's acts to the Netherlands (hand check of Reuters-21578 reut2-015: "In March, the
 * Dutch electronics group announced…" coded NLD). "group", "producer" and "unit" need a trade word before them and none
 * of politics, arms or the arts ("the Kurdish rebel group", "a French film producer" are left alone); a central or
 * development bank is the state's. When a name follows the description ("the West German electronics group Siemens
 * AG", "the Dutch salvage firm Smit International") or stands before it as ", a …" ("Philips Home Interactive Systems,
 * a Dutch electronics firm"), the description is a mention of that company (its key), which takes the country and
 * agent BUS when it has no country (a guessed person there is the company). A definite description after a business of
 * that country ("Toyota Motor Corp … The Japanese carmaker said") is left to organisation-descriptions.ts,
 * which links it to that business. Else the description is its own organisation (rule `nationality-company`), output as
 * a `nominal` (group-descriptions.ts). A country's name as the possessor reads the same ("China's state oil firm",
 * "Chile's biggest copper company": CHNBUS, CHLBUS; the country had been the speaker of "…firm said", coded CHN).
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such demonyms replaced by company descriptions (new array, in text order)
 */
export function nationalityCompanies(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  let out: RawMention[] | null = null;
  for (let k = 0; k < (out ?? mentions).length; k++) {
    const list: readonly RawMention[] = out ?? mentions;
    const m = list[k];
    if (m.kind !== 'name' || !m.country) continue;
    // a demonym ("the Dutch electronics group"), or a country's name used as one after a determiner ("a U.S. company")
    const det = m.tokStart - 1;
    const determined = det >= 0 && sentenceOf[det] === m.sentence && DETERMINERS.has(keys[det]);
    // "China's state oil firm", "Chile's biggest copper company": a country's name as the business's possessor
    const possessor = m.type === 'GPE' && m.rule === 'country-name' && (keys[m.tokEnd] === "'s" || keys[m.tokEnd] === "'") && sentenceOf[m.tokEnd] === m.sentence;
    if (!((m.type === 'NORP' && m.rule === 'demonym') || (m.type === 'GPE' && m.rule === 'country-name' && (determined || possessor)))) continue;
    const covered = (i: number) => list.some((x) => x.tokStart <= i && x.tokEnd > i);
    let h = possessor && !determined ? m.tokEnd + 1 : m.tokEnd;
    while (h < doc.tokenCount && h - m.tokEnd < MAX_MODIFIERS && sentenceOf[h] === m.sentence && !isHead(view, h) && lowerWord(view, h) && (doc.pos[h] === 'NOUN' || doc.pos[h] === 'ADJ' || doc.pos[h] === 'VERB') && !covered(h)) h++;
    if (h >= doc.tokenCount || sentenceOf[h] !== m.sentence || !isHead(view, h) || !lowerWord(view, h) || covered(h)) continue;
    const head = keys[h];
    const mods = keys.slice(possessor && !determined ? m.tokEnd + 1 : m.tokEnd, h);
    if (TRADE_WORD_HEADS.has(head) && (mods.length === 0 || mods.some((w) => NOT_TRADE_WORDS.has(w)))) continue;
    if (head === 'bank' && mods.some((w) => NOT_BUSINESS_BANKS.has(w))) continue;
    const next = h + 1 < doc.tokenCount && sentenceOf[h + 1] === m.sentence ? h + 1 : -1;
    // "a Japanese firm spokesman", "a British group of investors": the noun phrase goes on
    if (next >= 0 && ((lowerWord(view, next) && doc.pos[next] === 'NOUN') || (head === 'group' && keys[next] === 'of'))) continue;
    const after = list.find((x) => x.kind === 'name' && next >= 0 && x.tokStart === next);
    // ", a Dutch electronics firm": the name before the comma and determiner (not ", the Canadian firm's U.S. arm")
    const before =
      determined && det >= 2 && keys[det] !== 'another' && keys[det - 1] === ',' && sentenceOf[det - 1] === m.sentence && keys[h + 1] !== "'s"
        ? list.find((x) => x.kind === 'name' && x.tokEnd === det - 1)
        : undefined;
    // "Toyota Motor Corp raised its forecast. The Japanese carmaker said…": a definite description after a business of
    // that country named before is that business, which organisation-descriptions.ts links it to (not after one of no
    // known country: it took "the Japanese firm" for Fairchild Semiconductor, "the Swiss chemicals firm" for Phillips
    // Petroleum, Reuters-21578 reut2-005, reut2-009)
    if (!after && !before && keys[det] === 'the' && list.some((x) => x.end <= m.start && x.kind === 'name' && isBusiness(x) && x.country === m.country)) continue;
    let company = after ?? before;
    if (company && company.type !== 'ORG' && !(company.type === 'PERSON' && GUESSED_PERSON_RULES.has(company.rule))) company = undefined;
    // "Norrvik Motor and Atlas Electric, the Swedish firm said": a company of another country is another company
    if (company && company.country && company.country !== m.country) company = undefined;
    const place = { start: m.start, end: doc.ends[h], tokStart: m.tokStart, tokEnd: h + 1, sentence: m.sentence, evidence: company ? [{ start: company.start, end: company.end }] : [] };
    const surface = doc.text.slice(m.start, doc.ends[h]).replace(/\s+/g, ' ');
    const updated: RawMention[] = [...list];
    if (company) {
      const i = updated.indexOf(company);
      let c = company.type === 'PERSON' ? retypedFromPerson(company, 'ORG', `${company.rule}+nationality-company`) : company;
      if (!c.country) c = copyMention(c, { country: m.country, agent: 'BUS', actor: m.country + 'BUS', rule: c === company ? `${c.rule}+nationality-company` : c.rule });
      updated[i] = c;
      updated[k] = rawMention(place, { kind: 'name', type: 'ORG', key: c.key, name: c.name, actor: c.actor, country: c.country, agent: c.agent, role: head, rule: 'nationality-company', confidence: 0.75 });
    } else {
      updated[k] = rawMention(place, { kind: 'name', type: 'ORG', key: `ORG|${m.country}BUS|${surface.toLowerCase()}`, name: surface, actor: m.country + 'BUS', country: m.country, agent: 'BUS', role: head, rule: 'nationality-company', confidence: 0.75 });
    }
    sortByStart(updated);
    out = updated;
  }
  return out ?? [...mentions];
}
