import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Character ranges `[start, end)` of one annotated piece (a content, cue or source may be discontinuous). */
export type CharRanges = readonly (readonly [number, number])[];

/** One PolNeAR attribution: its Content, Cue and Source ranges (cue and source may be empty). */
export interface PolnearAttribution {
  readonly content: CharRanges;
  readonly cue: CharRanges;
  readonly source: CharRanges;
}

/** One PolNeAR article: its base name, text and attributions (the first annotator's file when there are several). */
export interface PolnearArticle {
  readonly base: string;
  readonly text: string;
  readonly attributions: readonly PolnearAttribution[];
}

/**
 * Parses a PolNeAR brat standoff file: `T` lines are spans (`T3\tContent 120 211;215 230\tsurface`), `E` lines
 * bind an Attribution to its Content, Cue and Source (`E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1`). An
 * attribution whose content continues in a second quotation names it as `Content2:T9` (`"…," she said. "…"`): its
 * pieces are joined into one content, in text order.
 * Format: brat standoff, as documented in the PolNeAR README (Newell, Margolin & Ruths 2018, LREC).
 * @param ann the `.ann` file contents
 * @returns attributions that have a Content span, in file order; malformed lines are skipped
 */
export function parsePolnearAnn(ann: string): PolnearAttribution[] {
  const spans = new Map<string, [number, number][]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, meta] = line.split('\t');
      if (!meta) continue;
      const sp = meta.indexOf(' ');
      const ranges = meta
        .slice(sp + 1)
        .split(';')
        .map((r) => r.trim().split(' ').map(Number) as [number, number])
        .filter(([a, b]) => Number.isInteger(a) && Number.isInteger(b) && b > a);
      spans.set(id, ranges);
    } else if (line.startsWith('E')) events.push(line.split('\t')[1] ?? '');
  }
  const out: PolnearAttribution[] = [];
  for (const e of events) {
    const parts = new Map<string, string>();
    const content: [number, number][] = [];
    for (const p of e.split(' ')) {
      const [role, id] = p.split(':');
      if (role && id) parts.set(role, id);
      if (role && id && /^Content\d*$/.test(role)) content.push(...(spans.get(id) ?? []));
    }
    if (!parts.has('Content') || !content.length) continue;
    content.sort((a, b) => a[0] - b[0]);
    out.push({ content, cue: spans.get(parts.get('Cue') ?? '') ?? [], source: spans.get(parts.get('Source') ?? '') ?? [] });
  }
  return out;
}

/**
 * Reads the articles of one PolNeAR split in place (`<dir>/text/*.txt`, `<dir>/attributions/*_XXXX.ann`), scoring
 * articles annotated twice against their first annotator, as scripts/eval-quotes.ts does.
 * @param dir the split folder, e.g. `$DETENTE_SHARED/gold/quotes/polnear/data/train`
 * @returns articles sorted by base name
 * @throws Error (from node:fs) when the folder cannot be read
 */
export function readPolnearSplit(dir: string): PolnearArticle[] {
  const files = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const out: PolnearArticle[] = [];
  for (const file of files) {
    const base = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(base)) continue;
    seen.add(base);
    const textPath = join(dir, 'text', `${base}.txt`);
    if (!existsSync(textPath)) continue;
    out.push({ base, text: readFileSync(textPath, 'utf8'), attributions: parsePolnearAnn(readFileSync(join(dir, 'attributions', file), 'utf8')) });
  }
  return out;
}
