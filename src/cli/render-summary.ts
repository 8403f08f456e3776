import type { Analysis } from '../model/analysis.js';
import type { CodedEvent } from '../model/event.js';
import type { Entity } from '../model/entity.js';
import { eventDateText } from '../extract/events/explain-event.js';
import { quoteLabel } from './quote-label.js';
import { quoteExcerpt } from './quote-excerpt.js';

const TYPE_HEADINGS: [string, string][] = [
  ['PERSON', 'People'],
  ['ORG', 'Organisations'],
  ['GPE', 'Countries and places'],
  ['NORP', 'Nationalities and groups'],
  ['LOC', 'Locations'],
  ['FAC', 'Facilities'],
  ['EVENT', 'Named events (holidays, contests, eras)'],
  ['OTHER', 'Other names (laws, agreements, prizes)'],
];

/**
 * One event as a line: `USAGOV → CHNGOV 040 Consult (+1.0) 2023-06-19 Beijing`. The date is written as precisely
 * as it is known: `2023` for a year, `2023-02` for a month, `week of 2023-06-12` for a week, `undated` when none.
 */
export function formatEventLine(ev: CodedEvent): string {
  const g = `${ev.goldstein >= 0 ? '+' : ''}${ev.goldstein.toFixed(1)}`;
  const src = ev.source.actor ?? ev.source.name;
  const tgt = ev.target ? (ev.target.actor ?? ev.target.name) : '—';
  return [`${src} → ${tgt}`, ev.code, `${ev.label} (${g})`, eventDateText(ev), ev.location?.name ?? '']
    .filter((x) => x !== '')
    .join(' ');
}


function entityLabel(e: Entity): string {
  return e.actor ? `${e.name} (${e.actor})` : e.name;
}

/**
 * Renders a human-readable summary of one analysis: entities by type, quotes grouped by speaker,
 * events one per line with their trigger and rule, and the tone.
 * @returns multi-line text without a trailing newline
 */
export function renderSummary(a: Analysis): string {
  const out: string[] = [];
  const art = a.article;
  out.push(`━━ ${art.title || '(untitled)'}`);
  out.push(`   ${[art.published ?? 'undated', art.source, art.url ?? art.origin, `id ${art.id}`, art.externalId && `source id ${art.externalId}`].filter(Boolean).join(' · ')}`);
  for (const [type, heading] of TYPE_HEADINGS) {
    // a capital named as a place and as its government ("in Beijing", "Beijing said") is two entities but one name
    // to a reader: listed once, with the code
    const ents = a.entities.filter((e) => e.type === type && !a.entities.some((o) => o !== e && o.type === type && o.name === e.name && o.actor && !e.actor));
    const labels = [...new Set(ents.map(entityLabel))];
    if (labels.length) out.push(`${heading}: ${labels.join(', ')}`);
  }
  if (a.quotes.length) {
    out.push(`Quotes (${a.quotes.length}):`);
    const bySpeaker = new Map<string, typeof a.quotes>();
    for (const q of a.quotes) {
      // an unnamed speaker is shown by the phrase that names it ("officials", "a spokesman for the ministry")
      const who = q.speaker.name ?? q.speaker.mention?.text ?? null;
      const key = who ? (q.speaker.actor ? `${who} (${q.speaker.actor})` : who) : '(unattributed)';
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
    }
    for (const [speaker, qs] of bySpeaker) {
      out.push(`  ${speaker}:`);
      for (const q of qs) {
        out.push(`    ${quoteExcerpt(q.text, q.kind === 'direct')}  ${quoteLabel(q)}`);
      }
    }
  }
  if (a.events.length) {
    out.push(`Events (${a.events.length}):`);
    for (const ev of a.events) {
      out.push(`  ${formatEventLine(ev)}    ← “${ev.trigger.text}” [${ev.rule}]`);
    }
  }
  const t = a.tone;
  // an article not in English has no tone (zeros and 0 words): its W_NOT_ENGLISH issue below says so. The code is
  // analyze.ts's NOT_ENGLISH_ISSUE (the test uses that constant); not imported, so that the query commands that
  // render events (events.ts) do not load the analyzer's models and rules
  if (!a.issues.some((i) => i.code === 'W_NOT_ENGLISH')) {
    out.push(
      `Tone: ${t.tone >= 0 ? '+' : ''}${t.tone.toFixed(2)} (positive ${t.positive.toFixed(2)}%, negative ${t.negative.toFixed(2)}%, polarity ${t.polarity.toFixed(2)}, ${t.wordCount} words)`,
    );
  }
  for (const issue of a.issues) out.push(`! ${issue.code}: ${issue.message}`);
  return out.join('\n');
}
