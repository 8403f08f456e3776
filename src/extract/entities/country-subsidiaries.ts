import type { DocView } from './doc-view.js';
import { matchAt } from './gazetteer.js';
import { startsUpper } from './letter-case.js';
import { copyMention, GUESSED_PERSON_RULES, rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { isLegalFormAt as isLegalForm } from './company-short-names.js';
import { sortByStart } from './sort-by-start.js';

/** Capitalised words that open a sentence or a phrase and are no part of a company's brand. */
const NOT_BRAND: ReadonlySet<string> = new Set(['the', 'a', 'an', 'and', 'of', 'in', 'for', 'to', 'by', 'at', 'from', 'with', 'its', 'his', 'her', 'their']);

/** Brand words taken at most before the country when no mention ends there ("Kleinwort Benson Australia Ltd"). */
const MAX_BRAND_WORDS = 3;


/**
 * The country code of a country name filling tokens `[a, b)` exactly ("Canada", "New Zealand", "U.K."), or of its
 * name in its own language (`res.nativeCountries`: "Deutschland", "España"), or null.
 */
function countryAt(view: DocView, res: EntityResources, a: number, b: number): string | null {
  for (const m of matchAt(res.gazetteer, view.doc, view.keys, a, b)) {
    if (m.end !== b) continue;
    for (const e of m.phrase.entries) if (e.kind === 'country') return e.code;
  }
  return res.nativeCountries.get(view.keys.slice(a, b).join(' ')) ?? null;
}

/**
 * A company named "<Brand> <Country> <legal form>" — "Alcan Australia Ltd", "Chrysler Canada Ltd", "IBM Canada Ltd",
 * "Cargill U.K. Ltd", "Air New Zealand Ltd" — is a business of that country, coded country + BUS (AUSBUS, CANBUS): a
 * multinational's national subsidiary, or a company registered under the country's name. The entity layer had either
 * one organisation with no code ("Chrysler Canada Ltd", "Alcan Australia Ltd"; a company has no agent code without a
 * country) or the brand and the country apart ("IBM" USABUS, "Canada" CAN, and a stray "Ltd"), so events gave the
 * subsidiary's acts to its parent or to the country (Reuters-21578: 60 such names in the first 60 stories holding one
 * across reut2-000..008, 27 with no code and 33 split, by `detente entities`). The country may be written in its own
 * language ("IBM Deutschland GmbH" DEUBUS, "Hoesch Maschinenfabrik Deutschland AG"; `res.nativeCountries`), which
 * the gazetteer does not read as a country elsewhere. Two cases:
 * - a person guessed by the tagger or the capitalisation rules that ends in the legal form is dropped (no person is
 *   named "… Deutschland AG"), and the next case reads the company;
 * - an organisation mention that ends in legal-form words and holds a country name right before them, after at least one
 *   other word, and has no country of its own: coded country + BUS, its agent BUS (rule `…+country-in-name`);
 * - a country name right after a capitalised brand (a mention ending there, or up to three capitalised words) and right
 *   before capitalised legal-form words: one new organisation over brand, country and forms (rule `country-subsidiary`),
 *   the mentions inside it dropped. A mention crossing the span leaves it alone.
 * Runs before company-short-names.ts, which then codes "Alcan Australia" written without its form as the company.
 * @param view the article's DocView
 * @param res entity resources (the gazetteer's country names)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such companies coded or joined (new array, in text order)
 */
export function countrySubsidiaries(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc } = view;
  let out: RawMention[] | null = null;
  for (let f = 2; f < doc.tokenCount; f++) {
    if (!isLegalForm(view, f) || isLegalForm(view, f - 1)) continue;
    const found = subsidiaryAt(view, res, out ?? mentions, out !== null, f);
    if (!found) continue;
    out = found.list;
    f = found.next;
  }
  return out ?? [...mentions];
}

/**
 * The company named "<Brand> <Country> <legal form>" whose first legal-form word is token `f` (see
 * {@link countrySubsidiaries}): the mentions with it coded or joined, and the token the scan goes on after, or null
 * when there is none. Apart from the scan over every token, whose per-token bindings the closures here would make V8
 * allocate at every token.
 * @param current the mentions so far; `owned` whether they are the step's own copy (changed in place) or its input
 */
function subsidiaryAt(view: DocView, res: EntityResources, current: readonly RawMention[], owned: boolean, f: number): { list: RawMention[]; next: number } | null {
  const { doc, keys, sentenceOf } = view;
  // the country name ending right before the first legal-form word: one to three tokens ("U.K.", "South Africa")
  let c = -1;
  let country: string | null = null;
  for (let a = f - 1; a >= Math.max(1, f - 3) && sentenceOf[a] === sentenceOf[f]; a--) {
    country = countryAt(view, res, a, f);
    if (country) {
      c = a;
      break;
    }
  }
  if (!country || sentenceOf[c - 1] !== sentenceOf[f]) return null;
  let end = f + 1;
  while (end < doc.tokenCount && sentenceOf[end] === sentenceOf[f] && isLegalForm(view, end)) end++;
  let list: RawMention[] = owned ? (current as RawMention[]) : [...current];
  // one organisation already holds brand, country and form: code it when it has no country
  let whole = list.findIndex((x) => x.kind === 'name' && x.tokStart < c && x.tokEnd >= f + 1 && x.tokEnd <= end);
  // a guessed person ending in the legal form ("Maschinenfabrik Deutschland AG" for "Hoesch Maschinenfabrik
  // Deutschland AG") is no person: it goes, and the brand is read anew below
  if (whole >= 0 && list[whole].type === 'PERSON' && GUESSED_PERSON_RULES.has(list[whole].rule)) {
    list = list.filter((_, k) => k !== whole);
    whole = -1;
  }
  if (whole >= 0) {
    const x = list[whole];
    if (x.type !== 'ORG' || x.country) return null;
    list[whole] = copyMention(x, { country, agent: 'BUS', actor: country + 'BUS', rule: `${x.rule}+country-in-name` });
    return { list, next: f };
  }
  // the brand: a name mention ending right before the country, else capitalised words
  const before = list.find((x) => x.kind === 'name' && x.tokEnd === c && x.tokStart < c);
  let start = c;
  if (before) start = before.tokStart;
  else {
    while (start > 0 && c - start < MAX_BRAND_WORDS && sentenceOf[start - 1] === sentenceOf[c] && startsUpper(doc.text.slice(doc.starts[start - 1], doc.ends[start - 1])) && !NOT_BRAND.has(keys[start - 1]) && !list.some((x) => x.tokStart < start && x.tokEnd >= start)) start--;
  }
  if (start === c) return null;
  if (list.some((x) => (x.tokStart < start && x.tokEnd > start) || (x.tokStart < end && x.tokEnd > end))) return null;
  const surface = doc.text.slice(doc.starts[start], doc.ends[end - 1]);
  const kept = list.filter((x) => x.tokEnd <= start || x.tokStart >= end);
  kept.push(
    rawMention(
      { start: doc.starts[start], end: doc.ends[end - 1], tokStart: start, tokEnd: end, sentence: sentenceOf[start], evidence: [] },
      { kind: 'name', type: 'ORG', key: `ORG|${surface.toLowerCase()}`, name: surface, actor: country + 'BUS', country, agent: 'BUS', rule: 'country-subsidiary', confidence: 0.8 },
    ),
  );
  sortByStart(kept);
  return { list: kept, next: end - 1 };
}
