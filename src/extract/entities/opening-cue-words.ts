import type { DocView } from './doc-view.js';
import { matchAt } from './gazetteer.js';
import type { RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Parts of speech of the word after an opening cue word that make the cue word its modifier: "Group net", "Bank shares". */
const MODIFIED_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/**
 * An organisation cue word opening a sentence or a line before a lower-case noun or adjective — "Group net 104.8 mln
 * dlrs vs 100.9 mln", "Group shr 34.92 yen", "Group advertising revenues were up", "Bank shares fell" — is a common
 * noun capitalised by its place, modifying the noun after it, not the name of an organisation: the tagger's one-word
 * organisation there (rule `ner-tagger…`, no actor code, the word one of `res.orgCues`) is dropped. Reuters results
 * tables open their lines so, and each such "Group" was stored as an uncoded organisation named "Group" (review of
 * issue 3). A cue word before a verb ("Parliament voted"), a capitalised word ("Group Lotus") or a word for its people
 * ("Ministry officials said", "Senate sources say": a role or group word of the gazetteer, or "sources") is left alone,
 * as is a coded or longer name.
 * @param view the article's DocView; `res` entity resources (`orgCues`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions without such words, in text order
 */
export function dropOpeningCueWords(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  return mentions.filter((m) => {
    if (m.kind !== 'name' || m.type !== 'ORG' || m.actor || m.tokEnd !== m.tokStart + 1 || !m.rule.startsWith('ner-tagger')) return true;
    const t = m.tokStart;
    if (!res.orgCues.has(keys[t]) || doc.sentences[m.sentence].firstToken !== t) return true;
    const next = t + 1;
    if (next >= doc.tokenCount || sentenceOf[next] !== m.sentence || !MODIFIED_POS.has(doc.pos[next])) return true;
    // "Ministry officials said", "Senate sources say": the people of a body name the body
    if (keys[next] === 'sources' || matchAt(res.gazetteer, doc, keys, next, next + 1).some((x) => x.phrase.entries.some((e) => e.kind === 'personRole' || e.kind === 'groupRole'))) return true;
    return !/^\p{Ll}/u.test(doc.text.slice(doc.starts[next], doc.ends[next]));
  });
}
