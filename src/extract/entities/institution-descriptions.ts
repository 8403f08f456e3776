import type { DraftEntity } from './build-entities.js';
import type { DocView } from './doc-view.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { sortByStart } from './sort-by-start.js';

/**
 * Head nouns of a definite description of a public body or an institution that news writes after naming it ("The
 * Commerce Department said … the department said", "the International Energy Agency … the agency", "the European
 * Commission … the commission", "the Transport Workers Union … the union"): the description takes up an organisation
 * named before whose name holds the same word.
 */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'agency', 'commission', 'committee', 'union', 'bureau', 'council', 'board', 'authority',
  'office', 'fund', 'court', 'exchange', 'institute', 'federation', 'association', 'organisation', 'organization',
  'administration', 'tribunal', 'parliament', 'assembly', 'senate', 'congress', 'army', 'navy', 'party',
]);

/** Words of a central bank's name ("Bank of Japan", "Bundesbank", "Federal Reserve", "Reserve Bank of India"). */
const CENTRAL_BANK_NAME = /bank|reserve/i;

/** Agents of a central bank's actor code: CAMEO codes central banks as government (CAMEO manual 1.1b3, agent GOV). */
const CENTRAL_BANK_AGENTS: ReadonlySet<string> = new Set(['GOV', 'CEN']);

/** Words between "the" and the head: at most two, each a word of the antecedent's name ("the energy agency"). */
const MAX_MODIFIERS = 2;

/**
 * Links definite descriptions of a public body or institution — "the department", "the agency", "the union", "the
 * central bank" — to the organisation of that kind named last before them: an ORG entity (not a group phrase) one of
 * whose name's words is the description's head ({@link INSTITUTION_HEADS}; "the department" → "Commerce Department",
 * "the ministry" → "Ministry of Finance"), or for "the central bank" an organisation coded as government whose name
 * holds "bank" or "reserve" (Bank of Japan JPNGOV, Federal Reserve USAGOV). Each word between "the" and the head must
 * be a word of that name ("the energy agency" → International Energy Agency; "the finance ministry" is no Foreign
 * Ministry). A description followed by "of" or a noun or name ("the union of …", "the department store") is none; one
 * with no such organisation named before it is left alone. Reuters-21578 reut2-005 writes "the department said" 23
 * times, "the central bank said" 7, "the union said" 6 with the body named earlier in the story; GUM and OntoNotes mark
 * such descriptions as coreferent with the name. The mention is a `nominal` of the entity (rule
 * `institution-description`, confidence 0.6, evidence: the antecedent's name), so a quote's speaker "the department"
 * resolves to the body and its actor code.
 * @param view the article's DocView
 * @param entities draft entities after names, descriptions and pronouns are resolved; matched descriptions are appended
 *   to their `mentions` (kept sorted by start)
 * @returns the number of descriptions linked
 */
export function linkInstitutionDescriptions(view: DocView, entities: readonly DraftEntity[]): number {
  const { doc, keys, sentenceOf } = view;
  const bodies = entities.filter((e) => e.type === 'ORG' && !e.rule.startsWith('country-group'));
  if (bodies.length === 0) return 0;
  const covered = new Uint8Array(doc.tokenCount);
  for (const e of entities) for (const m of e.mentions) for (let t = m.tokStart; t < m.tokEnd; t++) covered[t] = 1;
  const nameWords = new Map<DraftEntity, ReadonlySet<string>>(bodies.map((e) => [e, new Set(e.name.toLowerCase().split(/[\s-]+/))]));
  let linked = 0;
  const linkedTo = new Set<DraftEntity>();
  for (let i = 0; i + 1 < doc.tokenCount; i++) {
    if (keys[i] !== 'the' || covered[i]) continue;
    let h = i + 1;
    while (h < doc.tokenCount && h - i - 1 <= MAX_MODIFIERS && !INSTITUTION_HEADS.has(keys[h]) && keys[h] !== 'bank' && sentenceOf[h] === sentenceOf[i] && !covered[h] && /^\p{Ll}/u.test(doc.text[doc.starts[h]])) h++;
    if (h >= doc.tokenCount || covered[h] || sentenceOf[h] !== sentenceOf[i] || !/^\p{Ll}/u.test(doc.text[doc.starts[h]])) continue;
    const head = keys[h];
    const centralBank = head === 'bank' && h === i + 2 && keys[i + 1] === 'central';
    if (!centralBank && !INSTITUTION_HEADS.has(head)) continue;
    const next = h + 1 < doc.tokenCount && sentenceOf[h + 1] === sentenceOf[h] ? h + 1 : -1;
    if (next >= 0 && (keys[next] === 'of' || doc.pos[next] === 'PROPN' || doc.pos[next] === 'NOUN')) continue;
    const start = doc.starts[i];
    // the organisation of that kind named last before the description
    let best: DraftEntity | undefined;
    let evidence: RawMention | undefined;
    for (const e of bodies) {
      const words = nameWords.get(e)!;
      if (centralBank ? !(CENTRAL_BANK_NAME.test(e.name) && e.agent !== null && CENTRAL_BANK_AGENTS.has(e.agent)) : !words.has(head)) continue;
      if (!centralBank) {
        let modifiersInName = true;
        for (let t = i + 1; t < h; t++) if (!words.has(keys[t])) modifiersInName = false;
        if (!modifiersInName) continue;
      }
      for (const m of e.mentions) {
        if (m.kind !== 'name' || m.start >= start) continue;
        if (!evidence || m.start > evidence.start) {
          best = e;
          evidence = m;
        }
      }
    }
    if (!best || !evidence) continue;
    best.mentions.push(
      rawMention(
        { start, end: doc.ends[h], tokStart: i, tokEnd: h + 1, sentence: sentenceOf[i], evidence: [{ start: evidence.start, end: evidence.end }] },
        { kind: 'nominal', type: 'ORG', key: best.key, name: best.name, actor: best.actor, country: best.country, agent: best.agent, rule: 'institution-description', confidence: 0.6 },
      ),
    );
    for (let t = i; t <= h; t++) covered[t] = 1;
    linkedTo.add(best);
    linked++;
    i = h;
  }
  for (const e of linkedTo) sortByStart(e.mentions);
  return linked;
}
