// Test support only (excluded from the build by tsconfig.build.json).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

/** The repository root (tests run the CLI from there). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Node arguments that run the detente CLI from source (tsx) with `args`, for spawning in tests:
 * `spawn(process.execPath, cliNodeArgs(['ingest', …]))`.
 */
export function cliNodeArgs(args: readonly string[]): string[] {
  const main = new URL('./main.ts', import.meta.url).href;
  return ['--import', 'tsx', '-e', `import(${JSON.stringify(main)}).then((m) => m.main(["node", "detente", ...process.argv.slice(1)]))`, '--', ...args];
}

/**
 * Runs the CLI from source (tsx) with `args` in a child process, in the repository root, and waits (at most 120 s).
 * @param input what the child reads on stdin, if anything
 * @returns exit status and captured output
 */
export function detente(args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, cliNodeArgs(args), { cwd: REPO_ROOT, encoding: 'utf8', input, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Writes one article file a story in `dir` (`s0.txt`, `s1.txt`…), in the seed layout: `date YYYY-MM-DD Title`, a
 * line `- Published`, then the text.
 * @param stories `[date, title, text]` of each story
 */
export function writeSeedStories(dir: string, stories: readonly (readonly [string, string, string])[]): void {
  stories.forEach(([date, title, text], i) => writeFileSync(join(dir, `s${i}.txt`), `date ${date} ${title}\n- Published\n${text}\n`));
}

/**
 * Runs the CLI from source with `args` and waits; as `nobody` when the tests run as root (root passes every
 * permission check, so a read-only folder would not be read-only to it), else as the current user.
 * @returns exit status and captured output
 */
export function detenteAsNonRoot(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  const r = spawnSync(process.execPath, cliNodeArgs(args), {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    ...(asRoot ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: tmpdir() } } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Articles stored in the SQLite database `db` so far (0 while it cannot be read). */
export function storedCount(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

/**
 * Why the CLI cannot run as a user without root's rights here (as root it runs as `nobody`, who may not be
 * allowed to read a checkout in a private folder), for `t.skip(…)`; null when it can.
 */
export function nonRootUnavailable(): string | null {
  const probe = detenteAsNonRoot(['--version']);
  if (probe.status === 0) return null;
  return `the CLI cannot run as a user without root's rights here (${probe.stderr.trim().split('\n')[0]}); put the checkout where others can read it`;
}

/**
 * What `f` writes on this process's stderr while it runs (synchronously), captured instead of written.
 * @returns the text written
 */
export function stderrOf(f: () => void): string {
  const write = process.stderr.write;
  let out = '';
  process.stderr.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stderr.write;
  try {
    f();
  } finally {
    process.stderr.write = write;
  }
  return out;
}
