import type { DocView } from './doc-view.js';
import { matchAt, type CountryEntry, type GroupRoleEntry } from './gazetteer.js';
import { groupMention } from './find-mentions.js';
import { rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** The words a compass initial stands for, by the initial's key ("s" for "S."). */
const COMPASS_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['n', ['north', 'northern']],
  ['s', ['south', 'southern']],
  ['e', ['east', 'eastern']],
  ['w', ['west', 'western']],
]);

/** A compass initial as written: one capital letter and a full stop ("S.", not "S" or "St."). */
const COMPASS_INITIAL = /^[NSEW]\.$/;

/**
 * The country named by a compass initial and the words after it: "S. Korea" South Korea (KOR), "N. Korea" North
 * Korea (PRK), "W. Germany" West Germany, "S. Africa": the initial written out ("South", "Southern" …) and the
 * following words make a country's name or alias in the gazetteer (`res.gazetteer`, countries only).
 * Wire headlines and tables abbreviate so; the tagger read "S. Korea" as an organisation that initials-names.ts then
 * made a person with initials ("S. Korea" PERSON, no code), and "W. Germany" as "Germany" after a stray initial.
 * The mentions inside the span (or the country's name after the initial) are replaced by one country mention (GPE,
 * coded with the country, keyed as the country's other names are, rule `compass-initial-country`). A mention running
 * on past the country's words ("W. Atlee Burpee Co") or a compass word that makes no country ("W. Jordan": there is
 * no West Jordan) is left alone. Counts on real text are in the commit that added it.
 * @param view the article's DocView
 * @param res entity resources (`gazetteer`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such countries, in text order
 */
export function compassInitials(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  let out: RawMention[] | null = null;
  for (let i = 0; i + 1 < doc.tokenCount; i++) {
    const words = COMPASS_WORDS.get(keys[i]);
    if (!words || !COMPASS_INITIAL.test(doc.text.slice(doc.starts[i], doc.ends[i])) || view.sentenceOf[i + 1] !== view.sentenceOf[i]) continue;
    const found = countryAfter(view, res, words, i + 1);
    if (!found) continue;
    const list: readonly RawMention[] = out ?? mentions;
    // "N. Korea's army": the country's group after it, as find-mentions.ts reads "North Korea's army" (PRKMIL)
    const group = groupAfter(view, res, found.end);
    const end = group?.end ?? found.end;
    const inside = list.filter((m) => m.end > doc.starts[i] && m.start < doc.ends[end - 1]);
    if (inside.some((m) => m.tokStart < i || m.tokEnd > end)) continue;
    const place = { start: doc.starts[i], end: doc.ends[end - 1], tokStart: i, tokEnd: end, sentence: view.sentenceOf[i], evidence: [] };
    const c = found.country;
    const mention = group
      ? groupMention(place, doc.text.slice(place.start, place.end), c, group.role)
      : rawMention(place, { kind: 'name', type: 'GPE', key: `GPE|${c.code}`, name: c.name, actor: c.code, country: c.code, agent: null, rule: 'compass-initial-country', confidence: 0.9 });
    const kept = list.filter((m) => !inside.includes(m));
    const at = kept.findIndex((m) => m.start > place.start);
    kept.splice(at < 0 ? kept.length : at, 0, mention);
    out = kept;
    i = end - 1;
  }
  return out ?? [...mentions];
}

/**
 * The longest country name that one of `words` opens and the tokens from `from` end, within the sentence.
 * @returns the country entry and the end token (exclusive), or null
 */
function countryAfter(view: DocView, res: EntityResources, words: readonly string[], from: number): { country: CountryEntry; end: number } | null {
  const { keys, sentenceOf } = view;
  let best: { country: CountryEntry; end: number } | null = null;
  for (const w of words) {
    for (const p of res.gazetteer.get(w) ?? []) {
      const end = from + p.keys.length - 1;
      if (p.keys.length < 2 || p.acronym || end > keys.length || (best && end <= best.end) || sentenceOf[end - 1] !== sentenceOf[from]) continue;
      let same = true;
      for (let k = 1; k < p.keys.length && same; k++) same = keys[from + k - 1] === p.keys[k];
      const country = same ? p.entries.find((e): e is CountryEntry => e.kind === 'country') : undefined;
      if (country) best = { country, end };
    }
  }
  return best;
}

/**
 * The group role right after a country's name, past its possessive ("N. Korea's army", "S. Korea's government"), when
 * no person's role follows it ("N. Korea's army chief" is a person): the role entry and the end token (exclusive), or null.
 * @param from the token after the country's name
 */
function groupAfter(view: DocView, res: EntityResources, from: number): { role: GroupRoleEntry; end: number } | null {
  const { doc, keys, sentenceOf } = view;
  let k = from;
  if (k < doc.tokenCount && (keys[k] === "'s" || keys[k] === '’s')) k++;
  if (k >= doc.tokenCount || sentenceOf[k] !== sentenceOf[from - 1]) return null;
  const limit = doc.sentences[sentenceOf[k]].endToken;
  const [match] = matchAt(res.gazetteer, doc, keys, k, limit);
  const role = match?.phrase.entries.find((e): e is GroupRoleEntry => e.kind === 'groupRole');
  if (!role) return null;
  const after = match.end < limit ? matchAt(res.gazetteer, doc, keys, match.end, limit)[0] : undefined;
  return after?.phrase.entries.some((e) => e.kind === 'personRole') ? null : { role, end: match.end };
}
