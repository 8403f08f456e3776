import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { registerAnalyze } from './commands/analyze.js';
import { registerIngest } from './commands/ingest.js';
import { registerEvents } from './commands/events.js';
import { registerQuotes } from './commands/quotes.js';
import { registerDyad } from './commands/dyad.js';
import { registerExport } from './commands/export.js';
import { registerExplain } from './commands/explain.js';
import { registerWatch } from './commands/watch.js';

/**
 * Builds the `detente` command-line program (commander). Thin shell over the library API.
 */
export function buildProgram(): Command {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const program = new Command('detente')
    .description('detente: news → CAMEO events, quotes by speaker, entities, actors and tone')
    .version(pkg.version)
    .showHelpAfterError();
  registerAnalyze(program);
  registerIngest(program);
  registerEvents(program);
  registerQuotes(program);
  registerDyad(program);
  registerExport(program);
  registerExplain(program);
  registerWatch(program);
  return program;
}

/** Runs the CLI; prints errors as `detente: message` and sets the exit status. */
export async function main(argv: string[] = process.argv): Promise<void> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    process.stderr.write(`detente: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
