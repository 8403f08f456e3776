import type { DocView } from './doc-view.js';
import { matchAt, type CountryEntry } from './gazetteer.js';
import { rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * A country named in a person's title ("US President Barack Obama", "UK Foreign Secretary Jack Straw") is
 * a place mention of its own as well: CoNLL, UNER and GUM tag "US" as a location and the name as a
 * person, while the titled-person rule takes "US President" as the person's title (its evidence, which
 * gives the actor code USAGOV) and left the country unmentioned. For each titled person whose title span
 * opens with a country's name or alias (the gazetteer's country entries, not demonyms: "Israeli Prime
 * Minister" stays one title) that no other mention covers, a GPE mention of that country is added (rule
 * `title-country`, actor code the country's). The person keeps its title and code.
 * Found on GUM train news ("US President Barack Obama" three times, "U.S. President Donald Trump"); a
 * title opening with "U.S. Army" already had its country mention.
 * @param view the article's DocView; `res` entity resources (`gazetteer`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with the title countries added, in text order
 */
export function titleCountries(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  let added: RawMention[] | null = null;
  // Tokens some mention covers, built at the first candidate (one pass over the mentions, not one a person).
  let covered: Uint8Array | null = null;
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.rule !== 'titled-person' || m.evidence.length === 0) continue;
    const title = m.evidence[0];
    if (title.end > m.start) continue;
    // The title's first token: titles are short, so step back from the name.
    let t = m.tokStart - 1;
    while (t > 0 && doc.starts[t] > title.start && m.tokStart - t < 8) t--;
    if (doc.starts[t] !== title.start || view.sentenceOf[t] !== m.sentence) continue;
    const match = matchAt(res.gazetteer, doc, keys, t, m.tokStart).find((x) => x.end < m.tokStart && x.phrase.entries.some((e) => e.kind === 'country'));
    if (!match) continue;
    if (!covered) {
      covered = new Uint8Array(doc.tokenCount);
      for (const o of mentions) covered.fill(1, o.tokStart, o.tokEnd);
    }
    // The title's country tokens lie before the name, so the person's own span never covers them.
    let free = true;
    for (let i = t; i < match.end; i++) if (covered[i]) free = false;
    if (!free) continue;
    const c = match.phrase.entries.find((e): e is CountryEntry => e.kind === 'country');
    if (!c) continue;
    const place = { start: doc.starts[t], end: doc.ends[match.end - 1], tokStart: t, tokEnd: match.end, sentence: m.sentence, evidence: [] };
    (added ??= []).push(rawMention(place, { kind: 'name', type: 'GPE', key: `GPE|${c.code}`, name: c.name, actor: c.code, country: c.code, agent: null, rule: 'title-country', confidence: 0.9 }));
  }
  if (!added) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
