import { InvalidArgumentError } from 'commander';
import { INPUT_FORMATS, type InputFormat } from '../ingest/read-result.js';

/**
 * commander argument parser for counts (`--batch`, `--limit`): a whole number ≥ 1 written in digits.
 * @param value the option text
 * @returns the number
 * @throws InvalidArgumentError (commander prints it with the option name and exits 1) for 0, negatives, fractions
 *   and anything not a number: `Number.parseInt` alone turned "abc" into NaN and "-1" into no limit, silently
 */
export function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return Number(value);
}

/**
 * commander argument parser for `--input-format`.
 * @param value the option text
 * @returns the input format
 * @throws InvalidArgumentError listing the formats the readers know ({@link INPUT_FORMATS})
 */
export function parseInputFormat(value: string): InputFormat {
  if (!(INPUT_FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`use one of ${INPUT_FORMATS.join(', ')}.`);
  return value as InputFormat;
}

/**
 * commander argument parser for the output `--format` of every command: the name trimmed and lower-cased, so
 * `--format JSON` is `json` (each command then checks the name against its own list, see checkFormat).
 * @param value the option text
 * @returns the format name in lower case
 */
export function parseFormatName(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * commander argument parser for the text filters of the query commands (`--name`, `--speaker`, `--actor`,
 * `--mentions`): trimmed and not empty. An empty filter would match every row ("" is a prefix of every code),
 * which a user who typed `--name "$NAME"` with an unset variable does not mean.
 * @param value the option text
 * @returns the value trimmed
 * @throws InvalidArgumentError (commander prints it with the option name and exits 1) for an empty or blank value
 */
export function parseFilterText(value: string): string {
  const text = value.trim();
  if (!text) throw new InvalidArgumentError('expected a non-empty value.');
  return text;
}

/**
 * A commander argument parser for a comma-separated list of names from a closed set (`--kind direct,mixed`,
 * `--cue-class speech,writing`): trimmed, lower-cased, no duplicates.
 * @param allowed the names the option takes
 * @returns the parser: option text → names in the order given
 * @throws InvalidArgumentError (commander prints it with the option name and exits 1) for an empty list or a name
 *   outside `allowed`, listing `allowed`
 */
export function parseNameList<T extends string>(allowed: readonly T[]): (value: string) => T[] {
  return (value) => {
    const names = [...new Set(value.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean))];
    const wrong = names.filter((n) => !(allowed as readonly string[]).includes(n));
    if (!names.length || wrong.length) throw new InvalidArgumentError(`${wrong.length ? `unknown "${wrong.join(', ')}": ` : ''}use one or more of ${allowed.join(', ')}, comma-separated.`);
    return names as T[];
  };
}
