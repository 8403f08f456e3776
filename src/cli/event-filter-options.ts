import type { Command } from 'commander';
import type { EventFilter } from '../store/store.js';

/**
 * Checks a CAMEO code prefix given on the command line: one to four digits ("04", "042", "0431"; CAMEO 1.1b3
 * codes are two to four digits, root codes 01–20).
 * @throws Error naming the value when it is not digits, or is a prefix no CAMEO code has ("4": with a hint "04")
 */
export function parseCodePrefix(value: string): string {
  if (!/^\d{1,4}$/.test(value)) throw new Error(`invalid --code "${value}": expected a CAMEO code or prefix of 1 to 4 digits, e.g. 04 or 042`);
  // CAMEO's root codes are 01-20, always written with two digits: a prefix no code has ("4", "21", "00") would list
  // nothing and say "0 event(s)", as if there were no such events
  if (!/^(?:[012]|(?:0[1-9]|1\d|20)\d{0,2})$/.test(value)) {
    const hint = /^[3-9]$/.test(value) ? `; did you mean 0${value}?` : '';
    throw new Error(`invalid --code "${value}": no CAMEO code starts so (root codes are 01 to 20, written with two digits, e.g. 04 or 042)${hint}`);
  }
  return value;
}

/**
 * Parses `--code`: one CAMEO code prefix or several joined by commas ("14,17,18": protests, coercion, assaults), each
 * checked by {@link parseCodePrefix}.
 * @returns the prefixes, in the order given, without repeats
 * @throws Error naming the first bad prefix
 */
export function parseCodePrefixes(value: string): string[] {
  return [...new Set(value.split(',').map((v) => parseCodePrefix(v.trim())))];
}

/**
 * Parses `--quad-class`: QuadClasses 1–4 joined by commas ("3,4": verbal and material conflict; GDELT 2.0 codebook:
 * 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
 * @returns the classes, without repeats
 * @throws Error naming the value when a part is not 1, 2, 3 or 4
 */
export function parseQuadClasses(value: string): number[] {
  const parts = value.split(',').map((v) => v.trim());
  const bad = parts.find((v) => !/^[1-4]$/.test(v));
  if (bad !== undefined) throw new Error(`invalid --quad-class "${value}": expected QuadClasses 1 to 4 joined by commas, e.g. 3,4 (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)`);
  return [...new Set(parts.map(Number))];
}

/**
 * Parses `--actor`: a CAMEO actor code or its prefix in whole three-letter segments ("IRQ", "IRQMIL", "IGOUNO"), any case.
 * @returns the code in upper case
 * @throws Error naming the value when it is not 3, 6, 9… letters
 */
export function parseActorPrefix(value: string): string {
  if (!/^(?:[A-Za-z]{3}){1,5}$/.test(value.trim())) throw new Error(`invalid --actor "${value}": expected a CAMEO actor code of 3, 6, 9… letters, e.g. IRQ, IRQMIL or IGOUNO`);
  return value.trim().toUpperCase();
}

/** The options {@link addEventFilterOptions} adds, as commander parses them. */
export interface EventFilterOptions {
  code?: string[];
  actor?: string;
  quadClass?: number[];
}

/**
 * Adds the options that select events by what they are and who takes part: `--code` (CAMEO code prefixes), `--actor`
 * (an actor code prefix on either side), `--quad-class` — shared by `events` and `export`.
 * @param command the command to add them to
 * @returns the command
 */
export function addEventFilterOptions(command: Command): Command {
  return command
    .option('--code <prefixes>', 'CAMEO code prefix, e.g. 04 or 042, or several joined by commas: 14,17,18', parseCodePrefixes)
    .option('--actor <code>', 'events whose source or target actor code starts so, e.g. IRQ, IRQMIL, IGOUNO (any country it meets)', parseActorPrefix)
    .option('--quad-class <classes>', 'QuadClasses joined by commas: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', parseQuadClasses);
}

/**
 * The store filter fields of {@link addEventFilterOptions}' options.
 * @param opts the parsed options
 * @returns `code`, `actor`, `quadClasses` for Store.listEvents (absent when not given)
 */
export function eventFilterOf(opts: EventFilterOptions): Pick<EventFilter, 'code' | 'actor' | 'quadClasses'> {
  return { code: opts.code, actor: opts.actor, quadClasses: opts.quadClass };
}
