import type { DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { startsUpper } from './letter-case.js';
import { GUESSED_PERSON_RULES, rawMention, type RawMention } from './raw-mention.js';

/**
 * Titles of monarchs and nobles that name a person by the land they hold ("the King of Jordan", "the Prince of Wales",
 * "Earl of Clare"), with the CAMEO agent of the office: reigning heads of state GOV (CAMEO actor codebook: heads of
 * state and government are GOV), nobles none.
 */
const LAND_TITLES: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ['king', 'GOV'], ['queen', 'GOV'], ['emperor', 'GOV'], ['empress', 'GOV'], ['emir', 'GOV'], ['sultan', 'GOV'], ['shah', 'GOV'],
  ['tsar', 'GOV'], ['czar', 'GOV'], ['tsarina', 'GOV'], ['protector', 'GOV'], ['viceroy', 'GOV'],
  ['prince', null], ['princess', null], ['duke', null], ['duchess', null], ['earl', null], ['count', null], ['countess', null],
  ['baron', null], ['baroness', null], ['marquess', null], ['marquis', null], ['archduke', null],
]);

/** Place-like mentions a land title may hold: countries, capitals, tagged or known places. */
const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC']);

/**
 * A capitalised land title, "of", an optional "the" and a place mention — "the King of Jordan", "the Emir of Qatar",
 * "Emperor of the United States", "Earl of Clare", "the Prince of Wales" — name a person by office: the title and the
 * place become one PERSON mention (rule `title-of-place`), coded, when the place is a country and the title a reigning
 * one ({@link LAND_TITLES}), country + GOV ("the King of Jordan" → JORGOV; it was the place Jordan alone, so "the King
 * of Jordan met …" had no person as its source); a noble's title keeps the place's country and no agent. GUM marks such
 * titles as person names ("Norton I, Emperor of the United States", "Protector of Mexico", "Earl of Clare"). A title
 * that is part of another mention than a role description ("The King") or a guessed person is left alone.
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such titles joined to their place, in text order
 */
export function titleOfPlaces(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  let out: RawMention[] | null = null;
  const dropped = new Set<number>();
  for (let k = 0; k < mentions.length; k++) {
    const p = mentions[k];
    if (p.kind !== 'name' || !PLACE_TYPES.has(p.type)) continue;
    let o = p.tokStart - 1;
    if (o >= 0 && keys[o] === 'the') o--;
    const t = o - 1;
    if (t < 0 || keys[o] !== 'of' || sentenceOf[t] !== p.sentence) continue;
    const agent = LAND_TITLES.get(keys[t]);
    if (agent === undefined || !startsUpper(doc.text.slice(doc.starts[t], doc.ends[t]))) continue;
    // The title may be a role description ("The King") or a guessed person ("Emperor"), nothing else.
    const title: number[] = [];
    let blocked = false;
    for (let j = k - 1; j >= 0 && mentions[j].tokEnd > t - 1; j--) {
      const q = mentions[j];
      if (q.tokEnd <= t) continue;
      if (q.tokStart >= t - 1 && q.tokEnd <= o && (q.rule === 'role-description' || GUESSED_PERSON_RULES.has(q.rule))) title.push(j);
      else blocked = true;
    }
    if (blocked) continue;
    const country = p.country;
    const countryName = p.rule === 'country-name' || p.rule === 'seat-metonym';
    const start = doc.starts[t];
    const name = doc.text.slice(start, p.end);
    const person = rawMention({ start, end: p.end, tokStart: t, tokEnd: p.tokEnd, sentence: p.sentence, evidence: [] }, {
      kind: 'name', type: 'PERSON', key: '', name, actor: agent && country && countryName ? country + agent : null, country, agent: country && countryName ? agent : null,
      // One joined token: the place is no surname ("Athens" elsewhere in the article is the city, not this person).
      personTokens: [nameTokens(keys, t, p.tokEnd).join(' ')], rule: 'title-of-place', confidence: 0.75,
    });
    out ??= [...mentions];
    out[k] = person;
    for (const j of title) dropped.add(j);
  }
  return out ? out.filter((_, j) => !dropped.has(j)).sort((x, y) => x.start - y.start) : [...mentions];
}
