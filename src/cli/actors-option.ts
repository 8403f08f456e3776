/**
 * Help text of the `--actors <file>` option (analyze, ingest, explain, worker; repeatable): the formats that
 * src/extract/entities/resources.ts (readUserActors) reads — a `.txt` file is a PETRARCH actor dictionary, or an
 * agent dictionary when its name says "agents" or it holds many `[~XXX]` agent codes; any other file is
 * detente's JSON format (docs/actors.md).
 */
export const ACTORS_OPTION_HELP =
  "user actor dictionary extending the built-in knowledge base: detente's JSON format, or a PETRARCH actors or agents dictionary (.txt); repeat for several files, read in order (the later wins); see docs/actors.md";

/**
 * Commander's argument parser of a repeatable `--actors <file>`: collects the files in the order given
 * (`--actors Phoenix.Countries.actors.txt --actors mine.json`); the later file wins where two name the same actor.
 * Not variadic, so `--actors a.json story.txt` leaves story.txt an input.
 * @param value one `--actors` value (a path)
 * @param previous the files collected so far (undefined before the first)
 * @returns the files in order
 */
export function collectActorsFile(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * The analyzer options of the `--actors` files: the files in order and a warning printer that names each skipped
 * block of a PETRARCH dictionary, and each JSON entry whose code opens with no known country, as `file:line: reason` on stderr (the run goes on; a file of which nothing could
 * be read fails when loaded, naming its first bad line).
 * @param files the collected `--actors` files, or undefined when the option was not given
 */
export function actorsOptions(files: readonly string[] | undefined): { actorsFile?: readonly string[]; onActorsWarning: (w: { file: string; line: number; reason: string }) => void } {
  return {
    actorsFile: files,
    onActorsWarning: (w) => process.stderr.write(`warning: ${w.file}:${w.line}: ${w.reason}\n`),
  };
}
