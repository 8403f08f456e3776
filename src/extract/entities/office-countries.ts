import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { isKnownTitledSurname, normaliseName, officeHoldersOn, type KnownPerson } from './actor-kb.js';
import { startsUpper } from './letter-case.js';
import { majorityCountry } from './majority-country.js';
import { matchAt } from './gazetteer.js';

/** Agents of state offices whose holder is of the country the article is about when the title names none. */
const STATE_AGENTS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

/** Words before a title that make it no office held now, or a party's: "former minister", "shadow education secretary" (also read by resolve-nominals.ts). */
export const NOT_HELD: ReadonlySet<string> = new Set(['former', 'ex', 'shadow', 'opposition', 'retired', 'late', 'then']);

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
 * A country named right after the name ("Energy Minister Ana Ruiz of Colombia") is his (rule
 * `titled-person+country-after`). A head of state's or government's title ("President", "King", "Prime Minister")
 * whose office the knowledge base lists as held by someone else in the article's country on its date, or that names no
 * office the country had, is no office of that country ("President Francesco Cossiga" in a Washington story of 1987,
 * when Reagan was; "King Faisal" in a London one, under Queen Elizabeth): he takes the one other country of his
 * sentence, else (for a title the country had no office of) the country the story names most besides the dateline's,
 * when that country conflicts less; another holder of the same office counts only for a capitalised title
 * ({@link officeConflict}; rule `titled-person+office-held-there`); a king of a country with no king and no other
 * country keeps none.
 * Found in Reuters-21578 wire copy and BBC politics (2004-05): 73 titled persons in reut2-008 had an agent and no
 * country, so no actor code, and events gave them the country of a place nearby ("State Department spokesman Charles
 * Redman" GRCGOV in a story about Greece); in BBC politics most ministers had none (a British title names no country).
 * @param view the article's DocView (keys, sentence of each token)
 * @param res entity resources (`actors`: known office holders)
 * @param mentions mentions in text order (not modified)
 * @param date the article's publication date (YYYY-MM-DD…) or null; without one no office holder is looked up
 * @returns the mentions, such titled persons given a country (new objects, rule `titled-person+country-before` for a
 *   country word right before the title, `titled-person+country-after` for one after the name,
 *   `titled-person+article-country` for the article's, `titled-person+office-held-there` as above)
 */
export function officeCountries(view: DocView, res: EntityResources, mentions: readonly RawMention[], date: string | null = null): RawMention[] {
  const { keys } = view;
  let story: StoryCountries | undefined;
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
    // "Energy Minister Ana Ruiz of Colombia": the country named right after the name
    const after = countryAfter(mentions, m, keys);
    if (after) {
      (out ??= [...mentions])[i] = copyMention(m, { country: after, actor: after + m.agent, rule: 'titled-person+country-after' });
      continue;
    }
    if (story === undefined) story = storyCountries(mentions);
    // "Mora Vidal, who arrived here on Sunday", "the visiting Finance Minister": a visitor holds no office of
    // the dateline's country, but of the country the story is otherwise about
    let country = story.dateline && isVisitor(view, mentions, m, story.dateline) ? (sentenceCountry(mentions, m, story.dateline) ?? story.besidesDateline) : story.about;
    // "BRUSSELS - … Deputy Foreign Minister Li Wei said": a story datelined where international bodies meet that names
    // the host country nowhere else is about others' officials: the country of his sentence, else the one the story
    // names most besides the host, else the only other country it names; never the host's
    if (country && country === story.dateline && hostedAbroad(view, mentions, story.dateline)) country = sentenceCountry(mentions, m, story.dateline) ?? story.besidesDateline ?? soleOtherCountry(mentions, story.dateline);
    if (!country) continue;
    let rule = 'titled-person+article-country';
    // "President Francesco Cossiga" in a Washington story of 1987: the USA's president that day was Reagan, so the
    // title is another country's: the one other country of his sentence, else the one the story names most besides
    let conflict = date && m.role ? officeConflict(res, m, country, date) : NO_CONFLICT;
    // another holder of the same office is weak evidence: a past holder (someone appointed by an earlier president, in a
    // 1987 story) or an association's ("council president Darwin E. Stolte") may be meant; only a capitalised title
    // and a country his own sentence names outweigh it
    if (conflict === OTHER_HOLDER && !startsUpper(view.doc.text.slice(title.start, title.end))) conflict = NO_CONFLICT;
    if (conflict !== NO_CONFLICT) {
      const other = sentenceCountry(mentions, m, country) ?? (conflict === NO_SUCH_OFFICE && country === story.dateline ? story.besidesDateline : null);
      // the other country is taken when its own conflict is weaker ("King Faisal" of 1967 under King Fahd in a
      // 1987 story: a past king of a kingdom, not a king of the Queen's Britain)
      if (other && officeConflict(res, m, other, date!) < conflict) {
        country = other;
        rule = 'titled-person+office-held-there';
      } else if (conflict === NO_SUCH_OFFICE) continue;
    }
    (out ??= [...mentions])[i] = copyMention(m, { country, actor: country + m.agent, rule });
  }
  return out ?? [...mentions];
}

/**
 * Offices one person holds at a time in a country, as the knowledge base writes them (normalised): heads of state and
 * government. A monarch's or president's title conflicts with any head of state of the country; a head of
 * government's only with the same office.
 */
const HEAD_OFFICES: ReadonlySet<string> = new Set(['prime minister', 'chancellor', 'premier']);
const HEADS_OF_STATE: ReadonlySet<string> = new Set(['president', 'king', 'queen', 'emperor', 'empress', 'emir', 'sultan', 'shah']);

/** {@link officeConflict}: nobody else listed in the office, or the knowledge base knows too little. */
const NO_CONFLICT = 0;
/** {@link officeConflict}: another person held the same office there that day (a past or future holder may be meant). */
const OTHER_HOLDER = 1;
/** {@link officeConflict}: the country's head of state that day held another title ("King" under a queen or a president). */
const NO_SUCH_OFFICE = 2;

/**
 * How the knowledge base's office holders of `country` on `date` conflict with `m`'s title: {@link OTHER_HOLDER} when a
 * person other than `m` held that office ({@link HEAD_OFFICES}, the same office; {@link HEADS_OF_STATE}, the same
 * title), {@link NO_SUCH_OFFICE} when a head of state's title ("King") names no office the country had (its listed head
 * of state held another: "Queen", "President"), else {@link NO_CONFLICT}. The other person is not `m` when no word of
 * `m`'s name is a word of that person's name or aliases.
 */
function officeConflict(res: EntityResources, m: RawMention, country: string, date: string): number {
  const title = normaliseName(m.role ?? '');
  const state = HEADS_OF_STATE.has(title);
  if (!state && !HEAD_OFFICES.has(title)) return NO_CONFLICT;
  const own = new Set(m.personTokens.map((t) => normaliseName(t)));
  const isOwn = (p: KnownPerson) => [p.name, ...p.aliases].some((n) => normaliseName(n).split(' ').some((w) => own.has(w)));
  const holders = officeHoldersOn(res.actors, country, date, state ? (r) => HEADS_OF_STATE.has(r) : (r) => r === title);
  if (holders.length === 0 || holders.some(isOwn)) return NO_CONFLICT;
  if (!state) return OTHER_HOLDER;
  // the same title held by another ("President" under President Reagan), or only other titles ("King" under the Queen)
  return officeHoldersOn(res.actors, country, date, (r) => r === title).length > 0 ? OTHER_HOLDER : NO_SUCH_OFFICE;
}

/** The country of a country or place named right after the name, "… Perry Rubio of Colombia", or null. */
function countryAfter(mentions: readonly RawMention[], m: RawMention, keys: readonly string[]): string | null {
  if (keys[m.tokEnd] !== 'of') return null;
  const x = mentions.find((y) => y.tokStart === m.tokEnd + 1 && y.kind === 'name');
  return x && x.type === 'GPE' && x.country ? x.country : null;
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

/** The country with more counts than any other and at least two, or null. */
function pluralityCountry(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  let second = 0;
  for (const [c, n] of counts) {
    if (n > most) {
      second = most;
      [best, most] = [c, n];
    } else if (n > second) second = n;
  }
  return most >= 2 && most > second ? best : null;
}

/**
 * The one country other than the dateline's that the sentence of a titled person names ("LONDON - Brazil is not happy
 * …, Finance Minister Dilson Funaro said"), or null when it names none or several.
 */
function sentenceCountry(mentions: readonly RawMention[], m: RawMention, dateline: string): string | null {
  let found: string | null = null;
  for (const x of mentions) {
    if (x.sentence !== m.sentence || x.kind !== 'name' || x.type === 'PERSON' || !x.country || x.country === dateline || x.rule === 'dateline-place') continue;
    if (found && found !== x.country) return null;
    found = x.country;
  }
  return found;
}

/** Whether token `i` may modify a title: a lower-case or ordinary capitalised adjective or noun ("junior", "Oil", "trade"). */
function titleWord(view: DocView, res: EntityResources, i: number): boolean {
  const { doc } = view;
  const word = doc.text.slice(doc.starts[i], doc.ends[i]);
  const lower = /^\p{Ll}+$/u.test(word);
  // a capitalised portfolio word is one too ("EC Fisheries Commissioner": the organisation before it is the office's)
  if (startsUpper(word) && res.portfolioWords.has(view.keys[i])) return true;
  return (lower || (startsUpper(word) && res.commonWords.has(view.keys[i]))) && (doc.pos[i] === 'ADJ' || doc.pos[i] === 'NOUN' || doc.pos[i] === 'PROPN' || res.nominalModifiers.has(view.keys[i]));
}

/** Words of a title's modifiers (and "and" between them) walked back over to the country before it: "Agriculture and Livestock Development". */
const MAX_TITLE_MODIFIERS = 5;

/** What {@link countryBefore} gives when an organisation stands before the title. */
const NO_COUNTRY = '-';

/**
 * The country of a place or people mention ending right before the title, with only lower-case words between
 * ("Nigerian junior foreign minister": the title parser takes "foreign minister" and leaves the demonym alone), or of a
 * possessor ("Ecuador's deputy energy minister", "Tanzania's Agriculture and Livestock Development Minister": were
 * VENGOV and UGAGOV from Caracas and Kampala datelines, Reuters-21578), or null;
 * the words between must modify the title (adjectives and nouns, "junior", "trade"), so "for Boston on Friday with Treasury
 * Secretary Pablo Ruiz" takes no country from Boston (Reuters-21578, reut2-005); an organisation there
 * ("EC Farm Commissioner") gives {@link NO_COUNTRY}.
 */
function countryBefore(view: DocView, res: EntityResources, mentions: readonly RawMention[], m: RawMention, titleStart: number): string | null {
  const { doc } = view;
  // a people or place word inside the title span itself ("Saudi Oil Minister" when the title parser missed it)
  for (const x of mentions) if ((x.type === 'NORP' || x.type === 'GPE') && x.country && x.start >= titleStart && x.end <= m.start) return x.country;
  // an international body or a business inside the title span ("EC Fisheries Commissioner" read as one title): its officer
  for (const x of mentions) if (x.type === 'ORG' && x.start >= titleStart && x.end <= m.start && (x.agent === 'BUS' || (x.actor && !x.country))) return NO_COUNTRY;
  let t = m.tokStart;
  while (t > 0 && doc.starts[t - 1] >= titleStart) t--;
  for (let k = 0; k < MAX_TITLE_MODIFIERS && t > 0 && view.sentenceOf[t - 1] === m.sentence; k++) {
    // "Ecuador's deputy energy minister", "Saudi Arabia's Oil Minister": the possessor before the title
    if (view.keys[t - 1] === "'s" || view.keys[t - 1] === "'") {
      const q = mentions.find((x) => x.tokEnd === t - 1 && x.kind === 'name');
      if (q && q.type === 'ORG' && (q.agent === 'BUS' || (q.actor && !q.country))) return NO_COUNTRY;
      return q && (q.type === 'GPE' || q.type === 'NORP' || q.type === 'ORG') && q.country ? q.country : null;
    }
    const p = mentions.find((x) => x.tokEnd === t);
    // a capitalised word guessed to be a name ("Oil" in "Saudi Oil Minister") is a word of the title
    if (p && p.type === 'PERSON' && p.weak) {
      // … unless it holds a known body ("EC Fisheries" guessed as one name)
      if (knownBodyIn(view, res, p.tokStart, t)) return NO_COUNTRY;
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

    // "Ecuador energy and mines minister": title words joined by "and"
    // (never right before the title: "the trade secretary of Peru and Energy Minister Ana Ruiz of Colombia")
    // whose word before "and" is a title word too, or a capitalised one guessed to be a name ("Agriculture"), not a place
    const before = mentions.find((x) => x.tokEnd === t - 1);
    const joined = k > 0 && (view.keys[t - 1] === 'and' || view.keys[t - 1] === '&') && t >= 2 && (before ? before.type === 'ORG' || (before.type === 'PERSON' && before.weak) : titleWord(view, res, t - 2));
    // a known international body or company no mention holds ("EC" of "EC Fisheries Commissioner"): its officer
    if (!joined && knownBodyIn(view, res, Math.max(view.doc.sentences[m.sentence].firstToken, t - 4), t)) return NO_COUNTRY;
    if (!joined && !titleWord(view, res, t - 1)) return null;
    t--;
  }
  return null;
}

/**
 * Cities where international bodies sit and meet, whose datelines mostly head stories about other countries' officials
 * (the European Communities and NATO in Brussels and Luxembourg, the Council of Europe in Strasbourg, UN bodies, GATT
 * and the WTO in Geneva, the IAEA and OPEC in Vienna, the ICJ in The Hague); lower case, as the dateline is written.
 */
const HOST_CITIES: ReadonlySet<string> = new Set(['brussels', 'luxembourg', 'strasbourg', 'geneva', 'vienna', 'the hague']);

/**
 * Whether the story's dateline is a {@link HOST_CITIES} city and the story names the dateline's country nowhere else (no
 * "Belgium", "Belgian", "Antwerp" besides the dateline and the city itself): its officials are then others'.
 * @param dateline the dateline's country code
 */
function hostedAbroad(view: DocView, mentions: readonly RawMention[], dateline: string): boolean {
  const place = mentions.find((x) => x.rule === 'dateline-place');
  if (!place) return false;
  const city = view.doc.text.slice(place.start, place.end).toLowerCase();
  if (!HOST_CITIES.has(city)) return false;
  return !mentions.some((x) => x !== place && x.country === dateline && x.kind === 'name' && x.name.toLowerCase() !== city);
}

/** The one country other than `dateline` that the story's non-person names carry, or null when none or several. */
function soleOtherCountry(mentions: readonly RawMention[], dateline: string): string | null {
  let found: string | null = null;
  for (const x of mentions) {
    if (x.kind !== 'name' || x.type === 'PERSON' || !x.country || x.country === dateline || x.rule === 'dateline-place') continue;
    if (found && found !== x.country) return null;
    found = x.country;
  }
  return found;
}

/**
 * Whether a known organisation of the gazetteer with no country, or a business, starts at a token of `[a, b)` and ends by
 * `b` ("IMF"), or a token there is an ambiguous acronym of such a body (`res.ambiguousAliases`: "EC" of "EC Fisheries").
 */
function knownBodyIn(view: DocView, res: EntityResources, a: number, b: number): boolean {
  const { doc } = view;
  for (let i = a; i < b; i++) {
    // an acronym of such a body that also names other things ("EC"): an organisation's title all the same
    const acronym = res.ambiguousAliases.get(doc.text.slice(doc.starts[i], doc.ends[i]));
    if (acronym && ((acronym.actor && !acronym.country) || acronym.agent === 'BUS')) return true;
    for (const g of matchAt(res.gazetteer, view.doc, view.keys, i, b)) {
      if (g.phrase.entries.some((e) => e.kind === 'org' && e.type === 'ORG' && ((e.actor && !e.country) || e.agent === 'BUS'))) return true;
    }
  }
  return false;
}

/** The countries a story is about, for titles that name none (see {@link storyCountries}). */
export interface StoryCountries {
  /** The dateline's country, or null. */
  dateline: string | null;
  /** The country a titled person of the story is taken to serve. */
  about: string | null;
  /** The country most mentions of other countries than the dateline's carry (strictly more than any other, two at least): a visitor's. */
  besidesDateline: string | null;
}

/** How many times more names than the dateline's country (besides the dateline) another country must have to win over it. */
const OTHER_COUNTRY_FACTOR = 2;

/** The fewest names of another country that may outweigh the dateline. */
const MIN_OTHER_NAMES = 3;

/** Rules of group descriptions ("U.S. companies", "Brazilian authorities", "a U.S. bank"), which name no place of the story. */
const DESCRIPTION_RULES: ReadonlySet<string> = new Set(['country-group', 'country-group-plural', 'nationality-company']);

/**
 * The countries of a story: the dateline's, and the country of more than half of the names that carry one, each name
 * counted once (a town guessed from the place list and repeated, "Dome" four times in a story about the Millennium
 * Dome, read as a town of Ghana, weighs as one name against "London" and "the Commons"). The story is about the
 * dateline's country unless another country has the majority of the names that are no group descriptions, with at
 * least three of them and more than twice as many as the dateline's country besides the dateline, which the lead's
 * subject is of ({@link leadCountry}): a wire story datelined where the reporter sits ("CAIRO - Sudan has rejected…",
 * Reuters-21578) is about the country its names are of; "CARACAS - Petroleos de Venezuela said … a Corpus Christi, Texas
 * refinery" is Venezuela's however many U.S. places it names.
 */
export function storyCountries(mentions: readonly RawMention[]): StoryCountries {
  const names = new Set<string>();
  const counts = new Map<string, number>();
  // the same without descriptions ("U.S. companies", "a U.S. bank"): what may outweigh a dateline is names
  const proper = new Map<string, number>();
  let dateline: string | null = null;
  for (const m of mentions) {
    if (m.rule === 'dateline-place' && m.country) {
      dateline ??= m.country;
      continue;
    }
    // persons are left out: another titled person's country ("Niger's ambassador") is no country of the article
    if (!m.country || m.kind !== 'name' || m.type === 'PERSON') continue;
    const name = `${m.country}|${m.name.toLowerCase()}`;
    if (names.has(name)) continue;
    names.add(name);
    counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
    if (!DESCRIPTION_RULES.has(m.rule)) proper.set(m.country, (proper.get(m.country) ?? 0) + 1);
  }
  const majority = majorityCountry(counts);
  let besidesDateline: string | null = null;
  if (dateline) {
    // a visitor's country: every mention counts, as the visitor's own country is the one the story keeps naming
    // ("Brazil" eight times beside the one mention each of the capitals of his tour)
    const rest = new Map<string, number>();
    for (const m of mentions) if (m.country && m.country !== dateline && m.kind === 'name' && m.type !== 'PERSON' && m.rule !== 'dateline-place') rest.set(m.country, (rest.get(m.country) ?? 0) + 1);
    besidesDateline = pluralityCountry(rest);
  }
  if (!dateline) return { dateline, about: majority, besidesDateline };
  const other = majorityCountry(proper);
  const weight = other && other !== dateline ? proper.get(other)! : 0;
  const outweighs = weight >= MIN_OTHER_NAMES && weight > OTHER_COUNTRY_FACTOR * (proper.get(dateline) ?? 0) && leadCountry(mentions) === other;
  return { dateline, about: outweighs ? other : dateline, besidesDateline };
}

/**
 * The persons a visit word at token `i` of sentence `s` speaks of: the person named last before it, with the persons
 * coordinated with that one ("Funaro and Gros … will this week visit Britain"); not a person named before another
 * ("the cabinet of president Tomas Arrieta … the visit of the Austrian president, Karl
 * Brenner, who lands today").
 */
function visitsOf(view: DocView, mentions: readonly RawMention[], s: number, i: number): RawMention[] {
  const { keys } = view;
  const before = mentions.filter((x) => x.sentence === s && x.type === 'PERSON' && x.kind === 'name' && x.tokEnd <= i);
  if (before.length === 0) return [];
  const group = [before[before.length - 1]];
  for (let k = before.length - 2; k >= 0; k--) {
    let joined = true;
    for (let t = before[k].tokEnd; t < group[group.length - 1].tokStart && joined; t++) joined = keys[t] === ',' || keys[t] === 'and';
    if (!joined) break;
    group.push(before[k]);
  }
  return group;
}

/**
 * The country of the first place, people or organisation named after the dateline in the first sentence, the lead's
 * subject ("CAIRO - Sudan has rejected…" gives SDN; "CARACAS - Petroleos de Venezuela said…" VEN), or null.
 */
function leadCountry(mentions: readonly RawMention[]): string | null {
  for (const m of mentions) {
    if (m.sentence > 0) return null;
    if (m.kind !== 'name' || m.rule === 'dateline-place') continue;
    return m.type === 'PERSON' ? null : m.country;
  }
  return null;
}

/** Words of coming to a place: a titled person in a sentence with one, going to the dateline's country, is a visitor. */
const VISIT_WORDS: ReadonlySet<string> = new Set(['visit', 'visits', 'visited', 'visiting', 'tour', 'trip', 'arrived', 'arrives', 'arriving', 'arrival', 'stopover']);

/** Visit words that need no place after them to mean coming here: "who arrived last night". */
const ARRIVAL_WORDS: ReadonlySet<string> = new Set(['arrived', 'arrives', 'arriving', 'arrival']);

/** Tokens looked at after a visit word for its place ("visit Britain, France…", "arrived here last night"). */
const VISIT_PLACE_WINDOW = 4;

/**
 * Whether a titled person is a visitor to the dateline's country: "visiting" right before the title ("the visiting
 * Finance Minister"), or a sentence naming the person (any of its name words) holds a visit word whose place, within
 * four tokens, is "here" or a place of the dateline's country ("will this week visit Britain", "who arrived here"), or
 * an arrival word with no place of another country after it ("arrived last night"). A visit elsewhere ("visited the
 * U.S.", "a visit to the zone") makes no visitor. Found in Reuters-21578: "LONDON - … Finance Minister <name>
 * said" (Brazil's, on a tour of European capitals) and "CARACAS - … deputy Energy Minister Luis Mora Vidal said.
 * Mora Vidal, who got here on Sunday" (in their shape) (Ecuador's) were coded GBRGOV and VENGOV from their datelines.
 * @param m the titled person's mention; `dateline` the dateline's country code
 */
function isVisitor(view: DocView, mentions: readonly RawMention[], m: RawMention, dateline: string): boolean {
  const { doc, keys, sentenceOf } = view;
  const title = m.evidence[0];
  let t = m.tokStart;
  while (t > 0 && doc.starts[t - 1] >= title.start) t--;
  for (let k = t - 1; k >= 0 && k >= t - 3 && sentenceOf[k] === m.sentence; k--) if (keys[k] === 'visiting') return true;
  // the sentences naming the person: a person mention with the same surname ("Mora Vidal, who arrived…"), not a
  // place sharing a word with the name ("La Paz" for President Victor Paz Estenssoro)
  const surname = m.personTokens[m.personTokens.length - 1];
  const named = new Set<number>([m.sentence]);
  for (const x of mentions) if (x.type === 'PERSON' && x.kind === 'name' && x.personTokens.includes(surname)) named.add(x.sentence);
  const placeAt = (i: number) => mentions.find((x) => x.kind === 'name' && x.tokStart === i && (x.type === 'GPE' || x.type === 'LOC') && x.country);
  for (const s of named) {
    const { firstToken, endToken } = doc.sentences[s];
    for (let i = firstToken; i < endToken; i++) {
      if (!VISIT_WORDS.has(keys[i]) || !visitsOf(view, mentions, s, i).some((x) => x.personTokens.includes(surname))) continue;
      let verdict: boolean | null = null;
      for (let j = i + 1; j < endToken && j <= i + VISIT_PLACE_WINDOW && verdict === null; j++) {
        if (keys[j] === 'here') verdict = true;
        const p = placeAt(j);
        if (p) verdict = p.country === dateline;
      }
      if (verdict ?? ARRIVAL_WORDS.has(keys[i])) return true;
    }
  }
  return false;
}
