import type { DocView } from './doc-view.js';
import { matchAt } from './gazetteer.js';
import { startsUpper } from './letter-case.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Rules of organisation mentions that rest on the tagger, a cue word or capitalisation, not on knowledge. */
const GUESSED_ORG_RULES = /^(?:ner-tagger|cue-word-name|coordinated-name|capitalised-name)/;

/** Words that may open a person's role before the gazetteer's role phrase ("Executive Director", "Acting Director"). */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(['executive', 'acting', 'deputy', 'senior', 'associate', 'assistant', 'managing', 'interim', 'chief', 'vice', 'general']);

/** Roles that also end names of things, teams and places ("Burger King", "Kansas City Chiefs", "Hollywood Reporter"): never cut. */
const NAME_ROLES: ReadonlySet<string> = new Set(['king', 'queen', 'emir', 'prince', 'princess', 'leader', 'head', 'chief', 'boss', 'general', 'major', 'justice', 'judge', 'captain', 'commander', 'speaker', 'doctor', 'lieutenant', 'admiral', 'colonel', 'sergeant', 'pope', 'bishop', 'archbishop', 'imam', 'cleric', 'reporter', 'editor', 'correspondent', 'journalist']);

/** Words that bind a role to the name before it ("Office of the President", "Board for Directors"): the role is then part of the name. */
const BINDING: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', '&', "'s", 'to']);

/**
 * A person's role at either edge of an organisation name guessed by the tagger, a cue word or capitalisation
 * is no part of the name: "GNOFHAC Executive Director" is the organisation "GNOFHAC" and the role of the
 * person named before it; "Vice President of CCNG, Inc." is the company "CCNG, Inc.". At the end, the longest
 * capitalised role phrase of the gazetteer ("Director", "President", "Professor"), with the modifiers before it
 * ("Executive", "Acting", "Deputy"…), is cut when it is no role that also ends names ("Burger King", "… Chief"), and two name words or an acronym stand before it ("NUJ General Secretary"; not "Salford MP", "High
 * Commissioner") and no "of", "the", "for" or
 * "and" binds it to the name ("Office of the President", "Board of Directors" stay). At the start, a role
 * phrase and "of" are cut when the rest ends in a company's legal form or is one word ("Vice President of
 * CCNG, Inc."; not "Secretary of State", which the gazetteer matches whole). Known organisations are left alone.
 * Found on UNER dev folds ("GNOFHAC Executive Director", "Vice President of CCNG, Inc.", "Office of Science
 * and Technology Policy Acting Director").
 * @param view the article's DocView; `res` entity resources (`gazetteer`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such organisation names narrowed (new objects)
 */
export function trimRoleEdges(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const word = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  // The end of a capitalised role phrase of the gazetteer starting at token i and ending by `limit`, or -1.
  const roleEnd = (i: number, limit: number) => {
    if (!startsUpper(word(i))) return -1;
    const m = matchAt(res.gazetteer, doc, keys, i, limit).find((x) => x.phrase.entries.some((e) => e.kind === 'personRole'));
    return m && !(m.end - i === 1 && NAME_ROLES.has(keys[i])) ? m.end : -1;
  };
  return mentions.map((m) => {
    if (m.kind !== 'name' || (m.type !== 'ORG' && m.type !== 'FAC') || !GUESSED_ORG_RULES.test(m.rule) || m.tokEnd - m.tokStart < 2) return m;
    // A role at the end: the earliest start of a role phrase (with its modifiers) that runs to the mention's end.
    for (let j = m.tokStart + 1; j < m.tokEnd; j++) {
      if (roleEnd(j, m.tokEnd) !== m.tokEnd) continue;
      let cut = j;
      while (cut > m.tokStart + 1 && ROLE_MODIFIERS.has(keys[cut - 1]) && startsUpper(word(cut - 1))) cut--;
      if (BINDING.has(keys[cut - 1])) break;
      // One word left must be an acronym ("NUJ General Secretary"): "Salford MP", "High Commissioner", "Rebel Billionaire" are no organisation and a role.
      if (cut - m.tokStart === 1 && !/^\p{Lu}{2,}$/u.test(word(m.tokStart))) break;
      return narrowed(m, m.tokStart, cut);
    }
    // A role and "of" at the start, before a company or a one-word name.
    let r = m.tokStart;
    while (r < m.tokEnd && ROLE_MODIFIERS.has(keys[r]) && startsUpper(word(r))) r++;
    const end = r < m.tokEnd ? roleEnd(r, m.tokEnd) : -1;
    if (end < 0 || keys[end] !== 'of' || end + 1 >= m.tokEnd || !startsUpper(word(end + 1))) return m;
    if (m.tokEnd - (end + 1) > 1 && !m.rule.endsWith('company-suffix')) return m;
    return narrowed(m, end + 1, m.tokEnd);
  });

  function narrowed(m: RawMention, a: number, b: number): RawMention {
    const name = doc.text.slice(doc.starts[a], doc.ends[b - 1]);
    return copyMention(m, { start: doc.starts[a], end: doc.ends[b - 1], tokStart: a, tokEnd: b, name, key: `${m.type}|${name.toLowerCase()}`, rule: `${m.rule}+role-cut` });
  }
}
