import { createMentionRecency, type MentionRecency } from './mention-recency.js';
import type { EntityType } from '../../model/entity.js';
import { copyMention, type RawMention } from './raw-mention.js';
import { sortByStart } from './sort-by-start.js';
import { actorOn, lookupPerson, lookupTitledSurname, normaliseName, type KnownPerson } from './actor-kb.js';
import { splitActorCode, type EntityResources } from './resources.js';
import { beforeEra } from './undated-era.js';
import { nameVariantKeys } from './name-variants.js';

/** An entity under construction: its mentions (raw) and merged attributes. */
export interface DraftEntity {
  key: string;
  name: string;
  type: EntityType;
  actor: string | null;
  country: string | null;
  agent: string | null;
  role: string | null;
  categories: Set<string>;
  gender: 'male' | 'female' | null;
  /** Lower-case name tokens (persons). */
  tokens: string[];
  /** The tokens' spelling-folded forms (persons; name-variants.ts), by which mentions are grouped and matched. */
  variants: string[];
  mentions: RawMention[];
  rule: string;
  confidence: number;
}

function draftFrom(m: RawMention, key: string): DraftEntity {
  return {
    key,
    name: m.name,
    type: m.type,
    actor: m.actor,
    country: m.country,
    agent: m.agent,
    role: m.role,
    categories: new Set(m.categories),
    gender: m.gender,
    tokens: [...m.personTokens],
    variants: nameVariantKeys(m.personTokens),
    mentions: [m],
    rule: m.rule,
    confidence: m.confidence,
  };
}

/**
 * Merges a person mention's attributes into its entity: the first known role, country and agent win;
 * gender from any honorific.
 */
function absorb(e: DraftEntity, m: RawMention): void {
  e.mentions.push(m);
  if (!e.role && m.role) e.role = m.role;
  for (const c of m.categories) e.categories.add(c);
  if (!e.country && m.country) e.country = m.country;
  if (!e.agent && m.agent) e.agent = m.agent;
  if (!e.actor && m.actor) e.actor = m.actor;
  if (!e.gender && m.gender) e.gender = m.gender;
}

/** Rule suffix of a titled person's country inferred from the article (office-countries.ts). */
const ARTICLE_COUNTRY = '+article-country';

/**
 * The best-evidenced code of a person wins over the first one: a country the title names ("Brazilian Finance Minister
 * Dilson Funaro") over one inferred from the article for a bare title ("Finance Minister Funaro" first, in a story
 * datelined Washington; office-countries.ts). Changes `p` when its code came from an inferred mention and another
 * mention states one.
 */
function preferStatedCode(p: DraftEntity): void {
  if (!p.actor) return;
  let inferredCode = false;
  for (const x of p.mentions) {
    if (!x.actor) continue;
    if (!x.rule.endsWith(ARTICLE_COUNTRY)) {
      if (!inferredCode || x.actor === p.actor) return;
      p.actor = x.actor;
      p.country = x.country;
      p.agent = x.agent;
      return;
    }
    if (x.actor === p.actor) inferredCode = true;
  }
}

/** Rules of non-person mentions that may be a word of a person's name the article gives in full (see buildEntities). */
const NAME_OF_PERSON_RULES: ReadonlySet<string> = new Set(['seat-metonym', 'capital-location', 'country-name', 'ner-tagger', 'title-organisation']);

/**
 * Groups name mentions into entities. Non-person mentions group by their `key`. Persons group by full
 * name (two or more name tokens); a shorter or honorific mention ("Mr Xi", "Blinken") joins the person
 * whose full name contains its tokens, preferring the most recently mentioned one; unmatched honorific
 * or titled short names become their own person; weak capitalised runs that match nobody are dropped.
 * Gender falls back to the given-name list when no honorific was seen.
 * @param mentions name mentions in text order (nominals are resolved separately)
 * @param date the article's publication date (YYYY-MM-DD…) or null: an undated article's office holders are read by
 *   its era (undated-era.ts)
 * @param text the article's text, for the honorifics before short names ("Sir", "Mr": see {@link styleMismatch}); "" reads none
 * @returns draft entities in order of first mention
 */
export function buildEntities(input: readonly RawMention[], res: EntityResources, date: string | null = null, text = ''): DraftEntity[] {
  let mentions = input;
  const byKey = new Map<string, DraftEntity>();
  const persons: DraftEntity[] = [];
  const ordered: DraftEntity[] = [];
  const add = (e: DraftEntity) => {
    ordered.push(e);
    byKey.set(e.key, e);
  };

  // A word taken for a place or an organisation that is part of the name of a person named in full in
  // this article ("Valeska Paris … Paris said", "Savimbi" tagged as a place), or a known office
  // holder's alias, refers to that person.
  const fullNames: string[][] = [];
  // Of these, the names that open with a known given name ("Michael Jordan"), which alone may claim a
  // country's name: a tagged "person" like "Bio Taiwan" would turn every "Taiwan" into that person.
  const givenFullNames: string[][] = [];
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.kind !== 'name' || m.personTokens.length < 2 || m.weak) continue;
    fullNames.push([...m.personTokens]);
    if (res.givenNames.has(m.personTokens[0]) || res.firstNames.has(m.personTokens[0])) givenFullNames.push([...m.personTokens]);
  }
  mentions = mentions.map((m) => {
    if (m.kind !== 'name' || m.type === 'PERSON' || !NAME_OF_PERSON_RULES.has(m.rule)) return m;
    if (m.rule !== 'ner-tagger' && m.rule !== 'title-organisation' && m.tokEnd - m.tokStart !== 1) return m;
    const tokens = normaliseName(m.name).split(' ').filter((t) => t.length > 0);
    const inName = tokens.length > 0 && tokens.length <= 2 && (m.rule === 'country-name' ? givenFullNames : fullNames).some((f) => tokens.every((t) => f.includes(t)));
    const known = m.rule === 'ner-tagger' && res.actors.has(tokens.join(' '));
    if (!inName && !known) return m;
    return copyMention(m, { type: 'PERSON', key: '', personTokens: tokens, actor: null, country: null, agent: null, role: null, rule: 'name-of-person', confidence: 0.7 });
  });

  // Pass 1: non-persons and strong full-name persons.
  const short: RawMention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    if (m.type !== 'PERSON') {
      const e = byKey.get(m.key);
      if (e) e.mentions.push(m);
      else add(draftFrom(m, m.key));
      continue;
    }
    if (m.personTokens.length >= 2 && !m.weak) {
      const key = personKey(m);
      const e = byKey.get(key);
      if (e) absorb(e, m);
      else {
        const d = draftFrom(m, key);
        add(d);
        persons.push(d);
      }
      continue;
    }
    short.push(m);
  }

  // A shorter full name inside a longer one ("Al-Alfi" in "Hassan al-Alfi", "Joe Biden" in
  // "Joseph R. Joe Biden") joins it when exactly one longer name contains all its tokens.
  for (const p of [...persons]) {
    const supers = persons.filter((q) => q !== p && q.variants.length > p.variants.length && p.variants.every((t) => q.variants.includes(t)));
    if (supers.length !== 1) continue;
    for (const m of p.mentions) absorb(supers[0], m);
    persons.splice(persons.indexOf(p), 1);
    ordered.splice(ordered.indexOf(p), 1);
    byKey.set(p.key, supers[0]);
  }

  // Pass 2: short, honorific and weak person mentions join a full name when their tokens fit.
  const recency = createMentionRecency<RawMention, DraftEntity>((x) => RANK_HONORIFICS.has(honorificOf(x, text)));
  for (const m of short) {
    const target = findPerson(persons, m, res, date, text, recency);
    if (target) {
      absorb(target, m);
      continue;
    }
    if (m.weak && !res.actors.has(normaliseName(m.personTokens.join(' ')))) continue;
    const key = personKey(m);
    const e = byKey.get(key);
    if (e) absorb(e, m);
    else {
      const d = draftFrom(m, key);
      d.name = m.personTokens.length > 0 ? capitalisedName(m) : m.name;
      add(d);
      persons.push(d);
    }
  }

  for (const p of persons) {
    sortByStart(p.mentions);
    preferStatedCode(p);
  }
  const known = new Map<DraftEntity, KnownPerson>();
  for (const p of persons) {
    const k = knownPersonOf(p, res, date);
    if (k) known.set(p, k);
  }
  // an undated article: an office holder first in office after the era of the others it names is read in that era
  const later = date ? null : beforeEra([...new Set(known.values())]);
  for (const p of persons) {
    const k = known.get(p);
    if (k) applyKnownPerson(p, k, res, later?.get(k) ?? date);
    if (!p.gender && p.tokens.length > 0) p.gender = res.givenNames.get(p.tokens[0]) ?? null;
    if (!p.actor && p.country && p.agent) p.actor = p.country + p.agent;
  }
  for (const e of ordered) sortByStart(e.mentions);
  ordered.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return ordered;
}

/**
 * Looks a person up among the known office holders: by full name, then by the name tokens of each mention, then a
 * titled surname by the article's date ({@link lookupTitledSurname}).
 */
function knownPersonOf(p: DraftEntity, res: EntityResources, date: string | null): KnownPerson | undefined {
  let known = lookupPerson(res.actors, p.name, date);
  if (!known) {
    for (const m of p.mentions) {
      known = lookupPerson(res.actors, m.personTokens.join(' '), date);
      // "James Blair … Blair said": a surname alias (Tony Blair's "Blair") does not name a person the
      // article gives another given name.
      if (known && !sameGivenName(known, p.tokens)) known = undefined;
      if (known) break;
    }
  }
  // "King Hussein": some office holders are known by title and name.
  if (!known && p.tokens.length === 1 && p.role) known = lookupPerson(res.actors, `${p.role} ${p.tokens[0]}`, date);
  // "President Bush" on a 1991 article: the holder of that office with that surname on the date.
  if (!known && p.tokens.length === 1 && p.role) known = lookupTitledSurname(res.actors, p.tokens[0], p.role, p.country, date);
  return known;
}

/**
 * Fills what the article did not say of a person found among the known office holders ({@link knownPersonOf}): gender,
 * and the actor code and office valid on the date (a title in the article wins over the built-in list; the user's
 * dictionary wins over a title).
 * @param date the article's date, or for an undated article whose era is before the person's terms the era's last day, or null
 */
function applyKnownPerson(p: DraftEntity, known: KnownPerson, res: EntityResources, date: string | null): void {
  if (!p.gender) p.gender = known.gender;
  const dated = actorOn(known, date);
  if (!dated) {
    // before the first term the list records, a title in the article still names the agent, and the offices the
    // country: "Senator John Kerry" in 2004 (Secretary of State from 2013) is USALEG, "Treasury Secretary James
    // Baker" in 1987 (Secretary of State from 1989) USAGOV; both had no code (Reuters-21578, reut2-011..013)
    if (!p.actor && !p.country && p.agent) {
      const first = splitActorCode(known.terms[0].actor, res.countryNames).country;
      if (first && !NO_COUNTRY_PREFIX.test(first)) {
        p.country = first;
        p.rule = `${p.rule}+office-holder-country`;
      }
    }
    return;
  }
  if (known.fromUser) {
    // the user's own dictionary wins over a title word in the article: "Liberal leader John Turner" is what the
    // user's file says he was on the date (docs/actors.md, review 15)
    const split = splitActorCode(dated.actor, res.countryNames);
    p.actor = dated.actor;
    p.country = split.country;
    p.agent = split.agent;
    p.rule = `${p.rule}+user-dictionary`;
  } else if (!p.actor) {
    const split = splitActorCode(dated.actor, res.countryNames);
    p.country = p.country ?? split.country;
    p.agent = p.agent ?? split.agent;
    // a title in the article wins over the office the list gives for the date: undated "Senator John Kerry" is
    // USALEG, not USAGOV (his one term as Secretary of State), nor USAGOV with agent LEG
    const { country, agent } = p;
    p.actor = country && agent && agent !== split.agent && country === split.country && !NO_COUNTRY_PREFIX.test(country) ? country + agent : dated.actor;
    p.rule = `${p.rule}+office-holder`;
  }
  if (!p.role) p.role = dated.role;
  if (p.tokens.length < 2 && normaliseName(known.name) !== normaliseName(p.name)) p.name = known.name;
}

/** Actor-code prefixes that are no country (international and transnational posts). */
const NO_COUNTRY_PREFIX = /^(?:IGO|NGO|NGM|IMG|MNC)/;

/**
 * Whether a known person may be the person of an article whose name tokens are `tokens`: always for a
 * name of one token; else the known person's name or one of its aliases has the same first token (given
 * name) or contains all the tokens.
 */
function sameGivenName(known: KnownPerson, tokens: readonly string[]): boolean {
  if (tokens.length < 2) return true;
  for (const n of [known.name, ...known.aliases]) {
    const words = normaliseName(n).split(' ');
    if (words.length < 2) continue;
    if (words[0] === normaliseName(tokens[0]) || tokens.every((t) => words.includes(normaliseName(t)))) return true;
  }
  return false;
}

/**
 * Whether a titled short mention ("King Hussein", "Jordan's King Hussein") may join the person `p` named
 * in full: not when `p` is a known office holder (or has a country) whose offices never had that title
 * or that country ("King Hussein of Jordan" is not Saddam Hussein). A country inferred from the article for a bare
 * title (office-countries.ts) is no evidence against the person ("president Weizsaecker" in a La Paz story is the
 * "visiting West German President Richard von Weizsaecker" named before, not a Bolivian: Reuters-21578 reut2-008), nor
 * is a title of an office the knowledge base does not list (it lists government offices, agent GOV, and international
 * posts): "Senator Kerry" is John Kerry, whose one listed office is Secretary of State (BBC politics, 2004: "Democrat John
 * Kerry" and "Senator Kerry" were two persons). Nor may it join a person the knowledge base does not know when its
 * title and surname name a known office holder of the article's date ("President Reagan" is Ronald Reagan, not "Nancy
 * Reagan" named in full beside him: Reuters-21578 reut2-001, where all of Reagan's mentions had no code).
 */
function titleFits(p: DraftEntity, m: RawMention, res: EntityResources, date: string | null): boolean {
  const mCountry = m.rule.endsWith(ARTICLE_COUNTRY) ? null : m.country;
  if (!m.role && !mCountry) return true;
  if (mCountry && p.country && mCountry !== p.country && p.mentions.some((x) => x.country === p.country && !x.rule.endsWith(ARTICLE_COUNTRY))) return false;
  const known = lookupPerson(res.actors, p.name, date);
  if (!known) {
    // "President Reagan" beside "Nancy Reagan": the title names the office holder of the day, who is not `p`
    const holder = m.role && m.personTokens.length === 1 ? lookupTitledSurname(res.actors, m.personTokens[0], m.role, mCountry, date) : undefined;
    return !holder || normaliseName(holder.name) === normaliseName(p.name);
  }
  const title = m.role && m.agent === 'GOV' ? normaliseName(m.role) : '';
  if (!title && !mCountry) return true;
  return known.terms.some((t) => (!title || (t.role !== null && normaliseName(t.role).includes(title))) && (!mCountry || t.actor.startsWith(mCountry)));
}

/**
 * The grouping key of a person mention: `PER|` and its name tokens' spelling-folded forms ("Erdoğan" and "Erdogan"
 * one key; name-variants.ts).
 */
function personKey(m: RawMention): string {
  return `PER|${nameVariantKeys(m.personTokens).join(' ')}`;
}

function capitalisedName(m: RawMention): string {
  // "Mr Smith" → "Smith": drop the honorific, keep the surface of the name tokens.
  const words = m.name.split(/\s+/);
  return words.slice(Math.max(0, words.length - m.personTokens.length)).join(' ');
}

/** Honorifics of rank that British usage keeps before the given name ("Sir Ian", "Lord Falconer"), never "Mr" and the surname. */
const RANK_HONORIFICS: ReadonlySet<string> = new Set(['sir', 'dame', 'lord', 'lady']);

/** Honorifics anyone may be given before the surname. */
const PLAIN_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mister', 'mrs', 'mrs.', 'ms', 'ms.', 'miss']);

/**
 * The lower-case honorific right before a person mention ("Mr Blair" → "mr", "Commissioner Sir Ian Blair" → "sir"): the
 * last word of its evidence span that ends at the name (the honorific, or a title ending in one), or "".
 */
function honorificOf(m: RawMention, text: string): string {
  for (const ev of m.evidence) {
    if (ev.end > m.start || m.start - ev.end > 1) continue;
    const words = text.slice(ev.start, ev.end).trim().split(/\s+/);
    return words[words.length - 1].toLowerCase();
  }
  return '';
}

/**
 * Whether a short mention ("Mr Blair") does not suit a person its name fits as well as another person it fits: a plain
 * honorific for a person the article styles with a rank ("Sir Ian Blair": a knight is "Sir Ian", not "Mr Blair"), or an
 * honorific of the other gender ("Mrs Blair" for Tony Blair beside Cherie Blair). Used only to choose among persons the
 * name fits. BBC politics (2005): "Sir Ian Blair" (police commissioner) named first and "Sir Ian" after took every later
 * "Mr Blair" from Tony Blair by recency.
 */
function styleMismatch(p: DraftEntity, m: RawMention, res: EntityResources, text: string, recency: MentionRecency<DraftEntity, RawMention>): boolean {
  const h = honorificOf(m, text);
  if (!h) return false;
  if (PLAIN_HONORIFICS.has(h) && recency.anyFlagged(p)) return true;
  const gender = p.gender ?? (p.tokens.length > 1 ? (res.givenNames.get(p.tokens[0]) ?? null) : null);
  return !!m.gender && !!gender && m.gender !== gender;
}

/**
 * The person a short mention joins: among the persons whose name holds all its tokens (and whose title fits), the one
 * mentioned most recently before it, else the one whose first mention comes soonest after it.
 * @param recency the mention starts of the persons so far (one index per buildEntities call; mention-recency.ts)
 */
function findPerson(persons: readonly DraftEntity[], m: RawMention, res: EntityResources, date: string | null, text: string, recency: MentionRecency<DraftEntity, RawMention>): DraftEntity | undefined {
  if (m.personTokens.length === 0) return undefined;
  const variants = nameVariantKeys(m.personTokens);
  const fits = persons.filter((p) => {
    if (p.variants.length <= variants.length && !(p.variants.length === variants.length && p.variants.join(' ') === variants.join(' '))) return false;
    return variants.every((t) => p.variants.includes(t)) && titleFits(p, m, res, date);
  });
  // a person whose style the mention breaks is taken only when no other fits
  const suited = fits.length > 1 ? fits.filter((p) => !styleMismatch(p, m, res, text, recency)) : fits;
  let best: DraftEntity | undefined;
  let bestAt = -Infinity;
  for (const p of suited.length > 0 ? suited : fits) {
    // Most recent mention before m, else the first mention after it.
    let at = recency.latestBefore(p, m.start) ?? -Infinity;
    if (at === -Infinity) at = -1e12 - p.mentions[0].start;
    if (at > bestAt) {
      bestAt = at;
      best = p;
    }
  }
  return best;
}
