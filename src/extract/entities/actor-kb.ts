import { z } from 'zod';
import { isCalendarDay } from '../../model/calendar-day.js';
import { ACTOR_CODE_PATTERN } from './cameo-actor-prefixes.js';

/** One term of office: CAMEO actor code, office name, and the dates it runs (inclusive from, exclusive to). */
export interface OfficeTerm {
  readonly actor: string;
  readonly role: string | null;
  /** YYYY-MM-DD, or null when unknown (open start). */
  readonly from: string | null;
  /** YYYY-MM-DD, or null while in office. */
  readonly to: string | null;
}

/** A known person: canonical name, gender, aliases and terms of office. */
export interface KnownPerson {
  readonly name: string;
  readonly gender: 'male' | 'female' | null;
  readonly aliases: readonly string[];
  readonly terms: readonly OfficeTerm[];
  /**
   * Whether the person comes from the user's own JSON dictionary (`--actors`): its dated code then wins over a title
   * in the article ("Finance Minister"); built-in office holders and PETRARCH people stay below titles (docs/actors.md).
   */
  readonly fromUser?: boolean;
}

/** The actor a known person has on a date, and why. */
export interface DatedActor {
  readonly actor: string;
  readonly role: string | null;
  /**
   * "in-office" (a term covers the date), "former" (after the last term: country + ELI), "undated" (no date given:
   * what holds on every date of the person's terms, see {@link actorOn}).
   */
  readonly basis: 'in-office' | 'former' | 'undated';
}

/** Key prefix of the surname entries of an {@link ActorIndex} ("~bush"); never a normalised name. */
const SURNAME_PREFIX = '~';

/** Persons indexed by normalised name and alias ({@link normaliseName}), and by "~" + surname. */
export type ActorIndex = ReadonlyMap<string, readonly KnownPerson[]>;

/** Schema of data/actors/office-holders.json. */
export const OfficeHoldersFileSchema = z.object({
  aliases: z.record(z.string(), z.array(z.string())),
  terms: z.array(z.tuple([z.string(), z.enum(['m', 'f']), z.string().regex(/^[A-Z]{3,12}$/), z.string(), z.string().nullable(), z.string().nullable()])),
});

const ACTOR_CODE_MESSAGE = 'must be an upper-case CAMEO code: three letters, then up to 18 letters or digits (USAGOV, JEW050)';

/**
 * The date checks of a user person's terms: each `from`/`to` a day of the calendar, and `from` before `to` (`to` is
 * exclusive, so a term from a day to the same day holds on no date). Each problem names the person and the reason.
 */
function checkTermDates(person: { name: string; terms: { from?: string | null; to?: string | null }[] }, ctx: z.RefinementCtx): void {
  person.terms.forEach((t, i) => {
    for (const key of ['from', 'to'] as const) {
      const day = t[key];
      if (day && /^\d{4}-\d{2}-\d{2}$/.test(day) && !isCalendarDay(day)) {
        ctx.addIssue({ code: 'custom', path: ['terms', i, key], message: `"${day}" is no day of the calendar (${person.name})` });
      }
    }
    if (t.from && t.to && isCalendarDay(t.from) && isCalendarDay(t.to) && t.from >= t.to) {
      ctx.addIssue({ code: 'custom', path: ['terms', i, 'to'], message: `the term ends (${t.to}, exclusive) no later than it starts (${t.from}) (${person.name})` });
    }
  });
}

/**
 * Schema of a user actors file (docs/actors.md). Dates must be days of the calendar and a term's `from` before its
 * `to`; an actor code's first three letters are not checked here (an unknown country is a warning: see resources.ts).
 */
export const UserActorsFileSchema = z.object({
  people: z
    .array(
      z
        .object({
          name: z.string().min(1),
          gender: z.enum(['male', 'female']).nullable().optional(),
          aliases: z.array(z.string()).optional(),
          terms: z.array(
            z.object({
              actor: z.string().regex(ACTOR_CODE_PATTERN, ACTOR_CODE_MESSAGE),
              role: z.string().nullable().optional(),
              from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD or null').nullable().optional(),
              to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD or null').nullable().optional(),
            }),
          ),
        })
        .superRefine(checkTermDates),
    )
    .optional(),
  organisations: z
    .array(
      z.object({
        name: z.string().min(1),
        aliases: z.array(z.string()).optional(),
        actor: z.string().regex(ACTOR_CODE_PATTERN, ACTOR_CODE_MESSAGE).nullable(),
        country: z.string().regex(/^[A-Z]{3}$/, 'must be an upper-case three-letter CAMEO country code').nullable().optional(),
        type: z.enum(['ORG', 'FAC', 'GPE', 'LOC']).optional(),
      }),
    )
    .optional(),
  personRoles: z.array(z.object({ phrase: z.string(), agent: z.string().nullable(), categories: z.array(z.string()).optional() })).optional(),
  groupRoles: z.array(z.object({ phrase: z.string(), agent: z.string(), plural: z.boolean().optional() })).optional(),
});
export type UserActorsFile = z.infer<typeof UserActorsFileSchema>;

/**
 * Normalises a person name for lookup: NFD without diacritics, lower case, dots and hyphens dropped or
 * turned into spaces, whitespace collapsed ("Erdoğan" → "erdogan", "Kim Jong-un" → "kim jong un").
 * @param name a name as written
 */
export function normaliseName(name: string): string {
  if (isNormalAscii(name)) return name;
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .replace(/\./g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a name is already in {@link normaliseName}'s output form: only a–z, digits and apostrophes, words
 * separated by single spaces, no space at either end (most lookups: token keys joined by spaces).
 */
function isNormalAscii(name: string): boolean {
  let space = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x20) {
      if (space) return false;
      space = true;
    } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27) space = false;
    else return false;
  }
  return !space;
}

/**
 * Builds the person index from the office-holder file and user people (user entries replace built-in
 * persons of the same name).
 * @param winsOverTitles the user entries (by identity) whose code wins over a title in the article: those of the
 *   user's JSON files (PETRARCH people stay below titles; docs/actors.md)
 * @returns the index: normalised name or alias → persons; "~" + normalised surname → persons
 */
export function buildActorIndex(
  officeHolders: z.infer<typeof OfficeHoldersFileSchema>,
  user: UserActorsFile['people'] = [],
  winsOverTitles: ReadonlySet<NonNullable<UserActorsFile['people']>[number]> = new Set(),
): ActorIndex {
  const persons = new Map<string, { name: string; gender: 'male' | 'female' | null; aliases: Set<string>; terms: OfficeTerm[]; fromUser?: boolean }>();
  for (const [name, g, actor, role, from, to] of officeHolders.terms) {
    const key = normaliseName(name);
    const p = persons.get(key) ?? { name, gender: g === 'm' ? ('male' as const) : ('female' as const), aliases: new Set(officeHolders.aliases[name] ?? []), terms: [] };
    p.terms.push({ actor, role, from, to });
    persons.set(key, p);
  }
  for (const u of user ?? []) {
    persons.set(normaliseName(u.name), {
      name: u.name,
      gender: u.gender ?? null,
      aliases: new Set(u.aliases ?? []),
      terms: u.terms.map((t) => ({ actor: t.actor, role: t.role ?? null, from: t.from ?? null, to: t.to ?? null })),
      fromUser: winsOverTitles.has(u),
    });
  }
  const index = new Map<string, KnownPerson[]>();
  for (const p of persons.values()) {
    const person: KnownPerson = Object.freeze({
      name: p.name,
      gender: p.gender,
      aliases: Object.freeze([...p.aliases]),
      terms: Object.freeze([...p.terms].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))),
      ...(p.fromUser ? { fromUser: true } : {}),
    });
    for (const n of [p.name, ...p.aliases]) {
      const k = normaliseName(n);
      const list = index.get(k) ?? [];
      if (!list.includes(person)) list.push(person);
      index.set(k, list);
    }
    // Surname key for lookupTitledSurname ("~bush" → both Bushes).
    const sk = SURNAME_PREFIX + (normaliseName(p.name).split(' ').pop() ?? '');
    const byLast = index.get(sk) ?? [];
    byLast.push(person);
    index.set(sk, byLast);
  }
  return index;
}

/**
 * The actor code of a known person on a date (PETRARCH-style dated actor codes): the term covering the
 * date; after a term has ended (and no other covers the date) the country of the most recently ended
 * term with agent ELI (CAMEO: former officials are elites); before the first term, null.
 * With no date (an undated article) the code that is true on every date from the start of the person's first
 * term to the end of the last one ({@link undatedActor}): one office code held without a break ("Tony Blair",
 * GBRGOV); else the country alone when every term and the gaps between them (ELI) share it ("Boris Johnson",
 * Foreign Secretary 2016–18 and Prime Minister 2019–22, is GBR, not GBRGOV: in a 2004 story he was an opposition
 * MP); else null (a national office and a UN post). It was the latest term, which gave undated 2004 stories
 * government agents their people only took years later. A person named before the first term the list records
 * (an undated story of 2004 naming a Prime Minister of 2010) still gets that term's code: the list holds offices,
 * not careers.
 * @param person a known person (terms sorted by `from`, as {@link buildActorIndex} builds them)
 * @param date YYYY-MM-DD (a longer ISO string is cut to the day) or null
 * @returns the code, the office (null when the terms differ) and the basis, or null when no code holds
 */
export function actorOn(person: KnownPerson, date: string | null): DatedActor | null {
  if (person.terms.length === 0) return null;
  if (!date) return undatedActor(person);
  const day = date.slice(0, 10);
  for (let i = person.terms.length - 1; i >= 0; i--) {
    const t = person.terms[i];
    if ((t.from === null || t.from <= day) && (t.to === null || day < t.to)) return { actor: t.actor, role: t.role, basis: 'in-office' };
  }
  let latest: OfficeTerm | undefined;
  for (const t of person.terms) if (t.to !== null && t.to <= day && (!latest || t.to > latest.to!)) latest = t;
  const latestCountry = latest ? countryOf(latest.actor) : null;
  if (latest && latestCountry) {
    return { actor: `${latestCountry}ELI`, role: `former ${latest.role ?? 'official'}`, basis: 'former' };
  }
  return null;
}

/** The country part of an office's actor code ("GBRGOV" → "GBR"); null for international and transnational posts (IGO, NGO…). */
function countryOf(actor: string): string | null {
  return /^[A-Z]{3}/.test(actor) && !/^(IGO|NGO|NGM|IMG|MNC)/.test(actor) ? actor.slice(0, 3) : null;
}

/** Two terms of one code this many days apart or less are one tenure (a re-appointment, a date rounded in the list). */
const TENURE_GAP_DAYS = 31;

/**
 * The actor code true on every date of a person's known terms (see {@link actorOn}, no date): one code held
 * without a break longer than {@link TENURE_GAP_DAYS}, with its office when all terms share it; else the shared
 * country (3 letters) of terms that all start with one, never an IGO/NGO/NGM/IMG/MNC prefix; else null.
 */
function undatedActor(person: KnownPerson): DatedActor | null {
  const terms = person.terms;
  const first = terms[0];
  let sameCode = true;
  let sameRole = true;
  let country = countryOf(first.actor);
  let end = first.to;
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i];
    if (t.actor !== first.actor) sameCode = false;
    if (t.role !== first.role) sameRole = false;
    if (country !== null && t.actor.slice(0, 3) !== country) country = null;
    // a break between tenures: the person was a former official (ELI) in between
    if (end !== null && (t.from === null || Date.parse(t.from) - Date.parse(end) > TENURE_GAP_DAYS * 86_400_000)) sameCode = false;
    if (end !== null && (t.to === null || t.to > end)) end = t.to;
  }
  if (sameCode) return { actor: first.actor, role: sameRole ? first.role : null, basis: 'undated' };
  return country ? { actor: country, role: null, basis: 'undated' } : null;
}

/**
 * Finds the known person a name refers to; when several share it ("George Bush"), the one whose terms
 * lie nearest the date.
 * @param name full name or alias as written; `date` YYYY-MM-DD or null
 */
export function lookupPerson(index: ActorIndex, name: string, date: string | null): KnownPerson | undefined {
  const list = index.get(normaliseName(name));
  if (!list || list.length === 0) return undefined;
  if (list.length === 1 || !date) return list[0];
  const day = date.slice(0, 10);
  const distance = (p: KnownPerson) => {
    let best = Infinity;
    for (const t of p.terms) {
      if ((t.from === null || t.from <= day) && (t.to === null || day < t.to)) return 0;
      const d = Math.min(Math.abs(Date.parse(t.from ?? day) - Date.parse(day)), Math.abs(Date.parse(t.to ?? day) - Date.parse(day)));
      best = Math.min(best, d);
    }
    return best;
  };
  return [...list].sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * Finds the office holder a title and a surname name on a date ("President Bush" in 1991 → George H. W.
 * Bush; in 2005 → George W. Bush): among known persons whose name ends in the surname, those with a
 * term covering the date whose office contains the title word(s) ("President" ⊂ "President",
 * "Minister" ⊂ "Prime Minister") and, when the article gave a country, whose actor code starts with it.
 * @param surname one name token as written ("Bush"); `title` the title as written ("President")
 * @param country CAMEO country code from the title's modifier ("US President Bush") or null
 * @param date YYYY-MM-DD; without a date nothing is found (the office holder depends on it)
 * @returns the only such person, or undefined when none or several fit
 */
export function lookupTitledSurname(index: ActorIndex, surname: string, title: string, country: string | null, date: string | null): KnownPerson | undefined {
  if (!date) return undefined;
  const day = date.slice(0, 10);
  const last = normaliseName(surname);
  const office = normaliseName(title);
  if (!last || !office) return undefined;
  const found = (index.get(SURNAME_PREFIX + last) ?? []).filter((p) =>
    p.terms.some((t) => (t.from === null || t.from <= day) && (t.to === null || day < t.to) && t.role !== null && normaliseName(t.role).includes(office) && (!country || t.actor.startsWith(country))),
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Whether some known office holder has the surname and ever held an office whose name contains the title ("President
 * Bush": either George Bush), whatever the date: such a titled surname names that holder, even in an undated text.
 * @param surname one name token as written; `title` the title as written
 */
export function isKnownTitledSurname(index: ActorIndex, surname: string, title: string): boolean {
  const office = normaliseName(title);
  if (!office) return false;
  return (index.get(SURNAME_PREFIX + normaliseName(surname)) ?? []).some((p) => p.terms.some((t) => t.role !== null && normaliseName(t.role).includes(office)));
}


/**
 * The known persons holding on `date` an office of `country` (a term covering the date whose actor code starts with
 * the country's code and whose office passes `office`): who was the country's head of state or government that day.
 * @param index the actor index; `country` a CAMEO country code ("USA"); `date` YYYY-MM-DD (longer ISO strings are cut)
 * @param office test of a term's office, given normalised ("president", "prime minister")
 * @returns the persons, each once, in index order
 */
export function officeHoldersOn(index: ActorIndex, country: string, date: string, office: (role: string) => boolean): KnownPerson[] {
  const day = date.slice(0, 10);
  const out = new Set<KnownPerson>();
  for (const list of index.values()) {
    for (const p of list) {
      if (out.has(p)) continue;
      if (p.terms.some((t) => t.actor.startsWith(country) && t.role !== null && (t.from === null || t.from <= day) && (t.to === null || day < t.to) && office(normaliseName(t.role)))) out.add(p);
    }
  }
  return [...out];
}
