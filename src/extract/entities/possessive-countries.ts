import type { DraftEntity } from './build-entities.js';
import type { DocView } from './doc-view.js';
import { matchAt, type GroupRoleEntry } from './gazetteer.js';
import { rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Possessive pronouns whose referent's country "<pronoun> country" names. */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);
/** Nouns that, after such a pronoun, stand for the referent's state. */
const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['country', 'nation']);

/**
 * "his country", "her nation's banks": a possessive pronoun before "country"/"nation" refers through its referent to
 * that referent's country, not to the referent. A pronoun resolved to a person or organisation with a country (its
 * actor code's country or its `country`) is moved: "his country" becomes a mention of that country (the article's
 * entity for it, or a new one), and "his country's <group noun>" ("firms", "banks", "troops": the group roles of
 * `data/actors/roles.json`) a description of that country's group, coded country + the group's agent, as "South Korean
 * firms" is (KORBUS). The pronoun's antecedent stays the evidence. A reported case (reut2-003): a South Korean trade
 * minister telling of purchases his country's companies would make in the United States made the minister (KORGOV) the
 * buyer.
 * @param view the article's DocView
 * @param res entity resources (`gazetteer` for group roles, `countryNames`)
 * @param drafts the article's entities after pronoun resolution; changed in place, new ones appended
 * @returns the number of pronouns moved
 */
export function possessiveCountries(view: DocView, res: EntityResources, drafts: DraftEntity[]): number {
  const { doc, keys } = view;
  let moved = 0;
  const originals = drafts.slice();
  for (const e of originals) {
    if (e.type === 'GPE') continue;
    const country = countryOf(res, e);
    if (!country) continue;
    for (let k = e.mentions.length - 1; k >= 0; k--) {
      const m = e.mentions[k];
      if (m.kind !== 'pronoun' || !POSSESSIVES.has(keys[m.tokStart])) continue;
      const t = m.tokEnd;
      if (t >= doc.tokenCount || !COUNTRY_NOUNS.has(keys[t]) || view.sentenceOf[t] !== m.sentence) continue;
      // "its country of origin", "his country of birth": a country the noun after "of" qualifies, not the referent's
      if (keys[t + 1] === 'of') continue;
      const possessive = t + 1 < doc.tokenCount && (keys[t + 1] === "'s" || keys[t + 1] === '’s');
      const group = possessive ? groupAt(view, res, t + 2) : null;
      const end = group ? group.end : t + 1;
      const place = { start: m.start, end: doc.ends[end - 1], tokStart: m.tokStart, tokEnd: end, sentence: m.sentence, evidence: m.evidence };
      const name = doc.text.slice(place.start, place.end);
      let mention: RawMention;
      if (group) {
        const actor = country + group.entry.agent;
        mention = rawMention(place, { kind: 'nominal', type: 'ORG', key: `GRP|${actor}|${group.entry.phrase}`, name, actor, country, agent: group.entry.agent, role: group.entry.phrase, rule: 'possessive-country-group', confidence: 0.7 });
      } else {
        mention = rawMention(place, { kind: 'nominal', type: 'GPE', key: `GPE|${country}`, name: res.countryNames.get(country) ?? country, actor: country, country, agent: null, rule: 'possessive-country', confidence: 0.7 });
      }
      e.mentions.splice(k, 1);
      const target = drafts.find((d) => (group ? d.type === 'ORG' && d.actor === mention.actor && d.role === mention.role : d.type === 'GPE' && d.actor === country));
      if (target) {
        target.mentions.push(mention);
        target.mentions.sort((x, y) => x.start - y.start);
      } else drafts.push(newDraft(mention, group ? name : mention.name));
      moved++;
    }
  }
  return moved;
}

/** The country of a person's or organisation's actor code ("KORGOV" → "KOR"), or its recorded country. */
function countryOf(res: EntityResources, e: DraftEntity): string | null {
  if (e.actor && res.countryNames.has(e.actor.slice(0, 3))) return e.actor.slice(0, 3);
  return e.country && res.countryNames.has(e.country) ? e.country : null;
}

/** The longest group role ("firms", "state banks") starting at token `i` of its sentence, with its end token. */
function groupAt(view: DocView, res: EntityResources, i: number): { entry: GroupRoleEntry; end: number } | null {
  if (i >= view.doc.tokenCount) return null;
  const s = view.doc.sentences[view.sentenceOf[i]];
  let best: { entry: GroupRoleEntry; end: number } | null = null;
  for (const match of matchAt(res.gazetteer, view.doc, view.keys, i, s.endToken)) {
    for (const entry of match.phrase.entries) {
      if (entry.kind === 'groupRole' && (!best || match.end > best.end)) best = { entry, end: match.end };
    }
  }
  return best;
}

/** A new entity holding one description mention. */
function newDraft(m: RawMention, name: string): DraftEntity {
  return { key: m.key, name, type: m.type, actor: m.actor, country: m.country, agent: m.agent, role: m.role, categories: new Set(), gender: null, tokens: [], variants: [], mentions: [m], rule: m.rule, confidence: m.confidence };
}
