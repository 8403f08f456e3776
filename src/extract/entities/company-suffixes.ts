import type { DocView } from './doc-view.js';
import { tokenKey } from './gazetteer.js';
import { startsUpper } from './letter-case.js';
import { exactPlaces } from './place-names.js';
import { copyMention, rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * Legal-form words that end a company's name after a comma ("Google, Inc.", "Acme Holdings, LLC"), as
 * gazetteer keys (lower case, dots removed). Only forms that are no English word of their own: "Co",
 * "Limited" and "Company" are left out.
 */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['inc', 'incorporated', 'ltd', 'llc', 'llp', 'lp', 'plc', 'corp', 'gmbh']);

/**
 * Whether a word is a company's legal form that ends its name after a comma ("Inc.", "LLC", "Ltd").
 * @param word a token's surface, any case
 */
export function isLegalFormWord(word: string): boolean {
  return startsUpper(word) && LEGAL_FORMS.has(tokenKey(word));
}

/** Words that may stand inside a company name's capitalised run besides capitalised words ("Barnes & Noble", "3M"). */
const RUN_JOINERS: ReadonlySet<string> = new Set(['&', 'and', 'of']);

/**
 * A company's legal form after a comma belongs to its name ("Orbital Widgets, Inc.", "CCNG, Inc."), as
 * UNER English-EWT and OntoNotes mark it: the organisation name ends after the legal form. The mention
 * ending right before the comma (any type: the legal form makes it a company; a weak or tagged "person"
 * or "place" such as "Carr Futures" is retyped) is widened over ", Inc."; when no mention ends there, the
 * capitalised run before the comma becomes an organisation name (rule `company-suffix`, the tagger often
 * tags nothing before a comma and the legal form alone). Mentions inside the widened name or starting at
 * the legal form ("Inc." tagged as an organisation of its own) are dropped. Countries and known places
 * before the comma are left alone ("… in Texas, Inc. magazine says"): only a weak guess or a tagger span
 * is taken for the company.
 * Found on UNER English-EWT dev (the Enron e-mails: "Enron Broadband Services, Inc.", "Google, Inc."
 * read as "Google" plus an organisation "Inc.").
 * A known town after "of" or "in" in a mention opening at the legal form ("Google, Inc. of Mountain View", which the
 * cue-word rule reads as one name "Inc. of Mountain View") is kept as a place (rule `company-town`) when `res` is given.
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @param res entity resources (`places`), for the company's town; without them the town goes with the name
 * @returns the mentions with such names widened or added (new objects), in text order
 */
export function joinCompanySuffixes(view: DocView, mentions: readonly RawMention[], res?: EntityResources): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  let out: RawMention[] | null = null;
  for (let i = 2; i < doc.tokenCount; i++) {
    if (keys[i - 1] !== ',' || !LEGAL_FORMS.has(keys[i]) || !startsUpper(doc.text.slice(doc.starts[i], doc.ends[i])) || sentenceOf[i - 2] !== sentenceOf[i]) continue;
    out = withCompanyAt(view, out ?? [...mentions], i, res) ?? out;
  }
  return out ?? [...mentions];
}

/**
 * {@link joinCompanySuffixes} at one legal form: the mentions with the company name ending at token `i` widened or
 * added, or null when the name before the comma is not taken. A function of its own so that the closures over the
 * token index are made for a legal form only: written inside the loop over the tokens, they had V8 allocate a
 * context for every token of every article (26 MB a pass over 1,300 articles, the largest allocation of the pipeline).
 * @param list the mentions in text order (a copy of the caller's, may be returned changed)
 * @param i the legal form's token, after a comma in the same sentence
 * @returns the new list, or null
 */
function withCompanyAt(view: DocView, list: RawMention[], i: number, res: EntityResources | undefined): RawMention[] | null {
  const { doc, keys, sentenceOf } = view;
  const surface = (t: number) => doc.text.slice(doc.starts[t], doc.ends[t]);
  const comma = i - 1;
  const base = list.findIndex((m) => m.kind === 'name' && m.tokEnd === comma);
  let start = -1;
  let from: RawMention | null = null;
  if (base >= 0) {
    const m = list[base];
    // A known place ("Austin, Texas, Inc. magazine") is not taken for the company.
    const takeable = m.type === 'ORG' || m.weak || ((m.rule.startsWith('ner-tagger') || m.rule === 'cue-word-name') && m.country === null);
    if (!takeable) return null;
    start = m.tokStart;
    from = m;
    // "Barnes & Noble, Inc.": capitalised words joined by "&" before it belong to the name.
    while (start >= 2 && keys[start - 1] === '&' && startsUpper(surface(start - 2)) && sentenceOf[start - 2] === sentenceOf[i]) start -= 2;
  } else {
    let a = comma;
    while (a - 1 >= 0 && sentenceOf[a - 1] === sentenceOf[i] && (startsUpper(surface(a - 1)) || /^\d/.test(surface(a - 1)) || (RUN_JOINERS.has(keys[a - 1]) && a < comma))) a--;
    // A run may not open with a joiner word ("and Acme, Inc." names Acme).
    while (a < comma && RUN_JOINERS.has(keys[a])) a++;
    // The first word of a sentence is capitalised anyway; it opens the name only when not seen in lower case.
    if (a < comma - 1 && a === doc.sentences[sentenceOf[a]].firstToken && view.lowercaseSeen.has(keys[a])) a++;
    if (a >= comma) return null;
    // A strong mention inside the run that is no organisation ("Texas", "Mr Smith") is not taken over.
    if (list.some((m) => m.tokStart < comma && m.tokEnd > a && !(m.type === 'ORG' || m.weak || m.rule.startsWith('ner-tagger')))) return null;
    start = a;
  }
  const end = i + 1;
  const name = doc.text.slice(doc.starts[start], doc.ends[i]);
  const place = { start: doc.starts[start], end: doc.ends[i], tokStart: start, tokEnd: end, sentence: sentenceOf[i], evidence: [] };
  const company = from
    ? from.type === 'ORG'
      ? copyMention(from, { ...place, evidence: from.evidence, key: `ORG|${name.toLowerCase()}`, name, weak: false, rule: `${from.rule}+company-suffix` })
      : rawMention({ ...place, evidence: from.evidence }, { kind: 'name', type: 'ORG', key: `ORG|${name.toLowerCase()}`, name, actor: null, country: null, agent: null, rule: `${from.rule}+company-suffix`, confidence: 0.7 })
    : rawMention(place, { kind: 'name', type: 'ORG', key: `ORG|${name.toLowerCase()}`, name, actor: null, country: null, agent: null, rule: 'company-suffix', confidence: 0.7 });
  // Mentions inside the name or opening at the legal form ("Inc.", "Inc. for details") go; a known place after
  // "of" or "in" in a name opening at the legal form is the company's town ("Google, Inc. of Mountain View").
  const kept = list.filter((m) => m !== from && !(m.tokStart >= start && m.tokStart <= i));
  const after = res ? list.find((m) => m.tokStart === i && m.tokEnd > i + 2 && (keys[i + 1] === 'of' || keys[i + 1] === 'in')) : undefined;
  const town = after && res ? exactPlaces(view, res, i + 2, after.tokEnd) : [];
  if (after && town.length > 0) {
    const where = { start: doc.starts[i + 2], end: after.end, tokStart: i + 2, tokEnd: after.tokEnd, sentence: after.sentence, evidence: [] };
    const townName = doc.text.slice(where.start, where.end);
    kept.push(rawMention(where, { kind: 'name', type: 'GPE', key: `GPE|${townName.toLowerCase()}`, name: townName, actor: null, country: town[0].country, agent: null, rule: 'company-town', confidence: 0.7 }));
  }
  kept.push(company);
  kept.sort((x, y) => x.start - y.start);
  return kept;
}
