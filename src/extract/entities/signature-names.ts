import { addressSpells } from './address-names.js';
import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { copyMention, rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** A phone number's local part ("853-3242", "468.3798") or an e-mail address: the marks of a signature line. */
const CONTACT = /(?<!\d)\d{3}[-.]\d{4}(?!\d)|[\w.]@[\w-]+\.\w/;

/** Whether a token is an initial ("A.", "M"): one capital letter, with or without its dot. */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * An e-mail signature writes its person and company on one line, "Jane Roe Acme Power Services, Inc. Phone …", and the
 * company-suffix step (company-suffixes.ts) takes the whole capitalised run for the company. In a sentence that holds
 * a phone number or an e-mail address, an organisation name ending in a legal form (rule `…+company-suffix`) that opens
 * with a known given name (or a name the line's e-mail address spells), a capitalised surname (an initial between them allowed) and then at least two more
 * capitalised words is split: the name is a person (rule `signature-person`), the rest the company. Outside such lines
 * the name is left whole ("John Hancock Financial Services Inc" in news). Found on UNER English-EWT dev (Enron e-mail
 * signatures, where UNER marks the person and the company apart).
 * @param view the article's DocView
 * @param res entity resources (`firstNames`, `givenNames`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such companies split (new objects), in text order
 */
export function signatureNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const surface = (t: number) => doc.text.slice(doc.starts[t], doc.ends[t]);
  const out: RawMention[] = [];
  for (const m of mentions) {
    const a = m.tokStart;
    if (m.kind !== 'name' || m.type !== 'ORG' || !m.rule.endsWith('company-suffix')) {
      out.push(m);
      continue;
    }
    let s = a + 1;
    if (s < m.tokEnd && INITIAL.test(surface(s))) s++;
    const rest = s + 1;
    const sentence = doc.sentences[m.sentence];
    const line = doc.text.slice(sentence.start, sentence.end);
    const capitalised = (t: number) => t < m.tokEnd && startsUpper(surface(t)) && keys[t] !== ',';
    if (!capitalised(s) || INITIAL.test(surface(s)) || !capitalised(rest) || !capitalised(rest + 1) || !CONTACT.test(line) || !(res.firstNames.has(keys[a]) || addressSpells(line, keys[a], keys[s]))) {
      out.push(m);
      continue;
    }
    const tokens = keys.slice(a, rest).filter((k, i) => i === 0 || !INITIAL.test(surface(a + i)));
    const name = doc.text.slice(doc.starts[a], doc.ends[rest - 1]);
    const place = { start: doc.starts[a], end: doc.ends[rest - 1], tokStart: a, tokEnd: rest, sentence: m.sentence, evidence: [] };
    out.push(rawMention(place, { kind: 'name', type: 'PERSON', key: '', name, actor: null, country: null, agent: null, gender: res.givenNames.get(keys[a]) ?? null, personTokens: tokens, rule: 'signature-person', confidence: 0.7 }));
    const company = doc.text.slice(doc.starts[rest], m.end);
    out.push(copyMention(m, { start: doc.starts[rest], tokStart: rest, name: company, key: `ORG|${company.toLowerCase()}` }));
  }
  return out;
}
