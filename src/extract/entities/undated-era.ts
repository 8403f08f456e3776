import type { KnownPerson } from './actor-kb.js';

/** Years after the era's end before which a first term may still be the article's time. */
const ERA_GAP_YEARS = 2;

/** The fewest named office holders in office together that date an undated article. */
const MIN_ERA_MEMBERS = 2;

/**
 * For an article with no publication date, the known office holders it names whose every listed term begins after the
 * article's era, each with the day to read them on. The era: the days on which the largest number of the named office
 * holders, two at least, held an office the list gives (each day a term begins is looked at); none when no two of
 * them ever held office together. A person out of office on every such day and first in office more than two years
 * after the era ends (the first of those in office on its last day leaving) is read on that last day, so his listed office gives no code there (the title in the article may still give one, as
 * on a dated article before the term: build-entities.ts). Only this side: a person whose terms ended before the era keeps
 * the undated reading, since the list gives some offices of a career only (a 2005 article naming Gordon Brown and David
 * Miliband in offices they took in 2007, and Tony Blair, would otherwise make Blair a former office holder).
 * Found in BBC politics (2004–05, undated): "Mr Kerry", the 2004 candidate, was coded USAGOV from John Kerry's one
 * listed term (Secretary of State, 2013–17) in an article naming Tony Blair and Jacques Chirac.
 * @param persons the known office holders the article names (each once)
 * @returns the persons to read on a day, and that day (YYYY-MM-DD); empty when there is no era
 */
export function beforeEra(persons: readonly KnownPerson[]): Map<KnownPerson, string> {
  const out = new Map<KnownPerson, string>();
  if (persons.length <= MIN_ERA_MEMBERS) return out;
  const eraDays = eraOf(persons);
  if (eraDays.length === 0) return out;
  const last = eraDays[eraDays.length - 1];
  // the era ends when the first of the office holders in office on its last day leaves; a person counts as later
  // only when first in office more than ERA_GAP_YEARS after that (a 2005 article recalling John Major and Kenneth
  // Clarke, in office together until 1997, keeps Tony Blair, in office from 1997, undated)
  let end = '9999-12-31';
  for (const p of persons) {
    if (!inOffice(p, last)) continue;
    for (const t of p.terms) if ((t.from === null || t.from <= last) && t.to !== null && last < t.to && t.to < end) end = t.to;
  }
  const after = `${Number(end.slice(0, 4)) + ERA_GAP_YEARS}${end.slice(4)}`;
  for (const p of persons) {
    if (eraDays.some((d) => inOffice(p, d))) continue;
    if (p.terms.every((t) => t.from !== null && t.from > after)) out.set(p, last);
  }
  return out;
}

/** Whether one of a person's listed terms covers `day` (YYYY-MM-DD). */
function inOffice(p: KnownPerson, day: string): boolean {
  return p.terms.some((t) => (t.from === null || t.from <= day) && (t.to === null || day < t.to));
}

/**
 * The era of an article with no publication date: the days on which the largest number of the named office holders,
 * two at least, held an office the list gives (each day a term begins is looked at), in order; empty when no two of
 * them ever held office together.
 * @param persons the known office holders the article names (each once)
 * @returns days YYYY-MM-DD, sorted
 */
export function eraOf(persons: readonly KnownPerson[]): string[] {
  const days = new Set<string>();
  for (const p of persons) for (const t of p.terms) if (t.from) days.add(t.from);
  let most = 0;
  let eraDays: string[] = [];
  for (const day of [...days].sort()) {
    let n = 0;
    for (const p of persons) if (inOffice(p, day)) n++;
    if (n > most) [most, eraDays] = [n, [day]];
    else if (n === most) eraDays.push(day);
  }
  return most < MIN_ERA_MEMBERS ? [] : eraDays;
}
