import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { RunSettings } from '../resources/run-settings.js';

/**
 * What the analysis thread is started with (`workerData`): the analyzer's options that can cross a thread (file names
 * and flags; no functions), the module to take `createAnalyzer` from, and the shared cells in which it says which
 * article it is working on (see {@link ProgressCell}).
 */
export interface ThreadStart {
  /** `AnalyzerOptions` without its functions and pre-loaded objects (actors and verbs files, quote models, NER model…) */
  analyzerOptions: Record<string, unknown>;
  /** URL of the module whose `createAnalyzer` the thread calls (analyze.ts; a test gives a stand-in) */
  analyzerModule: string;
  /** an Int32Array's buffer of {@link PROGRESS_CELLS} cells, shared with the parent */
  progress: SharedArrayBuffer;
  /** whether the thread passes on the warnings of user dictionaries (only the first thread: a fresh one reads the same files) */
  warnings: boolean;
}

/** Cells of the shared progress array: the request being analysed and the article of it (index), -1 when none. */
export const ProgressCell = { Request: 0, Article: 1 } as const;
/** Number of cells of the shared progress array. */
export const PROGRESS_CELLS = 2;

/** Parent → thread: analyse these articles (`Analyzer.analyzeBatch`) as request `id`. */
export interface AnalyseRequest {
  id: number;
  articles: readonly Article[];
}

/** One article's result as it crosses back: the analysis without its article (the parent has it), or the error. */
export type ThreadResult =
  | { ok: true; analysis: Omit<Analysis, 'article'> }
  | { ok: false; error: { name: string; message: string; code?: string } };

/** Thread → parent messages. */
export type ThreadMessage =
  /** the models are loaded: the pipeline's components and the settings of its run (for pipelineRun) */
  | { type: 'ready'; components: { name: string; version: string }[]; settings: RunSettings | null }
  /** loading failed (a missing or invalid dictionary): the thread ends */
  | { type: 'load-failed'; error: { name: string; message: string; code?: string } }
  /** a warning of a user dictionary (AnalyzerOptions.onActorsWarning) */
  | { type: 'warning'; warning: { file: string; line: number; reason: string } }
  /** the results of request `id`, one per article in order */
  | { type: 'results'; id: number; results: ThreadResult[] };
