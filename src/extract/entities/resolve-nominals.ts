import type { DraftEntity } from './build-entities.js';
import { copyMention, type RawMention } from './raw-mention.js';
import { sortByStart } from './sort-by-start.js';
import { actorOn, normaliseName, type ActorIndex, type KnownPerson } from './actor-kb.js';

/**
 * Links role descriptions ("the top US diplomat", "the Chinese president", "the secretary") to the
 * person of the article who holds a compatible role: the role categories must overlap (data/actors/roles.json),
 * the country must agree when the description names one, and the most recently mentioned holder wins
 * (a holder mentioned only later is used when none came before). A description that names a country
 * and an office but no person of the article ("the US president said") becomes a person entity of its
 * own, coded country + agent (USAGOV) and, when `actors` and `date` are given and exactly one known
 * office holder held that office on the date, named after that holder; repeated descriptions of the
 * same office join it. Other unlinked descriptions are dropped.
 * @param nominals nominal raw mentions (kind "nominal")
 * @param entities draft entities; matched nominals are appended to their `mentions`, new office
 *   entities are appended to the array
 * @param actors known office holders (optional); `date` the article's date YYYY-MM-DD or null
 * @returns the number of linked descriptions (including those that made a new entity)
 */
export function resolveNominals(nominals: readonly RawMention[], entities: DraftEntity[], actors?: ActorIndex, date: string | null = null): number {
  let linked = 0;
  for (const n of nominals) {
    let best: DraftEntity | undefined;
    let bestAt = -Infinity;
    for (const e of entities) {
      if (e.type !== 'PERSON') continue;
      if (n.country && e.country !== n.country) continue;
      if (!rolesFit(n, e)) continue;
      let at = -Infinity;
      for (const m of e.mentions) if (m.kind === 'name' && m.start < n.start && m.start > at) at = m.start;
      if (at === -Infinity) at = -1e12 - e.mentions[0].start;
      if (at > bestAt) {
        bestAt = at;
        best = e;
      }
    }
    if (!best && n.country && n.agent) {
      const office = officeEntity(n, actors, date);
      // The holder may be named in the article without a title ("Trump … the US president").
      best = office.tokens.length > 0 ? entities.find((e) => e.type === 'PERSON' && normaliseName(e.name) === office.tokens.join(' ')) : undefined;
      if (!best) {
        entities.push(office);
        linked++;
        continue;
      }
    }
    if (!best) continue;
    let antecedent = best.mentions[0];
    for (const m of best.mentions) if (m.kind === 'name' && m.start < n.start) antecedent = m;
    best.mentions.push(copyMention(n, { key: best.key, evidence: [{ start: antecedent.start, end: antecedent.end }], rule: 'role-description' }));
    sortByStart(best.mentions);
    linked++;
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return linked;
}

/**
 * Whether a role description may name a person entity: the person has the description's own category
 * ({@link ownCategory}, data/actors/roles.json), or the person's office (a title in the article or the dated
 * office-holder list: "Chancellor of the Exchequer") contains the description's role ("the chancellor"); or the person
 * is an office description of the same role. A category the two merely share is no fit ("the chancellor" is not the
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
  if (e.rule.startsWith('office-description') && e.role === n.role) return true;
  const own = ownCategory(n);
  if (own !== null && e.categories.has(own)) return true;
  return !!n.role && !!e.role && officeNames(normaliseName(e.role), normaliseName(n.role));
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

/** A person entity for an office described without a name ("the US president"), dated by the article. */
function officeEntity(n: RawMention, actors: ActorIndex | undefined, date: string | null): DraftEntity {
  const actor = `${n.country}${n.agent}`;
  const holder = actors && date ? holderOn(actors, actor, n.role ?? '', date) : undefined;
  const name = holder?.name ?? n.name.replace(/^the\s+/i, '');
  return {
    key: `OFFICE|${actor}|${n.role ?? ''}`,
    name,
    type: 'PERSON',
    actor,
    country: n.country,
    agent: n.agent,
    role: n.role,
    categories: new Set(n.categories),
    gender: holder?.gender ?? null,
    tokens: holder ? normaliseName(holder.name).split(' ') : [],
    mentions: [copyMention(n, { rule: 'role-description' })],
    rule: holder ? 'office-description+office-holder' : 'office-description',
    confidence: holder ? 0.75 : 0.65,
  };
}

/** The only known person holding an office (actor code, office containing `role`) on a date. */
function holderOn(actors: ActorIndex, actor: string, role: string, date: string): KnownPerson | undefined {
  const office = normaliseName(role);
  const found = new Set<KnownPerson>();
  for (const persons of actors.values()) {
    for (const p of persons) {
      const dated = actorOn(p, date);
      if (dated?.basis === 'in-office' && dated.actor === actor && dated.role !== null && normaliseName(dated.role).includes(office)) found.add(p);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
