import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { copyMention, GUESSED_PERSON_RULES, type RawMention } from './raw-mention.js';

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

/** Words that join a partnership's name to its "Co": "Merrill Lynch and Co Inc", "Smith & Co". */
const AND_WORDS: ReadonlySet<string> = new Set(['and', '&']);

/**
 * A partnership's name in wire style, "<names> and Co Inc" ("Merrill Lynch and Co Inc", "Bear Stearns and Co Inc"), is
 * one company: the cue-word rule made "Co Inc" an organisation of its own (ten Reuters-21578 stories of reut2-021 and
 * reut2-010, fresh-eyes review 21) and left the partners' name a company or a guessed person beside it. A name mention
 * opening with a capitalised "Co" or "Company" right after "and" or "&", itself right after an organisation or a guessed
 * person (GUESSED_PERSON_RULES) of the same sentence, is joined to it: a coded organisation keeps its name and actor code
 * over the whole span ("Merrill Lynch and Co Inc" stays USABUS), another mention becomes one organisation named by the
 * whole span with the "Co" mention's code (rule `and-co-name`).
 * @param view the article's DocView
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions with such names joined (new objects), in text order
 */
export function joinAndCoNames(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  let out: RawMention[] | null = null;
  for (let j = 1; j < mentions.length; j++) {
    const co = mentions[j];
    const p = mentions[j - 1];
    const at = co.tokStart;
    if (co.kind !== 'name' || at < 2 || !AND_WORDS.has(keys[at - 1]) || p.kind !== 'name' || p.tokEnd !== at - 1 || sentenceOf[p.tokStart] !== sentenceOf[at]) continue;
    const word = keys[at].replace(/\./g, '');
    if ((word !== 'co' && word !== 'company') || !startsUpper(doc.text.slice(doc.starts[at], doc.ends[at]))) continue;
    const partners = p.type === 'ORG' || (p.type === 'PERSON' && GUESSED_PERSON_RULES.has(p.rule));
    if (!partners) continue;
    const name = doc.text.slice(p.start, co.end);
    const joined = p.type === 'ORG' && p.actor !== null
      ? copyMention(p, { end: co.end, tokEnd: co.tokEnd })
      : copyMention(co, { start: p.start, tokStart: p.tokStart, type: 'ORG', key: `ORG|${name}`, name, rule: 'and-co-name' });
    out ??= [...mentions];
    out[j - 1] = joined;
    out[j] = joined;
  }
  if (!out) return [...mentions];
  return out.filter((m, i) => i === 0 || out![i - 1] !== m);
}
