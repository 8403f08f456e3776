/**
 * Help text of the `--actors <file>` option (analyze, ingest, explain): the formats that
 * src/extract/entities/resources.ts (readUserActors) reads — a `.txt` file is a PETRARCH actor dictionary, or an
 * agent dictionary when its name says "agents" or it holds many `[~XXX]` agent codes; any other file is
 * detente's JSON format (docs/actors.md).
 */
export const ACTORS_OPTION_HELP =
  "user actor dictionary extending the built-in knowledge base: detente's JSON format, or a PETRARCH actors or agents dictionary (.txt); see docs/actors.md";
