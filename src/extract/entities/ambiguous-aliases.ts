import type { DocView } from './doc-view.js';
import { rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import type { OrgEntry } from './gazetteer.js';
import { sortByStart } from './sort-by-start.js';

/**
 * The first code units and the lengths (UTF-16 units) of the aliases: a token with another first unit or length is no
 * alias, settled without slicing its surface (slicing and looking up every token was nearly all of this step's cost).
 * @param aliases the aliases by their exact surface (`res.ambiguousAliases`, 18 built in)
 */
function aliasShapes(aliases: ReadonlyMap<string, unknown>): { firsts: Set<number>; lengths: Set<number> } {
  const firsts = new Set<number>();
  const lengths = new Set<number>();
  for (const alias of aliases.keys()) {
    firsts.add(alias.charCodeAt(0));
    lengths.add(alias.length);
  }
  return { firsts, lengths };
}

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
  const { firsts, lengths } = aliasShapes(res.ambiguousAliases);
  let named: Set<string> | null = null;
  let out: RawMention[] | null = null;
  for (let i = 0; i < doc.tokenCount; i++) {
    const start = doc.starts[i];
    if (!lengths.has(doc.ends[i] - start) || !firsts.has(doc.text.charCodeAt(start))) continue;
    const entry = res.ambiguousAliases.get(doc.text.slice(start, doc.ends[i]));
    if (!entry) continue;
    const key = `ORG|${entry.name}`;
    named ??= new Set(mentions.filter((m) => m.kind === 'name' && m.actor !== null).map((m) => m.key));
    if (!named.has(key)) continue;
    out = withAlias(view, out ?? mentions, i, entry, key) ?? out;
  }
  return out ?? [...mentions];
}

/**
 * `list` with the organisation `entry` read at token `i` (its alias), the mentions there going, or null when a mention
 * there is other than the one word with no actor code. Apart from {@link ambiguousAliases}' loop, whose per-token
 * binding a closure over `i` would make V8 allocate at every token.
 */
function withAlias(view: DocView, list: readonly RawMention[], i: number, entry: OrgEntry, key: string): RawMention[] | null {
  const { doc } = view;
  const there = list.filter((m) => m.tokStart <= i && m.tokEnd > i);
  if (there.some((m) => m.tokStart !== i || m.tokEnd !== i + 1 || m.actor !== null)) return null;
  const m = rawMention(
    { start: doc.starts[i], end: doc.ends[i], tokStart: i, tokEnd: i + 1, sentence: view.sentenceOf[i], evidence: [] },
    { kind: 'name', type: entry.type, key, name: entry.name, actor: entry.actor, country: entry.country, agent: entry.agent, rule: 'known-organisation-alias', confidence: 0.9 },
  );
  const out = [...list.filter((x) => !there.includes(x)), m];
  sortByStart(out);
  return out;
}
