/**
 * Help text of the `--actors <file>` option (analyze, ingest, explain, worker; repeatable): the formats that
 * src/extract/entities/resources.ts (readUserActors) reads — a `.txt` file is a PETRARCH actor dictionary, or an
 * agent dictionary when its name says "agents" or it holds many `[~XXX]` agent codes; any other file is
 * detente's JSON format (docs/actors.md).
 */
export const ACTORS_OPTION_HELP =
  "user actor dictionary extending the built-in knowledge base: detente's JSON format, or a PETRARCH actors or agents dictionary (.txt); repeat for several files, read in order (the later wins); see docs/actors.md";

/**
 * Help text of the `--verbs <file>` option (analyze, ingest, explain, worker; repeatable): a PETRARCH verb dictionary
 * read by src/extract/events/petrarch-verb-lexicon.ts, the importer the PETRARCH unit-test evaluation uses.
 */
export const VERBS_OPTION_HELP =
  'PETRARCH verb dictionary (CAMEO.2.0.txt format) whose patterns come before the built-in ones; repeat for several files, read in order (the earlier wins); see docs/actors.md';

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
 * @param verbs the collected `--verbs` files (PETRARCH verb dictionaries), or undefined
 */
export function actorsOptions(
  files: readonly string[] | undefined,
  verbs?: readonly string[],
): { actorsFile?: readonly string[]; verbsFile?: readonly string[]; onActorsWarning: (w: { file: string; line: number; reason: string }) => void } {
  return {
    actorsFile: files,
    ...(verbs?.length ? { verbsFile: verbs } : {}),
    onActorsWarning: (w) => process.stderr.write(`warning: ${w.file}:${w.line}: ${w.reason}\n`),
  };
}
