import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Rules of a country name or demonym standing alone. */
const COUNTRY_RULES: ReadonlySet<string> = new Set(['country-name', 'demonym']);

/**
 * Rules of a capital city (a seat of government, as a place or as its government) standing alone: before an
 * organisation name ending in a cue word it opens that name too ("the London Metal Exchange": find-mentions.ts had
 * read "London" as the country's capital and "Metal Exchange" as a body of Britain, and an event welcoming the
 * exchange's decision took London, GBR, as its target; fresh-eyes review 21 on Reuters-21578 reut2-010).
 */
const CAPITAL_RULES: ReadonlySet<string> = new Set(['capital-location', 'seat-metonym']);

/**
 * Words that make a body named after a country one that works on that country rather than one of it, when they
 * come right before its last word ("the Iraq Study Group", a US panel; "the Iraq Survey Group"; "the Balkans
 * Contact Group"; "a Darfur Task Force"; "the Tibet Support Group"): after a country NAME (not a demonym: "the
 * Iranian Study Group" is Iranian) the name is still widened, but the country is not given to it.
 * Found by a review of TempEval-3 newswire: the Iraq Study Group coded IRQ made Bush's meeting with it USAGOV → IRQ.
 */
const TOPIC_WORDS: ReadonlySet<string> = new Set(['study', 'survey', 'contact', 'working', 'task', 'support', 'solidarity', 'friendship', 'crisis', 'policy', 'watch']);

/**
 * A country name or demonym right before an organisation, facility or natural-feature name ending in a
 * cue word opens that name ("the British Museum", "the Indian Oil Building", "the US National Hurricane
 * Center", "the Palestine Contemporary Art Museum", "the American-Arab Discrimination Committee", "the
 * Iranian Foreign Ministry"), as in CoNLL, UNER and GUM: the name is widened over it (rule
 * `country-led-name`), takes its country when it had none (an organisation with an agent gets the actor
 * code, "Iranian Foreign Ministry" → IRNGOV), and the country mention goes. find-mentions.ts already joins
 * a demonym to a cue-word organisation it found itself ("Iraqi Islamic Party"); this covers facilities,
 * country names, hyphenated demonyms and the tagger's names. Only the cue-word rule's names ("Australian
 * Centre for Control of …") and tagger names whose last word is an organisation, facility or place cue word
 * (`res.orgCues`) are widened, when their first word is capitalised; a town or city name ("City of
 * Springfield") is left alone; a body that works on the country ({@link TOPIC_WORDS}: "Iraq Study Group") does not
 * take its country.
 * Found on UNER English-EWT dev ("Indian Oil Building", "Palestine Contemporary Art Museum").
 * @param view the article's DocView; `res` entity resources (`orgCues`)
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions with such names widened (new objects) and the country mentions inside dropped
 */
export function widenCountryLedNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, sentenceOf } = view;
  const dropped = new Set<number>();
  const widened = new Map<number, RawMention>();
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== 'name' || (m.type !== 'ORG' && m.type !== 'FAC' && m.type !== 'LOC')) continue;
    if (m.rule !== 'cue-word-name' && m.rule !== 'ner-tagger') continue;
    // The cue-word rule found a cue word in its name ("Centre for Control of …"); a tagger span must end in one.
    const cue = res.orgCues.get(keys[m.tokEnd - 1]);
    if (m.rule !== 'cue-word-name' && (!cue || cue.type === 'GPE')) continue;
    if (cue?.type === 'GPE' || !startsUpper(doc.text.slice(doc.starts[m.tokStart], doc.ends[m.tokStart]))) continue;
    const c = mentions[k - 1];
    const capital = CAPITAL_RULES.has(c.rule) && c.type === 'GPE';
    if ((!COUNTRY_RULES.has(c.rule) && !capital) || c.kind !== 'name' || dropped.has(k - 1) || sentenceOf[c.tokStart] !== sentenceOf[m.tokStart]) continue;
    // Adjacent ("US National Hurricane Center") or joined by a hyphen without spaces ("American-Arab …").
    const between = doc.text.slice(c.end, m.start);
    if (between !== ' ' && between !== '-') continue;
    const topical = c.rule === 'country-name' && m.tokEnd - m.tokStart >= 2 && TOPIC_WORDS.has(keys[m.tokEnd - 2]);
    // a topical body's country, even one an earlier step gave its last words from the country beside them, is none
    const country = topical ? null : m.country ?? c.country;
    const name = doc.text.slice(c.start, m.end);
    dropped.add(k - 1);
    widened.set(k, copyMention(m, {
      start: c.start,
      tokStart: c.tokStart,
      name,
      key: `${m.type}|${name.toLowerCase()}`,
      country,
      actor: topical ? null : m.actor ?? (m.type === 'ORG' && country && m.agent ? country + m.agent : null),
      evidence: m.evidence,
      rule: 'country-led-name',
    }));
  }
  if (widened.size === 0) return [...mentions];
  return mentions.flatMap((m, k) => (dropped.has(k) ? [] : [widened.get(k) ?? m]));
}
