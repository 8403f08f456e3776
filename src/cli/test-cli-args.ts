// Test support only (excluded from the build by tsconfig.build.json).
import { fileURLToPath } from 'node:url';

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
