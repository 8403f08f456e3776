import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { countryCounts, mostNamedReading } from './context-names.js';
import { normaliseName } from './actor-kb.js';
import { majorityCountry } from './majority-country.js';

/** The last word of a title that leads a party rather than an office: "Tory leader", "Labour Party chairman". */
const PARTY_OFFICES: ReadonlySet<string> = new Set(['leader', 'chairman', 'chairwoman', 'chair']);

/** Words that make a title an opposition one: "Shadow Home Secretary", "Opposition leader". */
const OPPOSITION_WORDS: ReadonlySet<string> = new Set(['shadow', 'opposition']);

/** Parts of speech of a portfolio word written in lower case ("local government", "education", "home"): wink-nlp tags. */
const PORTFOLIO_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);

/**
 * True when "shadow" or "opposition" stands right before the title at `t`, or before up to two words of the post's
 * name that the title left out, capitalised or not: "Shadow Treasury chief secretary George Osborne" (BBC politics
 * 361, 2005: the title is "chief secretary"; he was coded GBRGOV by his later office), "Tory shadow local government
 * secretary" (BBC politics 339: the title is "secretary"; coded GBRGOV). A word in lower case must be a noun or an
 * adjective ({@link PORTFOLIO_POS}), so a preposition or article ends the search: "opposition from health secretary
 * X" and "opposition to the foreign secretary X" name no opposition post.
 */
function shadowBefore(view: DocView, t: number, sentence: number): boolean {
  const { doc, keys } = view;
  for (let k = t - 1; k >= 0 && k >= t - 3 && view.sentenceOf[k] === sentence; k--) {
    if (OPPOSITION_WORDS.has(keys[k])) return true;
    if (!/^\p{Lu}/u.test(doc.text.slice(doc.starts[k], doc.starts[k] + 1)) && !PORTFOLIO_POS.has(doc.pos[k])) return false;
  }
  return false;
}

/**
 * Codes the people whose title names a party post or an opposition post, which the role words alone code as
 * government (roles.json: "leader" is GOV, "Home Secretary" GOV):
 * - a title opening or closing on "shadow" or "opposition" ("Shadow Home Secretary David Davis", "Opposition leader
 *   Michael Howard") gives agent OPP (CAMEO actor codebook: opposition), with the person's country, else the party's
 *   named in the title, else the country of more than half of the article's mentions, else none;
 * - a party named in a title that ends in a party office ("Tory leader Michael Howard", "Lib Dem leader Charles
 *   Kennedy"; {@link PARTY_OFFICES}) gives agent PTY (CAMEO: political party) and the party's country. The party is
 *   a mention coded PTY inside the title, or a context name (data/actors/context-names.json: "Tory", "Labour") read
 *   for the country the article's mentions name most, as context-names.ts reads it.
 * A known office holder is left to the office held on the article's date (build-entities.ts: "Labour leader Tony
 * Blair" in 2005 is GBRGOV), unless the title is an opposition one: "Shadow Treasury chief secretary George Osborne"
 * in 2005 is GBROPP (Chancellor only from 2010).
 * Found in a review of BBC politics (2004–05): Michael Howard, Charles Kennedy, Alex Salmond and Simon Hughes coded
 * GBRGOV, Theresa May ("Shadow Secretary…") GBRGOV.
 * @param view the article's DocView; `res` entity resources (`contextNames`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions, titled persons of party and opposition posts recoded
 */
export function partyTitles(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  let counts: Map<string, number> | null = null;
  let out: RawMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.rule !== 'titled-person' || m.evidence.length === 0) continue;
    // a known office holder is coded by the office held on the article's date (build-entities.ts), unless the title
    // says he is in opposition then (below)
    const known = res.actors.has(normaliseName(m.personTokens.join(' ')));
    const title = m.evidence[0];
    if (title.end > m.start) continue;
    // the title's tokens: step back from the name while inside the title span (titles are short)
    let t = m.tokStart;
    while (t > 0 && m.tokStart - t < 8 && doc.starts[t - 1] >= title.start) t--;
    if (t === m.tokStart) continue;
    // "Shadow" is dropped from the title's start by dropWordsBeforeTitles: look one token before it too
    const opposition = OPPOSITION_WORDS.has(keys[t]) || shadowBefore(view, t, m.sentence) || OPPOSITION_WORDS.has(keys[m.tokStart - 1]);
    const partyOffice = PARTY_OFFICES.has(keys[m.tokStart - 1]);
    if (!opposition && (!partyOffice || known)) continue;
    // the party: inside the title, or right before it ("Tory" is no part of the title "leader")
    let party: { country: string | null } | null = null;
    for (const o of mentions) {
      if (o.agent === 'PTY' && o.sentence === m.sentence && o.tokEnd >= t && o.end <= title.end) party = o;
    }
    for (let a = Math.max(0, t - 1); !party && a <= t && a < m.tokStart; a++) {
      if (view.sentenceOf[a] !== m.sentence) continue;
      const readings = res.contextNames.get(keys[a]);
      const reading = readings ? mostNamedReading(readings, (counts ??= countryCounts(mentions))) : null;
      // "Commons leader Peter Hain", "Lords Leader Baroness Amos": a chamber's leader is a government post
      if (reading?.actor.endsWith('PTY')) party = reading;
      // "Conservative leader Michael Howard" where the article names the Conservative Party ("Tory MP …" is read as
      // it): the first word of a party the article names (BBC politics 410, 2005: Howard was GBRGOV)
      if (!party) party = mentions.find((o) => o.agent === 'PTY' && o.country !== null && normaliseName(o.name).split(' ')[0] === keys[a] && o.name.includes(' ')) ?? null;
    }
    let agent: string;
    let country: string | null;
    if (opposition) [agent, country] = ['OPP', m.country ?? party?.country ?? majorityCountry((counts ??= countryCounts(mentions)))];
    else if (party) [agent, country] = ['PTY', party.country];
    else continue;
    (out ??= [...mentions])[i] = copyMention(m, { agent, country, actor: country ? country + agent : null });
  }
  return out ?? [...mentions];
}
