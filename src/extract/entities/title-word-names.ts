import type { DocView } from './doc-view.js';
import { rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { sortByStart } from './sort-by-start.js';

/** Words after a titled "person" that make title and name the name of a place or building: "King Cross station". */
const PLACE_AFTER: ReadonlySet<string> = new Set(['station']);

/**
 * A name that opens with a title word ("King World Productions", "General Motors", "King's Cross station") is no
 * titled person: the title parser read "King World" as a king named World (coded GOV with the article's country) and
 * "General Staff" as a general named Staff. A person of the `titled-person` rule whose one-word title stands right
 * before the name becomes
 * - a mention of the organisation or place the article names whose name opens with exactly the title and the name
 *   words ("King World" after "King World Productions Inc": that entity, its key and codes; rule `title-word-name`);
 * - else, when an organisation or place word follows ("King Cross station", "General Staff Office"), a name of that kind
 *   spanning title, name and that word, with no code (rule `title-word-name`).
 * Found in Reuters-21578 (King World Productions, 6 articles: "King World said …") and BBC politics 113 (a London
 * station, GBRGOV).
 * @param view the article's DocView; `res` entity resources (`orgCues`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such persons replaced (new array in text order)
 */
export function titleWordNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  let out: RawMention[] | null = null;
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.rule !== 'titled-person' || m.evidence.length === 0) continue;
    const t = m.tokStart - 1;
    // a one-word title right before the name, capitalised ("King World"; not "the king, World …")
    if (t < 0 || view.sentenceOf[t] !== m.sentence || doc.starts[t] !== m.evidence[0].start || doc.ends[t] !== m.evidence[0].end) continue;
    if (!/^\p{Lu}/u.test(doc.text.charAt(doc.starts[t]))) continue;
    const n = m.tokEnd - t;
    const named = mentions.find(
      (x) => x !== m && x.kind === 'name' && x.type !== 'PERSON' && x.tokEnd - x.tokStart > n && keysMatch(keys, x.tokStart, t, n),
    );
    let next: RawMention | null = null;
    if (named) {
      next = rawMention(
        { start: doc.starts[t], end: m.end, tokStart: t, tokEnd: m.tokEnd, sentence: m.sentence, evidence: [{ start: named.start, end: named.end }] },
        { kind: 'name', type: named.type, key: named.key, name: named.name, actor: named.actor, country: named.country, agent: named.agent, rule: 'title-word-name', confidence: 0.8 },
      );
    } else if (m.tokEnd < doc.tokenCount && view.sentenceOf[m.tokEnd] === m.sentence) {
      const after = keys[m.tokEnd];
      // a capitalised organisation or place word ("King Fahd Airport"), not "President Bush news conference"
      const cue = /^\p{Lu}/u.test(doc.text.charAt(doc.starts[m.tokEnd])) ? res.orgCues.get(after) : undefined;
      const type = PLACE_AFTER.has(after) ? 'FAC' : cue && (cue.type === 'ORG' || cue.type === 'FAC') ? cue.type : null;
      if (type === null) continue;
      const end = m.tokEnd + 1;
      const name = doc.text.slice(doc.starts[t], doc.ends[end - 1]);
      if (mentions.some((x) => x !== m && x.tokStart < end && x.tokEnd > t)) continue;
      next = rawMention(
        { start: doc.starts[t], end: doc.ends[end - 1], tokStart: t, tokEnd: end, sentence: m.sentence, evidence: [] },
        { kind: 'name', type, key: `${type}|${name.toLowerCase()}`, name, actor: null, country: null, agent: null, rule: 'title-word-name', confidence: 0.7 },
      );
    }
    if (!next) continue;
    out = (out ?? [...mentions]).filter((x) => x !== m);
    out.push(next);
  }
  if (!out) return [...mentions];
  sortByStart(out);
  return out;
}

/** Whether the `n` token keys from `a` equal those from `b`. */
function keysMatch(keys: readonly string[], a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (keys[a + k] !== keys[b + k]) return false;
  return true;
}
