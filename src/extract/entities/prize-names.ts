import type { DocView } from './doc-view.js';
import { retypedAsThing, VOUCHED_NAME_RULES, type RawMention } from './raw-mention.js';

/** Last words of prize and award names: such a name is a thing given, type OTHER ("Booker Prize", "Academy Awards"). */
const PRIZE_HEADS: ReadonlySet<string> = new Set(['prize', 'prizes', 'award', 'awards', 'medal', 'trophy']);

/** Last words of contest and festival names: such a name is an event, type EVENT ("World Cup", "Winter Olympics"). */
const CONTEST_HEADS: ReadonlySet<string> = new Set(['cup', 'championship', 'championships', 'olympics', 'games', 'festival', 'tournament']);

/**
 * Names of prizes, contests and festivals taken for organisations, places or persons ("Booker Prize",
 * "Pritzker Architecture Prize", "FIFA World Cup", "City Lantern Festival", "Northern Arena Esports
 * Championship"): a name of two or more words ending in a prize word ({@link PRIZE_HEADS}) becomes an `OTHER`
 * entity, one ending in a contest word ({@link CONTEST_HEADS}) an `EVENT`, both with no actor code (rule
 * `prize-name`); CoNLL tags them MISC, and no name of UNER English-EWT dev, GUM train/dev, GENTLE or
 * re3d train ending in these words is a person, organisation or place (GUM's "League", "Conference",
 * "Summit" names are, so those words are not in the lists). Known organisations and titled names are left
 * alone.
 * Found on GUM train news ("Booker Prize", "FIFA World Cup", "City Lantern Festival").
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such names retyped, in the same order
 */
export function prizeNames(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  return mentions.map((m) => {
    if (m.kind !== 'name' || m.type === 'OTHER' || m.type === 'EVENT' || m.tokEnd - m.tokStart < 2 || VOUCHED_NAME_RULES.has(m.rule) || m.actor !== null) return m;
    const last = keys[m.tokEnd - 1];
    const type = PRIZE_HEADS.has(last) ? 'OTHER' : CONTEST_HEADS.has(last) ? 'EVENT' : null;
    if (!type) return m;
    return retypedAsThing(m, type, 'prize-name');
  });
}
