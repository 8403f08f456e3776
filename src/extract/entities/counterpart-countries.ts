import type { DocView } from './doc-view.js';
import { copyMention, rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { normaliseName } from './actor-kb.js';
import { matchAt } from './gazetteer.js';

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
  const { keys } = view;
  let out: RawMention[] | null = null;
  // "counterpart" words some person is named after: the others describe an unnamed holder (unnamedCounterparts)
  const named = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'name' || m.type !== 'PERSON') continue;
    const word = counterpartWordBefore(view, m);
    if (word < 0) continue;
    named.add(word);
    if (m.country || m.actor || res.actors.has(normaliseName(m.personTokens.join(' ')))) continue;
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
  return unnamedCounterparts(view, res, out ?? [...mentions], named);
}

/**
 * The "counterpart" word a person's name (or the title right before it) follows: "counterpart[,] [the|special…] [title]
 * Name" in one sentence, with a word before "counterpart".
 * @returns the token index of "counterpart(s)", or -1
 */
function counterpartWordBefore(view: DocView, m: RawMention): number {
  const { doc, keys, sentenceOf } = view;
  // the first token of the title, when the title is this mention's evidence right before the name
  let t = m.tokStart;
  const title = m.evidence[0];
  if (title && title.end <= m.start) while (t > 0 && doc.starts[t - 1] >= title.start) t--;
  for (let k = 0; k < MAX_BETWEEN && t > 0 && BETWEEN.has(keys[t - 1]) && /^\p{Ll}/u.test(doc.text.charAt(doc.starts[t - 1])); k++) t--;
  if (t > 0 && keys[t - 1] === ',') t--;
  return t >= 2 && COUNTERPART_WORDS.has(keys[t - 1]) && sentenceOf[t - 1] === m.sentence ? t - 1 : -1;
}

/**
 * A country's counterpart named by no one — "met her Chilean counterpart", "talks with their Japanese counterparts" —
 * is that country's holder of the same office, not the country: the country word and "counterpart" become one
 * description coded country + the agent of the office holder (or group) the sentence names before it, else GOV
 * (CHLGOV, not CHL: fresh-eyes review 21 found an event's target "her Chilean counterpart" coded CHL). A singular
 * "counterpart" is a person described (kind `nominal`, rule `role-description`, with the office holder's role and
 * categories, so that resolve-nominals.ts links it to a person of that country holding that office, or makes an office
 * entity of it); plural "counterparts" are a group of the country, as "Chilean officials" are (rule
 * `country-group-plural`, output as a description by group-descriptions.ts). The country word must end right before
 * "counterpart" in the same sentence and be a people or country name.
 * @param view the article's DocView; `res` entity resources (the role words of `gazetteer`)
 * @param mentions mentions in text order (not modified)
 * @param named token indices of "counterpart" words a person's name follows (those stay as they are)
 * @returns the mentions, such country words replaced by the description, in the same order
 */
function unnamedCounterparts(view: DocView, res: EntityResources, mentions: RawMention[], named: ReadonlySet<number>): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  for (let i = 0; i < mentions.length; i++) {
    const x = mentions[i];
    const word = x.tokEnd;
    if (x.kind !== 'name' || (x.type !== 'NORP' && x.type !== 'GPE') || !x.country || named.has(word)) continue;
    if (word >= keys.length || !COUNTERPART_WORDS.has(keys[word]) || sentenceOf[word] !== x.sentence) continue;
    const holder = holderBefore(mentions, i, x.tokStart > 0 ? keys[x.tokStart - 1] : '');
    const roleAgent = roleWordAgentBefore(view, res, x.tokStart, holder?.tokEnd ?? -1);
    const agent = roleAgent ?? holder?.agent ?? DEFAULT_AGENT;
    const actor = x.country + agent;
    const place = { start: x.start, end: doc.ends[word], tokStart: x.tokStart, tokEnd: word + 1, sentence: x.sentence, evidence: [] };
    const name = doc.text.slice(place.start, place.end);
    // "Toyota and its Chinese counterpart": an organisation's counterpart is an organisation of its kind, not a person
    const ofOrganisation = !roleAgent && holder?.type === 'ORG' && !holder.rule.startsWith('country-group');
    const plural = keys[word] === 'counterparts';
    mentions[i] =
      plural || ofOrganisation
        ? rawMention(place, { kind: 'name', type: 'ORG', key: `GRP|${actor}|${keys[word]}`, name, actor, country: x.country, agent, role: keys[word], rule: plural ? 'country-group-plural' : 'country-group', confidence: 0.7 })
        : rawMention(place, {
            kind: 'nominal',
            type: 'PERSON',
            key: '',
            name,
            actor: null,
            country: x.country,
            agent,
            role: (!roleAgent && holder?.type === 'PERSON' ? holder.role : null) ?? 'counterpart',
            categories: !roleAgent && holder?.type === 'PERSON' ? holder.categories : [],
            rule: 'role-description',
            confidence: 0.7,
          });
  }
  return mentions;
}

/**
 * The agent of the last role word with one ("soldiers" MIL, "businessmen" BUS, "minister" GOV: data/actors/roles.json)
 * standing between token `after` (exclusive) and token `before` in `before`'s sentence: the holder of whom a counterpart
 * is the counterpart when no coded mention names him ("PLA soldiers and their Pakistani counterparts").
 * @returns the agent code, or null
 */
function roleWordAgentBefore(view: DocView, res: EntityResources, before: number, after: number): string | null {
  const { doc, keys, sentenceOf } = view;
  const first = Math.max(after, doc.sentences[sentenceOf[before]].firstToken);
  for (let t = before - 1; t >= first; t--) {
    for (const match of matchAt(res.gazetteer, doc, keys, t, before)) {
      for (const e of match.phrase.entries) if ((e.kind === 'groupRole' || e.kind === 'personRole') && e.agent) return e.agent;
    }
  }
  return null;
}

/**
 * The last person, group or organisation with an agent that the sentence names before mention `i`: whose counterpart it
 * is. After "his"/"her" only a person or a group of people ("Japanese officials") qualifies, after "its" no person: "X,
 * speaking to the Nikkei, said his Chinese counterpart" is X's.
 * @param possessor the token key before the country word ("his", "its", "their" …)
 */
function holderBefore(mentions: readonly RawMention[], i: number, possessor: string): RawMention | undefined {
  const personal = possessor === 'his' || possessor === 'her';
  for (let k = i - 1; k >= 0 && mentions[k].sentence === mentions[i].sentence; k--) {
    const p = mentions[k];
    if (!p.agent || (p.type !== 'PERSON' && p.type !== 'ORG')) continue;
    if (personal && p.type === 'ORG' && !p.rule.startsWith('country-group')) continue;
    if (possessor === 'its' && p.type === 'PERSON') continue;
    return p;
  }
  return undefined;
}
