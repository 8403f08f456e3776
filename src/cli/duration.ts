import { InvalidArgumentError } from 'commander';

/**
 * Parses a duration like "15m", "30s", "500ms", "2h", "1h30m" or a plain number of seconds ("20"), so
 * `ingest --timeout 20` and `watch --timeout 20` mean the same (a bare number read as milliseconds made
 * `watch --timeout 20` "too short"). A bare number of 1000 or more is refused: it used to mean milliseconds, and
 * read as seconds it would silently wait hours ("--timeout 20000").
 * @param text the duration as typed
 * @param least shortest duration accepted, in ms, and the option's name for the message (default: anything over 0)
 * @returns milliseconds
 * @throws Error when the text is not a duration, is zero, is a bare number of 1000 or more, or is shorter than `least.ms`
 */
export function parseDuration(text: string, least: { ms: number; option: string } = { ms: 1, option: 'duration' }): number {
  const total = readDuration(text);
  if (total < least.ms) throw new Error(`${least.option} "${text}" is too short: at least ${least.ms >= 1000 ? `${least.ms / 1000}s` : `${least.ms}ms`}`);
  return total;
}

function readDuration(text: string): number {
  const t = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) {
    // a bare number was milliseconds before: "--per-host 500" would now wait 500 s, so a large one needs its unit
    if (Number(t) >= 1000) throw new Error(`ambiguous duration "${text}": a bare number is seconds (it used to be milliseconds); write ${t}s or ${t}ms`);
    if (Number(t) > 0) return Number(t) * 1000;
    throw new Error(`invalid duration "${text}": use e.g. 30s, 15m, 1h`);
  }
  const re = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/gy;
  const unit: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  let total = 0;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(t))) {
    total += Number(m[1]) * unit[m[2]];
    consumed = re.lastIndex;
  }
  if (consumed !== t.length || total <= 0) throw new Error(`invalid duration "${text}": use e.g. 30s, 15m, 1h`);
  return total;
}

/**
 * commander argument parser for a duration option ({@link parseDuration}): "20" (seconds), "30s", "2m", "1h30m".
 * @param least shortest duration accepted, in ms, and the option's name for the message
 * @returns a parser giving milliseconds
 * @throws InvalidArgumentError (commander prints it with the option name and exits 1) when the text is no
 *   duration or is shorter than `least.ms`
 */
export function durationParser(least: { ms: number; option: string }): (value: string) => number {
  return (value) => {
    try {
      return parseDuration(value, least);
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message);
    }
  };
}
