import type { DocView } from './doc-view.js';
import { rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { sortByStart } from './sort-by-start.js';

/**
 * An acronym of a known organisation that also names other things ("CPC": the Communist Party of China, but also CPC
 * International, Chinese Petroleum Corp and Ceylon Petroleum Corp; "ICC": the International Criminal Court, but also the
 * Interstate Commerce Commission and the International Cricket Council; `res.ambiguousAliases`, from
 * data/actors/organisations.json) is that organisation only in an article that also names it by its name or another
 * alias (a mention keyed to it): each occurrence written exactly as the acronym then becomes a mention of the
 * organisation (rule `known-organisation-alias`), where no mention covers it or where a mention of exactly that word
 * carries no actor code (the tagger's "CPC"). Elsewhere the acronym is left to the other rules (the tagger, an acronym
 * defined in parentheses, initials of a name in the article: "Ceylon Petroleum Corp … CPC"). Such acronyms are kept
 * out of the gazetteer, so no rule gives them the organisation's code by themselves: in Reuters-21578 every one of 23
 * articles writing "CPC" (a food company, two state oil companies) had the Communist Party of China, CHNGOV.
 * @param view the article's DocView; `res` entity resources (`ambiguousAliases`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such acronyms read as their organisation (new array in text order)
 */
export function ambiguousAliases(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  if (res.ambiguousAliases.size === 0) return [...mentions];
  const { doc } = view;
  let named: Set<string> | null = null;
  let out: RawMention[] | null = null;
  for (let i = 0; i < doc.tokenCount; i++) {
    const entry = res.ambiguousAliases.get(doc.text.slice(doc.starts[i], doc.ends[i]));
    if (!entry) continue;
    const key = `ORG|${entry.name}`;
    named ??= new Set(mentions.filter((m) => m.kind === 'name' && m.actor !== null).map((m) => m.key));
    if (!named.has(key)) continue;
    const list: readonly RawMention[] = out ?? mentions;
    const there = list.filter((m) => m.tokStart <= i && m.tokEnd > i);
    if (there.some((m) => m.tokStart !== i || m.tokEnd !== i + 1 || m.actor !== null)) continue;
    const m = rawMention(
      { start: doc.starts[i], end: doc.ends[i], tokStart: i, tokEnd: i + 1, sentence: view.sentenceOf[i], evidence: [] },
      { kind: 'name', type: entry.type, key, name: entry.name, actor: entry.actor, country: entry.country, agent: entry.agent, rule: 'known-organisation-alias', confidence: 0.9 },
    );
    out = [...list.filter((x) => !there.includes(x)), m];
    sortByStart(out);
  }
  return out ?? [...mentions];
}
