import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { GUESSED_PERSON_RULES, rawMention, type RawMention } from './raw-mention.js';
import { sortByStart } from './sort-by-start.js';

/** Legal-form words that may end a company's full name and that its short name leaves out, as keys without dots ("ab": the Swedish aktiebolag, "Electrolux AB"). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'corp', 'corporation', 'co', 'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'bhd', 'pty', 'ab',
]);

/** The key of token `i` without dots ("Corp." → "corp"); most keys hold no dot and are returned as they are, unchanged. */
function bareKey(view: DocView, i: number): string {
  const key = view.keys[i];
  return key.includes('.') ? key.replace(/\./g, '') : key;
}

/**
 * Whether token `i` is a capitalised legal-form word ("Ltd", "Inc.", "Pty", "AG", "NV"): its key without dots is one of
 * {@link LEGAL_FORMS} and its surface starts with a capital. Asked of every token by country-subsidiaries.ts; the key's
 * dots are only removed when it has some (a regular-expression replace a token was the largest cost of that step).
 * @param view the article's DocView; `i` a token index
 */
export function isLegalFormAt(view: DocView, i: number): boolean {
  const { doc } = view;
  return LEGAL_FORMS.has(bareKey(view, i)) && startsUpper(doc.text.slice(doc.starts[i], doc.ends[i]));
}

/**
 * A company named in full with its legal form ("Alcan Australia Ltd", "U.S. Home Corp") is the same company where the
 * article writes its name without the form ("Alcan Australia said", "U.S. Home's shares"): each such occurrence, two
 * or more capitalised words matching the full name's words before the legal form, becomes a mention of the company
 * (its key, name and actor code), and the mentions inside it go. The place word inside the short name ("Australia",
 * "U.S.") had been read as a country of its own, or as an organisation coded by the place alone, and events gave the
 * company's statements to Australia or the United States (a hand check of Reuters-21578 reut2-010: "Alcan Australia",
 * "U.S. Home"). An occurrence that a longer mention crosses or holds is left as it is.
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with short company names replaced (new array, in text order)
 */
export function companyShortNames(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const full: { keys: string[]; m: RawMention }[] = [];
  const single: { keys: string[]; m: RawMention }[] = [];
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type !== 'ORG' || m.agent !== 'BUS') continue;
    let end = m.tokEnd;
    while (end > m.tokStart && (LEGAL_FORMS.has(bareKey(view, end - 1)) || keys[end - 1] === ',')) end--;
    if (end === m.tokEnd || end === m.tokStart) continue;
    const short = keys.slice(m.tokStart, end);
    if (short.length === 1) {
      if (!single.some((f) => f.keys[0] === short[0])) single.push({ keys: short, m });
      continue;
    }
    if (!full.some((f) => f.keys.join(' ') === short.join(' '))) full.push({ keys: short, m });
  }
  if (full.length === 0) return oneWordNames(view, single, [...mentions]);
  let out = oneWordNames(view, single, [...mentions]);
  for (const { keys: short, m } of full) {
    for (let i = 0; i + short.length <= doc.tokenCount; i++) {
      if (keys[i] !== short[0] || !startsUpper(doc.text.slice(doc.starts[i], doc.ends[i]))) continue;
      let k = 1;
      while (k < short.length && keys[i + k] === short[k]) k++;
      if (k < short.length) continue;
      const b = i + short.length;
      if (view.sentenceOf[b - 1] !== view.sentenceOf[i]) continue;
      // the full name itself, or a longer name holding the words ("Alcan Australia Ltd"): left alone
      if (b < doc.tokenCount && LEGAL_FORMS.has(bareKey(view, b)) && startsUpper(doc.text.slice(doc.starts[b], doc.ends[b]))) continue;
      if (b < doc.tokenCount && keys[b] === ',' && b + 1 < doc.tokenCount && LEGAL_FORMS.has(bareKey(view, b + 1))) continue;
      out = withShortName(view, out, i, b, m) ?? out;
    }
  }
  return firstWordNames(view, full, out);
}

/**
 * `list` with the short name `[i, b)` of company `m` as its mention, the mentions inside it going (sorted), or null
 * when a mention crosses or holds it or it is already that company's. Apart from the per-token loops that call it,
 * whose bodies a closure over the token made V8 give a context at every token.
 */
function withShortName(view: DocView, list: RawMention[], i: number, b: number, m: RawMention): RawMention[] | null {
  if (list.some((x) => x.tokStart < b && x.tokEnd > i && (x.tokStart < i || x.tokEnd > b))) return null;
  if (list.some((x) => x.tokStart === i && x.tokEnd === b && x.key === m.key)) return null;
  const out = list.filter((x) => x.tokEnd <= i || x.tokStart >= b);
  out.push(companyMention(view, i, b, m, 'company-short-name', 0.8));
  sortByStart(out);
  return out;
}

/** Words after a company's first word that make it the company's short name: a report verb, a possessive, its shares. */
const FIRST_WORD_FOLLOWERS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'reported', 'announced', 'also', "'s", 'shares', 'stock']);

/**
 * A company named in full ("Galveston Resources Ltd") is also called by its first word alone where that word speaks
 * or owns ("Galveston said it agreed …", "Galveston also said", "two mln Galveston shares"): the occurrence becomes a
 * mention of the company when the word has no actor code of its own. A city's name read as the place ("Galveston",
 * GPE in the United States, no code) gave the company's deals to the United States (reut2-012, TORONTO: "Galveston
 * said it agreed in principle with …" was USA → CAN 030); a country, capital or seat with a code ("Canada said",
 * "Washington said") stays what it is, and so does a word that is not capitalised or stands inside a longer mention.
 * @param view the article's DocView
 * @param full the companies' names without the legal form (two words or more) and their mentions
 * @param mentions mentions in text order (not modified)
 */
function firstWordNames(view: DocView, full: readonly { keys: string[]; m: RawMention }[], mentions: RawMention[]): RawMention[] {
  const { doc, keys } = view;
  let out = mentions;
  // the last words of the persons the article names in full or by a title ("Tom Jones", "Mr Jones"): such a word alone
  // may be the person, so a guess of that word is no company's short name
  const personal = new Set<string>();
  for (const x of mentions) if (x.kind === 'name' && x.type === 'PERSON' && (!GUESSED_PERSON_RULES.has(x.rule) || x.tokEnd - x.tokStart > 1)) personal.add(keys[x.tokEnd - 1]);
  for (const { keys: short, m } of full) {
    const first = short[0];
    if (full.some((f) => f !== full.find((g) => g.m === m) && f.keys[0] === first)) continue;
    for (let i = m.tokEnd; i + 1 < doc.tokenCount; i++) {
      if (keys[i] !== first || !startsUpper(doc.text.slice(doc.starts[i], doc.ends[i]))) continue;
      if (keys[i + 1] === short[1] || !FIRST_WORD_FOLLOWERS.has(keys[i + 1])) continue;
      out = withOneWord(view, out, i, m, 'company-first-word', 0.7, personal.has(first)) ?? out;
    }
  }
  return out;
}

/**
 * `list` with the word at token `i` as a mention of company `m` (rule `rule`), the mention of that word alone going
 * (sorted), or null when a mention there is more than that word, has an actor code, is already `m`'s, or is a person
 * other than a one-word guess of a word no person of the article bears (`company-first-word`) or neither a person nor an
 * organisation (`company-short-name`). Apart from the per-token
 * loops that call it, whose bodies a closure over the token made V8 give a context at every token.
 */
function withOneWord(view: DocView, list: RawMention[], i: number, m: RawMention, rule: 'company-first-word' | 'company-short-name', confidence: number, personWord: boolean): RawMention[] | null {
  const there = list.filter((x) => x.tokStart <= i && x.tokEnd > i);
  const firstWord = rule === 'company-first-word';
  // (company-first-word) a one-word person guess of the tagger ("Qintex said") is the company, unless a person of the
  // article bears the word (`personWord`: "Chairman Tom Jonquil … Jonquil said")
  const kept = (x: RawMention): boolean => (firstWord ? x.type === 'PERSON' && (personWord || !GUESSED_PERSON_RULES.has(x.rule)) : x.type !== 'PERSON' && x.type !== 'ORG');
  if (there.some((x) => x.tokStart !== i || x.tokEnd !== i + 1 || x.actor !== null || x.key === m.key || kept(x))) return null;
  const out = list.filter((x) => !there.includes(x));
  out.push(companyMention(view, i, i + 1, m, rule, confidence));
  sortByStart(out);
  return out;
}

/**
 * A company named in full with one word before its legal form ("Zentrovix Inc") is that company wherever the article
 * writes the word alone, capitalised ("Zentrovix said the sale …"): the tagger, having no "Inc" to go by there, read such
 * an unknown word as a person, and quotes and events went to a "person" apart from the company (a Reuters-21578 story
 * whose lens maker's "It said" found no company; fresh-eyes review 20). Only an occurrence that no mention covers, or
 * that one mention of exactly that word without an actor code covers (a person or organisation guess), is taken: a
 * country, capital or known body with a code ("Canada", "Boeing" with its own key) stays what it is, and so does a
 * place without a code (a company named after a town: "Galveston" the city).
 * @param view the article's DocView
 * @param single the one-word names (the word's key) and the full-name mention each comes from
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with the one-word names replaced (a new array when any is, in text order)
 */
function oneWordNames(view: DocView, single: readonly { keys: string[]; m: RawMention }[], mentions: RawMention[]): RawMention[] {
  const { doc, keys } = view;
  let out = mentions;
  // a capitalised word right before or after, in the same sentence: the word is part of a longer name there
  // ("Supermarkets General", "Bankers Trust Co"), or the full name was cut from one
  const inLongerName = (i: number): boolean =>
    (i > 0 && view.sentenceOf[i - 1] === view.sentenceOf[i] && /^\p{Lu}/u.test(doc.text.slice(doc.starts[i - 1], doc.ends[i - 1]))) ||
    (i + 1 < doc.tokenCount && view.sentenceOf[i + 1] === view.sentenceOf[i] && /^\p{Lu}/u.test(doc.text.slice(doc.starts[i + 1], doc.ends[i + 1])) && !isLegalFormAt(view, i + 1));
  for (const { keys: [word], m } of single) {
    if (inLongerName(m.tokStart)) continue;
    for (let i = 0; i < doc.tokenCount; i++) {
      if (keys[i] !== word || (i >= m.tokStart && i < m.tokEnd) || !startsUpper(doc.text.slice(doc.starts[i], doc.ends[i]))) continue;
      if ((i + 1 < doc.tokenCount && isLegalFormAt(view, i + 1)) || inLongerName(i)) continue; // the full name again, or part of another name
      out = withOneWord(view, out, i, m, 'company-short-name', 0.75, false) ?? out;
    }
  }
  return out;
}

/**
 * A mention of company `m` (its key, name, codes) at tokens [start, end) of the article, with `m` as evidence.
 * @param view the article's DocView
 * @param start first token; `end` the token after the last
 * @param m the full-name mention of the company
 * @param rule the provenance rule; `confidence` in [0, 1]
 */
function companyMention(view: DocView, start: number, end: number, m: RawMention, rule: string, confidence: number): RawMention {
  const { doc } = view;
  return rawMention(
    { start: doc.starts[start], end: doc.ends[end - 1], tokStart: start, tokEnd: end, sentence: view.sentenceOf[start], evidence: [{ start: m.start, end: m.end }] },
    { kind: 'name', type: 'ORG', key: m.key, name: m.name, actor: m.actor, country: m.country, agent: m.agent, rule, confidence },
  );
}
