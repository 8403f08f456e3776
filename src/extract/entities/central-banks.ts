import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { copyMention, type RawMention } from './raw-mention.js';

/** Words before a capitalised "Bank" that name a country's central bank: "Dutch Central Bank", "Reserve Bank of Malawi". */
const CENTRAL_WORDS: ReadonlySet<string> = new Set(['central', 'reserve']);

/**
 * Rules of the mentions of the knowledge base's organisations (built-in and user dictionaries), whose codes are given:
 * the Central Bank of India is a state-owned commercial lender, INDBUS (data/actors/organisations.json), the country's
 * central bank being the Reserve Bank of India.
 */
export const KNOWN_ORGANISATION_RULE = /^known-organisation(?:-alias)?(?:\+|$)/;

/**
 * A country's central bank named by its cue words — "the Dutch Central Bank", "the Central Bank of Kenya", "the
 * Philippine Central Bank", "the Reserve Bank of Malawi" — is that state's, coded country + GOV (NLDGOV), not a
 * business: the cue word "Bank" gave such names agent BUS (NLDBUS). The central banks of the knowledge base are coded
 * so (data/actors/organisations.json: CAMEO manual 1.1b3, Table 3.1, GOV the executive and its divisions; Phoenix
 * CENTRAL_BANK); this covers the ones it does not list. Only an organisation name with a country, holding a
 * capitalised "Central Bank" or "Reserve Bank", whose agent is BUS or none, and not an organisation of the knowledge
 * base, whose code stands ({@link KNOWN_ORGANISATION_RULE}) (rule `<rule>+central-bank`).
 * Found on Reuters-21578 reut2-010 ("the Dutch Central Bank" NLDBUS, and "the Bank" after it).
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @returns the mentions, such banks recoded (new objects), in the same order
 */
export function centralBanks(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const upper = (i: number) => startsUpper(doc.text.slice(doc.starts[i], doc.ends[i]));
  let out: RawMention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== 'name' || m.type !== 'ORG' || !m.country || (m.agent !== null && m.agent !== 'BUS') || KNOWN_ORGANISATION_RULE.test(m.rule)) continue;
    let central = false;
    for (let i = m.tokStart; i + 1 < m.tokEnd && !central; i++) central = CENTRAL_WORDS.has(keys[i]) && keys[i + 1] === 'bank' && upper(i) && upper(i + 1);
    if (central) (out ??= [...mentions])[k] = copyMention(m, { agent: 'GOV', actor: `${m.country}GOV`, rule: `${m.rule}+central-bank` });
  }
  return out ?? [...mentions];
}
