import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { GUESSED_PERSON_RULES, rawMention, retypedFromPerson, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * "Georgia Tech", "Virginia Tech", "Texas Tech", "Louisiana Tech": a capitalised name right before the word
 * "Tech" (capitalised) is a university's short name, an organisation (rule `tech-name`), not the country
 * Georgia (GEO), a person "Virginia Tech" or a place. The mentions on those words are replaced; a
 * first-level region or a country before "Tech" gives the university its country (the region's: Georgia
 * → USA). One or two capitalised words before "Tech" are taken, none of them an ordinary word
 * (`res.commonWords`: "The Tech sector", "High Tech" name no university).
 * Likewise a guessed person with the word "State" in it ("Penn State", "Penn State Wiki": "Penn" is a given
 * name) is a university, an organisation (rule `state-university`).
 * Found on UNER English-EWT dev (a signature: "Georgia Tech" read as the country) and GUM dev ("Penn State"
 * thirteen times a person).
 * @param view the article's DocView; `res` entity resources (`regionNames`, `commonWords`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such names as organisations, in text order
 */
export function techNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const surface = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  let out: RawMention[] | null = null;
  for (let i = 1; i < doc.tokenCount; i++) {
    if (keys[i] !== 'tech' || surface(i) !== 'Tech' || sentenceOf[i - 1] !== sentenceOf[i] || !startsUpper(surface(i - 1))) continue;
    let a = i - 1;
    if (a - 1 >= 0 && sentenceOf[a - 1] === sentenceOf[i] && startsUpper(surface(a - 1)) && a - 1 !== doc.sentences[sentenceOf[i]].firstToken) a--;
    // "The Tech sector", "High Tech": words news writes in lower case make no university name.
    let common = false;
    for (let k = a; k < i; k++) if (res.commonWords.has(keys[k])) common = true;
    if (common) continue;
    const list: RawMention[] = out ?? [...mentions];
    // A mention reaching before the run ("Harold Virginia …") is left alone.
    if (list.some((m) => m.tokStart < a && m.tokEnd > a)) continue;
    const region = res.regionNames.get(doc.text.slice(doc.starts[a], doc.ends[i - 1]).toLowerCase()) ?? null;
    const name = doc.text.slice(doc.starts[a], doc.ends[i]);
    const org = rawMention({ start: doc.starts[a], end: doc.ends[i], tokStart: a, tokEnd: i + 1, sentence: sentenceOf[i], evidence: [] }, { kind: 'name', type: 'ORG', key: `ORG|${name.toLowerCase()}`, name, actor: null, country: region, agent: null, rule: 'tech-name', confidence: 0.7 });
    const kept = list.filter((m) => !(m.tokStart <= i && m.tokEnd > a));
    kept.push(org);
    kept.sort((x, y) => x.start - y.start);
    out = kept;
  }
  // "Penn State", "Boise State": a guessed person ending in "State" is a university.
  const result = out ?? [...mentions];
  return result.map((m) => {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.tokEnd - m.tokStart < 2 || !GUESSED_PERSON_RULES.has(m.rule)) return m;
    let k = -1;
    // Not "Secretary of State", "Minister of State": a title.
    for (let i = m.tokStart + 1; i < m.tokEnd; i++) if (keys[i] === 'state' && surface(i) === 'State' && keys[i - 1] !== 'of') k = i;
    if (k < 0) return m;
    return retypedFromPerson(m, 'ORG', 'state-university');
  });
}
