import type { DocView } from './doc-view.js';
import { matchAt, type CountryEntry, type OrgEntry } from './gazetteer.js';
import { rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Rule of the country named inside a business's description ("China" of "China's state oil firm"). */
export const COMPANY_COUNTRY_RULE = 'company-country';

/**
 * A country or organisation named before a lower-case group noun ("US troops", "the US army", "Argentina
 * people", "Hamas leaders") is a name mention of its own as well: UNER and GUM tag "US" as a location
 * and "Hamas" as an organisation there, and mark no name for the group, while the country-group rules
 * (`country-group`, `country-group-plural`) take the whole phrase as one organisation mention with the
 * group's actor code (USAMIL), which the events and coreference steps use. For each such mention whose
 * words after the name are all lower case and whose opening words are a country's name or alias (the
 * gazetteer's country entries, not demonyms: "Iraqi troops" names no country) or a known organisation,
 * a mention of that name is added (rule `group-country`: GPE with the country's code, or the organisation
 * with its own codes); the group mention stays. A capitalised group ("U.S. Army", "US Navy") is one
 * organisation name, as re3d and CoNLL mark it, and gets nothing. A business described by its country
 * (`nationality-company`: "a U.S. company", "China's state oil firm") keeps its country's name the same way, with rule
 * {@link COMPANY_COUNTRY_RULE}: no antecedent of a pronoun (resolve-pronouns.ts), as "its" after "a US car company"
 * is the company's.
 * Found on UNER dev folds ("US troops" four times, "US army", "US soldiers", "Argentina people") and GUM
 * train ("New Zealand government", "U.S government").
 * @param view the article's DocView; `res` entity resources (`gazetteer`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with the groups' names added, in text order
 */
export function groupCountries(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  let added: RawMention[] | null = null;
  for (const m of mentions) {
    if (m.kind !== 'name' || (m.rule !== 'country-group' && m.rule !== 'country-group-plural' && m.rule !== 'nationality-company')) continue;
    // "the US army": a leading determiner is not part of the name.
    let t = m.tokStart;
    if (keys[t] === 'the' && t + 1 < m.tokEnd) t++;
    const match = matchAt(res.gazetteer, doc, keys, t, m.tokEnd - 1)[0];
    if (!match) continue;
    const entry = match.phrase.entries.find((e): e is CountryEntry | OrgEntry => e.kind === 'country' || e.kind === 'org');
    if (!entry) continue;
    let lower = true;
    for (let i = match.end; i < m.tokEnd && lower; i++) lower = !/\p{Lu}/u.test(doc.text.slice(doc.starts[i], doc.ends[i]));
    if (!lower) continue;
    const place = { start: doc.starts[t], end: doc.ends[match.end - 1], tokStart: t, tokEnd: match.end, sentence: m.sentence, evidence: [] };
    const rule = m.rule === 'nationality-company' ? COMPANY_COUNTRY_RULE : 'group-country';
    const named =
      entry.kind === 'country'
        ? rawMention(place, { kind: 'name', type: 'GPE', key: `GPE|${entry.code}`, name: entry.name, actor: entry.code, country: entry.code, agent: null, rule, confidence: 0.9 })
        : rawMention(place, { kind: 'name', type: entry.type, key: `ORG|${entry.name}`, name: entry.name, actor: entry.actor, country: entry.country, agent: entry.agent, rule, confidence: 0.9 });
    (added ??= []).push(named);
  }
  if (!added) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
