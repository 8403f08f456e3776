import type { DocView } from './doc-view.js';
import { retypedAsThing, VOUCHED_NAME_RULES, type RawMention } from './raw-mention.js';

/** Holidays, feasts and eras, lower case ("christmas", "new year", "holocaust"). */
const HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas', 'xmas', 'easter', 'halloween', 'thanksgiving', 'hanukkah', 'chanukah', 'passover', 'ramadan', 'eid',
  'diwali', 'pentecost', 'new year', 'good friday', 'boxing', 'yom kippur', 'rosh hashanah', 'mardi gras', 'holocaust',
]);

/**
 * Holidays and eras taken for persons, places or organisations ("Christmas", "Christmas Eve", "Merry
 * Christmas", "New Year", "the Holocaust"): a name mention that is a holiday ({@link HOLIDAYS}), with a
 * greeting before it ("Merry", "Happy") or "Eve", "Day", "Sunday" after it, is an event, entity type
 * `EVENT` with no actor code (rule `holiday-name`), which no NER scheme we evaluate counts as a person,
 * organisation or place. The tagger reads "Christmas" as a place, the given-name rules "Holocaust" as a
 * person.
 * Found on UNER English-EWT dev ("Holocaust" three times a person), GUM train and GENTLE ("Christmas Eve",
 * "New Year", "Merry Christmas").
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with holidays retyped, in the same order
 */
export function holidayNames(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  return mentions.map((m) => {
    if (m.kind !== 'name' || m.type === 'OTHER' || m.type === 'EVENT' || VOUCHED_NAME_RULES.has(m.rule) || m.actor !== null) return m;
    let a = m.tokStart;
    let b = m.tokEnd;
    if (b - a > 1 && (keys[a] === 'merry' || keys[a] === 'happy')) a++;
    if (b - a > 1 && (keys[b - 1] === 'eve' || keys[b - 1] === 'day' || keys[b - 1] === 'sunday')) b--;
    if (b - a > 1 && keys[b - 1] === "'s") b--;
    if (b - a > 2) return m;
    const words = b - a === 1 ? keys[a] : `${keys[a]} ${keys[a + 1]}`;
    if (!HOLIDAYS.has(words)) return m;
    return retypedAsThing(m, 'EVENT', 'holiday-name');
  });
}
