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
