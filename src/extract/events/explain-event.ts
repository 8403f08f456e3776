import type { CodedEvent } from '../../model/event.js';
import { seasonStartingIn } from './season.js';
import type { EventResources } from './resources.js';
import type { CompiledRule, VerbLexicon } from './verb-lexicon.js';

/** How one event was coded, for `detente explain`: every step with the evidence behind it. */
export interface EventExplanation {
  readonly summary: string;
  readonly steps: readonly string[];
  /** The lexicon rules that fired, outermost first ("pledge.to" then "visit" for "pledged to visit"). */
  readonly rules: readonly { id: string; code: string; origin: string; pattern: string; note: string | null }[];
  readonly modifiers: readonly string[];
}

const MODIFIERS: Record<string, string> = {
  passive: 'passive voice: the agent after "by" is the source, the grammatical subject the target',
  reciprocal: 'compound actor acting together: each member coded towards the other(s)',
  future: 'future or reported intention ("will", "would"): coded with the pattern\'s intent code (CAMEO 03)',
  'planned-clause': 'an event noun in a clause told as to come ("will be discussed at a meeting between …"): coded with the pattern\'s intent code (CAMEO 03), dated on publication',
  conditional: 'a conditional future ("unless", "if"): coded as a threat (CAMEO 13)',
  'light-verb': 'event named by a noun; the source is the subject of its light verb ("staged a protest")',
  'fallback-target': 'no slot of the pattern named a target; the first actor after the pattern was taken',
  'place-target': 'no actor named as target; the country where the act takes place ("in Iraq") was taken',
  'condition-target': 'a threat with no target is aimed at the subject of its if/unless condition',
  'domestic-target': "no target in the sentence; a domestic act is aimed at the source's own country (its government for non-state sources)",
  'located-crowd': 'the actors are people known by their place ("thousands in Hong Kong")',
  refusal: 'a refused cooperative act ("will not meet") is coded as a rejection (CAMEO 12)',
  must: 'a statement that someone "must" act is a demand on them (CAMEO 10)',
  'announced-for-later': 'sanctions announced that the article calls planned or threatened, or that take effect later: a threat (CAMEO 1312; the manual reads an announced future measure as a threat)',
};

/**
 * Why the event's code differs from the code of the last rule that fired, when a property of the actors or the rule
 * chose it (review 14: `explain` said "Rule attack … code 190" beside a stored 180 without saying why).
 * @returns a sentence, or null when the code is the rule's own or a modifier step already explains it
 */
function codeChange(event: CodedEvent, rule: CompiledRule | undefined, ids: readonly string[]): string | null {
  if (!rule || rule.code === event.code) return null;
  if (rule.nonstate === event.code) {
    return `The source is not a state actor (no agent, or an agent outside GOV/MIL/COP/SPY/JUD/LEG), so the rule's non-state code ${rule.nonstate} replaces ${rule.code} (CAMEO 18: violence by non-state actors; 19: by state forces).`;
  }
  if (rule.state === event.code) return `The source is a state actor, so the rule's state code ${rule.state} replaces ${rule.code}.`;
  if (ids.length > 1 || ids[0] === 'intent' || ids[0] === 'threat') return null;
  for (const [kind, code] of Object.entries(rule.controlled)) {
    if (code === event.code) return `Code ${code} is the rule's ${kind} code (instead of ${rule.code}).`;
  }
  return null;
}

/** Describes a compiled rule's pattern in words. */
function describe(rule: CompiledRule): string {
  const parts: string[] = [`${rule.pos} trigger`];
  if (rule.prev) parts.push(`preceded by ${[...rule.prev].join('|')}`);
  if (rule.notPrev) parts.push(`not preceded by ${[...rule.notPrev].join('|')}`);
  if (rule.before) parts.push(`after the words ${rule.before.map((s) => [...s.words, ...s.phrases.map((p) => p.join(' '))].join('|')).join(' … ')}`);
  if (rule.next) parts.push(`followed by ${[...rule.next].join('|')}`);
  if (rule.object) parts.push(`with object ${[...rule.object].slice(0, 8).join('|')}${rule.object.size > 8 ? '|…' : ''} within ${rule.window} words`);
  if (rule.after) parts.push(`then the words ${rule.after.map((s) => [...s.words, ...s.phrases.map((p) => p.join(' '))].join('|')).join(' … ')}`);
  if (rule.control) parts.push(`controls a "to" complement (${rule.control})`);
  parts.push(`source from ${rule.source.join(', ')}; target from ${rule.target.join(', ')}`);
  return parts.join(', ');
}

/**
 * Finds a lexicon rule by id; a coded event's rule may carry a chain and modifiers
 * ("pledge.to:reciprocal" → "pledge.to"), of which the first id is looked up.
 * @returns the compiled rule, or undefined when no rule has that id
 */
export function findRule(lexicon: VerbLexicon, ruleId: string): CompiledRule | undefined {
  const id = ruleId.split(':')[0].split('>')[0];
  for (const index of [lexicon.verbs, lexicon.nouns]) {
    for (const rules of index.values()) {
      const r = rules.find((x) => x.id === id);
      if (r) return r;
    }
  }
  return undefined;
}

/**
 * Explains how an event was coded: the trigger and rule(s) that fired (with their pattern and the CAMEO
 * manual note), how source and target were found, the code's label, Goldstein value, QuadClass and PLOVER
 * category, and where the date and place came from.
 * @param event a coded event (from {@link codeEvents})
 * @param resources the event resources the event was coded with
 * @returns a structured explanation; `steps` read as sentences
 */
export function explainEvent(event: CodedEvent, resources: EventResources): EventExplanation {
  const [chain, ...mods] = event.rule.split(':');
  const ids = chain.split('>');
  const rules = ids
    .map((id) => findRule(resources.lexicon, id))
    .filter((r): r is CompiledRule => r !== undefined)
    .map((r) => ({ id: r.id, code: r.code, origin: r.origin, pattern: describe(r), note: r.note }));
  const row = resources.codes.get(event.code);
  const steps: string[] = [];
  steps.push(`Trigger "${event.trigger.text}" at ${event.trigger.start}–${event.trigger.end} in the sentence "${event.sentence.text}".`);
  for (const r of rules) steps.push(`Rule ${r.id} (${r.origin}, code ${r.code}): ${r.pattern}.${r.note ? ` ${r.note}.` : ''}`);
  if (ids[0] === 'intent' || ids[0] === 'threat') steps.push(`The verb is the complement of an intention or threat noun ("plans to", "threat to"): ${ids[0]} code.`);
  for (const m of mods) if (MODIFIERS[m]) steps.push(`${m}: ${MODIFIERS[m]}.`);
  const changed = codeChange(event, findRule(resources.lexicon, ids[ids.length - 1]), ids);
  if (changed) steps.push(changed);
  steps.push(`Source ${event.source.actor ?? '?'} (${event.source.name}) from the mention "${event.source.mention?.text ?? event.source.name}".`);
  if (event.target) {
    steps.push(
      event.target.mention
        ? `Target ${event.target.actor ?? '?'} (${event.target.name}) from the mention "${event.target.mention.text}".`
        : `Target ${event.target.actor ?? '?'} named by no mention: inferred by the coder (a domestic act's target is the source's own country or government, as CAMEO codes domestic events).`,
    );
  }
  else steps.push('No target actor in the sentence (kept only when requireTarget is false).');
  if (row) {
    steps.push(`CAMEO ${row.code} "${row.label}": Goldstein ${row.goldstein}, QuadClass ${row.quadClass}${row.plover ? `, PLOVER ${row.plover}` : ''}.`);
  }
  const period = event.datePrecision && event.datePrecision !== 'day' ? ` (the text states only the ${event.datePrecision}; its first day is given)` : '';
  steps.push(event.dateText ? `Date ${event.date} from "${event.dateText}", resolved against the publication date${period}.` : event.date ? `Date ${event.date}: no date expression dates the event (none in the sentence, or only a duration or a date after publication, which a plan or a term talks about), so the publication date.` : 'Undated: no date expression in the sentence and no publication date for the article.');
  if (event.dateRelation === 'before') steps.push('The words before the trigger tell the act as done before the report ("had …", "recently", "the recent …"): that day is only the latest it can have.');
  if (event.location) steps.push(`Place ${event.location.name}${event.location.country ? ` (${event.location.country})` : ''}${event.location.span ? ` from ${event.location.from === 'dateline' ? 'the dateline ' : ''}"${event.location.span.text}"` : ''}.`);
  steps.push(`Confidence ${event.confidence}${event.isRoot ? '; a root event (lead paragraph)' : ''}.`);
  const summary = `${event.source.actor ?? '?'} → ${event.target?.actor ?? '—'} ${event.code} ${event.label} (${event.goldstein >= 0 ? '+' : ''}${event.goldstein.toFixed(1)}) ${eventDateText(event)}${event.location ? ` ${event.location.name}` : ''}`.trim();
  return { summary, steps, rules, modifiers: mods };
}

/**
 * An event's date written as precisely as the text states it: `2023` for a year, `2023-02` for a month,
 * `summer 2023` or `winter 2022/23` for a season, `week of 2023-06-18` for a week (the week's first day), `2023-06-19`
 * for a day, `undated` when none.
 * @param ev the event's date and its precision
 */
export function eventDateText(ev: Pick<CodedEvent, 'date' | 'datePrecision'>): string {
  if (!ev.date) return 'undated';
  if (ev.datePrecision === 'year') return ev.date.slice(0, 4);
  if (ev.datePrecision === 'month') return ev.date.slice(0, 7);
  if (ev.datePrecision === 'week') return `week of ${ev.date}`;
  if (ev.datePrecision === 'season') return seasonText(ev.date);
  return ev.date;
}

/** A season's first day as news names it: `summer 2023`, `winter 2022/23` (a winter runs into the next year). */
function seasonText(date: string): string {
  const y = Number(date.slice(0, 4));
  const name = seasonStartingIn(Number(date.slice(5, 7))) ?? 'winter';
  return name === 'winter' ? `winter ${y}/${String(y + 1).slice(-2)}` : `${name} ${y}`;
}
