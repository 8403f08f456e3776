// The CLI's commands (ingest, watch, worker) take the run record from the library, which exports it to library users
// as well (`detente/store`): one function, store/pipeline-run.ts.
export { pipelineRun } from '../store/pipeline-run.js';
