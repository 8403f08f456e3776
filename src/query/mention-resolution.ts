import type { Analysis } from '../model/analysis.js';
import type { Entity, Mention } from '../model/entity.js';
import { describeDerivedActor } from './derived-actors.js';

/** At most this many links of a coreference chain are followed (a chain is never longer in practice). */
const MAX_LINKS = 8;

/**
 * The entity mention a phrase stands for: the mention with exactly the phrase's span, else the entity's mention inside
 * it (the name "Blinken" in the speaker phrase "Mr Blinken"), else one overlapping it; undefined when none does.
 * @param entity the entity the phrase was resolved to
 * @param span half-open character span of the phrase in `Article.text`
 */
export function mentionAt(entity: Entity, span: { start: number; end: number }): Mention | undefined {
  return (
    entity.mentions.find((m) => m.start === span.start && m.end === span.end) ??
    entity.mentions.find((m) => m.start >= span.start && m.end <= span.end) ??
    entity.mentions.find((m) => m.start < span.end && span.start < m.end)
  );
}

/**
 * How a phrase was resolved to its entity, as lines of text: the entity (id, name, type, role, actor code = country +
 * agent, and the rule that made it), then the coreference chain from the phrase to a name, one link a line — a pronoun
 * or description, the rule that linked it, its confidence, and the mention its evidence points at (`“he” … → “the top
 * US diplomat” … → “Blinken” (name)`). Each link follows the mention's provenance evidence to another mention of the
 * same entity; evidence that is no mention (an honorific, a title) is named as the words it covers.
 * @param analysis the article's analysis
 * @param entityId the resolved entity's id (`Entity.id`); null when nothing was resolved
 * @param span the phrase's half-open span in `Article.text` (a speaker or actor mention); null when there is none
 * @returns lines of text (no indentation), empty when there is neither an entity nor a span
 */
export function mentionResolution(analysis: Analysis, entityId: string | null, span: { start: number; end: number } | null): string[] {
  const text = analysis.article.text;
  const entity = entityId ? analysis.entities.find((e) => e.id === entityId) : undefined;
  if (!entity && entityId) {
    // an actor the event coder made (the people of a place, a domestic target, an unnamed group): say what it is, then
    // how the phrase resolved to the entity it was made from
    const derived = describeDerivedActor(analysis, entityId);
    if (!derived) return [`entity ${entityId} not in the article's entities`];
    return [derived.line, ...(derived.base ? mentionResolution(analysis, derived.base, span) : [])];
  }
  if (!entity) return [];
  const out = [
    `entity ${entity.id} ${entity.name} (${entity.type}${entity.role ? `, role “${entity.role}”` : ''}) → actor ${entity.actor ?? 'none'} = country ${entity.country ?? '—'} + agent ${entity.agent ?? '—'} [${entity.provenance.rule}]`,
  ];
  const seen = new Set<Mention>();
  let mention = span ? mentionAt(entity, span) : undefined;
  if (span && !mention) out.push(`the phrase [${span.start}, ${span.end}) is no mention of this entity`);
  while (mention && !seen.has(mention) && seen.size < MAX_LINKS) {
    seen.add(mention);
    const { rule, confidence, evidence = [] } = mention.provenance;
    const next = evidence.map((e) => entity.mentions.find((m) => m !== mention && m.start === e.start && m.end === e.end)).find((m) => m !== undefined);
    const words = evidence.filter((e) => !entity.mentions.some((m) => m.start === e.start && m.end === e.end)).map((e) => `“${text.slice(e.start, e.end)}” [${e.start}, ${e.end})`);
    const same = !span || (span.start === mention.start && span.end === mention.end);
    const phrase = seen.size === 1 && span && !same ? `mention “${text.slice(span.start, span.end)}” [${span.start}, ${span.end}): its` : seen.size === 1 ? 'mention' : '→';
    const head = `${phrase} “${mention.text}” [${mention.start}, ${mention.end}) ${mention.kind}, rule ${rule} (confidence ${confidence})`;
    out.push(`${head}${words.length ? ` from ${words.join(', ')}` : ''}${next && mention.kind !== 'name' ? ', refers to' : ''}`);
    mention = mention.kind === 'name' ? undefined : next;
  }
  return out;
}
