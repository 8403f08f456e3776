import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { isKnownTitledSurname, normaliseName } from './actor-kb.js';
import { startsUpper } from './letter-case.js';
import { majorityCountry } from './majority-country.js';

/** Agents of state offices whose holder is of the country the article is about when the title names none. */
const STATE_AGENTS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

/** Words before a title that make it no office held now, or a party's: "former minister", "shadow education secretary". */
const NOT_HELD: ReadonlySet<string> = new Set(['former', 'ex', 'shadow', 'opposition', 'retired', 'late', 'then']);

/** A regnal number ending a name ("Edward III"): a monarch of history, or one the knowledge base knows by name. */
const REGNAL_NUMBER = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3})$/;

/** Last words of a title that may lead a party rather than the state ("deputy leader"): party-titles.ts codes those. */
const PARTY_OFFICES: ReadonlySet<string> = new Set(['leader', 'chairman', 'chairwoman', 'chair']);

/**
 * A person titled with a state office that names no country ("Finance Minister Dilson Funaro", "Home Secretary
 * Charles Clarke", "Energy minister Arturo Hernandez Grisanti") holds it in the country the article is about: the
 * dateline's country ("CARACAS, March 4 -"), else the country of more than half of the article's names that carry one
 * (countries, peoples, seats of power, coded organisations, towns, not persons; each name once), coded with the
 * title's agent (VENGOV, BRAGOV, GBRGOV). With neither the person keeps no country. Left alone: known office holders
 * and a known holder's titled surname ("President Bush"; build-entities.ts codes them by the office held on the
 * article's date, as party-titles.ts leaves them), titles
 * after "former", "ex-", "then", "shadow", "opposition" (no office held now, or the opposition's), monarchs with a
 * regnal number ("King Edward III" in a story about a 1337 charter), a title word that is an ordinary adjective
 * ("the major Brent field", "the official Tanjug agency"), an organisation before the title ("EC Farm Commissioner"),
 * and titles ending in a party office
 * ("deputy leader", "chairman"), which may be a party's.
 * Found in Reuters-21578 wire copy and BBC politics (2004-05): 73 titled persons in reut2-008 had an agent and no
 * country, so no actor code, and events gave them the country of a place nearby ("State Department spokesman Charles
 * Redman" GRCGOV in a story about Greece); in BBC politics most ministers had none (a British title names no country).
 * @param view the article's DocView (keys, sentence of each token)
 * @param res entity resources (`actors`: known office holders)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions, such titled persons given a country (new objects, rule `titled-person+country-before` for a
 *   country word right before the title, `titled-person+article-country` for the article's)
 */
export function officeCountries(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  let country: string | null | undefined;
  let out: RawMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.rule !== 'titled-person' || m.country || m.actor || !m.agent || !STATE_AGENTS.has(m.agent)) continue;
    if (res.actors.has(normaliseName(m.personTokens.join(' '))) || PARTY_OFFICES.has(keys[m.tokStart - 1])) continue;
    if (m.personTokens.length === 1 && m.role && isKnownTitledSurname(res.actors, m.personTokens[0], m.role)) continue;
    const title = m.evidence[0];
    let held = true;
    for (let t = m.tokStart - 1; t >= 0 && t >= m.tokStart - 6 && view.sentenceOf[t] === m.sentence; t--) if (NOT_HELD.has(keys[t]) || keys[t].startsWith('ex-')) held = false;
    if (REGNAL_NUMBER.test(keys[m.tokEnd - 1])) continue;
    if (!held || !title) continue;
    // a one-word "name" after a word that is also a title ("the major Manchester hotels", "the General Election") is
    // no person: the article writes it in lower case or names it as something else
    if (m.tokEnd - m.tokStart === 1 && (view.lowercaseSeen.has(keys[m.tokStart]) || res.commonWords.has(keys[m.tokStart]) || mentions.some((x) => x.type !== 'PERSON' && x.tokEnd - x.tokStart === 1 && keys[x.tokStart] === keys[m.tokStart]))) continue;
    if (companyOfficer(view, res, mentions, m, title.start)) continue;
    if (m.role && ADJECTIVE_TITLES.has(m.role.toLowerCase())) continue;
    // "Nigerian junior foreign minister Dubem Oniya": a country word before the title, lower-case words between
    const before = countryBefore(view, res, mentions, m, title.start);
    // "EC Farm Commissioner Frans Andriessen", "Exxon Corp director …": an organisation's officer, no state's
    if (before === NO_COUNTRY) continue;
    if (before) {
      (out ??= [...mentions])[i] = copyMention(m, { country: before, actor: before + m.agent, rule: 'titled-person+country-before' });
      continue;
    }
    if (country === undefined) country = articleCountry(mentions);
    if (!country) continue;
    (out ??= [...mentions])[i] = copyMention(m, { country, actor: country + m.agent, rule: 'titled-person+article-country' });
  }
  return out ?? [...mentions];
}

/** Last words of titles that companies and associations give as well as states: "President", "senior vice president". */
const COMPANY_TITLE = /(?:^|[\s-])(?:president|chairman|chairwoman|director|secretary|officer|manager|governor)$/;

/** Lower-case words of a sentence about a business, not a state: its officers' titles are the company's. */
const BUSINESS_WORDS: ReadonlySet<string> = new Set(['company', 'firm', 'shares', 'shareholders', 'stake', 'subsidiary', 'merger', 'takeover', 'dividend']);

/** Title words that are ordinary adjectives before a name that is no person: "the major Brent field", "the official Tanjug news agency". */
const ADJECTIVE_TITLES: ReadonlySet<string> = new Set(['major', 'general', 'official', 'private']);

/**
 * Whether a titled person whose title companies also give ("President James Phalan") is more likely an officer of a
 * company or association than of the state: the title follows a capitalised word that is no part of it ("AME
 * President C. Manly Molpus": an unknown organisation's officer; "Education Secretary" is a department), or the
 * sentence names a business or speaks of one ("the company", "shares", "subsidiary"; "Hytek Microsystems Inc said … President James Phalan", "Refco Inc senior vice president Michael
 * Connery"; Reuters-21578, reut2-005).
 * @param titleStart the character offset where the title starts (the mention's evidence)
 */
function companyOfficer(view: DocView, res: EntityResources, mentions: readonly RawMention[], m: RawMention, titleStart: number): boolean {
  const { doc } = view;
  if (!COMPANY_TITLE.test((m.role ?? '').toLowerCase())) return false;
  let t = m.tokStart;
  while (t > 0 && doc.starts[t - 1] >= titleStart) t--;
  // a capitalised word before the title that news writes in lower case too names a department ("Education
  // Secretary", "Treasury Secretary"), any other an organisation ("AME President")
  const before = t - 1;
  if (before >= 0 && view.sentenceOf[before] === m.sentence && startsUpper(doc.text.slice(doc.starts[before], doc.ends[before])) && !res.commonWords.has(view.keys[before])) {
    if (before > doc.sentences[m.sentence].firstToken || doc.pos[before] === 'PROPN') return true;
  }
  if (mentions.some((x) => x.sentence === m.sentence && x.type === 'ORG' && x.agent === 'BUS')) return true;
  // "The company said president Paul Tregurtha …", "… shares to finance expansion, president Jean-Marc Vernes"
  const s = doc.sentences[m.sentence];
  for (let i = s.firstToken; i < s.endToken; i++) if (BUSINESS_WORDS.has(view.keys[i]) && /^\p{Ll}/u.test(doc.text.charAt(doc.starts[i]))) return true;
  return false;
}

/** What {@link countryBefore} gives when an organisation stands before the title. */
const NO_COUNTRY = '-';

/**
 * The country of a place or people mention ending right before the title, with only lower-case words between
 * ("Nigerian junior foreign minister": the title parser takes "foreign minister" and leaves the demonym alone), or null;
 * the words between must modify the title (adjectives and nouns, "junior", "trade"), so "for New York tomorrow with Treasury
 * Secretary Mario Brodersohn" takes no country from New York (Reuters-21578, reut2-005); an organisation there
 * ("EC Farm Commissioner") gives {@link NO_COUNTRY}.
 */
function countryBefore(view: DocView, res: EntityResources, mentions: readonly RawMention[], m: RawMention, titleStart: number): string | null {
  const { doc } = view;
  // a people or place word inside the title span itself ("Saudi Oil Minister" when the title parser missed it)
  for (const x of mentions) if ((x.type === 'NORP' || x.type === 'GPE') && x.country && x.start >= titleStart && x.end <= m.start) return x.country;
  let t = m.tokStart;
  while (t > 0 && doc.starts[t - 1] >= titleStart) t--;
  for (let k = 0; k < 3 && t > 0 && view.sentenceOf[t - 1] === m.sentence; k++) {
    const p = mentions.find((x) => x.tokEnd === t);
    // a capitalised word guessed to be a name ("Oil" in "Saudi Oil Minister") is a word of the title
    if (p && p.type === 'PERSON' && p.weak) {
      t = p.tokStart;
      continue;
    }
    if (p && p.type === 'ORG') {
      // an international body or a business before the title is the office holder's ("EC Farm Commissioner"); a
      // department the tagger took for a name ("Corporate Affairs Minister", "Navy Admiral") is part of the title
      if (p.agent === 'BUS' || (p.actor && !p.country)) return NO_COUNTRY;
      if (p.country) return p.country;
      t = p.tokStart;
      continue;
    }
    if (p) return (p.type === 'NORP' || p.type === 'GPE') && p.country ? p.country : null;
    // only modifiers of the title between ("junior", "senior", "Oil" in "Saudi Oil Minister"), not "New York tomorrow
    // with Treasury Secretary …"
    const word = doc.text.slice(doc.starts[t - 1], doc.ends[t - 1]);
    const lower = /^\p{Ll}+$/u.test(word);
    if (!(lower || (startsUpper(word) && res.commonWords.has(view.keys[t - 1]))) || !(doc.pos[t - 1] === 'ADJ' || doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN' || res.nominalModifiers.has(view.keys[t - 1]))) return null;
    t--;
  }
  return null;
}

/**
 * The dateline's country, else the country of more than half of the names that carry one, each name counted once (a
 * town guessed from the place list and repeated, "Dome" four times in a story about the Millennium Dome, read as a
 * town of Ghana, weighs as one name against "London" and "the Commons"), else null.
 */
function articleCountry(mentions: readonly RawMention[]): string | null {
  const names = new Set<string>();
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.rule === 'dateline-place' && m.country) return m.country;
    // persons are left out: another titled person's country ("Niger's ambassador") is no country of the article
    if (!m.country || m.kind !== 'name' || m.type === 'PERSON') continue;
    const name = `${m.country}|${m.name.toLowerCase()}`;
    if (names.has(name)) continue;
    names.add(name);
    counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  }
  return majorityCountry(counts);
}
