// In-sentence letter case of words in the unlabelled news of ../shared, shared by the scripts that build
// word lists from it (scripts/build-word-names.ts, scripts/build-common-words.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How often each word (lower-cased key) is written inside a sentence in lower case and capitalised. */
export interface InSentenceCase {
  readonly lower: Map<string, number>;
  readonly upper: Map<string, number>;
}

/**
 * Counts, over the unlabelled news read in place from `shared` — corpora/bbc-fulltext (BBC 2004–05, the
 * title line left out), corpora/reuters-21578 (<BODY> text), corpora/tempeval3/derived/*.jsonl (newswire) —
 * how often each ASCII word is written in lower case and capitalised (first letter only) inside a sentence.
 * Only words inside a sentence count: not after . ! ? : a quotation mark, a bracket or a dash, not at a line
 * start, so a sentence-initial capital says nothing; the first part of a contraction ("don't") is no word.
 * Deterministic (files in sorted order).
 * @param shared the shared data folder (scripts/script-setup.ts sharedDir())
 * @param accept counts only the lower-cased words it accepts (default: every word)
 * @returns the two count maps, keyed by the lower-cased word
 * @throws Error when `shared`/corpora is missing
 */
export function countInSentenceCase(shared: string, accept: (key: string) => boolean = () => true): InSentenceCase {
  if (!existsSync(join(shared, 'corpora'))) throw new Error(`unlabelled corpora missing: ${join(shared, 'corpora')} (set DETENTE_SHARED)`);
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  const countLine = (line: string): void => {
    const re = /[A-Za-z]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line))) {
      const w = m[0];
      const key = w.toLowerCase();
      if (!accept(key) || line[m.index + w.length] === "'" || line[m.index + w.length] === '’') continue;
      let k = m.index - 1;
      while (k >= 0 && line[k] === ' ') k--;
      if (k < 0 || /[.!?:"'“‘(\[\-–—]/.test(line[k])) continue;
      if (w === key) lower.set(key, (lower.get(key) ?? 0) + 1);
      else if (w[0] !== key[0] && w.slice(1) === key.slice(1)) upper.set(key, (upper.get(key) ?? 0) + 1);
    }
  };
  const bbc = join(shared, 'corpora', 'bbc-fulltext', 'bbc');
  for (const topic of readdirSync(bbc).filter((d) => !d.includes('.')).sort()) {
    for (const f of readdirSync(join(bbc, topic)).filter((x) => x.endsWith('.txt')).sort()) {
      for (const line of readFileSync(join(bbc, topic, f), 'latin1').split(/\r?\n/).slice(1)) countLine(line);
    }
  }
  const sgm = join(shared, 'corpora', 'reuters-21578', 'sgm-data');
  for (const f of readdirSync(sgm).filter((x) => x.endsWith('.sgm')).sort()) {
    const raw = readFileSync(join(sgm, f), 'latin1');
    for (const m of raw.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) for (const para of m[1].split(/\n\s{2,}/)) countLine(para.replace(/\s+/g, ' '));
  }
  const te3 = join(shared, 'corpora', 'tempeval3', 'derived');
  for (const f of readdirSync(te3).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(te3, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { text?: string };
      for (const para of (doc.text ?? '').split(/\n+/)) countLine(para);
    }
  }
  return { lower, upper };
}

/**
 * The words of `keys` used at least `minCount` times inside sentences and in lower case at least
 * `minLower` (0–1) of those times, sorted.
 */
export function mostlyLowerCase(counts: InSentenceCase, keys: Iterable<string>, minCount: number, minLower: number): string[] {
  return [...keys]
    .filter((w) => {
      const l = counts.lower.get(w) ?? 0;
      const u = counts.upper.get(w) ?? 0;
      return l + u >= minCount && l / (l + u) >= minLower;
    })
    .sort();
}

/** Writes a word-list JSON file of data/actors in the compact one-line form the repository keeps. */
export function wordListJson(body: Record<string, unknown>): string {
  return JSON.stringify(body, null, 0).replace(/","/g, '", "') + '\n';
}
