import type { DocView } from './doc-view.js';
import { isLegalFormAt } from './company-short-names.js';
import { startsUpper } from './letter-case.js';
import { copyMention, rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * "The Bank", "the Ministry", "the Commission": a capitalised organisation cue word standing alone after "the" (a
 * one-word organisation mention, `res.orgCues`: bank, ministry, commission, committee, council, exchange…) is the
 * short form of the organisation the article named before with that word in its name ("the Bank of England … the
 * Bank said", "Japan's Finance Ministry … the Ministry said"), not an organisation of its own: it becomes a mention of
 * the last such organisation named before it (its key, name, type and actor code; rule `<rule>+cue-reference`, the
 * full name's span as evidence). One with no such organisation before it, or that already has an actor code, is left
 * as it is, and so is an armed body's cue word (army, navy, forces, brigade, police: {@link ARMED_AGENTS}).
 * Found on Reuters-21578 reut2-010/021 and BBC (fresh-eyes review 21: fragments "Bank" and "Group" stored as
 * organisations): 65 such words, "the Bank" 34 times, had been uncoded organisations named "Bank", "Ministry"…
 * @param view the article's DocView; `res` entity resources (`orgCues`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions, such short forms replaced (new objects), in the same order
 */
/**
 * Agents of cue words left alone: "the Army", "the Police" after an armed group's or a foreign force's full name are
 * most often another force ("the Irish Republican Army … the Army attacked" is the British Army; change review 22).
 */
const ARMED_AGENTS: ReadonlySet<string> = new Set(['MIL', 'COP']);

export function cueWordReferences(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  let out: RawMention[] | null = null;
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== 'name' || m.type !== 'ORG' || m.actor || m.tokEnd !== m.tokStart + 1) continue;
    const t = m.tokStart;
    const cue = res.orgCues.get(keys[t]);
    if (!cue || (cue.agent !== null && ARMED_AGENTS.has(cue.agent)) || !startsUpper(doc.text.slice(doc.starts[t], doc.ends[t])) || t === 0 || keys[t - 1] !== 'the' || sentenceOf[t - 1] !== m.sentence) continue;
    const full = lastNamedWith(view, out ?? mentions, k, keys[t]);
    if (!full) continue;
    (out ??= [...mentions])[k] = copyMention(m, { key: full.key, name: full.name, type: full.type, actor: full.actor, country: full.country, agent: full.agent, evidence: [{ start: full.start, end: full.end }], rule: `${m.rule}+cue-reference` });
  }
  return untaggedReferences(view, res, out ?? [...mentions]);
}

/**
 * The same short forms where no mention stands at all: "the Tokyo Stock Exchange … The Exchange said" (the tagger tags
 * "the Bank" but not "The Exchange" opening a sentence, and a one-word cue name is no name for the rules). A capitalised
 * cue word after "the" (any case), covered by no mention but a weak guess of that word alone, with no capitalised word
 * after it in its sentence (not "the Exchange Commission"), becomes a mention of the last organisation named before it with that word (rule
 * `cue-reference`, its full name as evidence); with none before it, nothing is added.
 * @param mentions mentions in text order (a fresh array: changed in place)
 * @returns `mentions` with such mentions inserted in text order
 */
function untaggedReferences(view: DocView, res: EntityResources, mentions: RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const upperAt = (i: number, sentence: number) => i < doc.tokenCount && sentenceOf[i] === sentence && startsUpper(doc.text.slice(doc.starts[i], doc.ends[i]));
  let k = 0;
  for (let t = 1; t < doc.tokenCount; t++) {
    while (k < mentions.length && mentions[k].tokEnd <= t) k++;
    // a weak guess over the word alone ("Exchange" as a capitalised name, dropped later) is replaced
    const covered = k < mentions.length && mentions[k].tokStart <= t;
    if (covered && !(mentions[k].weak && mentions[k].tokStart === t && mentions[k].tokEnd === t + 1)) continue;
    const cue = res.orgCues.get(keys[t]);
    if (!cue || (cue.agent !== null && ARMED_AGENTS.has(cue.agent)) || keys[t - 1] !== 'the' || sentenceOf[t - 1] !== sentenceOf[t]) continue;
    const word = doc.text.slice(doc.starts[t], doc.ends[t]);
    if (!startsUpper(word) || word === word.toUpperCase()) continue;
    // a longer name goes on: "the Exchange Commission"
    if (upperAt(t + 1, sentenceOf[t])) continue;
    const full = lastNamedWith(view, mentions, k, keys[t]);
    if (!full) continue;
    const place = { start: doc.starts[t], end: doc.ends[t], tokStart: t, tokEnd: t + 1, sentence: sentenceOf[t], evidence: [{ start: full.start, end: full.end }] };
    mentions.splice(k, covered ? 1 : 0, rawMention(place, { kind: 'name', type: full.type, key: full.key, name: full.name, actor: full.actor, country: full.country, agent: full.agent, rule: 'cue-reference', confidence: 0.7 }));
  }
  return mentions;
}

/**
 * The last organisation name of two words or more before mention `k` whose head is the capitalised word `key`: its
 * word before "of" ("Bank of England"), else its last word before any legal forms ("Tokyo Stock Exchange", "Barclays
 * Bank PLC"). A word inside the name is no head: "the Exchange" after "the New York Stock Exchange … the Securities and
 * Exchange Commission" is the stock exchange, not the commission (Reuters-21578 reut2-009).
 */
function lastNamedWith(view: DocView, mentions: readonly RawMention[], k: number, key: string): RawMention | undefined {
  const { doc, keys } = view;
  for (let j = k - 1; j >= 0; j--) {
    const p = mentions[j];
    if (p.kind !== 'name' || p.type !== 'ORG' || p.tokEnd - p.tokStart < 2) continue;
    let h = p.tokEnd - 1;
    while (h > p.tokStart && isLegalFormAt(view, h)) h--;
    for (let i = p.tokStart + 1; i < p.tokEnd; i++) {
      if (keys[i] === 'of') {
        h = i - 1;
        break;
      }
    }
    if (keys[h] === key && startsUpper(doc.text.slice(doc.starts[h], doc.ends[h]))) return p;
  }
  return undefined;
}
