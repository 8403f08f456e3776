import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { copyMention, type RawMention } from './raw-mention.js';

/**
 * Words that end a company's name after its brand in wire style ("Toyota Motor Corp", "Sony Corp", "Nissan Motor Co
 * Ltd"), as gazetteer keys (lower case, dots removed).
 */
const COMPANY_FORM_WORDS: ReadonlySet<string> = new Set([
  'motor', 'motors', 'corp', 'corporation', 'co', 'company', 'inc', 'incorporated', 'ltd', 'limited', 'plc', 'group',
  'holdings', 'industries', 'ag', 'sa', 'nv', 'llc', 'gmbh', 'bhd',
]);

/** Whether token `i` is a capitalised company-form word ("Corp", "Co.", "Motor"). */
function isCompanyForm(view: DocView, i: number): boolean {
  const { doc, keys } = view;
  return COMPANY_FORM_WORDS.has(keys[i].replace(/\./g, '')) && startsUpper(doc.text.slice(doc.starts[i], doc.ends[i]));
}

/**
 * A known business ("Toyota", organisation with agent BUS from the knowledge base) followed by its legal form and
 * trade words in wire style is one name: "Toyota Motor Corp" was the company Toyota and a second organisation "Motor
 * Corp" (the cue-word rule's), "Sony Corp" the company and a stray "Corp". The known mention is widened over the
 * capitalised company-form words right after it (Motor, Corp, Co, Inc, Ltd, Group, Holdings…) and the mentions
 * inside them are dropped; it keeps its name and actor code. Seen in Reuters-21578 (`detente entities`: "Motor
 * Corp" as an organisation of its own).
 * @param view the article's DocView
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions with such names widened (new objects)
 */
export function joinCompanyForms(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, sentenceOf } = view;
  const widened = new Map<RawMention, RawMention>();
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type !== 'ORG' || m.agent !== 'BUS' || m.rule !== 'known-organisation') continue;
    let end = m.tokEnd;
    while (end < doc.tokenCount && sentenceOf[end] === sentenceOf[m.tokStart] && isCompanyForm(view, end)) end++;
    if (end > m.tokEnd) widened.set(m, copyMention(m, { end: doc.ends[end - 1], tokEnd: end }));
  }
  if (widened.size === 0) return [...mentions];
  // the mentions that lay in the words the known name took over ("Motor Corp") are dropped
  const inside = (x: RawMention) => [...widened.entries()].some(([m, w]) => x !== m && x.tokStart >= m.tokEnd && x.tokEnd <= w.tokEnd);
  return mentions.flatMap((x) => (inside(x) ? [] : [widened.get(x) ?? x]));
}
