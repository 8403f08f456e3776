/**
 * Sends `message` to the parent process over its IPC channel when there is one listening (bin/detente.js runs
 * `ingest` and `worker` in a child Node with such a channel, see there), else does nothing: run in one process
 * (DETENTE_NO_RESPAWN=1, the library, a test), the command works the same way, unreported.
 * @param message a JSON-serialisable object tagged `detente: '<kind>'` so that nothing else on the channel is taken for it
 */
export function tellParent(message: object): void {
  if (process.send && process.connected) process.send(message);
}
