import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { copyMention, rawMention, VOUCHED_NAME_RULES, type RawMention } from './raw-mention.js';
import type { ContextReading, EntityResources } from './resources.js';

/** The longest phrase of data/actors/context-names.json, in tokens ("House of Commons"). */
const MAX_PHRASE_TOKENS = 3;

/**
 * Short names whose institution depends on the country the article is about (data/actors/context-names.json,
 * `res.contextNames`): "Labour" is the Labour Party (GBRPTY) in a British story and the New Zealand Labour Party
 * in a New Zealand one; "Tory" is the Conservative Party's adjective and member ("Tory plans", "a Tory" → GBRPTY;
 * CANPTY in a Canadian story); "the Lords", "the Commons" are the chambers (GBRLEG). The article's country is read
 * from its mentions' countries (places, demonyms, known parties such as "Tories", seats of power): the reading whose
 * country they name most wins, and with none of them named the phrase is left as it was, so that an article about
 * another country is not coded British.
 * A name mention made of exactly the phrase, with no actor code and not vouched for by knowledge or a title
 * ({@link VOUCHED_NAME_RULES}), takes the reading (type ORG, rule `context-name`): the tagger's "Labour", a
 * given-name guess "Tory", a person guess "Lords". Where no mention covers the phrase, one is added when it stands
 * alone: no capitalised word right before it (a sentence's first word aside) or right after it, so "International
 * Labour Organisation", "Labour Party" and "Tory MP John Smith" (a title's evidence) are left alone.
 * A bare "Labour" alias in the known organisations had matched inside "International Labour Organisation".
 * Found on BBC politics (2004–05): 74 tagged "Labour" without a code, "Tory" a person 23 times in 120 articles.
 * @param view the article's DocView; `res` entity resources (`contextNames`, `contextFirstKeys`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such names coded, added ones in text order
 */
export function contextNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const firstKeys = res.contextFirstKeys;
  // Cheap test first: most articles hold no token opening a context phrase.
  let any = false;
  for (let i = 0; i < doc.tokenCount && !any; i++) if (firstKeys.has(keys[i])) any = true;
  if (!any) return [...mentions];
  const counts = countryCounts(mentions);
  const phraseAt = (a: number, b: number): readonly ContextReading[] | undefined => {
    if (b - a > MAX_PHRASE_TOKENS || !firstKeys.has(keys[a])) return undefined;
    let k = keys[a];
    for (let i = a + 1; i < b; i++) k += ' ' + keys[i];
    return res.contextNames.get(k);
  };
  const pick = (readings: readonly ContextReading[]) => mostNamedReading(readings, counts);
  let changed = false;
  const out = mentions.map((m) => {
    if (m.kind !== 'name' || m.actor !== null || VOUCHED_NAME_RULES.has(m.rule)) return m;
    const readings = phraseAt(m.tokStart, m.tokEnd);
    const r = readings ? pick(readings) : null;
    if (!r) return m;
    changed = true;
    return coded(m, r);
  });
  // Whether token i lies in a mention or in a mention's evidence (a title's words, "Tory MP John Smith").
  const owned = (i: number): boolean => {
    const at = doc.starts[i];
    for (const m of mentions) {
      if (m.tokStart <= i && i < m.tokEnd) return true;
      for (const ev of m.evidence) if (ev.start <= at && doc.ends[i] <= ev.end) return true;
    }
    return false;
  };
  const added: RawMention[] = [];
  const upperWord = (i: number) => i >= 0 && i < doc.tokenCount && startsUpper(doc.text.slice(doc.starts[i], doc.ends[i]));
  for (let a = 0; a < doc.tokenCount; a++) {
    if (!firstKeys.has(keys[a]) || !upperWord(a) || owned(a)) continue;
    for (let b = Math.min(doc.tokenCount, a + MAX_PHRASE_TOKENS); b > a; b--) {
      const readings = phraseAt(a, b);
      if (!readings) continue;
      let free = true;
      for (let i = a; i < b; i++) if (sentenceOf[i] !== sentenceOf[a] || (i > a && owned(i))) free = false;
      const opensSentence = a === 0 || sentenceOf[a - 1] !== sentenceOf[a];
      if (!free || (!opensSentence && upperWord(a - 1)) || (b < doc.tokenCount && sentenceOf[b] === sentenceOf[a] && upperWord(b))) break;
      const r = pick(readings);
      if (r) {
        added.push(coded(rawMention({ start: doc.starts[a], end: doc.ends[b - 1], tokStart: a, tokEnd: b, sentence: sentenceOf[a], evidence: [] }, { kind: 'name', type: 'ORG', key: '', name: '', actor: null, country: null, agent: null, rule: 'context-name', confidence: 0.8 }), r));
        a = b - 1;
      }
      break;
    }
  }
  if (!changed && added.length === 0) return out;
  if (added.length > 0) {
    out.push(...added);
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}

/**
 * How many mentions carry each country code: the article's countries, for {@link mostNamedReading}.
 * @param mentions the article's mentions
 * @returns country code → number of mentions
 */
export function countryCounts(mentions: readonly RawMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.country) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  return counts;
}

/**
 * The reading of a context name whose country the article's mentions name most; null when they name none of them.
 * @param readings the phrase's readings (data/actors/context-names.json)
 * @param counts {@link countryCounts} of the article's mentions
 */
export function mostNamedReading(readings: readonly ContextReading[], counts: ReadonlyMap<string, number>): ContextReading | null {
  let best: ContextReading | null = null;
  let most = 0;
  for (const r of readings) {
    const n = counts.get(r.country) ?? 0;
    if (n > most) [best, most] = [r, n];
  }
  return best;
}

/** The mention coded as the reading's institution: an organisation keyed by the reading's name, so it joins that name's other mentions. */
function coded(m: RawMention, r: ContextReading): RawMention {
  return copyMention(m, { type: 'ORG', key: `ORG|${r.name}`, name: r.name, actor: r.actor, country: r.country, agent: r.agent, personTokens: [], gender: null, weak: false, rule: 'context-name', confidence: 0.8 });
}
