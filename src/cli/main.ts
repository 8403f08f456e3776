import { Command, CommanderError } from 'commander';
import { DetenteError } from '../pipeline/errors.js';
import { readFileSync } from 'node:fs';
import { registerAnalyze } from './commands/analyze.js';
import { registerIngest } from './commands/ingest.js';
import { registerEvents } from './commands/events.js';
import { registerQuotes } from './commands/quotes.js';
import { registerEntities } from './commands/entities.js';
import { registerDyad } from './commands/dyad.js';
import { registerExport } from './commands/export.js';
import { registerExplain } from './commands/explain.js';
import { registerWatch } from './commands/watch.js';
import { registerUpgrade } from './commands/upgrade.js';

/** Registers one command on the program (the `register…` function of a module under commands/). */
type RegisterCommand = (program: Command) => void;

/** The commands registered without loading the queue packages: every command but enqueue, worker and queue. */
const CORE_COMMANDS: ReadonlySet<string> = new Set(['analyze', 'ingest', 'events', 'quotes', 'entities', 'dyad', 'export', 'explain', 'watch', 'upgrade']);

/**
 * The queue commands (enqueue, worker, queue), imported only when asked for: their modules load bullmq and ioredis,
 * about 480 CommonJS modules and ~270 ms of CPU (measured), which `detente analyze` on one article never uses.
 */
async function queueCommands(): Promise<RegisterCommand[]> {
  const [enqueue, worker, queue] = await Promise.all([import('./commands/enqueue.js'), import('./commands/worker.js'), import('./commands/queue.js')]);
  return [enqueue.registerEnqueue, worker.registerWorker, queue.registerQueue];
}

/**
 * Whether a command line may need the queue commands: its command (the first argument not starting with "-"; the
 * program's own options take no value) is not one of {@link CORE_COMMANDS}, e.g. `enqueue`, `help`, a misspelt
 * command (commander suggests the nearest) or none (`--help`, `--version`).
 * @param argv as `process.argv` (node, script, arguments…)
 */
export function needsQueueCommands(argv: readonly string[]): boolean {
  const command = argv.slice(2).find((a) => !a.startsWith('-'));
  return command === undefined || !CORE_COMMANDS.has(command);
}

/**
 * Builds the `detente` command-line program (commander). Thin shell over the library API.
 * @param more further commands to register after the core ones (main passes the queue commands when the command
 *   line may need them, see {@link needsQueueCommands})
 */
export function buildProgram(more: readonly RegisterCommand[] = []): Command {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const program = new Command('detente')
    .description('detente: news → CAMEO events, quotes by speaker, entities, actors and tone')
    .version(pkg.version)
    // usage errors read like every other error ("detente: …", one line), with a pointer to the help
    // instead of the whole help text; subcommands inherit both settings
    .showHelpAfterError("(add --help for the command's usage)")
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'detente: ')) });
  registerAnalyze(program);
  registerIngest(program);
  registerEvents(program);
  registerQuotes(program);
  registerEntities(program);
  registerDyad(program);
  registerExport(program);
  registerExplain(program);
  registerWatch(program);
  registerUpgrade(program);
  for (const register of more) register(program);
  return program;
}

/** Runs the CLI; prints errors as `detente: message` and sets the exit status. */
export async function main(argv: string[] = process.argv): Promise<void> {
  const program = buildProgram(needsQueueCommands(argv) ? await queueCommands() : []).exitOverride();
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
