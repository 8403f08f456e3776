import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { copyMention, type RawMention } from './raw-mention.js';
import { KNOWN_ORGANISATION_RULE } from './central-banks.js';
import type { EntityResources } from './resources.js';
import { storyCountries, type StoryCountries } from './office-countries.js';

/** Capitalised words that make an organisation's name a government department: "Finance Ministry", "Labor Department". */
const DEPARTMENT_WORDS: ReadonlySet<string> = new Set(['ministry', 'department']);

/**
 * Words of a department's name that make it no ministry of the state: a fire department, a university's, a shop's
 * ("Department Stores"): they keep their own code or none. A police department is coded as the police (agent COP).
 */
const NOT_STATE_WORDS: ReadonlySet<string> = new Set([
  'fire', 'sheriff', "sheriff's", 'store', 'stores', 'university', 'college', 'school', 'hospital', 'county', 'city',
]);

/**
 * Words of a state portfolio, one of which a ministry's or department's name must hold ("Finance Ministry", "Department
 * of Trade and Industry", "Labor Department"): "the Ministry of Sound" (a club) or "the Department of Physics" (a
 * university's) hold none. A bare "the Ministry" / "the Department" needs none.
 */
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'finance', 'financial', 'foreign', 'trade', 'labor', 'labour', 'commerce', 'justice', 'interior', 'home', 'defence', 'defense',
  'health', 'education', 'agriculture', 'agricultural', 'energy', 'transport', 'transportation', 'treasury', 'economy',
  'economic', 'economics', 'industry', 'industries', 'information', 'culture', 'environment', 'housing', 'state', 'internal',
  'external', 'mines', 'mining', 'petroleum', 'oil', 'planning', 'communications', 'telecommunications', 'fisheries', 'food',
  'social', 'welfare', 'employment', 'tourism', 'works', 'water', 'forestry', 'international', 'development', 'construction',
  'technology', 'security', 'war', 'navy', 'police', 'affairs', 'revenue', 'budget', 'customs', 'immigration', 'aviation',
  'shipping', 'posts', 'supply', 'supplies', 'commodities', 'resources', 'irrigation', 'veterans', 'land', 'lands',
]);


/**
 * Codes a ministry or department of state named with no actor code — "the Finance Ministry", "the Labor Department",
 * "the Ministry of International Trade and Industry" — as its government: CAMEO agent GOV ("the executive and its
 * divisions", CAMEO manual 1.1b3, Table 3.1), with the country named in the name or right before it ("Taiwan's Labor
 * Department", "the Japanese Finance Ministry", "the U.S. Commerce Department"), else the country the story is about
 * (office-countries.ts {@link storyCountries}: the dateline's, else the majority of its names); with none, agent GOV
 * and no country. An organisation of the knowledge base keeps its code (central-banks.ts {@link KNOWN_ORGANISATION_RULE}), and so does a police, fire, county, city or
 * school department ({@link NOT_STATE_WORDS}) and one whose name holds no portfolio word ({@link PORTFOLIO_WORDS}: "the
 * Ministry of Sound", "the Department of Physics"); a police department is the police, agent COP ("the Los Angeles
 * Police Department" USACOP in a story about the United States), and a defence ministry or department the military,
 * agent MIL, as the role lexicon codes "defense ministry" (data/actors/roles.json). Rule `<rule>+government-department`. Reuters-21578 reut2-005 names
 * "the Finance Ministry", "the Trade Ministry", "the Labor Department" in stories datelined at the capital with no code,
 * so their statements had no actor and `quotes --actor` missed them.
 * @param view the article's DocView
 * @param _res entity resources (unused: the step list's signature)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions, such departments coded (new objects), in the same order
 */
export function governmentDepartments(view: DocView, _res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  let story: StoryCountries | undefined;
  let out: RawMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // (the cue word "Ministry" or "Department" may have given the agent GOV with no country)
    if (m.kind !== 'name' || m.type !== 'ORG' || m.actor !== null || (m.agent !== null && m.agent !== 'GOV') || KNOWN_ORGANISATION_RULE.test(m.rule)) continue;
    let department = false;
    let police = false;
    let defence = false;
    let state = true;
    for (let k = m.tokStart; k < m.tokEnd; k++) {
      if (DEPARTMENT_WORDS.has(keys[k]) && startsUpper(doc.text.slice(doc.starts[k], doc.ends[k]))) department = true;
      if (keys[k] === 'police') police = true;
      else if (keys[k] === 'defense' || keys[k] === 'defence') defence = true;
      else if (NOT_STATE_WORDS.has(keys[k])) state = false;
    }
    if (!department || !state || NOT_STATE_WORDS.has(keys[m.tokEnd] ?? '')) continue;
    let portfolio = m.tokEnd - m.tokStart === 1;
    for (let k = m.tokStart; k < m.tokEnd && !portfolio; k++) portfolio = PORTFOLIO_WORDS.has(keys[k]);
    if (!portfolio) continue;
    const country = m.country ?? countryBefore(view, mentions, i) ?? (story ??= storyCountries(mentions)).about;
    // a police department is the police (CAMEO agent COP), a defence ministry the military (MIL, as data/actors/roles.json
    // codes "defense ministry" and "defense department")
    const agent = police ? 'COP' : defence ? 'MIL' : 'GOV';
    (out ??= [...mentions])[i] = copyMention(m, { agent, country, actor: country ? country + agent : null, rule: `${m.rule}+government-department` });
  }
  return out ?? [...mentions];
}

/**
 * The country of a country or people named right before mention `i` ("Taiwan's Labor Department": "Taiwan" and "'s";
 * "the Japanese Finance Ministry": "Japanese"), or null.
 */
function countryBefore(view: DocView, mentions: readonly RawMention[], i: number): string | null {
  const m = mentions[i];
  const prev = i > 0 ? mentions[i - 1] : undefined;
  if (!prev || !prev.country || prev.sentence !== m.sentence || (prev.type !== 'GPE' && prev.type !== 'NORP')) return null;
  const gap = m.tokStart - prev.tokEnd;
  if (gap === 0) return prev.country;
  return gap === 1 && /^['\u2019]s$/.test(view.keys[prev.tokEnd]) ? prev.country : null;
}
