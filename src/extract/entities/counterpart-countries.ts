import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { normaliseName } from './actor-kb.js';

/** Nouns of a holder of the same office in another country: "his U.S. counterpart", "their French counterparts". */
const COUNTERPART_WORDS: ReadonlySet<string> = new Set(['counterpart', 'counterparts']);

/** Possessive pronouns before a "counterpart" that no country word qualifies ("his counterpart"). */
const POSSESSORS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Lower-case words that may stand between "counterpart," and the title or name ("special", "the"). */
const BETWEEN: ReadonlySet<string> = new Set(['the', 'special', 'acting', 'newly', 'appointed', 'new']);

/** How many such words may stand there. */
const MAX_BETWEEN = 2;

/** Agent of a counterpart whose title names none and whose sentence holds no coded office holder before him. */
const DEFAULT_AGENT = 'GOV';

/**
 * A person introduced as another country's counterpart — "his U.S. counterpart, Trade Representative Ann Kessler",
 * "her Japanese counterpart Taro Kono" — holds his office in the country named before "counterpart", not in the
 * country the story is about: the apposition names it. Such a person, with no country yet and no entry in the knowledge
 * base (known office holders are coded by the office held on the article's date), takes that country, with the agent of
 * his own title, else the agent of the office holder the sentence names before him (whose counterpart he is: a
 * minister's counterpart is a minister, a general's a general), else GOV (rule `<rule>+counterpart`).
 * The country word must end right before "counterpart" (a people or country name: "U.S.", "Chinese"); the
 * name or its title follows "counterpart", after an optional comma and at most two lower-case words ("special", "the").
 * Found in Reuters-21578 (1987): a trade commissioner's "U.S. counterpart, Trade Representative" was coded by the
 * dateline's country, as office-countries.ts codes a title that names no country; users reported it.
 * With no country word ("his counterpart, Foreign Minister …") the person is left uncoded, rule `<rule>+counterpart`:
 * he is not of the story's country, which office-countries.ts would give him (users reported a Japanese minister's
 * counterpart coded JPNGOV in a Tokyo story).
 * Runs before office-countries.ts, which then leaves the person alone.
 * @param view the article's DocView; `res` entity resources (`actors`: known office holders)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions, such persons given the country and actor code (new objects), in the same order
 */
export function counterpartCountries(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  let out: RawMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.country || m.actor) continue;
    if (res.actors.has(normaliseName(m.personTokens.join(' ')))) continue;
    // the first token of the title, when the title is this mention's evidence right before the name
    let t = m.tokStart;
    const title = m.evidence[0];
    if (title && title.end <= m.start) while (t > 0 && doc.starts[t - 1] >= title.start) t--;
    for (let k = 0; k < MAX_BETWEEN && t > 0 && BETWEEN.has(keys[t - 1]) && /^\p{Ll}/u.test(doc.text.charAt(doc.starts[t - 1])); k++) t--;
    if (t > 0 && keys[t - 1] === ',') t--;
    if (t < 2 || !COUNTERPART_WORDS.has(keys[t - 1]) || sentenceOf[t - 1] !== m.sentence) continue;
    const word = t - 1;
    const country = mentions.find((x) => x.tokEnd === word && x.sentence === m.sentence && (x.type === 'NORP' || x.type === 'GPE') && x.country)?.country;
    if (!country) {
      // "met his counterpart, Foreign Minister Rolf Andersen": no country word, but not the country of the person whose
      // counterpart he is, which office-countries.ts would give a title naming no country (the story's or dateline's);
      // the rule's new name keeps that step away and the person uncoded
      if (POSSESSORS.has(keys[word - 1])) (out ??= [...mentions])[i] = copyMention(m, { rule: `${m.rule}+counterpart` });
      continue;
    }
    let agent = m.agent;
    if (!agent) {
      for (let k = i - 1; k >= 0 && mentions[k].sentence === m.sentence; k--) {
        const p = mentions[k];
        if (p.type === 'PERSON' && p.kind === 'name' && p.agent) {
          agent = p.agent;
          break;
        }
      }
    }
    agent ??= DEFAULT_AGENT;
    (out ??= [...mentions])[i] = copyMention(m, { country, agent, actor: country + agent, rule: `${m.rule}+counterpart` });
  }
  return out ?? [...mentions];
}
