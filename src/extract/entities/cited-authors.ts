import type { DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { matchAt } from './gazetteer.js';
import { GUESSED_PERSON_RULES, rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { MONTH_NAMES } from '../../nlp/calendar-words.js';

/** A publication year in a citation ("2014", "2014a"). */
const YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;

/** A word of an author's name: title case, inner capitals, apostrophes and accents allowed ("McFarlane", "O'Neil", "Cómbita"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’]*\p{Ll}[\p{Ll}\p{Lu}'’]*$/u;

/** Lower-case particles inside authors' names ("van Dijk", "de Certeau"). */
const PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'del', 'di', 'du', 'la', 'le', 'dos', 'das']);

/** Articles opening titles of works in several languages ("Les Amants", "La Strada", "The Lovers"). */
const TITLE_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'les', 'la', 'le', 'el', 'los', 'las', 'il', 'lo', 'die', 'der', 'das', 'de', 'het', 'un', 'une']);

/** Words binding a name to the words before it ("Ministry of Health", "the Lancet"): no author follows them. */
const BOUND_BEFORE: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', "'s", '’s', 'for']);

/** Mention rules that may be replaced by a cited author: guesses, not knowledge. */
const REPLACEABLE = /^(?:ner-tagger|ner-repeat|capitalised-name|given-name|given-name-alone|cue-word-name)/;

/**
 * Authors cited in the author–date style of academic writing are persons: "(Biggs et al., 2011)", "(Baron &
 * Beresford 2014)", "(Li, Polat, Scalzo, & Bavelier, 2010; Miller & Robertson, 2010)", "(e.g., Nedwick, 2014)",
 * and, in an article with at least two such parenthetical citations, "Quilis (1964) proposed", "Cruse and
 * Croft (2004)", "Klingberg et al. (2005)". Each author is one to three title-case words (with particles:
 * "de Certeau", hyphens: "García-Paje"), separated by commas, "&" or "and", optionally closed by "et al.",
 * right before the year; an item whose words do not parse so ("(the Ministry of Health, 2014)", "(in 2014)")
 * names nobody. Countries, peoples, seats, known organisations and months are no authors (towns are: "Miller"), nor is a name of two or
 * more words with an ordinary word or an article in it ("(Three Sinners, 1950)", "(Les Amants, 1959)": films). Each author becomes a person mention (rule
 * `cited-author`), replacing the tagger's and capitalisation's guesses over it ("Carrano & Biewener" as one
 * organisation, "Luján" as a place).
 * Found on GUM train (academic articles: about 60 cited authors missed by a tagger that had not seen GUM);
 * GUM, like CoNLL-style annotation, marks cited authors as persons.
 * @param view the article's DocView; `res` entity resources (`gazetteer`, `commonWords`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with the cited authors added and the guesses over them dropped, in text order
 */
export function citedAuthors(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const word = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  const glued = (i: number) => i > 0 && doc.starts[i] === doc.ends[i - 1];

  /** The end of one author's name starting at token i and ending by `limit` (exclusive), or -1. */
  function nameEnd(i: number, limit: number): number {
    if (i >= limit || !NAME_WORD.test(word(i))) return -1;
    let e = i + 1;
    let words = 1;
    while (e < limit && words < 4) {
      // "García-Paje": a hyphen and a name word written without spaces.
      if (keys[e] === '-' && glued(e) && e + 1 < limit && glued(e + 1) && NAME_WORD.test(word(e + 1))) {
        e += 2;
        continue;
      }
      if (NAME_WORD.test(word(e)) || (PARTICLES.has(word(e)) && e + 1 < limit && NAME_WORD.test(word(e + 1)))) {
        e++;
        words++;
        continue;
      }
      break;
    }
    return words <= 3 ? e : -1;
  }

  /** Whether tokens [a, b) may be an author: no month, known place, country or organisation, not only ordinary words. */
  function authorLike(a: number, b: number): boolean {
    // a month stands before a year in parentheses as well ("(October, 1805)")
    if (MONTH_NAMES.has(keys[a])) return false;
    const known = matchAt(res.gazetteer, doc, keys, a, b)[0];
    if (known && known.end === b && known.phrase.entries.some((e) => e.kind !== 'personRole' && e.kind !== 'honorific')) return false;
    let content = 0;
    let ordinary = 0;
    for (let i = a; i < b; i++) {
      if (keys[i] === '-' || PARTICLES.has(keys[i])) continue;
      content++;
      if (res.commonWords.has(keys[i])) ordinary++;
    }
    // "(Three Sinners, 1950)", "(Les Amants, 1959)": a title, not a two-word surname ("Domínguez Caparrós").
    return content === 1 || (ordinary === 0 && !TITLE_ARTICLES.has(keys[a]));
  }

  /**
   * The authors of a citation item's tokens [a, b) (the year at b): names separated by ",", "&", "and", then
   * "et al." and a comma; leading lower-case words ("see", "e.g.,") skipped. Null when the item does not parse.
   */
  function authorsOf(a: number, b: number): [number, number][] | null {
    let i = a;
    while (i < b && !NAME_WORD.test(word(i))) i++;
    if (i >= b) return null;
    for (let k = a; k < i; k++) if (/^\p{Lu}/u.test(word(k))) return null;
    let end = b;
    if (keys[end - 1] === ',') end--;
    if (end - 2 >= i && keys[end - 2] === 'et' && /^al\.?$/.test(keys[end - 1])) end -= 2;
    else if (end - 3 >= i && keys[end - 3] === 'et' && keys[end - 2] === 'al' && keys[end - 1] === '.') end -= 3;
    const names: [number, number][] = [];
    while (i < end) {
      const e = nameEnd(i, end);
      if (e < 0 || !authorLike(i, e)) return null;
      names.push([i, e]);
      i = e;
      if (i < end && keys[i] === ',') i++;
      if (i < end && (keys[i] === '&' || keys[i] === 'and')) i++;
    }
    return names.length > 0 ? names : null;
  }

  const authors: [number, number][] = [];
  const yearOnly: [number, number][] = [];
  let parenthetical = 0;
  for (let open = 0; open < doc.tokenCount; open++) {
    if (keys[open] !== '(') continue;
    let close = open + 1;
    while (close < doc.tokenCount && close - open < 80 && keys[close] !== ')' && keys[close] !== '(' && sentenceOf[close] === sentenceOf[open]) close++;
    if (keys[close] !== ')') continue;
    // "(1964)": a year alone, cited after the names outside.
    if (close === open + 2 && YEAR.test(keys[open + 1])) {
      yearOnly.push([open, close]);
      continue;
    }
    // Items separated by ";", each with its year.
    let a = open + 1;
    for (let i = open + 1; i <= close; i++) {
      if (i < close && keys[i] !== ';') continue;
      let y = a;
      while (y < i && !YEAR.test(keys[y])) y++;
      const found = y < i ? authorsOf(a, y) : null;
      if (found) {
        authors.push(...found);
        parenthetical++;
      }
      a = i + 1;
    }
  }
  // "Quilis (1964)", "Cruse and Croft (2004)", "Klingberg et al. (2005)": only in an article citing in parentheses.
  if (parenthetical >= 2) {
    for (const [open] of yearOnly) {
      let e = open;
      if (e - 2 >= 0 && keys[e - 2] === 'et' && /^al\.?$/.test(keys[e - 1])) e -= 2;
      else if (e - 3 >= 0 && keys[e - 3] === 'et' && keys[e - 2] === 'al' && keys[e - 1] === '.') e -= 3;
      const names: [number, number][] = [];
      while (e > 0 && sentenceOf[e - 1] === sentenceOf[open]) {
        // The longest name ending at e: step back over name words and particles.
        let s = e;
        while (s > 0 && sentenceOf[s - 1] === sentenceOf[open] && e - s < 5 && (NAME_WORD.test(word(s - 1)) || PARTICLES.has(word(s - 1)) || (keys[s - 1] === '-' && glued(s - 1) && glued(s)))) s--;
        while (s < e && (PARTICLES.has(word(s)) || keys[s] === '-')) s++;
        if (s >= e || nameEnd(s, e) !== e || !authorLike(s, e)) break;
        // "The Ministry of Health (2014)": a name bound to the words before it is part of a longer name.
        if (s > 0 && sentenceOf[s - 1] === sentenceOf[open] && BOUND_BEFORE.has(keys[s - 1])) break;
        names.unshift([s, e]);
        if (s > 1 && (keys[s - 1] === 'and' || keys[s - 1] === '&')) e = s - 1;
        else break;
      }
      authors.push(...names);
    }
  }
  if (authors.length === 0) return [...mentions];

  const owner = new Int32Array(doc.tokenCount).fill(-1);
  mentions.forEach((m, k) => owner.fill(k, m.tokStart, m.tokEnd));
  const dropped = new Set<number>();
  const added: RawMention[] = [];
  for (const [a, b] of authors) {
    let firm = false;
    let same = false;
    const over = new Set<number>();
    for (let i = a; i < b; i++) if (owner[i] >= 0) over.add(owner[i]);
    for (const k of over) {
      const m = mentions[k];
      if (m.type === 'PERSON' && m.tokStart === a && m.tokEnd === b && !m.weak) same = true;
      else if (!REPLACEABLE.test(m.rule) && !(m.type === 'PERSON' && GUESSED_PERSON_RULES.has(m.rule))) firm = true;
    }
    if (same || firm) continue;
    for (const k of over) dropped.add(k);
    const place = { start: doc.starts[a], end: doc.ends[b - 1], tokStart: a, tokEnd: b, sentence: sentenceOf[a], evidence: [] };
    added.push(rawMention(place, { kind: 'name', type: 'PERSON', key: '', name: doc.text.slice(place.start, place.end), actor: null, country: null, agent: null, rule: 'cited-author', confidence: 0.75, personTokens: nameTokens(keys, a, b) }));
  }
  if (added.length === 0) return [...mentions];
  return [...mentions.filter((_, k) => !dropped.has(k)), ...added].sort((x, y) => x.start - y.start);
}
