// Test support only (excluded from the build by tsconfig.build.json): the analyses the store tests save, shared by
// the contract tests (store-contract.test.ts) and the SQLite-only tests (sqlite-store.test.ts).
import type { Analysis } from '../model/analysis.js';

/** Provenance of every fixture annotation. */
export const prov = { component: 'test', version: '0', rule: 'hand', confidence: 1 };

/** Distinct one-sentence stories by id, so that fixtures are not near copies of one another. */
export const STORIES: Record<string, string> = {
  a: 'Ministers from Ruritania met Freedonian envoys in Capitol City on Tuesday.',
  b: 'Rebels shelled a border post overnight and the army returned fire, a spokesman said.',
  c: 'The central bank raised interest rates by half a point to curb rising inflation.',
  d: 'Flooding forced thousands from their homes as rivers burst their banks in the north.',
};

/** A longer wire story, for near-copy tests. */
export const WIRE = [
  'Finance ministers from the eurozone agreed on Thursday to extend a credit line to Greece for another six months,',
  'after a meeting in Brussels that lasted late into the night. The agreement still needs approval by national parliaments,',
  'officials said, and several governments warned that further reforms would be required before any money is released.',
  'Greek officials welcomed the decision and said the government would present a new budget plan next week.',
].join(' ');

/**
 * A small analysis of article `id`: one entity, one quote, one 042 event, tone.
 * @param id article id (also picks its story from {@link STORIES})
 * @param text the article text (default: the story of `id`, or a made-up line)
 */
export function sample(id: string, text = STORIES[id] ?? `Story ${id}: ${id.repeat(3)} happened somewhere on some day.`): Analysis {
  return {
    article: { id, title: `Title ${id}`, published: '2024-03-05', text },
    entities: [
      { id: 'e1', name: 'Ruritania', type: 'GPE', actor: 'RUR', country: 'RUR', agent: null, mentions: [{ start: 15, end: 24, text: 'Ruritania', kind: 'name', provenance: prov }], provenance: prov },
    ],
    quotes: [
      {
        id: 'q1', text: 'We are close', start: 0, end: 12, kind: 'direct',
        speaker: { entity: 'e1', name: 'Anna Berg', actor: 'RURGOV', mention: null }, cue: null, mentions: [], provenance: prov,
      },
    ],
    events: [
      {
        id: 'ev1', source: { actor: 'RURGOV', name: 'Ruritania', entity: 'e1' }, target: { actor: 'FRDGOV', name: 'Freedonia', entity: null },
        code: '042', rootCode: '04', baseCode: '042', label: 'Make a visit', quadClass: 1, goldstein: 1.9, date: '2024-03-05', location: null,
        sentence: { start: 0, end: 73, text }, trigger: { start: 25, end: 28, text: 'met' }, rule: 'test', confidence: 1, isRoot: true, negated: false, provenance: prov,
      },
    ],
    tone: { tone: 1, positive: 2, negative: 1, polarity: 3, wordCount: 12 },
    issues: [],
  };
}
