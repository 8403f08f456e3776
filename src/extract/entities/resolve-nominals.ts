import type { DraftEntity } from './build-entities.js';
import { copyMention, type RawMention } from './raw-mention.js';
import { sortByStart } from './sort-by-start.js';
import { NOT_HELD } from './office-countries.js';
import { actorOn, lookupPerson, normaliseName, officeHoldersOn, type ActorIndex, type KnownPerson, type OfficeTerm } from './actor-kb.js';
import { eraOf } from './undated-era.js';
import type { PartyLeaders } from './resources.js';
import { nameVariantKeys } from './name-variants.js';

/**
 * Links role descriptions ("the top US diplomat", "the Chinese president", "the secretary") to the
 * person of the article who holds a compatible role: the role categories must overlap (data/actors/roles.json),
 * the country must agree when the description names one, and the most recently mentioned holder wins
 * (a holder mentioned only later is used when none came before). A description that names a country
 * and an office but no person of the article ("the US president said") becomes a person entity of its
 * own, coded country + agent (USAGOV) and, when `actors` and `date` are given and exactly one known
 * office holder held that office on the date, named after that holder; repeated descriptions of the
 * same office join it. A description that names no country and links to no person of the article ("the chancellor"
 * in a story that never names Gordon Brown) is the office holder of the article's country on its date when the
 * knowledge base lists exactly one holder of that very office ({@link sameOffice}), and the article speaks of no
 * other time's holder of it ("the then prime minister": a story of 1974 is no story of the day's prime minister);
 * not a former one ("the former president"), another body's ("the president of the bank", {@link officePhrases}) or
 * an apposition to a name ("Jon Hale, the president,"); else it stays unresolved, never guessed. BBC politics (2004-05): "the chancellor" in 7 articles without Brown's name.
 * Other unlinked descriptions are dropped.
 * @param nominals nominal raw mentions (kind "nominal")
 * @param entities draft entities; matched nominals are appended to their `mentions`, new office
 *   entities are appended to the array
 * @param actors known office holders (optional); `date` the article's date YYYY-MM-DD or null
 * @param article the country the article is about (CAMEO country code, office-countries.ts storyCountries, or null) and
 *   its lower-case token keys (DocView.keys); without it no description is given the article's country
 * @returns the number of linked descriptions (including those that made a new entity)
 */
export function resolveNominals(nominals: readonly RawMention[], entities: DraftEntity[], actors?: ActorIndex, date: string | null = null, article: NominalArticle | null = null): number {
  let linked = 0;
  const then = article?.country && date ? thenOffices(article.keys) : undefined;
  for (const n of nominals) {
    // "the former president", "the then prime minister": no office held on the article's date
    const now = !n.name.toLowerCase().split(/\s+/).some((w) => NOT_HELD.has(w) || w.startsWith('ex-'));
    const party = now && article?.partyLeaders && article.country ? partyOf(n, article) : undefined;
    if (party) {
      const leader = partyLeader(party, entities, date);
      if (leader) {
        if (leader.kind === 'office') {
          const office = officeEntity(n, party.country, { name: leader.name, gender: leader.gender, aliases: [], terms: [] });
          // a leader who then held an office the knowledge base lists takes its code ("the Labour leader" in 2005: Blair, GBRGOV)
          const known = actors ? lookupPerson(actors, leader.name, date) : undefined;
          const dated = known ? actorOn(known, date) : null;
          entities.push(dated?.basis === 'in-office' ? { ...office, actor: dated.actor, agent: dated.actor.startsWith(party.country) ? dated.actor.slice(3) || null : null } : office);
          linked++;
          continue;
        }
        // the article's own title for him: a leader named without one takes the party's code (GBRPTY)
        if (!leader.person.actor) Object.assign(leader.person, { actor: party.country + n.agent, country: party.country, agent: n.agent });
        link(n, leader.person);
        linked++;
        continue;
      }
    }
    let best = latestNamed(n, entities.filter((e) => e.type === 'PERSON' && (!n.country || e.country === n.country) && rolesFit(n, e)));
    if (!best && !date && actors && now) best = undatedHolder(n, nominals, entities, actors);
    const phrases = !best && !n.country && n.agent && now && article?.country && then && actors && date && !then.has(normaliseName(n.role ?? '')) ? officePhrases(n, entities, article.keys) : [];
    if (phrases.length > 0) {
      const holder = holderOn(actors!, article!.country!, phrases, date!);
      if (!holder) continue;
      const office = officeEntity(n, article!.country!, holder);
      best = entities.find((e) => e.type === 'PERSON' && normaliseName(e.name) === office.tokens.join(' '));
      if (!best) {
        entities.push(office);
        linked++;
        continue;
      }
    }
    if (!best && n.country && n.agent) {
      const office = officeEntity(n, n.country, now && actors && date ? holderOn(actors, n.country, [normaliseName(n.role ?? '')], date) : undefined);
      // The holder may be named in the article without a title ("Trump … the US president").
      best = office.tokens.length > 0 ? entities.find((e) => e.type === 'PERSON' && normaliseName(e.name) === office.tokens.join(' ')) : undefined;
      if (!best) {
        entities.push(office);
        linked++;
        continue;
      }
    }
    if (!best) continue;
    link(n, best);
    linked++;
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return linked;
}

/** Adds the description `n` to the person `best`, with the person's latest name before it (else the first) as evidence. */
function link(n: RawMention, best: DraftEntity): void {
  let antecedent = best.mentions[0];
  for (const m of best.mentions) if (m.kind === 'name' && m.start < n.start) antecedent = m;
  best.mentions.push(copyMention(n, { key: best.key, evidence: [{ start: antecedent.start, end: antecedent.end }], rule: 'role-description' }));
  sortByStart(best.mentions);
}

/**
 * The party whose leader a party description names ("the Tory leader", "the Lib Dem leader": the description covers
 * "leader", agent PTY, and the party's name stands before it; the longest name of up to {@link PARTY_NAME_TOKENS} tokens
 * the party list holds wins), when the party is of the country the article is about; else undefined.
 */
function partyOf(n: RawMention, article: NominalArticle): PartyLeaders | undefined {
  if (n.agent !== 'PTY' || normaliseName(n.role ?? '') !== 'leader' || n.tokStart === 0) return undefined;
  let phrase = '';
  let found: PartyLeaders | undefined;
  for (let a = n.tokStart - 1; a >= 0 && a >= n.tokStart - PARTY_NAME_TOKENS; a--) {
    phrase = phrase ? `${article.keys[a]} ${phrase}` : article.keys[a];
    found = article.partyLeaders?.get(phrase)?.find((p) => p.country === article.country) ?? found;
  }
  return found;
}

/** The most tokens of a party's name before "leader" that {@link partyOf} reads ("scottish national party"). */
const PARTY_NAME_TOKENS = 3;

/**
 * Who a party's leader described without a name is ({@link resolveNominals}): on a date, the leader then — the person of
 * the article of that name (`person`), else an office entity to name after him (`office`; the leader is not named);
 * undated, the person of the article who led the party at some time, when no other person of the article bears the
 * surname of one of its leaders ("Mr Howard" beside John Major: which one led it then cannot be told) and the article
 * does not call him a former leader. Undefined when the list cannot tell (no leader listed on the date; undated, none
 * or two such persons): the description is then linked by role alone, as without the list.
 */
function partyLeader(party: PartyLeaders, entities: readonly DraftEntity[], date: string | null): { kind: 'person'; person: DraftEntity } | { kind: 'office'; name: string; gender: 'male' | 'female' } | undefined {
  const named = (name: string) => entities.find((e) => e.type === 'PERSON' && normaliseName(e.name) === normaliseName(name));
  if (date) {
    const day = date.slice(0, 10);
    const leader = party.leaders.find((l) => l.from <= day && (l.to === null || day < l.to));
    if (!leader) return undefined;
    const person = named(leader.name);
    return person ? { kind: 'person', person } : { kind: 'office', name: leader.name, gender: leader.gender };
  }
  // undated: a person whose name mentions end in a leader's surname ("Mr Howard" too), not one the article calls former
  const surnames = new Set(party.leaders.map((l) => normaliseName(l.name).split(' ').pop()!));
  const people = entities.filter(
    (e) => e.type === 'PERSON' && !isFormer(e.role) && e.mentions.some((m) => m.kind === 'name' && m.personTokens.length > 0 && surnames.has(normaliseName(m.personTokens[m.personTokens.length - 1]))),
  );
  const person = people.length === 1 ? people[0] : undefined;
  return person && party.leaders.some((l) => normaliseName(l.name) === normaliseName(person.name)) ? { kind: 'person', person } : undefined;
}

/**
 * Whether a role description may name a person entity: the person has the description's own category
 * ({@link ownCategory}, data/actors/roles.json), or the person's office (a title in the article or the dated
 * office-holder list: "Chancellor of the Exchequer") contains the description's role ("the chancellor"); or the person
 * is an office description of the same role (only that: "the minister" is no unnamed "the prime minister"). A category the two merely share is no fit ("the chancellor" is not the
 * Tory leader, "the prime minister" not a Secretary of State), nor is it when the person held the office before ("former
 * chancellor"), or holds it as the opposition's (agent OPP: "shadow chancellor Oliver Letwin")
 * and the description does not: a shadow minister never holds the office itself. BBC politics 361 and 364 (2005): "the
 * chancellor" was linked to the shadow chancellor and to the Tory leader, not to Gordon Brown.
 */
function rolesFit(n: RawMention, e: DraftEntity): boolean {
  if (e.agent === 'OPP' && n.agent !== 'OPP') return false;
  // a former holder ("ex-Conservative chancellor Ken Clarke", role "former chancellor": find-mentions.ts formerTitle)
  // is no "the chancellor", only a "the former chancellor"
  if (isFormer(e.role) && !isFormer(n.role)) return false;
  // "the Tory leader" (a party description, agent PTY) is a party's or the opposition's person, not a government's
  if (n.agent === 'PTY' && e.agent !== 'PTY' && e.agent !== 'OPP') return false;
  // an office no name of the article holds ("the prime minister" alone) takes only descriptions of that office, not "the
  // minister" (BBC politics 105, 2005: the minister was a Home Office minister named without a title)
  if (e.rule.startsWith('office-description')) return e.role === n.role;
  const own = ownCategory(n);
  if (own !== null && e.categories.has(own)) return true;
  return !!n.role && !!e.role && officeNames(normaliseName(e.role), normaliseName(n.role));
}

/** The most words of a role phrase after "then" that {@link thenOffices} reads ("then deputy prime minister"). */
const MAX_ROLE_WORDS = 3;

/**
 * The roles an article writes after "then" ("the then prime minister", "then foreign secretary Douglas Hurd"): one to
 * {@link MAX_ROLE_WORDS} words after each "then", normalised; the article speaks of whoever held those offices at
 * another time, so a bare description of them is not the holder on its date (BBC politics, 2005: a story of the 1974
 * election called Edward Heath "the prime minister").
 * @param keys the article's lower-case token keys (DocView.keys)
 * @returns phrases such as "prime minister", "prime minister following"; a superset of the roles, looked up by role
 */
function thenOffices(keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== 'then') continue;
    let phrase = '';
    for (let j = i + 1; j < keys.length && j <= i + MAX_ROLE_WORDS; j++) out.add((phrase = phrase ? `${phrase} ${keys[j]}` : keys[j]));
  }
  return out;
}

/** Whether a role is one held before: it opens with "former" (find-mentions.ts writes a former title so). */
function isFormer(role: string | null | undefined): boolean {
  return !!role && /^former\b/i.test(role);
}

/**
 * The category a role description names itself (data/actors/roles.json): the one its role phrase is ("the prime minister"
 * → prime minister, not also minister or leader), else its first ("the top diplomat" → diplomat, "the CEO" → chief
 * executive); none when the first is only the head word of a more specific office ("the home secretary" → secretary,
 * "the foreign minister" → minister), which then links only to a holder of that office by name. Fresh-eyes review 23,
 * BBC politics (2004-05): "the prime minister" went to Condoleezza Rice, Charles Clarke and John Prescott (shared
 * categories minister, secretary), "the home secretary" to Home Office ministers.
 */
function ownCategory(n: RawMention): string | null {
  if (n.categories.length === 0) return null;
  const role = n.role ? normaliseName(n.role) : '';
  if (n.categories.includes(role)) return role;
  const first = n.categories[0];
  const words = role.split(' ');
  return words.length > 1 && first.split(' ').every((w) => words.includes(w)) ? null : first;
}

/** Words before an office that make it another office ("vice president", "deputy chancellor", "shadow chancellor"). */
const LESSER_OFFICE: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'under', 'junior', 'shadow', 'former', 'acting']);

/** Whether the office `office` ("chancellor of the exchequer") is the role `role` ("chancellor"): its words, not after a word in {@link LESSER_OFFICE}. */
function officeNames(office: string, role: string): boolean {
  const o = office.split(' ');
  const r = role.split(' ');
  for (let i = 0; i + r.length <= o.length; i++) {
    if (r.every((w, j) => o[i + j] === w) && !(i > 0 && LESSER_OFFICE.has(o[i - 1]))) return true;
  }
  return false;
}

/** A person entity for an office of `country` described without a name ("the US president"), named after its holder on the article's date when known. */
function officeEntity(n: RawMention, country: string, holder: KnownPerson | undefined): DraftEntity {
  const actor = `${country}${n.agent}`;
  const name = holder?.name ?? n.name.replace(/^the\s+/i, '');
  const tokens = holder ? normaliseName(holder.name).split(' ') : [];
  return {
    key: `OFFICE|${actor}|${n.role ?? ''}`,
    name,
    type: 'PERSON',
    actor,
    country,
    agent: n.agent,
    role: n.role,
    categories: new Set(n.categories),
    gender: holder?.gender ?? null,
    tokens,
    variants: nameVariantKeys(tokens),
    mentions: [copyMention(n, { rule: 'role-description' })],
    rule: holder ? 'office-description+office-holder' : 'office-description',
    confidence: holder ? 0.75 : 0.65,
  };
}

/** The only known person holding an office one of `phrases` names ({@link sameOffice}) in `country` on a date. */
function holderOn(actors: ActorIndex, country: string, phrases: readonly string[], date: string): KnownPerson | undefined {
  const found = officeHoldersOn(actors, country, date, (held) => phrases.some((p) => sameOffice(held, p)));
  return found.length === 1 ? found[0] : undefined;
}

/** What {@link resolveNominals} reads of the article to give a description the office holder of its country. */
export interface NominalArticle {
  /** The CAMEO country code of the country the article is about, or null. */
  readonly country: string | null;
  /** The article's lower-case token keys (DocView.keys). */
  readonly keys: readonly string[];
  /** The main parties' leaders by one-word party name (EntityResources.partyLeaders); without them party descriptions are linked by role alone. */
  readonly partyLeaders?: ReadonlyMap<string, readonly PartyLeaders[]>;
}

/** The most words after "of" that may end an office's name ("chancellor of the duchy of lancaster"). */
const MAX_OF_WORDS = 4;

/**
 * The office names a description may stand for, normalised: its role ("chancellor"), or when "of" follows it, the role
 * with the words after "of" ("chancellor of the exchequer", one to {@link MAX_OF_WORDS} of them: only an office the
 * knowledge base names so then fits, not "the president of the bank"); none for an apposition to a name ("Jon Hale, the
 * president,": his own title, whatever it is of). Reuters-21578 (1987): "X, the former president and chairman of the
 * executive committee" was taken for Reagan.
 */
function officePhrases(n: RawMention, entities: readonly DraftEntity[], keys: readonly string[]): string[] {
  if (keys[n.tokStart - 1] === ',' && entities.some((e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind === 'name' && m.tokEnd === n.tokStart - 1))) return [];
  const role = normaliseName(n.role ?? '');
  if (keys[n.tokEnd] !== 'of') return [role];
  const out: string[] = [];
  let phrase = `${role} of`;
  for (let i = n.tokEnd + 1; i < keys.length && i <= n.tokEnd + MAX_OF_WORDS; i++) out.push((phrase = `${phrase} ${keys[i]}`));
  return out;
}

/**
 * Whether an office as the knowledge base writes it (normalised: "chancellor of the exchequer") is the one a role
 * description names ("chancellor"): the same words, or those words before "of". Not a word of it ("the secretary" is
 * no "foreign secretary", "the president" no "vice president", "the minister" no "prime minister": the knowledge base
 * lists only some offices of a country, so the one it lists is no evidence).
 */
function sameOffice(held: string, role: string): boolean {
  return held === role || (!role.includes(' of ') && held.startsWith(`${role} of `));
}

/**
 * In an undated article, the person of the article whose record in the knowledge base holds the office a description
 * names at any time ("the chancellor" → Gordon Brown, named in the story without a title: undated, his two offices give
 * him no single role, so {@link rolesFit} finds none), the most recently named before the description winning, else
 * the first named after it. The office must be the description's very office ({@link sameOffice}: "the minister" is no
 * prime minister), of its country when it names one, in a term that covers the article's era when the article names two
 * office holders in office together ({@link eraOf}: Gordon Brown is "the chancellor", not "the prime minister", in a
 * story naming Tony Blair). A person whose record holds, at other times, another office the article describes at least
 * as often is neither ("the chancellor" three times and "the prime minister" once, Blair unnamed: Brown is the
 * chancellor, and the prime minister no one). Only when no person of the article fits by role, so a role the article or
 * the date-free record gives ("Prime Minister Tony Blair") keeps its description; never an office description of its
 * own (undated, no holder can be told). BBC politics read undated: "the chancellor" unresolved in 28 quotes.
 * @param n a role description; `nominals` all the article's descriptions; `entities` its draft entities; `actors` the
 *   knowledge base
 * @returns the person, or undefined when none holds the office
 */
function undatedHolder(n: RawMention, nominals: readonly RawMention[], entities: readonly DraftEntity[], actors: ActorIndex): DraftEntity | undefined {
  if (!n.role || isFormer(n.role)) return undefined;
  const role = normaliseName(n.role);
  const known = new Map<DraftEntity, KnownPerson>();
  for (const e of entities) {
    const k = e.type === 'PERSON' ? lookupPerson(actors, e.name, null) : undefined;
    if (k) known.set(e, k);
  }
  const era = eraOf([...new Set(known.values())]);
  const covers = (t: OfficeTerm, d: string) => (t.from === null || t.from <= d) && (t.to === null || d < t.to);
  const terms = (k: KnownPerson, r: string, country: string | null) =>
    k.terms.filter((t) => t.role !== null && (!country || t.actor.startsWith(country)) && sameOffice(normaliseName(t.role), r) && (era.length === 0 || era.some((d) => covers(t, d))));
  // the roles the article's other present-tense descriptions name, with how often
  const described = new Map<string, number>();
  for (const o of nominals) if (o.role && !isFormer(o.role)) described.set(normaliseName(o.role), (described.get(normaliseName(o.role)) ?? 0) + 1);
  const overlap = (a: OfficeTerm, b: OfficeTerm) => (a.from === null || b.to === null || a.from < b.to) && (b.from === null || a.to === null || b.from < a.to);
  return latestNamed(
    n,
    [...known]
      .filter(([e, k]) => {
        if (e.agent === 'OPP' || isFormer(e.role)) return false;
        const own = terms(k, role, n.country);
        if (own.length === 0) return false;
        for (const [r, count] of described) {
          if (r === role || count < described.get(role)!) continue;
          const other = terms(k, r, null);
          if (other.length > 0 && !other.some((t) => own.some((u) => overlap(t, u)))) return false;
        }
        return true;
      })
      .map(([e]) => e),
  );
}

/**
 * Of the persons `candidates`, the one whose latest name mention before the description `n` is nearest it; when none
 * is named before, the one named first after it; undefined for no candidates.
 */
function latestNamed(n: RawMention, candidates: readonly DraftEntity[]): DraftEntity | undefined {
  let best: DraftEntity | undefined;
  let bestAt = -Infinity;
  for (const e of candidates) {
    let at = -Infinity;
    for (const m of e.mentions) if (m.kind === 'name' && m.start < n.start && m.start > at) at = m.start;
    if (at === -Infinity) at = -1e12 - e.mentions[0].start;
    if (at > bestAt) {
      bestAt = at;
      best = e;
    }
  }
  return best;
}
