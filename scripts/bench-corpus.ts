/**
 * The benchmark corpus: a fixed, documented selection of real news read in place from the shared data
 * ($DETENTE_SHARED, default ../shared beside the repo) with the project's own readers (`readInputs`).
 * Nothing is copied into the repository.
 *
 * Full selection (694 articles when the shared data is complete; sized so that the slowest system, compromise,
 * keeps the whole harness within a few minutes on 2 cores):
 * - tempeval3/derived/tbaq-cleaned_timebank-aquaint.jsonl — 257 newswire articles (AP, NYT, ABC, CNN, PRI, VOA…, 1989–1998)
 * - tempeval3/derived/te3-platinum.jsonl — 20 newswire articles (2013)
 * - bbc-fulltext/bbc/politics/ — 417 BBC articles (2004–05)
 *
 * Quick selection (`--quick`, 60 articles): te3-platinum.jsonl + the first 40 files of bbc/politics (sorted).
 *
 * Ingest stream (memory and end-to-end speed through `detente ingest`): every distinct real article in the shared
 * corpora — Reuters-21578 (21,577 stories, SGML, 1987), then all of tempeval3/derived/*.jsonl (2,728) and the five
 * BBC folders (2,225): 26,530 read, fewer stored once `ingest` links exact and near-duplicate copies to their first
 * copy. Real distinct text rather than a repeated corpus, because the ingest deduplicates (text hash and SimHash).
 * Quick: reut2-000.sgm and reut2-001.sgm (2,000 stories).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/ingest/index.js';
import type { Article } from '../src/model/article.js';

/** One input of the selection: a path below the shared folder, and how many sorted directory entries to take. */
export interface CorpusPart {
  /** path segments below $DETENTE_SHARED */
  path: string[];
  /** for a directory: take only the first `limit` files (sorted by name); undefined = all */
  limit?: number;
}

/** The full selection (see the file header). */
export const FULL_CORPUS: readonly CorpusPart[] = Object.freeze([
  { path: ['corpora', 'tempeval3', 'derived', 'tbaq-cleaned_timebank-aquaint.jsonl'] },
  { path: ['corpora', 'tempeval3', 'derived', 'te3-platinum.jsonl'] },
  { path: ['corpora', 'bbc-fulltext', 'bbc', 'politics'] },
]);

/** The quick selection (see the file header). */
export const QUICK_CORPUS: readonly CorpusPart[] = Object.freeze([
  { path: ['corpora', 'tempeval3', 'derived', 'te3-platinum.jsonl'] },
  { path: ['corpora', 'bbc-fulltext', 'bbc', 'politics'], limit: 40 },
]);

/** The ingest stream (see the file header). */
export const INGEST_CORPUS: readonly CorpusPart[] = Object.freeze([
  { path: ['corpora', 'reuters-21578', 'sgm-data'] },
  { path: ['corpora', 'tempeval3', 'derived', 'tbaq-cleaned_timebank-aquaint.jsonl'] },
  { path: ['corpora', 'tempeval3', 'derived', 'te3-platinum.jsonl'] },
  { path: ['corpora', 'tempeval3', 'derived', 'te3-silver_part1.jsonl'] },
  { path: ['corpora', 'tempeval3', 'derived', 'te3-silver_part2.jsonl'] },
  ...['business', 'entertainment', 'politics', 'sport', 'tech'].map((c) => ({ path: ['corpora', 'bbc-fulltext', 'bbc', c] })),
]);

/** The quick ingest stream (see the file header). */
export const QUICK_INGEST_CORPUS: readonly CorpusPart[] = Object.freeze([
  { path: ['corpora', 'reuters-21578', 'sgm-data', 'reut2-000.sgm'] },
  { path: ['corpora', 'reuters-21578', 'sgm-data', 'reut2-001.sgm'] },
]);

/** Absolute repository root (the folder holding package.json). */
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * The shared data folder: $DETENTE_SHARED, else ../shared beside the repository.
 * @returns the absolute path (it may not exist; see {@link corpusInputs})
 */
export function sharedRoot(): string {
  return process.env.DETENTE_SHARED ? resolve(process.env.DETENTE_SHARED) : join(REPO_ROOT, '..', 'shared');
}

/**
 * Resolves a selection to input paths for `readInputs`: files as they are, limited directories as their first
 * `limit` sorted `.txt` files.
 * @param parts the selection ({@link FULL_CORPUS} or {@link QUICK_CORPUS})
 * @returns absolute file or directory paths, in selection order
 * @throws Error naming the missing path and DETENTE_SHARED when a part of the selection does not exist
 */
export function corpusInputs(parts: readonly CorpusPart[]): string[] {
  const root = sharedRoot();
  const out: string[] = [];
  for (const part of parts) {
    const path = join(root, ...part.path);
    if (!existsSync(path)) {
      throw new Error(`benchmark corpus missing: ${path} (set DETENTE_SHARED to the shared data folder; default ../shared)`);
    }
    if (part.limit === undefined) out.push(path);
    else {
      const files = readdirSync(path)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .slice(0, part.limit);
      out.push(...files.map((f) => join(path, f)));
    }
  }
  return out;
}

/** The loaded corpus: articles, and the read time. */
export interface LoadedCorpus {
  articles: Article[];
  /** characters of article text, summed */
  chars: number;
  /** wall time of reading with readInputs, ms */
  readMs: number;
  /** read failures (origin: code), expected to be none */
  failures: string[];
}

/**
 * Reads the selection with the project's readers into memory (the benchmark then times analysis, not disk).
 * @param parts the selection
 * @returns the articles in selection order, their total characters, the read time and any read failures
 * @throws Error when a part of the selection is missing (see {@link corpusInputs})
 */
export async function loadCorpus(parts: readonly CorpusPart[]): Promise<LoadedCorpus> {
  const started = performance.now();
  const articles: Article[] = [];
  const failures: string[] = [];
  for await (const r of readInputs(corpusInputs(parts))) {
    if (r.ok) articles.push(r.article);
    else failures.push(`${r.origin}: ${r.code}`);
  }
  const readMs = performance.now() - started;
  let chars = 0;
  for (const a of articles) chars += a.text.length;
  return { articles, chars, readMs, failures };
}
