/**
 * The signals that stop a long command cleanly (ingest: what is analysed is stored; worker: the jobs in flight are
 * finished), and that bin/detente.js passes on to its ingest or worker child: SIGINT (Ctrl-C), SIGTERM (`kill`, service
 * managers) and SIGHUP (the terminal closed).
 */
export const STOP_SIGNALS: readonly NodeJS.Signals[] = Object.freeze(['SIGINT', 'SIGTERM', 'SIGHUP']);
