import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Head words of an institution named after its country that are no organisation cue word: "Government of Iraq". */
const GOVERNMENT_HEADS: ReadonlyMap<string, string> = new Map([['government', 'GOV'], ['governments', 'GOV']]);

/** Rules of mentions the widened name may take in: guesses over the head words, or a cue-word name ending at "of". */
const REPLACEABLE_RULES: ReadonlySet<string> = new Set(['capitalised-name', 'cue-word-name', 'ner-tagger', 'given-name']);

/**
 * An institution named "<Head> of [the] <country>" — "the Government of Iraq", "the Federal Government of Iraq",
 * "the Supreme Court of Kenya" — whose head's last word before "of" is a capitalised organisation cue word of type ORG (`res.orgCues`: "Ministry", "Department", "Parliament", "Senate", "Army") or "Government(s)" —
 * is one organisation whose country is the country named: the country mention (rule `country-name`) and the head's
 * words become one ORG mention (rule `of-country-name`), coded country + the head's agent ("Government of Iraq" →
 * IRQGOV; no agent → the country code alone). The head is the run of capitalised words before "of" (a lower-case
 * "the" or the sentence start ends it); a person, a known organisation or another place among them leaves the
 * country alone. CoNLL, OntoNotes, GUM and re3d mark the whole name as the organisation; the rules had kept only
 * the country ("Government of Iraq" → GPE Iraq, 11 times on re3d train).
 * @param view the article's DocView; `res` entity resources (`orgCues`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such names joined, in text order
 */
export function ofCountryNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  let out: RawMention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const c = mentions[k];
    if (c.kind !== 'name' || c.rule !== 'country-name' || !c.country) continue;
    let o = c.tokStart - 1;
    if (o >= 0 && keys[o] === 'the') o--;
    if (o < 1 || keys[o] !== 'of' || sentenceOf[o] !== c.sentence) continue;
    const last = o - 1;
    const cue = res.orgCues.get(keys[last]);
    const agent = GOVERNMENT_HEADS.get(keys[last]) ?? (cue?.type === 'ORG' ? cue.agent : undefined);
    if (agent === undefined || !startsUpper(doc.text.slice(doc.starts[last], doc.ends[last]))) continue;
    let h = last;
    while (h - 1 >= 0 && sentenceOf[h - 1] === c.sentence && startsUpper(doc.text.slice(doc.starts[h - 1], doc.ends[h - 1])) && keys[h - 1] !== 'the') h--;
    // The head's tokens may hold only guesses or a cue-word name ending at "of".
    const taken: number[] = [];
    let blocked = false;
    for (let j = 0; j < mentions.length && !blocked; j++) {
      const m = mentions[j];
      if (j === k || m.tokEnd <= h || m.tokStart > last) continue;
      if (m.tokStart >= h && m.tokEnd <= o && REPLACEABLE_RULES.has(m.rule) && (m.type !== 'PERSON' || m.weak || m.rule !== 'given-name')) taken.push(j);
      else blocked = true;
    }
    if (blocked) continue;
    const start = doc.starts[h];
    const name = doc.text.slice(start, c.end);
    const joined = rawMention({ start, end: c.end, tokStart: h, tokEnd: c.tokEnd, sentence: c.sentence, evidence: [] }, { kind: 'name', type: 'ORG', key: `ORG|${name}`, name, actor: c.country + (agent ?? ''), country: c.country, agent, rule: 'of-country-name', confidence: 0.8 });
    out ??= [...mentions];
    out[k] = joined;
    for (const j of taken) out[j] = joined;
  }
  if (!out) return [...mentions];
  const seen = new Set<RawMention>();
  return out.filter((m) => (seen.has(m) ? false : (seen.add(m), true))).sort((x, y) => x.start - y.start);
}
