import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';

/**
 * "Washington D.C." and "Washington DC" (no comma) are one place name, the US capital as a place: the
 * mention of "Washington" (a capital read as the government, "seat-metonym", or as the place) is widened
 * over "D.C."/"DC" and becomes the place (type GPE, country USA, no actor code: a city named with its
 * district is where something happens, not who acts), rule `washington-dc`; a mention the tagger made of
 * "D.C." alone goes. "Washington, D.C." with a comma stays two places, as CoNLL and GUM split it.
 * Found on GUM train ("in Washington D.C." was the government or "Washington" alone).
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such names widened (new objects)
 */
export function joinWashingtonDc(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const widened = new Map<number, RawMention>();
  const dropped = new Set<number>();
  mentions.forEach((m, k) => {
    const dc = m.tokEnd;
    if (m.kind !== 'name' || m.tokEnd - m.tokStart !== 1 || keys[m.tokStart] !== 'washington' || dc >= doc.tokenCount || keys[dc] !== 'dc') return;
    if (sentenceOf[dc] !== sentenceOf[m.tokStart] || doc.text.slice(m.end, doc.starts[dc]) !== ' ') return;
    const end = doc.ends[dc];
    const name = doc.text.slice(m.start, end);
    widened.set(k, copyMention(m, { end, tokEnd: dc + 1, type: 'GPE', name, key: 'GPE|washington', actor: null, agent: null, country: 'USA', role: null, rule: 'washington-dc' }));
    mentions.forEach((o, j) => {
      if (j !== k && o.tokStart <= dc && o.tokEnd > dc) dropped.add(j);
    });
  });
  if (widened.size === 0) return [...mentions];
  return mentions.flatMap((m, k) => (dropped.has(k) ? [] : [widened.get(k) ?? m]));
}
