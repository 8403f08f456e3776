import type { MentionKind } from '../../model/entity.js';
import type { RawMention } from './raw-mention.js';

/**
 * Rules whose mention is a country, people or organisation followed by a group noun ("US troops"), or a business
 * described by its nationality ("the Dutch electronics group", nationality-companies.ts).
 */
const GROUP_RULES: ReadonlySet<string> = new Set(['country-group', 'country-group-plural', 'nationality-company']);

/**
 * The kind an output mention gets: a group phrase ending in a lower-case group noun ("US troops", "the
 * Iraqi government", "Argentina people", "Hamas leaders", "U.S. federal government") describes its group
 * rather than naming it, so it is a `nominal` mention, as the entity model defines descriptions ("the top
 * US diplomat"); every other mention keeps its kind. Inside the entity component the phrase stays a name
 * mention (its own entity, keyed and coded USAMIL, IRQGOV, for events and pronouns); only the output says
 * what it is. A group written in capitals as a proper name ("U.S. Army", "the Iraqi Army") stays a name.
 * Source: UNER, GUM and CoNLL mark the country or people in such a phrase ("US" as a place, "Iraqi" as a
 * nationality) and no name for the group (found as false organisations on UNER dev folds, GUM dev and GUM
 * train: "US troops", "American people", "Indian government", "Iraqi police").
 * @param m a raw mention of the article; `text` the article text its span points into
 * @returns 'nominal' for a lower-case group description, else `m.kind`
 */
export function outputMentionKind(m: RawMention, text: string): MentionKind {
  if (m.kind !== 'name' || !GROUP_RULES.has(m.rule)) return m.kind;
  let i = m.end;
  while (i > m.start && !/\s/.test(text[i - 1])) i--;
  return /\p{Lu}/u.test(text.slice(i, m.end)) ? m.kind : 'nominal';
}
