import type { Article } from '../model/article.js';
import type { AnalysisIssue } from '../model/analysis.js';

/** Input formats the readers understand; `readInputs` detects them from extension and content. */
export type InputFormat = 'seed' | 'txt' | 'jsonl' | 'html' | 'feed' | 'warc' | 'reuters';

/** All input formats, in detection-priority order. */
export const INPUT_FORMATS: readonly InputFormat[] = Object.freeze(['seed', 'txt', 'jsonl', 'html', 'feed', 'warc', 'reuters']);

/**
 * One item read from an input: an article (with `origin` set), or a failure that names the origin
 * (file path, `path:line` for JSON Lines, `path#n` for archive records and SGML documents) and a stable code.
 * An article may carry `issues`: non-fatal findings of the reader (a publication date given but not understood),
 * which the analysis records next to its own (`Analysis.issues`, source `ingest`).
 * A failure marked `skip` is expected in its input (see the field) and is not an error of the batch.
 */
export type ReadResult =
  | { ok: true; article: Article; issues?: readonly AnalysisIssue[] }
  | {
      ok: false;
      origin: string;
      code: string;
      message: string;
      /**
       * `no-article`: a record a crawl is expected to hold besides articles (a WARC/ARC response that is a site's
       * home or index page, E_INGEST_NO_ARTICLE); a batch counts it as skipped, not as a failure.
       * `no-items`: a feed read whole that lists no items, or a crawl file with no HTML page (W_INGEST_NO_ITEMS):
       * nothing to read, which a new or quiet feed may be; a batch reports its message as a warning (skipWarning in skipped-result.ts), not as a failure
       */
      skip?: 'no-article' | 'no-items';
    };
