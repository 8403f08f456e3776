import type { DocView } from './doc-view.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { sortByStart } from './sort-by-start.js';

/**
 * A round of negotiations named after the place it opened in ("the Uruguay Round", "the Uruguay round", "the Uruguay
 * trade round", "the Tokyo Round") is an event, not the place: the name, with the lower-case "round" and one noun
 * before it, becomes one mention of type `EVENT` with no actor code (rule `round-name`, key by the place word). In an
 * article that names such a round, the place word alone right before a lower-case noun ("the Uruguay meeting", "four
 * key Uruguay proposals") is that round too; the place word elsewhere ("declared in Uruguay last September") stays
 * the place. GATT names its rounds so (Dillon, Kennedy, Tokyo, Uruguay, Doha); a hand check of Reuters-21578 (1987)
 * found "Uruguay proposals" and "Uruguay Round" coded as the actor URY in events about trade talks.
 * @param view the article's DocView (tokens, keys, POS)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such rounds as EVENT mentions (new array, in text order)
 */
export function roundNames(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const upper = (i: number) => /^\p{Lu}/u.test(doc.text.slice(doc.starts[i], doc.ends[i]));
  const places = new Map<string, string>();
  const spans: [number, number, string][] = [];
  for (let r = 1; r < doc.tokenCount; r++) {
    if (keys[r] !== 'round') continue;
    // "Uruguay Round", "Uruguay round", "Uruguay trade round": one lower-case noun may stand between
    let p = r - 1;
    if (p > 0 && /^\p{Ll}/u.test(doc.text.charAt(doc.starts[p])) && doc.pos[p] === 'NOUN' && upper(p - 1)) p--;
    if (!upper(p) || view.sentenceOf[p] !== view.sentenceOf[r]) continue;
    const place = mentions.find((m) => m.tokStart <= p && m.tokEnd > p);
    // the place word must be a mention of a place (or the tagger's name holding it), not a person's name ("Smith round")
    if (!place || (place.type !== 'GPE' && place.type !== 'LOC' && place.type !== 'ORG') || place.tokStart !== p || place.tokEnd > r + 1) continue;
    if (place.tokEnd - place.tokStart > 1 && place.tokEnd !== r + 1) continue;
    const word = doc.text.slice(doc.starts[p], doc.ends[p]);
    places.set(keys[p], word);
    spans.push([p, r + 1, word]);
  }
  if (spans.length === 0) return [...mentions];
  // the place word alone before a lower-case noun elsewhere in the article
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type !== 'GPE' || m.tokEnd - m.tokStart !== 1 || !places.has(keys[m.tokStart])) continue;
    const n = m.tokEnd;
    if (n >= doc.tokenCount || view.sentenceOf[n] !== m.sentence || doc.pos[n] !== 'NOUN' || !/^\p{Ll}/u.test(doc.text.charAt(doc.starts[n]))) continue;
    if (spans.some(([a, b]) => a <= m.tokStart && m.tokStart < b)) continue;
    spans.push([m.tokStart, m.tokEnd, places.get(keys[m.tokStart])!]);
  }
  const out = mentions.filter((x) => !spans.some(([a, b]) => x.tokStart < b && x.tokEnd > a));
  for (const [a, b, word] of spans) {
    out.push(
      rawMention(
        { start: doc.starts[a], end: doc.ends[b - 1], tokStart: a, tokEnd: b, sentence: view.sentenceOf[a], evidence: [] },
        { kind: 'name', type: 'EVENT', key: `EVENT|${word.toLowerCase()} round`, name: `${word} Round`, actor: null, country: null, agent: null, rule: 'round-name', confidence: 0.8 },
      ),
    );
  }
  return sortByStart(out);
}
