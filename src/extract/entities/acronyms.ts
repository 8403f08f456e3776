import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Lower-case words left out of an acronym ("Food and Agriculture Organisation" → FAO). */
const SKIPPED = new Set(['and', '&', 'of', 'the', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'al', '-']);

/**
 * Acronyms defined in parentheses after a name ("the Kennedy Space Center (KSC)", "the Food and
 * Agriculture Organisation (FAO)") name the same entity: every name mention written exactly as the
 * acronym in the article takes the name's type, grouping key and actor codes (rule `acronym`), so
 * "KSC" is the facility, not an organisation the tagger guessed, and "FAO" joins the organisation. The
 * acronym must be the initials of the name's words (function words such as "and", "of", "the" left
 * out), in capitals, two to eight letters. When the knowledge base knows one of them ("IMF"), its
 * actor codes go to the other. Persons and countries are left alone. A term taken for a name
 * ("Compact Fluorescent Light (CFL)", "Geographic Information Systems (GIS)") defines nothing: the
 * name needs an actor code, an organisation or place word at its end, or a word the article
 * never writes in lower case ("Kennedy"). Runs on the merged mentions before entities are built.
 * @param view the article's DocView; `res` entity resources (`orgCues`)
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions, the acronym's retyped (new objects)
 */
export function linkAcronyms(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const surface = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  const defined = new Map<string, RawMention>();
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type === 'PERSON' || m.rule === 'country-name') continue;
    const p = m.tokEnd;
    if (p + 2 >= doc.tokenCount || keys[p] !== '(' || keys[p + 2] !== ')') continue;
    const acronym = surface(p + 1);
    if (!/^[A-Z]{2,8}$/.test(acronym) || defined.has(acronym)) continue;
    let initials = '';
    for (let i = m.tokStart; i < m.tokEnd; i++) if (!SKIPPED.has(keys[i])) initials += surface(i)[0];
    if (initials === acronym && namesSomething(view, res, m)) defined.set(acronym, m);
  }
  if (defined.size === 0) return [...mentions];
  // The knowledge base may know the acronym ("IMF") but not the long name, or the other way round: the
  // mention with actor codes gives its reading to the others.
  const donor = new Map<string, RawMention>();
  for (const [acronym, name] of defined) {
    const known = name.actor ? name : mentions.find((m) => m.kind === 'name' && m.actor && m.tokEnd - m.tokStart === 1 && surface(m.tokStart) === acronym);
    // the knowledge base's reading of the acronym names another organisation when its name opens with another word
    // ("Chinese Petroleum Corp (CPC)" is no "Communist Party of China"): the article's definition wins
    donor.set(acronym, known && known !== name && firstWord(known.name) !== keys[name.tokStart] ? name : (known ?? name));
  }
  const byName = new Map([...defined].map(([acronym, name]) => [name, acronym]));
  return mentions.map((m) => {
    const acronym = m.kind !== 'name' ? undefined : byName.get(m) ?? (m.tokEnd - m.tokStart === 1 && defined.has(surface(m.tokStart)) ? surface(m.tokStart) : undefined);
    const d = acronym === undefined ? undefined : donor.get(acronym);
    if (!d || d === m || (m.key === d.key && m.type === d.type)) return m;
    return copyMention(m, { type: d.type, key: d.key, name: d.name, actor: d.actor, country: d.country, agent: d.agent, rule: 'acronym', weak: false, personTokens: [], gender: null });
  });
}

/** The lower-case first word of a name, "communist" of "Communist Party of China". */
function firstWord(name: string): string {
  return name.replace(/^the\s+/i, '').split(/\s+/, 1)[0].toLowerCase();
}

/**
 * Whether a name mention defining an acronym names an entity rather than a term: when it has an actor code, ends in an organisation or place word ("… Center",
 * "… Organisation") or has a word the article never writes in lower case ("Kennedy Space Center").
 */
function namesSomething(view: DocView, res: EntityResources, m: RawMention): boolean {
  if (m.actor || res.orgCues.has(view.keys[m.tokEnd - 1])) return true;
  for (let i = m.tokStart; i < m.tokEnd; i++) if (!SKIPPED.has(view.keys[i]) && !view.lowercaseSeen.has(view.keys[i])) return true;
  return false;
}
