import type { Analysis } from '../model/analysis.js';
import type { Entity, Mention } from '../model/entity.js';
import type { CodedEvent, EventActor } from '../model/event.js';
import type { CompiledRule, VerbLexicon } from '../extract/events/verb-lexicon.js';
import type { CameoTable } from '../extract/events/cameo-codes.js';

const QUAD_NAMES = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

/** Finds a lexicon rule by id ("meet", or "pledge.to:reciprocal" → "pledge.to"). */
export function findRule(lexicon: VerbLexicon, ruleId: string): CompiledRule | undefined {
  const id = ruleId.split(':')[0];
  for (const map of [lexicon.verbs, lexicon.nouns]) {
    for (const rules of map.values()) {
      const r = rules.find((x) => x.id === id);
      if (r) return r;
    }
  }
  return undefined;
}

function mentionOf(analysis: Analysis, side: EventActor): { entity?: Entity; mention?: Mention } {
  const entity = side.entity ? analysis.entities.find((e) => e.id === side.entity) : undefined;
  const span = side.mention;
  const mention = entity && span ? entity.mentions.find((m) => m.start === span.start && m.end === span.end) : undefined;
  return { entity, mention };
}

function describeSide(label: string, analysis: Analysis, side: EventActor | null): string[] {
  if (!side) return [`${label}: none (the pattern names no target)`];
  const out = [`${label}: ${side.actor ?? '(no actor code)'} — ${side.name}`];
  if (side.mention) out.push(`  mention “${side.mention.text}” [${side.mention.start}, ${side.mention.end})`);
  const { entity, mention } = mentionOf(analysis, side);
  if (entity) {
    out.push(
      `  entity ${entity.id} ${entity.name} (${entity.type}${entity.role ? `, role “${entity.role}”` : ''}) → actor ${entity.actor ?? 'none'} = country ${entity.country ?? '—'} + agent ${entity.agent ?? '—'} [${entity.provenance.rule}]`,
    );
  }
  if (mention && mention.kind !== 'name') {
    const ev = (mention.provenance.evidence ?? []).map((e) => `“${analysis.article.text.slice(e.start, e.end)}” [${e.start}, ${e.end})`);
    out.push(`  ${mention.kind} resolved by rule ${mention.provenance.rule}${ev.length ? ` from ${ev.join(', ')}` : ''} (confidence ${mention.provenance.confidence})`);
  }
  return out;
}

/**
 * Explains how one event was coded, as lines of text: the sentence with the trigger marked, the rule
 * that fired (with its conditions and note from the lexicon), the CAMEO code's label, QuadClass and
 * Goldstein value, how source and target were found (mention → entity → actor, with coreference
 * evidence), the date expression and the place.
 * @param analysis the article's analysis the event belongs to
 * @param event one of `analysis.events`
 * @param resources the lexicon and CAMEO table the event was coded with
 */
export function explainEvent(
  analysis: Analysis,
  event: CodedEvent,
  resources: { lexicon: VerbLexicon; codes: CameoTable },
): string[] {
  const text = analysis.article.text;
  const s = event.sentence;
  const t = event.trigger;
  const marked = `${text.slice(s.start, t.start)}⟦${t.text}⟧${text.slice(t.end, s.end)}`;
  const code = resources.codes.get(event.code);
  const rule = findRule(resources.lexicon, event.rule);
  const out = [
    `${event.id}: ${event.source.actor ?? event.source.name} → ${event.target?.actor ?? event.target?.name ?? '—'}  CAMEO ${event.code} “${event.label}”`,
    `sentence [${s.start}, ${s.end})${event.isRoot ? ' (lead paragraph: root event)' : ''}:`,
    `  ${marked}`,
    `trigger “${t.text}” [${t.start}, ${t.end}) fired rule ${event.rule} (confidence ${event.confidence}${event.negated ? ', negated' : ''})`,
  ];
  if (rule) {
    const cond: string[] = [];
    if (rule.prev) cond.push(`previous word in {${[...rule.prev].join(', ')}}`);
    if (rule.next) cond.push(`next word in {${[...rule.next].join(', ')}}`);
    if (rule.object) cond.push(`object lemma in {${[...rule.object].join(', ')}} within ${rule.window} tokens`);
    if (rule.control) cond.push(`controls a “to” complement (${rule.control})`);
    out.push(`  rule ${rule.id} (${rule.pos}, from ${rule.origin}): ${cond.length ? cond.join('; ') : 'the trigger lemma alone'}`);
    out.push(`  source slots ${rule.source.join(' > ')}; target slots ${rule.target.join(' > ')}`);
    if (rule.note) out.push(`  note: ${rule.note}`);
  }
  out.push(
    `code ${event.code} (base ${event.baseCode}, root ${event.rootCode}): ${code?.label ?? event.label}; QuadClass ${event.quadClass} ${QUAD_NAMES[event.quadClass]}; Goldstein ${event.goldstein >= 0 ? '+' : ''}${event.goldstein} (CAMEO table, data/cameo/event-codes.tsv)`,
  );
  out.push(...describeSide('source', analysis, event.source));
  out.push(...describeSide('target', analysis, event.target));
  out.push(
    `date ${event.date ?? 'unknown'}${event.dateText ? ` from “${event.dateText}”` : ' (no date expression: publication date)'} against publication date ${analysis.article.published ?? 'unknown'}`,
  );
  out.push(
    event.location
      ? `place ${event.location.name}${event.location.country ? ` (${event.location.country})` : ''}${event.location.span ? ` named at [${event.location.span.start}, ${event.location.span.end})` : ''}`
      : 'place not named in the sentence',
  );
  out.push(`provenance ${event.provenance.component} ${event.provenance.version}`);
  return out;
}
