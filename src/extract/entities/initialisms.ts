import type { DocView } from './doc-view.js';
import { GUESSED_PERSON_RULES, rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Lower-case words left out of an initialism ("Coalition Provisional Authority" → CPA, "Bank of England" → BOE). */
const SKIPPED: ReadonlySet<string> = new Set(['and', '&', 'of', 'the', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'al', '-']);

/**
 * An initialism of an organisation named earlier in the article refers to it, also when no parentheses
 * defined it ("the Coalition Provisional Authority … the CPA", "the Greater London Authority … the GLA"):
 * a word of three to eight capitals after a non-person name mention whose words' initials (function words
 * left out) spell it, and which names an institution (an organisation word of `res.orgCues` at its end, or an
 * actor code), becomes a mention of that entity (rule `initialism`) where no mention holds it, or replaces a
 * one-word guess of the tagger, capitalisation or a given name there. Only initials that exactly one such
 * name of the article spells are used, and only after that name. Persons and countries are left alone
 * (acronyms.ts handles definitions in parentheses first).
 * Found on UNER dev folds ("CPA" eight times in a blog post about Iraq that names the Coalition Provisional
 * Authority once).
 * @param view the article's DocView; `res` entity resources (`orgCues`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with the initialisms' mentions added or retyped, in text order
 */
export function linkInitialisms(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const surface = (i: number) => doc.text.slice(doc.starts[i], doc.ends[i]);
  let names: Map<string, RawMention | null> | null = null;
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type === 'PERSON' || m.type === 'NORP' || m.rule === 'country-name' || m.tokEnd - m.tokStart < 3) continue;
    if (!m.actor && !res.orgCues.has(keys[m.tokEnd - 1])) continue;
    let initials = '';
    for (let i = m.tokStart; i < m.tokEnd; i++) if (!SKIPPED.has(keys[i])) initials += surface(i)[0];
    if (!/^[A-Z]{3,8}$/.test(initials)) continue;
    names ??= new Map();
    // Keyed by the lower-case token key, so the article's tokens are looked up without slicing them.
    const key = initials.toLowerCase();
    const seen = names.get(key);
    names.set(key, seen === undefined ? m : seen && seen.key === m.key ? seen : null);
  }
  if (!names) return [...mentions];
  const owner = new Int32Array(doc.tokenCount).fill(-1);
  mentions.forEach((m, k) => {
    for (let i = m.tokStart; i < m.tokEnd; i++) owner[i] = k;
  });
  const replaced = new Map<number, RawMention>();
  const added: RawMention[] = [];
  for (let i = 0; i < doc.tokenCount; i++) {
    const name = names.get(keys[i]);
    if (!name || i < name.tokEnd || !/^[A-Z]{3,8}$/.test(surface(i))) continue;
    const k = owner[i];
    if (k >= 0) {
      const m = mentions[k];
      if (m.tokStart !== i || m.tokEnd !== i + 1 || m.key === name.key || !GUESSED_PERSON_RULES.has(m.rule)) continue;
    }
    const place = { start: doc.starts[i], end: doc.ends[i], tokStart: i, tokEnd: i + 1, sentence: view.sentenceOf[i], evidence: [{ start: name.start, end: name.end }] };
    const m = rawMention(place, { kind: 'name', type: name.type, key: name.key, name: name.name, actor: name.actor, country: name.country, agent: name.agent, rule: 'initialism', confidence: 0.75 });
    if (k >= 0) replaced.set(k, m);
    else added.push(m);
  }
  if (replaced.size === 0 && added.length === 0) return [...mentions];
  const out = mentions.map((m, k) => replaced.get(k) ?? m);
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
