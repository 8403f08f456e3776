import type { DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { startsUpper } from './letter-case.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** An initial or a run of initials written with full stops: "L.", "O.J.", "W.H.S." (not "U.S.": a country). */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

/** Abbreviations written like initials: "P.S. Tom, call Vernon", "at 9 A.M. Ruth left", legal forms "N.V. DSM". */
const NOT_INITIALS: ReadonlySet<string> = new Set(['P.S.', 'P.P.S.', 'N.B.', 'A.M.', 'P.M.', 'I.E.', 'E.G.', 'B.C.', 'A.D.', 'R.I.P.', 'Q.E.D.', 'P.O.', 'N.V.', 'B.V.', 'S.A.', 'A.G.', 'A.S.', 'A.B.', 'P.C.', 'L.P.']);

/**
 * Initials before a name ("L. Ron Hubbard", "O.J. Simpson", "R. E. Glenn", "K. Michael Stevens"):
 * - a tagger "organisation" made of initials and one or two capitalised words (not in capitals), none of them an
 *   organisation cue word ("Corporation", "Bank": `res.orgCues`) or an ordinary word (`res.commonWords`),
 *   is a person written with initials (rule `initials-person`): the tagger learnt initials from company
 *   names such as "J.M. Huber Corporation", which keep their cue word and so their type;
 * - a person mention right after initials in its sentence takes them in ("Ron Hubbard" → "L. Ron
 *   Hubbard", "E. Glenn" → "R. E. Glenn"), as CoNLL, UNER and GUM mark the name. Initials that are a
 *   country's abbreviation ("U.S.", "U.K.") are left out.
 * Found on UNER English-EWT dev (signatures, a nomination list) and GUM train/dev ("O.J. Simpson",
 * "K.C. Maurer", "L. Ron Hubbard"). Over 1,500 TempEval-3 newswire articles it made persons of "V.P. Goel",
 * "N.T. Rama Rao", "S.S. Sidhu", "J.C. Matlock" (organisations before) and one store ("F.A.O. Schwarz").
 * @param view the article's DocView; `res` entity resources (`orgCues`, `commonWords`, `gazetteer`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with those persons, in text order
 */
export function initialsNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const surface = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  // "U.S.", "U.N.": a country's or organisation's abbreviation, no initials.
  const known = (i: number) => res.gazetteer.get(keys[i])?.some((p) => p.keys.length === 1 && p.entries.some((e) => e.kind === 'country' || e.kind === 'org')) ?? false;
  const isInitials = (i: number) => INITIALS.test(surface(i)) && !NOT_INITIALS.has(surface(i)) && !known(i);
  const owned = new Set<number>();
  for (const m of mentions) for (let i = m.tokStart; i < m.tokEnd; i++) owned.add(i);
  return mentions.map((m) => {
    if (m.kind !== 'name') return m;
    if (m.type === 'ORG' && m.rule === 'ner-tagger') {
      let k = m.tokStart;
      while (k < m.tokEnd && isInitials(k)) k++;
      const rest = m.tokEnd - k;
      if (k === m.tokStart || rest < 1 || rest > 2) return m;
      // Capitalised words with lower-case letters ("Simpson", not an acronym: "N.V. DSM").
      for (let i = k; i < m.tokEnd; i++) if (!startsUpper(surface(i)) || surface(i) === surface(i).toUpperCase() || res.orgCues.has(keys[i]) || res.commonWords.has(keys[i])) return m;
      return copyMention(m, { type: 'PERSON', key: '', actor: null, country: null, agent: null, personTokens: nameTokens(keys, m.tokStart, m.tokEnd), rule: 'initials-person' });
    }
    if (m.type !== 'PERSON') return m;
    let a = m.tokStart;
    while (a > 0 && a - m.tokStart > -3 && view.sentenceOf[a - 1] === m.sentence && !owned.has(a - 1) && isInitials(a - 1)) a--;
    if (a === m.tokStart) return m;
    return copyMention(m, { start: doc.starts[a], tokStart: a, name: doc.text.slice(doc.starts[a], m.end), personTokens: nameTokens(keys, a, m.tokEnd) });
  });
}
