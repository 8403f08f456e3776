import { z } from 'zod';
import { isCalendarDay } from '../model/calendar-day.js';
import { EntityTypeSchema } from '../model/entity.js';
import { CueClassSchema, QuoteKindSchema } from '../model/quote.js';
import { DetenteError } from '../pipeline/errors.js';
import type { EntityFilter, EventFilter, QuoteFilter } from './store.js';
import type { PruneFilter } from './prune.js';

// A calendar day written YYYY-MM-DD: stored dates are compared as strings, so "1987-3-1" or "last week" would
// silently select the wrong rows (fresh-eyes review 19: {from: 'last week'} gave 0 rows, {to: 'zzz'} all).
const isoDay = z.string().refine(isCalendarDay, 'expected a calendar day YYYY-MM-DD, e.g. 2023-06-19');
// CAMEO country codes are three letters, stored in upper case (the CLI takes "usa-jpn" too)
const countryCode = z.string().regex(/^[A-Za-z]{3}$/, 'expected a three-letter CAMEO country code, e.g. USA').transform((s) => s.toUpperCase());
// an actor code prefix: a country code, or a country code and agent ("USA", "USAGOV"), in any case
const actorPrefix = z.string().regex(/^[A-Za-z]{1,15}$/, 'expected a CAMEO actor code or its prefix, e.g. USA or USAGOV').transform((s) => s.toUpperCase());
const cameoPrefix = z.string().regex(/^\d{1,4}$/, 'expected a CAMEO code or its prefix as a string of digits, e.g. "04" or "042"');
const limit = z.number().int('expected a whole number of rows').nonnegative('expected 0 (every row) or more rows');
const nonEmpty = z.string().trim().min(1, 'expected a non-empty string');

const dateRange = { from: isoDay.optional(), to: isoDay.optional() };
const rangeInOrder = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to;
const rangeMessage = { message: 'from is after to: no date is in that range', path: ['from'] };
// The schemas are loose: a field they do not know is passed on unchanged, not dropped. The CLI hands its whole options
// object (db, format…) to the store, which ignores what it does not read; and a filter field added to store.ts but
// not here reaches the store unchecked instead of being silently lost.

const EventFilterSchema = z
  .object({
    dyad: z.tuple([countryCode, countryCode]).optional(),
    directed: z.boolean().optional(),
    ...dateRange,
    code: z.union([cameoPrefix, z.array(cameoPrefix).readonly()]).optional(),
    actor: actorPrefix.optional(),
    quadClasses: z.array(z.number().int().min(1, 'expected a QuadClass 1 to 4').max(4, 'expected a QuadClass 1 to 4')).readonly().optional(),
    undated: z.boolean().optional(),
    limit: limit.optional(),
  })
  .loose()
  .refine(rangeInOrder, rangeMessage);

const QuoteFilterSchema = z
  .object({
    speaker: nonEmpty.optional(),
    actor: actorPrefix.optional(),
    mentions: nonEmpty.optional(),
    kinds: z.array(QuoteKindSchema).readonly().optional(),
    cueClasses: z.array(CueClassSchema).readonly().optional(),
    negated: z.boolean().optional(),
    ...dateRange,
    limit: limit.optional(),
  })
  .loose()
  .refine(rangeInOrder, rangeMessage);

const EntityFilterSchema = z
  .object({
    name: nonEmpty.optional(),
    type: z.string().transform((s) => s.toUpperCase()).pipe(EntityTypeSchema).optional(),
    actor: actorPrefix.optional(),
    ...dateRange,
    limit: limit.optional(),
  })
  .loose()
  .refine(rangeInOrder, rangeMessage);

/**
 * Checks a store filter once, at the API edge, and normalises it: codes in upper case, fields left out as before.
 * @param schema the filter's schema; `method` the Store method for the message ("listEvents")
 * @returns the filter, normalised
 * @throws DetenteError E_STORE_FILTER naming each bad field, what came and what was expected
 */
function checkFilter<T>(schema: z.ZodType<T, unknown>, method: string, filter: unknown): T {
  const parsed = schema.safeParse(filter ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => {
    const field = i.path.map(String).join('.') || 'filter';
    const value = i.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), filter);
    return `${field} ${JSON.stringify(value) ?? String(value)}: ${i.message}`;
  });
  throw new DetenteError('E_STORE_FILTER', `invalid ${method} filter: ${problems.join('; ')}`);
}

/**
 * Checks and normalises a {@link EventFilter}: `from`/`to` calendar days YYYY-MM-DD with `from` not after `to`, `dyad`
 * two three-letter country codes (upper-cased: ['usa', 'jpn'] is ['USA', 'JPN']), `code` digits (one prefix or a
 * list), `actor` an actor code prefix (upper-cased), `quadClasses` 1 to 4, `limit` a whole number 0 or more (0: every row).
 * @param filter the filter as the caller gave it (undefined: no filter)
 * @returns the normalised filter
 * @throws DetenteError E_STORE_FILTER saying which field is wrong and what is expected
 */
export function checkEventFilter(filter: EventFilter | undefined): EventFilter {
  return checkFilter(EventFilterSchema, 'listEvents', filter) as EventFilter;
}

/**
 * Checks and normalises a {@link QuoteFilter}: dates and `limit` as {@link checkEventFilter}, `actor` upper-cased,
 * `kinds`/`cueClasses` known values.
 * @param filter the filter as given (undefined: no filter)
 * @returns the normalised filter
 * @throws DetenteError E_STORE_FILTER saying which field is wrong and what is expected
 */
export function checkQuoteFilter(filter: QuoteFilter | undefined): QuoteFilter {
  return checkFilter(QuoteFilterSchema, 'listQuotes', filter) as QuoteFilter;
}

/**
 * Checks and normalises an {@link EntityFilter}: dates and `limit` as {@link checkEventFilter}, `type` one of the
 * entity types (in any case), `actor` upper-cased.
 * @param filter the filter as given (undefined: no filter)
 * @returns the normalised filter
 * @throws DetenteError E_STORE_FILTER saying which field is wrong and what is expected
 */
export function checkEntityFilter(filter: EntityFilter | undefined): EntityFilter {
  return checkFilter(EntityFilterSchema, 'listEntities', filter) as EntityFilter;
}

const PruneFilterSchema = z
  .object({ publishedBefore: isoDay.optional(), storedBefore: isoDay.optional(), dryRun: z.boolean().optional() })
  .loose()
  .refine((f) => Boolean(f.publishedBefore || f.storedBefore), { message: 'expected publishedBefore or storedBefore (YYYY-MM-DD): a prune deletes nothing without one', path: [] });

/**
 * Checks a {@link PruneFilter}: `publishedBefore` and `storedBefore` calendar days YYYY-MM-DD, at least one of them.
 * @param filter the filter as given
 * @returns the filter
 * @throws DetenteError E_STORE_FILTER saying which field is wrong, or that neither criterion is given
 */
export function checkPruneFilter(filter: PruneFilter | undefined): PruneFilter {
  return checkFilter(PruneFilterSchema, 'prune', filter) as PruneFilter;
}
