import type { DraftEntity } from './build-entities.js';
import type { RawMention } from './raw-mention.js';

/**
 * Links role descriptions ("the top US diplomat", "the Chinese president", "the secretary") to the
 * person of the article who holds a compatible role: the role categories must overlap (data/actors/roles.json),
 * the country must agree when the description names one, and the most recently mentioned holder wins
 * (a holder mentioned only later is used when none came before). Unlinked descriptions are dropped.
 * @param nominals nominal raw mentions (kind "nominal")
 * @param entities draft entities; matched nominals are appended to their `mentions`
 * @returns the number of linked descriptions
 */
export function resolveNominals(nominals: readonly RawMention[], entities: readonly DraftEntity[]): number {
  let linked = 0;
  for (const n of nominals) {
    let best: DraftEntity | undefined;
    let bestAt = -Infinity;
    for (const e of entities) {
      if (e.type !== 'PERSON') continue;
      if (n.country && e.country !== n.country) continue;
      if (!n.categories.some((c) => e.categories.has(c))) continue;
      let at = -Infinity;
      for (const m of e.mentions) if (m.kind === 'name' && m.start < n.start && m.start > at) at = m.start;
      if (at === -Infinity) at = -1e12 - e.mentions[0].start;
      if (at > bestAt) {
        bestAt = at;
        best = e;
      }
    }
    if (!best) continue;
    let antecedent = best.mentions[0];
    for (const m of best.mentions) if (m.kind === 'name' && m.start < n.start) antecedent = m;
    best.mentions.push({ ...n, key: best.key, evidence: [{ start: antecedent.start, end: antecedent.end }], rule: 'role-description' });
    best.mentions.sort((a, b) => a.start - b.start);
    linked++;
  }
  return linked;
}
