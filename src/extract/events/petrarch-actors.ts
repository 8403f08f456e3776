import type { Entity } from '../../model/entity.js';
import type { Doc } from '../../nlp/doc.js';
import { actorCodeOn, type ImportedActor, type ImportedAgent } from './petrarch-import.js';

interface Match {
  start: number;
  end: number;
  code: string;
  kind: 'actor' | 'agent';
  /** An agent written before the country code (`[NGO~]`). */
  prefix: boolean;
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
  // words joined by "_" in the text ("Dol_Amroth") match the dictionary phrase "DOL AMROTH": the joiner is skipped
  const tokenOf: number[] = [];
  const upper: string[] = [];
  for (let k = 0; k < doc.tokenCount; k++) {
    if (doc.lower[k] === '_' && k > 0 && k + 1 < doc.tokenCount && doc.starts[k] === doc.ends[k - 1] && doc.starts[k + 1] === doc.ends[k]) continue;
    tokenOf.push(k);
    upper.push(doc.lower[k].toUpperCase());
  }
  tokenOf.push(doc.tokenCount);
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
      if (n && code && code !== '---' && (!best || n > best.end - best.start)) best = { start: i, end: i + n, code, kind: 'actor', prefix: false };
    }
    for (const c of agentByFirst.get(upper[i]) ?? []) {
      const n = matchPhrase(upper, i, c.words, null);
      if (n && (!best || n > best.end - best.start)) best = { start: i, end: i + n, code: c.agent.code, kind: 'agent', prefix: c.agent.prefix };
    }
    if (best) {
      matches.push({ ...best, start: tokenOf[best.start], end: tokenOf[best.end - 1] + 1 });
      i = best.end;
    } else i++;
  }
  const entities: Entity[] = [];
  const provenance = { component: 'events', version: 'petrarch-dictionary', rule: 'actor-dictionary', confidence: 1 };
  const used = new Set<number>();
  const extra: Entity[] = [];
  const push = (list: Entity[], id: string, first: number, last: number, code: string) => {
    const s = doc.starts[first];
    const e = doc.ends[last - 1];
    list.push({
      id,
      name: doc.text.slice(s, e),
      type: code.length === 3 ? 'GPE' : 'ORG',
      actor: code,
      country: code.startsWith('---') ? null : code.slice(0, 3),
      agent: code.length > 3 ? code.slice(3) : null,
      mentions: [{ start: s, end: e, text: doc.text.slice(s, e), kind: 'name', provenance }],
      provenance,
    });
  };
  for (let m = 0; m < matches.length; m++) {
    if (used.has(m)) continue;
    const a = matches[m];
    let code = a.code;
    let start = a.start;
    let end = a.end;
    if (a.kind === 'actor') {
      // "MSF Arnor": a prefixed agent right before the country ([NGO~] → NGOARN)
      const prev = matches[m - 1];
      if (prev && prev.kind === 'agent' && prev.prefix && samePhrase(doc, prev.end, a.start) && !used.has(m - 1)) {
        code = prev.code + code;
        start = prev.start;
      }
      // "Arnorian foreign minister", "Dagolath's first Deputy Prime Minister": country then agent in one phrase
      const next = matches[m + 1];
      if (next && next.kind === 'agent' && !next.prefix && samePhrase(doc, a.end, next.start)) {
        code = withAgent(code, agentCode(doc, next, start));
        end = next.end;
        used.add(m + 1);
      }
    } else if (a.prefix && matches[m + 1]?.kind === 'actor' && samePhrase(doc, a.end, matches[m + 1].start)) {
      continue; // taken by the actor that follows
    } else {
      const own = agentCode(doc, a, a.start);
      // "the president of Gondor", "officials in White House"
      const next = matches[m + 1];
      if (next && next.kind === 'actor' && next.start - a.end <= 2 && ['of', 'from', 'in'].includes(doc.lower[a.end])) {
        code = withAgent(next.code, own);
        end = next.end;
        used.add(m + 1);
        // "lawmakers in Fornost and Gondor", "the ambassadors of Arnor, Osgiliath and Gondor": the agent
        // distributes over conjoined countries
        for (let k = m + 2, prevEnd = next.end; k < matches.length; k++) {
          const after = matches[k];
          if (after.kind !== 'actor' || after.code.length !== 3 || !onlyConjunctions(doc, prevEnd, after.start)) break;
          prevEnd = after.end;
          used.add(k);
          push(extra, `dict-x${extra.length}`, after.start, after.end, withAgent(after.code, own));
        }
      } else {
        // "Danish media and government": an agent conjoined to a country + agent phrase shares its country
        const before = entities[entities.length - 1];
        const prevMatch = matches[m - 1];
        const shared =
          before && before.country && prevMatch && prevMatch.kind === 'agent' && doc.ends[prevMatch.end - 1] === before.mentions[0].end && onlyConjunctions(doc, prevMatch.end, a.start) && doc.lower[a.start - 1] !== ','
            ? before.country
            : null;
        // an agent with no country: PETRARCH's "---GOV" ("officials said")
        code = shared ? withAgent(shared, own) : `---${own}`;
      }
    }
    push(entities, `dict-${entities.length}`, start, end, code);
  }
  return [...entities, ...extra];
}

/**
 * An agent's code as its phrase reads it: "former" before the agent or its country makes it an elite (CAMEO
 * ELI, "former government officials"; TABARI's FORMER conversion): "former security officials" → ELI.
 */
function agentCode(doc: Doc, agent: Match, phraseStart: number): string {
  for (let k = agent.start - 1; k >= Math.max(0, phraseStart - 1); k--) if (doc.lower[k] === 'former' || doc.lower[k] === 'ex') return 'ELI';
  return agent.code;
}

/** Appends an agent code unless the actor code already carries it ("White House" USAGOV + GOV → USAGOV). */
function withAgent(code: string, agent: string): string {
  for (let k = 3; k + agent.length <= code.length; k += 3) if (code.slice(k, k + agent.length) === agent) return code;
  return code + agent;
}

/**
 * True when tokens [from, to) keep two dictionary matches inside one noun phrase: a possessive 's and at most
 * three words, each a determiner, adjective, noun or number ("Dagolath's first Deputy Prime Minister"), with
 * "and"/"or" allowed between two adjectives ("Ithilen's new and untested minister").
 */
function samePhrase(doc: Doc, from: number, to: number): boolean {
  if (to - from > 5) return false;
  let words = 0;
  for (let k = from; k < to; k++) {
    const pos = doc.pos[k];
    const w = doc.lower[k];
    // coordinated adjectives are one modifier: "Velmora's new and untested foreign minister"
    if ((w === 'and' || w === 'or') && doc.pos[k - 1] === 'ADJ' && doc.pos[k + 1] === 'ADJ') continue;
    if (w === "'s" || w === '’s' || pos === 'DET' || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM') {
      if (++words > 3 + (w === "'s" || w === '’s' ? 1 : 0)) return false;
      continue;
    }
    return false;
  }
  return true;
}

/** True when the tokens [from, to) are a non-empty list separator: ",", "and", "or", ", and". */
function onlyConjunctions(doc: Doc, from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  for (let k = from; k < to; k++) if (doc.lower[k] !== ',' && doc.lower[k] !== 'and' && doc.lower[k] !== 'or') return false;
  return true;
}
