import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DetenteError } from '../../pipeline/errors.js';
import { dataFileOf } from '../../resources/data-path.js';
import { isValidated, NO_VALIDATED_DATA, type ValidatedData } from '../../resources/validated-data.js';

/** PLOVER (2021 draft 0.8) categories, plus '' for CAMEO codes with no PLOVER event (statements). */
export const PloverCategorySchema = z.enum([
  '',
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
]);
export type PloverCategory = z.infer<typeof PloverCategorySchema>;

/** One row of data/cameo/event-codes.tsv, validated. */
export const CameoCodeSchema = z.object({
  code: z.string().regex(/^\d{2,4}$/),
  level: z.number().int().min(1).max(3),
  root: z.string().regex(/^(0[1-9]|1\d|20)$/),
  base: z.string().regex(/^\d{2,3}$/),
  label: z.string().min(1),
  goldstein: z.number().min(-10).max(10),
  quadClass: z.number().int().min(1).max(4),
  plover: PloverCategorySchema,
  ploverMode: z.string(),
  ploverContext: z.string(),
});
export type CameoCode = z.infer<typeof CameoCodeSchema>;

/** The CAMEO code table: code → row, frozen. */
export type CameoTable = ReadonlyMap<string, Readonly<CameoCode>>;

const COLUMNS = ['code', 'level', 'root', 'base', 'label', 'goldstein', 'quad', 'plover', 'plover_mode', 'plover_context'];

/**
 * QuadClass of a CAMEO root under the GDELT convention (roots 01–05 → 1 verbal cooperation,
 * 06–09 → 2 material cooperation, 10–14 → 3 verbal conflict, 15–20 → 4 material conflict).
 * @param root two-digit root code, "01"…"20"
 */
export function quadClassOfRoot(root: string): 1 | 2 | 3 | 4 {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

/**
 * Parses and validates the CAMEO code table (data/cameo/event-codes.tsv: `#` comment lines, a header,
 * then one code a line). Checks every row with zod, that each code's root and base agree with the code,
 * that QuadClass follows the GDELT convention, and that codes are unique.
 * Source of the facts: CAMEO 1.1b3 codebook; Goldstein (1992) weights as published by GDELT;
 * CAMEO→PLOVER table (Schrodt, PLOVER draft 0.8, 2021).
 * @param text the TSV text
 * @param file file name, for error messages
 * @param trusted the build checked this very text with the schema and found each row as it is
 *   (event-data-record.ts): its rows are taken without the schema; the other checks run as always
 * @returns a frozen Map code → {@link CameoCode}
 * @throws DetenteError E_RESOURCE_INVALID naming the line and the problem
 */
export function parseCameoTable(text: string, file = 'event-codes.tsv', trusted = false): CameoTable {
  const table = new Map<string, Readonly<CameoCode>>();
  let header: string[] | null = null;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      if (COLUMNS.some((c, i) => header![i] !== c)) {
        throw new DetenteError('E_RESOURCE_INVALID', `${file}: header must be "${COLUMNS.join('\\t')}", got "${line}"`);
      }
      continue;
    }
    const fail = (why: string): never => {
      throw new DetenteError('E_RESOURCE_INVALID', `${file}:${n + 1}: ${why} (line "${line}")`);
    };
    const cell = {
      code: cells[0],
      level: Number(cells[1]),
      root: cells[2],
      base: cells[3],
      label: cells[4],
      goldstein: Number(cells[5]),
      quadClass: Number(cells[6]),
      plover: cells[7] ?? '',
      ploverMode: cells[8] ?? '',
      ploverContext: cells[9] ?? '',
    };
    let row: CameoCode;
    // a text the build checked (event-data-record.ts) gave these very rows through the schema
    if (trusted) row = cell as CameoCode;
    else {
      const parsed = CameoCodeSchema.safeParse(cell);
      if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      row = parsed.data!;
    }
    if (!row.code.startsWith(row.root) || !row.code.startsWith(row.base)) fail('code does not start with its root and base');
    if (row.quadClass !== quadClassOfRoot(row.root)) fail(`QuadClass ${row.quadClass} breaks the GDELT convention for root ${row.root}`);
    if (table.has(row.code)) fail(`duplicate code ${row.code}`);
    table.set(row.code, Object.freeze(row));
  }
  if (!header) throw new DetenteError('E_RESOURCE_INVALID', `${file}: no header line`);
  return table;
}

/**
 * Reads and validates the CAMEO code table from a file.
 * @param path absolute path of the TSV
 * @param validated the build's record of checked data files (event-data-record.ts): a text it names is read
 *   without the schema; default none
 * @throws DetenteError E_RESOURCE_MISSING when the file cannot be read, E_RESOURCE_INVALID when it is malformed
 */
export function loadCameoTable(path: string, validated: ValidatedData = NO_VALIDATED_DATA): CameoTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DetenteError('E_RESOURCE_MISSING', `cannot read the CAMEO code table at ${path}; reinstall detente or restore data/cameo/event-codes.tsv`, { cause: err });
  }
  const file = dataFileOf(path);
  return parseCameoTable(text, path, file !== null && isValidated(validated, file, text));
}
