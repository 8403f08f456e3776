/**
 * How a child process that died of `signal` was ended, for a line on stderr: SIGKILL cannot be caught, so the child
 * had no chance to report, and it usually comes from `kill -9` or the kernel's out-of-memory killer.
 * @param signal the signal that ended the process
 * @returns `killed by SIGKILL (kill -9, or the system ran out of memory)`, or `killed by SIGSEGV`…
 */
export function killedBy(signal: NodeJS.Signals): string {
  return `killed by ${signal}${signal === 'SIGKILL' ? ' (kill -9, or the system ran out of memory)' : ''}`;
}
