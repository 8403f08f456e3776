import type { DocView } from './doc-view.js';
import type { RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Rules that vouch for a name by knowledge or definition, not a guess: such an acronym stays. */
const VOUCHED_RULES: ReadonlySet<string> = new Set(['known-organisation', 'acronym', 'country-name', 'title-organisation', 'titled-person', 'honorific-name']);

/**
 * Common acronyms of things, not names ("AI", "HTML", "DNA", "GDP", "CEO", "DUI", "GPA", "UV"): a one-word
 * name mention whose surface is such an acronym (`res.termAcronyms`, data/actors/term-acronyms.json) and
 * that only a guess made a name (the tagger, capitalisation) is dropped: CoNLL, UNER, GUM and re3d mark no
 * term. Acronyms defined in the article by a name in parentheses, known organisations and countries stay.
 * Found on GENTLE (syllabi, a proof: "HTML", "UI", "AC"), GUM train (a lighting paper's "CFL", "UV",
 * "AI") and UNER English-EWT dev ("HR", "DUI").
 * @param view the article's DocView; `res` entity resources (`termAcronyms`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions without such terms
 */
export function dropTermAcronyms(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc } = view;
  return mentions.filter((m) => {
    if (m.kind !== 'name' || m.tokEnd - m.tokStart !== 1 || VOUCHED_RULES.has(m.rule) || m.actor !== null) return true;
    return !res.termAcronyms.has(doc.text.slice(m.start, m.end));
  });
}
