// Condition clauses ("if Iraq attacks again", "unless…"): a verb inside one, one anywhere in a sentence, and the clause's subject.
import type { Doc, Sentence } from '../../nlp/doc.js';
import type { ActorChunk } from './actor-chunks.js';

/** True when the verb at `t` is the predicate of an if/unless/whether clause ("if Iraq attacks again"). */
export function inConditionClause(doc: Doc, t: number, first: number): boolean {
  for (let k = t - 1; k >= first; k--) {
    const w = doc.lower[k];
    if (w === 'if' || w === 'unless' || w === 'whether') return true;
    if (doc.pos[k] === 'VERB' || w === ',' || w === ';' || w === 'that' || w === 'and' || w === 'but') return false;
  }
  return false;
}

/** True when the sentence has a condition clause anywhere: "if" (not "as if"), "unless", "provided (that)", "providing". */
export function conditionInSentence(doc: Doc, sentence: Sentence): boolean {
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const w = doc.lower[k];
    if (w === 'if' || w === 'unless' || ((w === 'provided' || w === 'providing') && doc.pos[k - 1] !== 'AUX')) {
      // "as if" compares, it sets no condition
      if (w === 'if' && doc.lower[k - 1] === 'as') continue;
      return true;
    }
  }
  return false;
}

/** The subject of an "if"/"unless" clause after `from`: the first coded phrase with no preposition before the clause's verb. */
export function conditionSubject(doc: Doc, chunks: readonly ActorChunk[], from: number, end: number, exclude: ReadonlySet<string>): ActorChunk | null {
  let k = from;
  while (k < end && doc.lower[k] !== 'if' && doc.lower[k] !== 'unless') {
    if (doc.lower[k] === ';') return null;
    k++;
  }
  if (k >= end) return null;
  for (const ch of chunks) {
    if (ch.first <= k) continue;
    for (let j = k + 1; j < ch.first; j++) if (doc.pos[j] === 'VERB' || doc.pos[j] === 'AUX') return null;
    if (ch.prep !== null || ch.heads.every((h) => h.actor === null || exclude.has(h.entity.id))) return null;
    return ch;
  }
  return null;
}
