import { Command, CommanderError } from 'commander';
import { DetenteError } from '../pipeline/errors.js';
import { readFileSync } from 'node:fs';

/** Registers one command on the program (the `register…` function of a module under commands/). */
type RegisterCommand = (program: Command) => void;

/**
 * Every command's module, in the order the help lists them, imported only when the command line may need it (see
 * {@link commandsToLoad}): `detente analyze` on one article then loads neither the store, the query and export
 * modules (csv-stringify, GeoNames coordinates read at import), the ingest progress bar, nor the queue packages
 * (bullmq and ioredis, about 480 CommonJS modules and ~270 ms of CPU, measured). Measured on `analyze` of one
 * article: 385 -> 334 ES modules loaded (with openStoreToQuery importing the store when called).
 */
const COMMAND_MODULES: ReadonlyMap<string, () => Promise<RegisterCommand>> = new Map([
  ['analyze', async () => (await import('./commands/analyze.js')).registerAnalyze],
  ['ingest', async () => (await import('./commands/ingest.js')).registerIngest],
  ['events', async () => (await import('./commands/events.js')).registerEvents],
  ['quotes', async () => (await import('./commands/quotes.js')).registerQuotes],
  ['entities', async () => (await import('./commands/entities.js')).registerEntities],
  ['dyad', async () => (await import('./commands/dyad.js')).registerDyad],
  ['dyads', async () => (await import('./commands/dyads.js')).registerDyads],
  ['export', async () => (await import('./commands/export.js')).registerExport],
  ['explain', async () => (await import('./commands/explain.js')).registerExplain],
  ['article', async () => (await import('./commands/article.js')).registerArticle],
  ['watch', async () => (await import('./commands/watch.js')).registerWatch],
  ['upgrade', async () => (await import('./commands/upgrade.js')).registerUpgrade],
  ['prune', async () => (await import('./commands/prune.js')).registerPrune],
  ['enqueue', async () => (await import('./commands/enqueue.js')).registerEnqueue],
  ['worker', async () => (await import('./commands/worker.js')).registerWorker],
  ['queue', async () => (await import('./commands/queue.js')).registerQueue],
]);

/**
 * The commands a command line needs registered: its command alone when it names one (the first argument not
 * starting with "-"; the program's own options take no value), else every command, as for `help`, a misspelt
 * command (commander suggests the nearest), or none (`--help`, `--version`).
 * @param argv as `process.argv` (node, script, arguments…)
 * @returns command names, in the order of the help
 */
export function commandsToLoad(argv: readonly string[]): string[] {
  const command = argv.slice(2).find((a) => !a.startsWith('-'));
  return command !== undefined && COMMAND_MODULES.has(command) ? [command] : [...COMMAND_MODULES.keys()];
}

/**
 * Imports the modules of the named commands.
 * @param names command names (see {@link commandsToLoad}); unknown names are left out
 * @returns their `register…` functions, in the order given
 */
export async function loadCommands(names: readonly string[]): Promise<RegisterCommand[]> {
  return Promise.all(names.flatMap((n) => COMMAND_MODULES.get(n) ?? []).map((load) => load()));
}

/**
 * Builds the `detente` command-line program (commander). Thin shell over the library API.
 * @param commands the commands to register (see {@link loadCommands}), in the order the help lists them
 */
export function buildProgram(commands: readonly RegisterCommand[]): Command {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const program = new Command('detente')
    .description('detente: news → CAMEO events, quotes by speaker, entities, actors and tone')
    .version(pkg.version)
    // usage errors read like every other error ("detente: …", one line), with a pointer to the help
    // instead of the whole help text; subcommands inherit both settings
    .showHelpAfterError("(add --help for the command's usage)")
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'detente: ')) });
  for (const register of commands) register(program);
  return program;
}

/** Runs the CLI; prints errors as `detente: message` and sets the exit status. */
export async function main(argv: string[] = process.argv): Promise<void> {
  const program = buildProgram(await loadCommands(commandsToLoad(argv))).exitOverride();
  for (const stream of [process.stdout, process.stderr]) {
    if (!stream.listeners('error').includes(exitOnClosedPipe)) stream.on('error', exitOnClosedPipe);
  }
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    const code = err instanceof DetenteError ? `${err.code}: ` : '';
    process.stderr.write(`detente: ${code}${(err as Error).message}${busyHint(err)}\n`);
    process.exitCode = 1;
  }
}

/**
 * stdout and stderr error handler: when the reader goes away (`detente export … | head`, or
 * `detente events … 2>&1 | head`, where the "N event(s)" line on stderr meets the closed pipe), stop quietly
 * with the exit status set so far (0 unless something failed before), as Unix filters do, instead of crashing
 * with an unhandled EPIPE (exit 1). Other write errors (disk full) are reported, on stderr when it still works,
 * and exit 1. An `ingest` closes its store on the way out (its 'exit' listener).
 * @param err the stream error
 */
function exitOnClosedPipe(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  try {
    process.stderr.write(`detente: cannot write the output (${err.message})\n`);
  } catch {
    // stderr is the stream that failed
  }
  process.exit(1);
}

/**
 * The advice added to SQLite's bare "database is locked": what holds the lock and what to do. Batches already
 * committed stay; running the same ingest again later completes the store without duplicates.
 * @param err any error
 * @returns the hint (starting with a space), or '' when the error is not SQLITE_BUSY
 */
export function busyHint(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY')) return '';
  return ' (another process, e.g. a second `detente ingest` or `watch`, is writing to this database; the batches stored so far are kept: run the same command again when it has finished)';
}
