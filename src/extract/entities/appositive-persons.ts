import type { DocView } from './doc-view.js';
import { nameTokens } from './find-mentions.js';
import { startsUpper } from './letter-case.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Verbs of saying that may follow an appositive name and its closing comma. */
const SAYING: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'argued', 'insisted', 'explained']);
/** Pronouns of a person as the subject of the reported clause. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * An organisation the tagger guessed (rule `ner-tagger`, no actor code) of two or three capitalised words, none an
 * organisation cue word ("… Party", "… Group"), set off by commas as an appositive and followed by a verb of
 * saying whose subject is "he" or "she" — "The head of the … company, Yury Boyko, said he was happy" — is a
 * person: an organisation is never "he" or "she", and the comma after the name closes the appositive, so the name
 * is the speaker. Rule `appositive-person`, the name's words as person tokens.
 * Found on BBC business news, where a Ukrainian company head's name had been an organisation.
 * @param view the article's DocView; `res` entity resources (`orgCues`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such organisations retyped PERSON, in the same order
 */
export function appositivePersons(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const same = (i: number, s: number) => i >= 0 && i < doc.tokenCount && sentenceOf[i] === s;
  return mentions.map((m) => {
    if (m.kind !== 'name' || m.type !== 'ORG' || m.rule !== 'ner-tagger' || m.actor !== null) return m;
    const a = m.tokStart;
    const b = m.tokEnd;
    if (b - a < 2 || b - a > 3) return m;
    if (!same(a - 1, m.sentence) || keys[a - 1] !== ',' || !same(b + 2, m.sentence) || keys[b] !== ',') return m;
    if (!SAYING.has(keys[b + 1]) || !PERSON_PRONOUNS.has(keys[b + 2])) return m;
    for (let i = a; i < b; i++) if (res.orgCues.has(keys[i]) || !startsUpper(doc.text.slice(doc.starts[i], doc.ends[i]))) return m;
    return copyMention(m, { type: 'PERSON', key: '', personTokens: nameTokens(keys, a, b), gender: null, agent: null, country: null, rule: 'appositive-person', confidence: 0.7 });
  });
}
