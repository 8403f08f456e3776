import type { DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { copyMention, VOUCHED_NAME_RULES, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * "the Prophet Mohammed", "Prophet Muhammad": a capitalised "Prophet" before a name names a person, not the
 * organisation or place the tagger reads in the title word. A name mention of two or more words opening with
 * "Prophet" (as written, capitalised) and typed otherwise becomes a person with the whole span as its name, as
 * UNER English-EWT marks it ("Prophet Mohammed"), grouped by the words after the title (rule `prophet-name`). Every
 * word must be capitalised; a name vouched for by knowledge or a title (`VOUCHED_NAME_RULES`) and one ending in an
 * organisation cue word ("Prophet Media Group") stay as they are.
 * Found on UNER English-EWT dev folds (a blog post: "the Prophet Mohammed" twice, read as an organisation).
 * @param view the article's DocView (token keys, text); `res` entity resources (`orgCues`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such names retyped as persons, in the same order
 */
export function prophetNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  return mentions.map((m) => {
    if (m.kind !== 'name' || m.type === 'PERSON' || m.tokEnd - m.tokStart < 2 || keys[m.tokStart] !== 'prophet' || VOUCHED_NAME_RULES.has(m.rule) || res.orgCues.has(keys[m.tokEnd - 1])) return m;
    for (let i = m.tokStart; i < m.tokEnd; i++) if (!/^\p{Lu}/u.test(doc.text.slice(doc.starts[i], doc.ends[i]))) return m;
    const personTokens = nameTokens(keys, m.tokStart + 1, m.tokEnd);
    return copyMention(m, { type: 'PERSON', key: '', actor: null, country: null, agent: null, role: null, categories: [], personTokens, rule: 'prophet-name' });
  });
}
