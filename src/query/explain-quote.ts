import type { Analysis } from '../model/analysis.js';
import type { Quote } from '../model/quote.js';
import type { Span } from '../model/span.js';
import { mentionResolution } from './mention-resolution.js';

/** Characters of context shown at most on either side of a quote's phrases. */
const MAX_CONTEXT = 300;

/**
 * The id a quote is cited by outside its article: the article id and the quote's own id, `440bd98d06bfbdfb-q4` (as
 * events are cited, `440bd98d06bfbdfb-e4`). `Quote.id` alone (`q4`) is only unique inside its article.
 */
export function quoteCitationId(articleId: string, quote: Pick<Quote, 'id'>): string {
  return `${articleId}-${quote.id}`;
}

/**
 * The sentences holding `[start, end)`: from after the last sentence end (`.`, `!` or `?` then white space) or line
 * break before `start` to the first one at or after `end`, at most MAX_CONTEXT characters beyond either side.
 * @returns a half-open span into `text`
 */
function contextAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  const floor = Math.max(0, start - MAX_CONTEXT);
  while (s > floor && text[s - 1] !== '\n' && !(/\s/.test(text[s - 1]) && /[.!?]["”’]?$/.test(text.slice(Math.max(0, s - 3), s - 1)))) s--;
  let e = end;
  const ceiling = Math.min(text.length, end + MAX_CONTEXT);
  while (e < ceiling && text[e] !== '\n' && !(/[.!?]/.test(text[e]) && (e + 1 >= text.length || /[\s"”’]/.test(text[e + 1])))) e++;
  if (e < ceiling && /[.!?]/.test(text[e])) e++;
  while (e < ceiling && /["”’]/.test(text[e])) e++;
  return { start: s, end: e };
}

/**
 * Explains one quote in the context of its article, as lines of text, for a reader checking it against the source:
 * the sentence(s) with the cue marked ⟦ ⟧ and the content ⟨ ⟩ (each part of a discontinuous content), the cue and its
 * class (negated or not), the content span (or its parts), the speaker — the phrase naming it and how that phrase was
 * resolved to an entity, following the coreference chain (a pronoun → a description → a name: mention-resolution.ts)
 * — and so each co-speaker of a joint speaker phrase, the addressee, the entities the content mentions, and the rule that found the quote with its confidence, evidence
 * spans and component version (provenance).
 * @param analysis the article's analysis the quote belongs to
 * @param quote one of `analysis.quotes`
 */
export function explainQuoteInContext(analysis: Analysis, quote: Quote): string[] {
  const text = analysis.article.text;
  const parts: Span[] = quote.parts ?? [{ start: quote.start, end: quote.end, text: text.slice(quote.start, quote.end) }];
  const spans = [...parts, ...(quote.cue ? [quote.cue] : []), ...(quote.speaker.mention ? [quote.speaker.mention] : [])];
  const ctx = contextAround(text, Math.min(...spans.map((p) => p.start)), Math.max(...spans.map((p) => p.end)));
  const marks = [
    ...parts.flatMap((p) => [{ at: p.start, mark: '⟨' }, { at: p.end, mark: '⟩' }]),
    ...(quote.cue ? [{ at: quote.cue.start, mark: '⟦' }, { at: quote.cue.end, mark: '⟧' }] : []),
  ].sort((a, b) => a.at - b.at || (a.mark === '⟩' || a.mark === '⟧' ? -1 : 1));
  let marked = '';
  let at = ctx.start;
  for (const m of marks) {
    marked += text.slice(at, m.at) + m.mark;
    at = m.at;
  }
  marked += text.slice(at, ctx.end);
  const sp = quote.speaker;
  const who = sp.name ?? sp.mention?.text ?? '(unattributed)';
  const cue = quote.cue
    ? `cue “${quote.cue.text}” [${quote.cue.start}, ${quote.cue.end})${quote.cueClass ? `, class ${quote.cueClass}` : ''}${quote.negated ? ', negated: the speaker did not say it' : ''}`
    : 'no cue (a quotation attributed by its paragraph)';
  const content =
    parts.length > 1
      ? [`content in ${parts.length} parts:`, ...parts.map((p) => `  [${p.start}, ${p.end}) “${p.text}”`)]
      : [`content [${quote.start}, ${quote.end}) “${quote.text}”`];
  const speaker = [`speaker: ${who}${sp.actor ? ` (${sp.actor})` : ''}`];
  if (sp.mention) speaker.push(`  phrase “${sp.mention.text}” [${sp.mention.start}, ${sp.mention.end})`);
  if (!sp.entity) speaker.push(sp.mention ? '  resolved to no entity (the phrase names no one the article names: it stays unresolved, never guessed)' : '  no speaker found');
  speaker.push(...mentionResolution(analysis, sp.entity, sp.mention).map((l) => `  ${l}`));
  // the other speakers of a joint phrase ("Ruritania and Freedonia said"), each with its own phrase and resolution
  for (const co of quote.coSpeakers ?? []) {
    speaker.push(`co-speaker: ${co.name ?? co.mention?.text ?? '(unnamed)'}${co.actor ? ` (${co.actor})` : ''}`);
    if (co.mention) speaker.push(`  phrase “${co.mention.text}” [${co.mention.start}, ${co.mention.end})`);
    if (!co.entity) speaker.push('  resolved to no entity (never guessed)');
    speaker.push(...mentionResolution(analysis, co.entity, co.mention).map((l) => `  ${l}`));
  }
  const mentioned = quote.mentions.map((id) => analysis.entities.find((e) => e.id === id)).filter((e) => e !== undefined);
  const p = quote.provenance;
  const evidence = (p.evidence ?? []).map((e) => `“${text.slice(e.start, e.end)}” [${e.start}, ${e.end})`);
  return [
    `${quoteCitationId(analysis.article.id, quote)}: ${quote.kind} quote by ${who}${sp.actor ? ` (${sp.actor})` : ''}`,
    `context [${ctx.start}, ${ctx.end}):`,
    `  ${marked}`,
    cue,
    ...content,
    ...speaker,
    ...(quote.addressee ? [`addressee: ${quote.addressee}`] : []),
    ...(mentioned.length ? [`the content mentions: ${mentioned.map((e) => (e.actor ? `${e.name} (${e.actor})` : e.name)).join(', ')}`] : []),
    `rule ${p.rule} (confidence ${p.confidence})${evidence.length ? `, evidence ${evidence.join(', ')}` : ''}`,
    `provenance ${p.component} ${p.version}`,
  ];
}
