import type { Quote, QuoteKind } from '../../model/quote.js';
import type { Span } from '../../model/span.js';

/** What joins the texts of a discontinuous quote's parts in `Quote.text`: an ellipsis between spaces. */
export const PART_JOINER = ' \u2026 ';

/**
 * One quote per attribution: the quotes of one article that share a cue span (the pieces of a content split by its own
 * attribution, `The plan, she said, will cost jobs.`; a raised subject and its to-clause; a relative pronoun and the
 * clause it stands in; a quotation running over paragraphs with one cue) become one quote whose `parts` hold the pieces
 * in text order, as PolNeAR and PARC annotate one attribution with a discontinuous content. The joined quote keeps the
 * first piece's id position, rule, cue class and confidence (the lowest of its pieces), the first speaker with a
 * mention, the first addressee, the mentions and evidence of all pieces; its kind is `direct` or `indirect` when all
 * pieces are, else `mixed`; it is negated when a piece is. Quotes without a cue are never joined. Ids are numbered
 * again in text order (`q1`, `q2`, …).
 * @param quotes one article's quotes in text order, each with a content in one piece
 * @returns the quotes in text order, every cue span at most once
 */
export function joinQuoteParts(quotes: readonly Quote[]): Quote[] {
  const byCue = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (!q.cue) continue;
    const key = `${q.cue.start}:${q.cue.end}`;
    const group = byCue.get(key);
    if (group) group.push(q);
    else byCue.set(key, [q]);
  }
  const out: Quote[] = [];
  for (const q of quotes) {
    const group = q.cue ? byCue.get(`${q.cue.start}:${q.cue.end}`)! : null;
    const id = `q${out.length + 1}`;
    if (!group || group.length === 1) out.push(q.id === id ? q : withId(q, id));
    else if (group[0] === q) out.push(joined(group, id));
  }
  return out;
}

/**
 * Quote `q` under the id `id`, as one object literal in the key order the quotes are built in (extract-quotes.ts
 * toQuote), not a spread: V8 (Node 20) gives `{ ...q, id }` a hidden class of its own, and the quotes read after this
 * (pronoun speakers, store, events) then meet hundreds of classes. A quote of another shape (with `parts` or `coSpeakers`, or without
 * `cueClass` / `addressee`) is copied by a spread, keeping its keys as they are.
 */
function withId(q: Quote, id: string): Quote {
  if ('parts' in q || 'coSpeakers' in q || !('cueClass' in q) || !('addressee' in q) || ('negated' in q && q.negated !== true)) return { ...q, id };
  const { text, start, end, kind, speaker, cue, cueClass, addressee, mentions, provenance } = q;
  return q.negated
    ? { id, text, start, end, kind, speaker, cue, cueClass, addressee, negated: true, mentions, provenance }
    : { id, text, start, end, kind, speaker, cue, cueClass, addressee, mentions, provenance };
}

/**
 * The pieces of one attribution (two or more, in text order) as one quote with the id `id`. Built as one object literal
 * per shape, not `{ ...first, parts, … }` (a spread that adds a key gets a hidden class of its own in V8: 273 classes
 * for the 273 joined quotes of 1,300 Reuters and BBC articles); the keys keep the order that spread gave them: the
 * first piece's keys, then `parts`, then `negated` when only a later piece is negated.
 */
function joined(pieces: readonly Quote[], id: string): Quote {
  const sorted = [...pieces].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: Span[] = [];
  for (const p of sorted) {
    const last = parts[parts.length - 1];
    if (last && p.start < last.end) continue; // (pieces never overlap; a copy would be dropped)
    parts.push({ start: p.start, end: p.end, text: p.text });
  }
  const first = sorted[0];
  if (parts.length === 1) return first.id === id ? first : withId(first, id);
  const kinds = new Set<QuoteKind>(sorted.map((p) => p.kind));
  const kind: QuoteKind = kinds.size === 1 ? first.kind : 'mixed';
  const { speaker, coSpeakers } = sorted.find((p) => p.speaker.mention) ?? first;
  const mentions: string[] = [];
  for (const p of sorted) for (const m of p.mentions) if (!mentions.includes(m)) mentions.push(m);
  const evidence: { start: number; end: number }[] = [];
  for (const p of sorted) {
    for (const e of p.provenance.evidence ?? []) if (!evidence.some((x) => x.start === e.start && x.end === e.end)) evidence.push(e);
  }
  const addressee = sorted.find((p) => p.addressee)?.addressee ?? first.addressee;
  const text = parts.map((p) => p.text).join(PART_JOINER);
  const start = parts[0].start;
  const end = parts[parts.length - 1].end;
  const { cue, cueClass } = first;
  const { component, version, rule } = first.provenance;
  const provenance = { component, version, rule, confidence: Math.min(...sorted.map((p) => p.provenance.confidence)), evidence };
  const negated = sorted.some((p) => p.negated);
  // (joint speakers are rare: their quotes take the spread's extra hidden classes)
  if (coSpeakers) return { id, text, start, end, kind, speaker, coSpeakers, cue, cueClass, addressee, ...('negated' in first || negated ? { negated: negated || first.negated } : {}), mentions, provenance, parts };
  if ('negated' in first) return { id, text, start, end, kind, speaker, cue, cueClass, addressee, negated: negated || first.negated, mentions, provenance, parts };
  if (negated) return { id, text, start, end, kind, speaker, cue, cueClass, addressee, mentions, provenance, parts, negated: true };
  return { id, text, start, end, kind, speaker, cue, cueClass, addressee, mentions, provenance, parts };
}
