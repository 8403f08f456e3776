/**
 * detente's typed error: a stable `code` (E_INGEST_ENCODING, E_PIPELINE_REQUIREMENT…) and a message
 * that says what was expected, what came and what to do; `cause` keeps the underlying error.
 */
export class DetenteError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DetenteError';
  }
}

/** Raised while building or running a pipeline. */
export class PipelineError extends DetenteError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'PipelineError';
  }
}
