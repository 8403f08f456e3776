import type { CameoTable } from './cameo-codes.js';

/**
 * The PLOVER (2021 draft 0.8) category of a CAMEO code, from the CAMEO→PLOVER table in
 * data/cameo/event-codes.tsv; '' for statements (root 01), which PLOVER does not code as events.
 * @param code CAMEO code ("042")
 * @param codes the CAMEO table
 */
export function ploverCategory(code: string, codes: CameoTable): string {
  return codes.get(code)?.plover ?? '';
}

/**
 * The category of a CAMEO code under the labels of the PLOVER gold standard (OEDA PLOVER_GSR_CAMEO, v0.5b1,
 * 2016), which predates the 2021 merges: it keeps DISAPPROVE (CAMEO 11), INVESTIGATE (09), DEMAND (10, and
 * appeals 02), FIGHT (19) and SANCTION (16) apart. Crosswalk by CAMEO root, with root 08 split by base code
 * (CONCEDE for 080–083 and their sub-codes such as 0813 "ease curfew", RETREAT for 084–087), as the gold set does.
 * @param code CAMEO code
 * @param _codes unused (kept for a uniform signature with {@link ploverCategory})
 * @returns the GSR category, or '' for statements
 */
export function gsrCategory(code: string, _codes?: CameoTable): string {
  const root = code.slice(0, 2);
  switch (root) {
    case '01':
      return '';
    case '02':
    case '10':
      return 'DEMAND';
    case '03':
      return 'AGREE';
    case '04':
      return 'CONSULT';
    case '05':
      return 'SUPPORT';
    case '06':
      return 'COOPERATE';
    case '07':
      return 'AID';
    case '08':
      return Number(code.slice(0, 3)) <= 83 ? 'CONCEDE' : 'RETREAT';
    case '09':
      return 'INVESTIGATE';
    case '11':
      return 'DISAPPROVE';
    case '12':
      return 'REJECT';
    case '13':
      return 'THREATEN';
    case '14':
      return 'PROTEST';
    case '15':
      return 'MOBILIZE';
    case '16':
      return 'SANCTION';
    case '17':
      return 'COERCE';
    case '18':
    case '20':
      return 'ASSAULT';
    case '19':
      // blockades restrict movement: COERCE in PLOVER (as in the 2021 CAMEO→PLOVER table), not FIGHT
      return code.startsWith('191') ? 'COERCE' : 'FIGHT';
    default:
      return '';
  }
}
