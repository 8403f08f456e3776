import type { Analysis } from '../model/analysis.js';
import type { Entity } from '../model/entity.js';
import { mentionResolution } from './mention-resolution.js';
import type { CodedEvent, EventActor } from '../model/event.js';
import { explainEvent } from '../extract/events/explain-event.js';
import type { EventResources } from '../extract/events/resources.js';

const QUAD_NAMES = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

/**
 * Why an event side's actor code differs from its entity's, in words (null when they agree): the event coder
 * codes an entity without an actor by its country alone ("Dalai Lama", a country-located organisation → CHN), and
 * an office holder with an agent but no country ("Foreign Minister John Chan") by the one country the sentence
 * names around him (extract/events/actor-chunks.ts, localRefs) — which can be wrong, so explain says it plainly.
 * @param entity the side's entity
 * @param actor the actor code the event carries for that side
 * @returns one line of text, or null
 */
export function actorDifference(entity: Pick<Entity, 'actor' | 'country' | 'agent'>, actor: string | null): string | null {
  if (actor === entity.actor) return null;
  if (actor === null) return `the event leaves this side uncoded although the entity has actor ${entity.actor}`;
  if (entity.actor === null && entity.country && actor === entity.country) {
    return `the entity has no actor code, so the event codes it by its country alone: ${actor}`;
  }
  if (entity.actor === null && entity.agent && actor.endsWith(entity.agent)) {
    return `the entity has agent ${entity.agent} but no country: the event takes ${actor.slice(0, actor.length - entity.agent.length)}, the one country the sentence names around it (a nationality, possessor or place it is in) → ${actor}`;
  }
  return `the event codes this side ${actor}, not the entity's ${entity.actor ?? 'none'} (a sentence-level rule of the event coder: an ethnic group by its country of residence, or a domestic actor)`;
}

function describeSide(label: string, analysis: Analysis, side: EventActor | null): string[] {
  if (!side) return [`${label}: none (the pattern names no target)`];
  const out = [`${label}: ${side.actor ?? '(no actor code)'} — ${side.name}`];
  if (!side.mention && !side.entity) out.push('  no mention: inferred by the event coder (the domestic target of a domestic act, see the rules above)');
  if (side.mention && !side.entity) out.push(`  mention “${side.mention.text}” [${side.mention.start}, ${side.mention.end})`);
  const [entityLine, ...chain] = mentionResolution(analysis, side.entity ?? null, side.mention ?? null);
  if (entityLine) out.push(`  ${entityLine}`);
  const entity = side.entity ? analysis.entities.find((e) => e.id === side.entity) : undefined;
  const why = entity ? actorDifference(entity, side.actor) : null;
  if (why) out.push(`  ${why}`);
  out.push(...chain.map((l) => `  ${l}`));
  return out;
}

/**
 * Explains one event in the context of its article, as lines of text: the sentence with the trigger
 * marked, the coder's own explanation (rules that fired with their patterns and CAMEO notes, modifiers,
 * code, Goldstein, QuadClass, PLOVER, date and place: extract/events/explain-event.ts), and how source and
 * target were resolved (mention → entity → actor, with the coreference evidence for pronouns and
 * descriptions).
 * @param analysis the article's analysis the event belongs to
 * @param event one of `analysis.events`
 * @param resources the event resources the event was coded with
 */
export function explainEventInContext(analysis: Analysis, event: CodedEvent, resources: EventResources): string[] {
  const text = analysis.article.text;
  const s = event.sentence;
  const t = event.trigger;
  const marked = `${text.slice(s.start, t.start)}⟦${t.text}⟧${text.slice(t.end, s.end)}`;
  const coded = explainEvent(event, resources);
  return [
    `${event.id}: ${coded.summary}`,
    `sentence [${s.start}, ${s.end})${event.isRoot ? ' (lead paragraph: root event)' : ''}:`,
    `  ${marked}`,
    `how it was coded (rule ${event.rule}, confidence ${event.confidence}${event.negated ? ', negated' : ''}):`,
    ...coded.steps.map((step) => `  • ${step}`),
    `QuadClass ${event.quadClass} = ${QUAD_NAMES[event.quadClass]}`,
    'how the actors were resolved:',
    ...describeSide('source', analysis, event.source).map((l) => `  ${l}`),
    ...describeSide('target', analysis, event.target).map((l) => `  ${l}`),
    `provenance ${event.provenance.component} ${event.provenance.version}`,
  ];
}
