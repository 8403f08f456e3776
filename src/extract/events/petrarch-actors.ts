import type { Entity } from '../../model/entity.js';
import type { Doc } from '../../nlp/doc.js';
import { actorCodeOn, type ImportedActor, type ImportedAgent } from './petrarch-import.js';

interface Match {
  start: number;
  end: number;
  code: string;
  kind: 'actor' | 'agent';
}

/** Longest dictionary phrase starting at token `i`: number of tokens matched, or 0. */
function matchPhrase(upper: readonly string[], i: number, words: readonly string[], exact: readonly boolean[] | null): number {
  if (i + words.length > upper.length) return 0;
  for (let k = 0; k < words.length; k++) {
    const tok = upper[i + k];
    const w = words[k];
    const isExact = exact ? exact[k] : true;
    if (isExact ? tok !== w : !tok.startsWith(w)) return 0;
  }
  return words.length;
}

/**
 * Finds the actors of a PETRARCH-style actor dictionary in a Doc and builds entities from them, combining
 * an agent with an adjacent country ("Arnorian foreign minister", "the president of Gondor" → country + agent,
 * as PETRARCH does). Used to run dictionaries written for PETRARCH/TABARI (their unit tests, users' own
 * dictionaries) through detente's coder instead of the built-in entities layer.
 * @param doc the Doc
 * @param actors imported actors ({@link importPetrarchActors})
 * @param agents imported agents ({@link importPetrarchAgents})
 * @param date the story date `YYYYMMDD`, for dated actor codes
 * @returns one entity per match, with a single name mention
 */
export function dictionaryEntities(
  doc: Doc,
  actors: readonly ImportedActor[],
  agents: readonly ImportedAgent[],
  date: string | null,
): Entity[] {
  const upper = doc.lower.map((w) => w.toUpperCase());
  const byFirst = new Map<string, { actor: ImportedActor; words: string[]; exact: boolean[] }[]>();
  for (const actor of actors) {
    for (const p of actor.phrases) {
      if (p.words.length === 0) continue;
      const key = p.words[0].slice(0, 3);
      const list = byFirst.get(key) ?? [];
      list.push({ actor, words: p.words, exact: p.exact });
      byFirst.set(key, list);
    }
  }
  const agentByFirst = new Map<string, { agent: ImportedAgent; words: string[] }[]>();
  for (const agent of agents) {
    for (const p of agent.phrases) {
      if (p.length === 0) continue;
      const list = agentByFirst.get(p[0]) ?? [];
      list.push({ agent, words: p });
      agentByFirst.set(p[0], list);
    }
  }
  const matches: Match[] = [];
  for (let i = 0; i < upper.length; ) {
    let best: Match | null = null;
    for (const c of byFirst.get(upper[i].slice(0, 3)) ?? []) {
      const n = matchPhrase(upper, i, c.words, c.exact);
      const code = n ? actorCodeOn(c.actor, date) : null;
      if (n && code && code !== '---' && (!best || n > best.end - best.start)) best = { start: i, end: i + n, code, kind: 'actor' };
    }
    for (const c of agentByFirst.get(upper[i]) ?? []) {
      const n = matchPhrase(upper, i, c.words, null);
      if (n && (!best || n > best.end - best.start)) best = { start: i, end: i + n, code: c.agent.code, kind: 'agent' };
    }
    if (best) {
      matches.push(best);
      i = best.end;
    } else i++;
  }
  const entities: Entity[] = [];
  const provenance = { component: 'events', version: 'petrarch-dictionary', rule: 'actor-dictionary', confidence: 1 };
  const used = new Set<number>();
  const extra: Entity[] = [];
  for (let m = 0; m < matches.length; m++) {
    if (used.has(m)) continue;
    const a = matches[m];
    let code = a.code;
    let start = a.start;
    let end = a.end;
    if (a.kind === 'actor' && code.length === 3) {
      // "Arnorian foreign minister": country then agent within two tokens
      const next = matches[m + 1];
      if (next && next.kind === 'agent' && next.start - a.end <= 2 && !hasBreak(doc, a.end, next.start)) {
        code += next.code;
        end = next.end;
        used.add(m + 1);
      }
    } else if (a.kind === 'agent') {
      // "the president of Gondor", "Gondor's president"
      const next = matches[m + 1];
      const prev = matches[m - 1];
      if (next && next.kind === 'actor' && next.code.length === 3 && next.start - a.end <= 2 && ['of', 'from', 'in'].includes(doc.lower[a.end])) {
        code = next.code + a.code;
        end = next.end;
        used.add(m + 1);
        // "lawmakers in Fornost and Gondor", "the ambassadors of Arnor, Osgiliath and Gondor": the agent
        // distributes over conjoined countries
        for (let k = m + 2, prevEnd = next.end; k < matches.length; k++) {
          const after = matches[k];
          if (after.kind !== 'actor' || after.code.length !== 3 || !onlyConjunctions(doc, prevEnd, after.start)) break;
          prevEnd = after.end;
          used.add(k);
          const s2 = doc.starts[after.start];
          const e2 = doc.ends[after.end - 1];
          const c2 = after.code + a.code;
          extra.push({
            id: `dict-x${extra.length}`,
            name: doc.text.slice(s2, e2),
            type: 'ORG',
            actor: c2,
            country: after.code,
            agent: a.code,
            mentions: [{ start: s2, end: e2, text: doc.text.slice(s2, e2), kind: 'name', provenance }],
            provenance,
          });
        }
      } else if (prev && prev.kind === 'actor' && !used.has(m - 1)) {
        continue;
      } else {
        // an agent with no country: PETRARCH's "---GOV" ("officials said")
        code = `---${a.code}`;
      }
    }
    const s = doc.starts[start];
    const e = doc.ends[end - 1];
    entities.push({
      id: `dict-${entities.length}`,
      name: doc.text.slice(s, e),
      type: code.length === 3 ? 'GPE' : 'ORG',
      actor: code,
      country: code.startsWith('---') ? null : code.slice(0, 3),
      agent: code.length > 3 ? code.slice(3) : null,
      mentions: [{ start: s, end: e, text: doc.text.slice(s, e), kind: 'name', provenance }],
      provenance,
    });
  }
  return [...entities, ...extra];
}

/** True when the tokens [from, to) are a non-empty list separator: ",", "and", "or", ", and". */
function onlyConjunctions(doc: Doc, from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  for (let k = from; k < to; k++) if (doc.lower[k] !== ',' && doc.lower[k] !== 'and' && doc.lower[k] !== 'or') return false;
  return true;
}

function hasBreak(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.pos[k] === 'PUNCT' || doc.pos[k] === 'VERB' || doc.pos[k] === 'ADP') return true;
  return false;
}
