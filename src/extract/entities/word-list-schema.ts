import { z } from 'zod';

/**
 * Schema of a JSON list of words that each match `pattern` (data/actors/common-words.json, word-names.json,
 * term-acronyms.json), checked in one pass over the list: zod's per-element `z.array(z.string().regex(…))` took
 * ~22-32 ms on the ~12,000 common words at every start-up, this ~5-9 ms (measured, one process each).
 * @param pattern what every word must match
 * @returns a schema whose failure names the first word that does not match (its index as the issue's path)
 */
export function wordListSchema(pattern: RegExp): z.ZodType<string[]> {
  return z
    .custom<string[]>((v) => Array.isArray(v), { message: 'expected a list of words' })
    .superRefine((words, ctx) => {
      const bad = words.findIndex((w) => typeof w !== 'string' || !pattern.test(w));
      if (bad >= 0) ctx.addIssue({ code: 'custom', path: [bad], message: `${JSON.stringify(words[bad])} does not match ${pattern}` });
    });
}
