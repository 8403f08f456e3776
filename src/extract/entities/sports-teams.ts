import type { DocView } from './doc-view.js';
import { matchWords } from './gazetteer.js';
import { copyMention, type RawMention } from './raw-mention.js';
import { exactPlaces } from './place-names.js';
import type { EntityResources } from './resources.js';

/**
 * Words that only sports reports use often: an article with at least {@link MIN_SPORTS_WORDS} different
 * ones is a sports report. Lower-case token keys.
 */
const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'striker', 'strikers', 'midfielder', 'midfielders', 'defender', 'defenders', 'goalkeeper', 'goalkeepers', 'penalty', 'penalties',
  'referee', 'squad', 'tournament', 'semi-final', 'semi-finals', 'quarter-final', 'quarter-finals', 'semifinal', 'quarterfinal',
  'scored', 'goal', 'goals', 'equaliser', 'equalizer', 'half-time', 'halftime', 'kick-off', 'stoppage', 'knockout', 'league',
  'stadium', 'fixture', 'fixtures', 'innings', 'wicket', 'wickets', 'touchdown', 'playoffs', 'play-off', 'medal', 'medals',
  'championship', 'match', 'matches', 'coach', 'captain', 'header', 'substitute', 'tackle', 'offside',
]);

/** Distinct sports words that make an article a sports report. */
const MIN_SPORTS_WORDS = 6;

/** The length of the shortest word of {@link SPORTS_WORDS} ("goal"): shorter tokens ("the", ",") skip the lookup. */
const MIN_SPORTS_WORD_LENGTH = Math.min(...[...SPORTS_WORDS].map((w) => w.length));

/** Words before a country that make it the place, not the team ("in Russia", "fans from Sweden"). */
const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'of', 'across', 'throughout', 'around', 'inside', 'outside', 'within', 'visit', 'visited', 'visiting']);

/** Home nations that field their own teams, besides the countries of the gazetteer. */
const HOME_NATIONS: ReadonlySet<string> = new Set(['england', 'scotland', 'wales', 'northern ireland']);

/**
 * In a sports report ("England beat Sweden 2-0", "Belgium's Eden Hazard scored"), a country named
 * other than as a place is its national team: an organisation with no actor code, so that a match
 * result is no state-to-state event. Countries after a place word ("in Russia", "fans from Sweden")
 * stay places. Likewise a known town (no first-level region) or a name ending in "City" named other than
 * as a place is its club ("Napoli beat Benevento", "Manchester City's striker"; rule "town-club", not
 * before a hyphen: "the London-based sponsor"); over 511 BBC sport reports it fired 75 times, right but
 * for players named like towns ("Southgate", "Sutton"; places before) and the town of a longer club name
 * ("Real Madrid"). A sports report is an article with six or more different words of
 * {@link SPORTS_WORDS}. GUM's annotation agrees (its World Cup report marks the teams as organisations;
 * GENTLE's football report its clubs).
 * @param view the article's DocView; `res` entity resources (the gazetteer's countries)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions, countries and towns acting as teams replaced by organisation mentions (rules "national-team", "town-club")
 */
export function nationalTeams(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const seen = new Set<string>();
  for (let i = 0; i < doc.tokenCount && seen.size < MIN_SPORTS_WORDS; i++) if (keys[i].length >= MIN_SPORTS_WORD_LENGTH && SPORTS_WORDS.has(keys[i])) seen.add(keys[i]);
  if (seen.size < MIN_SPORTS_WORDS) return [...mentions];
  return mentions.map((m) => {
    if (m.kind !== 'name' || m.type !== 'GPE') return m;
    const country = namesCountry(view, res, m);
    // "Napoli beat Benevento", "Manchester City's striker": a town named other than as a place is its club.
    if (!country && (!isTown(view, res, m) || keys[m.tokEnd] === '-')) return m;
    const before = m.tokStart > 0 && view.sentenceOf[m.tokStart - 1] === m.sentence ? keys[m.tokStart - 1] : '';
    const before2 = before === 'the' && m.tokStart > 1 ? keys[m.tokStart - 2] : '';
    if (PLACE_WORDS.has(before) || PLACE_WORDS.has(before2)) return m;
    const surface = doc.text.slice(m.start, m.end);
    if (!country) return copyMention(m, { type: 'ORG', key: `ORG|club:${surface.toLowerCase()}`, name: surface, actor: null, agent: null, country: null, role: 'club', rule: 'town-club', confidence: 0.55 });
    return copyMention(m, { type: 'ORG', key: `ORG|team:${m.country ?? surface.toLowerCase()}`, name: surface, actor: null, agent: null, role: 'national team', rule: 'national-team', confidence: 0.6 });
  });
}

/**
 * Whether a place mention is a town: exactly a known town of the place list (no first-level region:
 * "Texas" fields no club), or a name ending in "City" ("Manchester City").
 */
function isTown(view: DocView, res: EntityResources, m: RawMention): boolean {
  if (view.keys[m.tokEnd - 1] === 'city' && m.tokEnd - m.tokStart >= 2) return true;
  return !res.regionNames.has(m.name.toLowerCase()) && exactPlaces(view, res, m.tokStart, m.tokEnd).length > 0;
}

/** Whether a place mention is exactly a country of the gazetteer or a home nation ("England"). */
function namesCountry(view: DocView, res: EntityResources, m: RawMention): boolean {
  const { doc, keys } = view;
  if (m.rule === 'country-name' || m.rule === 'ner-tagger+country') return true;
  const words: string[] = [];
  for (let i = m.tokStart; i < m.tokEnd; i++) words.push(doc.text.slice(doc.starts[i], doc.ends[i]));
  if (HOME_NATIONS.has(words.join(' ').toLowerCase())) return true;
  return matchWords(res.gazetteer, words, keys.slice(m.tokStart, m.tokEnd), 0, words.length).some((x) => x.end === words.length && x.phrase.entries.some((e) => e.kind === 'country'));
}
