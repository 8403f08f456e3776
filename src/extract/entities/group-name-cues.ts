import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Organisation cue words a capitalised group phrase may run on into (at most this many). */
const MAX_CUE_WORDS = 2;

/** Rules whose one-word names inside the widened span give way to it (the tagger's "Group", a cue-word name). */
const ABSORBED_RULES: ReadonlySet<string> = new Set(['ner-tagger', 'cue-word-name', 'capitalised-name']);

/**
 * A country group phrase written as a name, its group noun capitalised, runs on into the capitalised
 * organisation cue words right after it: "an Iranian Opposition Group", "the Syrian Opposition Coalition"
 * are one organisation, as CoNLL, UNER and GUM mark them, not "Iranian Opposition" (IRNOPP) and a stray
 * "Group" or nothing. The widened mention keeps the group's actor code (IRNOPP) and becomes rule
 * `country-group-name`; a tagger, cue-word or capitalisation mention lying wholly inside the added words goes. Only cue
 * words of bodies of people without an agent of their own (`res.orgCues` type ORG, agent null: "Group", "Coalition",
 * "Council", "Front", "Movement", "Party", "Alliance", "Committee"…), at most {@link MAX_CUE_WORDS}, in the same
 * sentence, one space apart: a cue word with its own agent names another institution the phrase only modifies
 * ("Georgian Court University", a university in New Jersey, is no Georgian court; "Iraqi Army Ministry"); a group
 * noun in lower case ("Iranian opposition groups") is a description and is left alone.
 * Found on UNER English-EWT dev, in the shape "a Moldovan Opposition Group published what it calls evidence".
 * @param view the article's DocView; `res` entity resources (`orgCues`)
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions with such phrases widened (new objects) and the mentions inside the added words dropped
 */
export function widenGroupNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const n = doc.starts.length;
  const dropped = new Set<number>();
  const widened = new Map<number, RawMention>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== 'name' || m.rule !== 'country-group') continue;
    if (!startsUpper(doc.text.slice(doc.starts[m.tokEnd - 1], doc.ends[m.tokEnd - 1]))) continue;
    let t = m.tokEnd;
    while (t < n && t - m.tokEnd < MAX_CUE_WORDS && sentenceOf[t] === sentenceOf[m.tokStart] && doc.starts[t] === doc.ends[t - 1] + 1) {
      const word = doc.text.slice(doc.starts[t], doc.ends[t]);
      const cue = res.orgCues.get(keys[t]);
      if (!startsUpper(word) || cue?.type !== 'ORG' || cue.agent !== null) break;
      t++;
    }
    if (t === m.tokEnd) continue;
    // The added words must be free, or hold only names that give way to the widened one.
    const inside: number[] = [];
    let blocked = false;
    for (let j = k + 1; j < mentions.length && mentions[j].tokStart < t; j++) {
      const o = mentions[j];
      if (o.tokEnd <= m.tokEnd) continue;
      if (o.tokStart >= m.tokEnd && o.tokEnd <= t && ABSORBED_RULES.has(o.rule)) inside.push(j);
      else blocked = true;
    }
    if (blocked) continue;
    for (const j of inside) dropped.add(j);
    const end = doc.ends[t - 1];
    const name = doc.text.slice(m.start, end);
    widened.set(k, copyMention(m, { end, tokEnd: t, name, key: `GRP|${m.actor ?? ''}|${name.toLowerCase()}`, rule: 'country-group-name' }));
  }
  if (widened.size === 0) return [...mentions];
  const out: RawMention[] = [];
  for (let k = 0; k < mentions.length; k++) if (!dropped.has(k)) out.push(widened.get(k) ?? mentions[k]);
  return out;
}
