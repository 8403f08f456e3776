import type { DocView } from './doc-view.js';
import { copyMention, rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { matchAt, type GroupRoleEntry, type PersonRoleEntry } from './gazetteer.js';

/** Role words of one who speaks for a body; data/actors/roles.json gives them no agent, as the body decides it. */
const SPOKES_WORDS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Determiners opening a description of a spokesperson: "the Iraqi spokesman", "an Iraqi army spokesman". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** How many words a group name between the country and the role word may have ("foreign ministry"). */
const MAX_GROUP_WORDS = 2;

/** Agent of a country's spokesperson when no body is named: he speaks for its government. */
const COUNTRY_AGENT = 'GOV';

/**
 * A country's spokesperson described without a name is coded as the country's government, or as the body named before
 * the role word: "the Iraqi spokesman said" IRQGOV, "an Israeli army spokesman said" ISRMIL, "a Chinese government
 * spokeswoman" CHNGOV. The role words ("spokesman", "spokeswoman", "spokesperson") carry no agent in
 * data/actors/roles.json, since a spokesman speaks for whatever body employs him ("Foreign Ministry spokesman Yalim
 * Eralp" is coded by his title), so a description naming only a country ("the Iraqi spokesman", rule
 * `role-description` of find-mentions.ts) had no agent and was dropped unlinked, and one naming a body ("the Iraqi
 * government spokesman") was no description at all: its speaker had no actor code. Now
 * - a `role-description` of a spokes-word with a country and no agent takes agent GOV;
 * - a determiner, a country, people or coded group mention ("Iraqi", "Iraqi government", "Israeli army"; no town, whose
 *   mention carries a country but no actor code: "a Honda spokesman" is the car maker's), and a
 *   spokes-word right after it, with no capitalised name following (a titled name is find-mentions.ts's), become one
 *   such description (kind `nominal`, rule `role-description`), with the group's agent or GOV; the country or group
 *   mention it covers is replaced by it.
 * resolve-nominals.ts then links the description to a spokesperson of that country named in the article, or makes it
 * an office entity of its own (IRQGOV). Users reported "the Iraqi spokesman" with no country and agent.
 * @param view the article's DocView; `res` entity resources (`gazetteer`: role categories)
 * @param mentions mentions in text order (not modified)
 * @returns the corrected mentions, in text order
 */
export function spokesmanDescriptions(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  let out: RawMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind === 'nominal' && m.type === 'PERSON' && m.rule === 'role-description' && m.country && !m.agent && m.role && SPOKES_WORDS.has(m.role.toLowerCase())) {
      (out ??= [...mentions])[i] = copyMention(m, { agent: COUNTRY_AGENT });
      continue;
    }
    if (!m.country || (m.type !== 'NORP' && m.type !== 'GPE' && m.type !== 'ORG')) continue;
    if (m.type === 'ORG' && (m.kind !== 'nominal' || !m.agent)) continue;
    // a country or its people ("Iraqi", "Israel"), not a town of one ("a Honda spokesman": Honda is also a Colombian town)
    if (m.type !== 'ORG' && m.actor !== m.country) continue;
    const det = m.tokStart - 1;
    if (det < 0 || !DETERMINERS.has(keys[det])) continue;
    let role = m.tokEnd;
    let agent = m.type === 'ORG' ? m.agent : COUNTRY_AGENT;
    // "the Iraqi government spokesman", "an Israeli army spokesman": a group word between gives the agent
    if (role < doc.tokenCount && !SPOKES_WORDS.has(keys[role]) && m.type !== 'ORG') {
      for (const g of matchAt(res.gazetteer, doc, keys, role, Math.min(doc.tokenCount, role + MAX_GROUP_WORDS))) {
        const group = g.phrase.entries.find((e): e is GroupRoleEntry => e.kind === 'groupRole');
        if (group && g.end < doc.tokenCount && SPOKES_WORDS.has(keys[g.end])) {
          agent = group.agent;
          role = g.end;
          break;
        }
      }
    }
    if (role >= doc.tokenCount || !SPOKES_WORDS.has(keys[role])) continue;
    if (sentenceOf[role] !== m.sentence || sentenceOf[det] !== m.sentence) continue;
    // "the Iraqi government spokesman Ali Dabbagh": a name follows, the title rule's
    if (role + 1 < doc.tokenCount && sentenceOf[role + 1] === m.sentence && /^\p{Lu}/u.test(doc.text.charAt(doc.starts[role + 1]))) continue;
    if (mentions.some((x) => x !== m && x.tokStart <= role && x.tokEnd > det && x.sentence === m.sentence)) continue;
    const entry = res.gazetteer.get(keys[role])?.flatMap((p) => p.entries).find((e): e is PersonRoleEntry => e.kind === 'personRole');
    const description = rawMention(
      { start: doc.starts[det], end: doc.ends[role], tokStart: det, tokEnd: role + 1, sentence: m.sentence, evidence: [] },
      {
        kind: 'nominal',
        type: 'PERSON',
        key: '',
        name: doc.text.slice(doc.starts[det + 1], doc.ends[role]),
        actor: null,
        country: m.country,
        agent,
        role: entry?.phrase ?? keys[role],
        categories: entry?.categories ?? [],
        rule: 'role-description',
        confidence: 0.65,
      },
    );
    (out ??= [...mentions])[i] = description;
  }
  return out ?? [...mentions];
}
