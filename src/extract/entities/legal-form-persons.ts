import type { DocView } from './doc-view.js';
import { isLegalFormAt as isLegalForm } from './company-short-names.js';
import { copyMention, GUESSED_PERSON_RULES, retypedFromPerson, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';


/**
 * A person guessed by the NER tagger, a given name or capitalisation whose name ends in a legal form ("Heineken NV",
 * "Degussa AG", "Bouygues SA", "Fields Inc") is a company: no person's name ends in "AG" or "Inc". It is retyped as an
 * organisation of agent BUS with no country (rule `legal-form-name`), so that events and quotes do not give a company's
 * acts to a person and a later description ("the company") can link to it. The article's other guessed persons named
 * exactly by the words before the form ("Heineken", "Degussa") are the company's short name and take its key (rule
 * `legal-form-short-name`), unless the article also names a person ending in those words ("Henry Ford" beside "Ford
 * Motor Co" keeps "Ford" a person). Runs after country-subsidiaries.ts, which codes such a company when a country name
 * stands before the form ("Hoesch Maschinenfabrik Deutschland AG" DEUBUS).
 * Found on Reuters-21578 (reut2-005/006, two thousand stories: 20 companies with a legal form read as persons).
 * @param view the article's DocView
 * @param _res entity resources (unused; the step's signature)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such companies retyped, in the same order
 */
export function legalFormPersons(view: DocView, _res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  const shortNames = new Map<string, RawMention>();
  let out: RawMention[] | null = null;
  mentions.forEach((m, k) => {
    if (m.kind !== 'name' || m.type !== 'PERSON' || !GUESSED_PERSON_RULES.has(m.rule) || m.tokEnd - m.tokStart < 2 || !isLegalForm(view, m.tokEnd - 1)) return;
    let end = m.tokEnd - 1;
    while (end > m.tokStart && (isLegalForm(view, end - 1) || keys[end - 1] === ',')) end--;
    if (end === m.tokStart) return;
    const company = copyMention(retypedFromPerson(m, 'ORG', 'legal-form-name'), { agent: 'BUS' });
    out ??= [...mentions];
    out[k] = company;
    const short = keys.slice(m.tokStart, end).join(' ');
    if (!shortNames.has(short)) shortNames.set(short, company);
  });
  if (!out) return [...mentions];
  const list: RawMention[] = out;
  // persons named in full whose last words are a short name ("Henry Ford"): that short name may be the person
  const personal = new Set<string>();
  for (const m of list) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.tokEnd - m.tokStart < 2) continue;
    for (let a = m.tokStart + 1; a < m.tokEnd; a++) personal.add(keys.slice(a, m.tokEnd).join(' '));
  }
  return list.map((m) => {
    if (m.kind !== 'name' || m.type !== 'PERSON' || !GUESSED_PERSON_RULES.has(m.rule)) return m;
    const short = keys.slice(m.tokStart, m.tokEnd).join(' ');
    const company = shortNames.get(short);
    if (!company || personal.has(short)) return m;
    return copyMention(retypedFromPerson(m, 'ORG', 'legal-form-short-name'), { key: company.key, name: company.name, agent: 'BUS' });
  });
}
