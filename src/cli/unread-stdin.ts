import { fstatSync } from 'node:fs';

/**
 * The warning for a command that reads stdin only when given '-' (`analyze` with no path analyses the bundled
 * examples) while something is attached to its stdin: a pipe (`cat story.txt | detente analyze`), a socket, or a
 * non-empty file (`detente analyze < story.txt`). Stdin is not read in that case: a pipe may never close (CI runners,
 * `npm start` under a supervisor), so reading it could hang a command that works on its own; the warning says how to
 * read it instead. A terminal, /dev/null or an empty file get no warning.
 * @param fallback what the command does instead, for the message ("analysing the bundled examples")
 * @param fd the file descriptor to look at (default 0, stdin)
 * @returns the warning's text (without "warning: "), or undefined when nothing is attached or fd cannot be examined
 */
export function unreadStdinWarning(fallback: string, fd = 0): string | undefined {
  let attached: string | undefined;
  try {
    const st = fstatSync(fd);
    if (st.isFIFO()) attached = 'a pipe';
    else if (st.isSocket()) attached = 'a socket';
    else if (st.isFile() && st.size > 0) attached = 'a file';
  } catch {
    return undefined;
  }
  return attached && `stdin (${attached}) is not read without '-': ${fallback}; give '-' as the path to analyse stdin`;
}
