import type { CameoCode, CameoTable } from './cameo-codes.js';
import { quadClassOfRoot } from './cameo-codes.js';
import { importPetrarchVerbs, type ImportReport } from './petrarch-import.js';
import { compileLexicon, type VerbEntry, type VerbLexicon } from './verb-lexicon.js';

/**
 * A PETRARCH verb dictionary (CAMEO.2.0.txt format, or PETRARCH's own PETR.Validate.verbs.txt) as a detente verb
 * lexicon: the one path of `--verbs FILE` (events/resources.ts) and of the PETRARCH unit-test evaluation
 * (scripts/eval-events.ts). A code the CAMEO table lacks (PETRARCH's test dictionary uses WEIS-era and made-up codes)
 * gets a neutral row — Goldstein 0, the QuadClass of its root, or of root 01 when it has none — so its events can be
 * written.
 * @param text the dictionary's text
 * @param origin label kept on each rule (the file's path)
 * @param name short name for rule ids and the lexicon version ("petr")
 * @param base the CAMEO code table
 * @param discard words that mark a sentence as non-political (PETRARCH's discards file), default none
 * @param storableOnly leave out the patterns whose code is no CAMEO code of 2–4 digits (the test dictionary's "075A",
 *   "abc", "025?"): an analysis cannot store or export them (`--verbs`); the evaluation keeps them (default false)
 * @returns the lexicon, the code table with the added rows, the import's counts, and the codes left out
 */
export function petrarchVerbLexicon(
  text: string,
  origin: string,
  name: string,
  base: CameoTable,
  discard: readonly string[] = [],
  storableOnly = false,
): { lexicon: VerbLexicon; codes: CameoTable; report: ImportReport; dropped: readonly string[] } {
  const verbs = importPetrarchVerbs(text, name);
  const codes = new Map<string, Readonly<CameoCode>>(base);
  const dropped = storableOnly ? [...verbs.codes].filter((c) => !STORABLE_CODE.test(c)) : [];
  const entries = dropped.length === 0 ? verbs.entries : withoutCodes(verbs.entries, new Set(dropped));
  for (const c of verbs.codes) {
    if (codes.has(c) || dropped.includes(c)) continue;
    const root = /^(0[1-9]|1\d|20)/.test(c) ? c.slice(0, 2) : '01';
    codes.set(c, { code: c, level: 2, root, base: c.slice(0, 3), label: `imported code ${c}`, goldstein: 0, quadClass: quadClassOfRoot(root), plover: '', ploverMode: '', ploverContext: '' });
  }
  return { lexicon: compileLexicon(entries, null, origin, name, discard), codes, report: verbs.report, dropped };
}

/** An event code detente can store and export: CAMEO's two to four digits (the analysis schema's `code`). */
const STORABLE_CODE = /^\d{2,4}$/;

/** The entries without the rules that name one of `bad` as a code (any of the rule's string fields), and without entries left with no rule. */
function withoutCodes(entries: readonly VerbEntry[], bad: ReadonlySet<string>): VerbEntry[] {
  const out: VerbEntry[] = [];
  for (const e of entries) {
    const rules = e.rules.filter((r) => !Object.values(r).some((v) => typeof v === 'string' && bad.has(v)));
    if (rules.length > 0) out.push({ ...e, rules });
  }
  return out;
}
