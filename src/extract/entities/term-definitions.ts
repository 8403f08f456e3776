import type { DocView } from './doc-view.js';
import { VOUCHED_NAME_RULES, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Lower-case words left out of an acronym's initials ("Information and Communication Technology" → ICT). */
const SKIPPED: ReadonlySet<string> = new Set(['and', '&', 'of', 'the', 'for', 'on', 'in', 'to', 'a', 'an', '-']);

/** Rules whose name mention is only a guess: the NER tagger (and its repeats) or capitalisation. */
const GUESS_RULES: ReadonlySet<string> = new Set(['ner-tagger', 'ner-repeat', 'ner-tagger+name', 'capitalised-name']);

/**
 * An acronym the article defines as a term is no name: "the ground reaction force (GRF)", "personal video
 * recorders (PVRs)", "qualified majority voting (QMV)". Where a word of two to eight capitals (a plural "s"
 * allowed) stands in parentheses right after words written in lower case whose initials spell it (function
 * words left out), and those words name no institution — no organisation or place word of `res.orgCues` at
 * their end, no mention with an actor code or a vouching rule over them — the acronym is a term: the tagger's
 * and capitalisation's one-word guesses of it anywhere in the article are dropped, unless some rule knows the
 * acronym (an actor code, a vouching rule). A definition in title case ("Compact Fluorescent Light (CFL)") is
 * left alone: "World Economic Forum (WEF)" is written so too. Acronyms defining an organisation are linked
 * instead (acronyms.ts).
 * Found on GUM train (tagger without GUM: "GRF", "TSM" as organisations in academic texts); over the 2,225 BBC
 * articles it dropped persons and organisations such as "GDP", "PVR", "SUVs", "IPO", "LNG", "TPM", "QMV".
 * @param view the article's DocView; `res` entity resources (`orgCues`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions without guesses of defined terms
 */
export function dropDefinedTerms(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const surface = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  let terms: Set<string> | null = null;
  for (let p = 1; p + 2 < doc.tokenCount; p++) {
    if (keys[p] !== '(' || keys[p + 2] !== ')') continue;
    const acronym = surface(p + 1).replace(/s$/, '');
    if (!/^[A-Z]{2,8}$/.test(acronym)) continue;
    const start = definingStart(view, p, acronym);
    if (start < 0 || res.orgCues.has(keys[p - 1])) continue;
    let term = true;
    for (let i = start; i < p && term; i++) term = !/\p{Lu}/u.test(surface(i));
    for (const m of mentions) if (term && m.kind === 'name' && m.tokStart < p && m.tokEnd > start && (m.actor !== null || VOUCHED_NAME_RULES.has(m.rule))) term = false;
    if (!term) continue;
    (terms ??= new Set()).add(acronym.toLowerCase());
  }
  if (!terms) return [...mentions];
  const known = terms;
  // An acronym some rule knows (an actor code, a vouching rule) anywhere in the article is no term.
  for (const m of mentions) if (m.kind === 'name' && m.tokEnd - m.tokStart === 1 && (m.actor !== null || VOUCHED_NAME_RULES.has(m.rule))) known.delete(keys[m.tokStart].replace(/s$/, ''));
  return mentions.filter((m) => {
    if (m.kind !== 'name' || m.actor !== null || !GUESS_RULES.has(m.rule)) return true;
    return !(m.tokEnd - m.tokStart === 1 && known.has(keys[m.tokStart].replace(/s$/, '')) && /^[A-Z]{2,8}s?$/.test(surface(m.tokStart)));
  });
}

/**
 * The first token of the words before the parenthesis at `p` whose initials spell `acronym` (function words
 * skipped, case ignored), or -1.
 */
function definingStart(view: DocView, p: number, acronym: string): number {
  const { doc, keys } = view;
  let k = acronym.length;
  let i = p - 1;
  const first = doc.sentences[view.sentenceOf[p]].firstToken;
  while (i >= first && k > 0) {
    if (SKIPPED.has(keys[i]) && k < acronym.length) {
      i--;
      continue;
    }
    if (keys[i].charAt(0) !== acronym.charAt(k - 1).toLowerCase()) return -1;
    k--;
    i--;
  }
  return k === 0 ? i + 1 : -1;
}
