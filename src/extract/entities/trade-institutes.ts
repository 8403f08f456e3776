import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';

/** Commodities and trades whose "… Institute" is a body of that trade ("Coffee", "Petroleum", "Iron and Steel"). */
const TRADE_WORDS: ReadonlySet<string> = new Set([
  'coffee', 'cocoa', 'sugar', 'tea', 'rubber', 'cotton', 'wool', 'grain', 'wheat', 'rice', 'soybean', 'soybeans', 'meat',
  'pork', 'beef', 'dairy', 'petroleum', 'oil', 'gas', 'coal', 'iron', 'steel', 'zinc', 'copper', 'aluminium', 'aluminum',
  'tin', 'nickel', 'paper', 'timber', 'lumber', 'cement', 'tobacco', 'textile', 'textiles', 'fertilizer', 'fertiliser',
  'electric', 'mortgage', 'insurance',
]);

/** Words that make an institute one of learning or research after all ("Rubber Research Institute", "Institute of Petroleum Studies"). */
const LEARNING_WORDS: ReadonlySet<string> = new Set([
  'research', 'studies', 'study', 'science', 'sciences', 'technology', 'technological', 'polytechnic', 'university',
  'college', 'academy', 'education', 'training', 'engineering', 'engineers', 'medical', 'medicine', 'health',
]);

/**
 * An institute named after a commodity or trade — "the Brazilian Coffee Institute", "the American Petroleum
 * Institute", "the American Iron and Steel Institute", "the Edison Electric Institute" — is a body of that trade (its
 * producers' association or marketing board), not a place of learning: the cue word "Institute" gave it agent EDU
 * (BRAEDU). Such an organisation name (agent EDU, holding "institute" and a word of {@link TRADE_WORDS}, none of
 * {@link LEARNING_WORDS}) takes agent BUS, CAMEO's agent for business and trade bodies (CAMEO manual 1.1b3, Table 3.1),
 * with its country when it has one (rule `<rule>+trade-institute`). Found on Reuters-21578 commodity reports.
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @returns the mentions, such institutes recoded (new objects), in the same order
 */
export function tradeInstitutes(view: DocView, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  let out: RawMention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== 'name' || m.type !== 'ORG' || m.agent !== 'EDU') continue;
    let institute = false;
    let trade = false;
    let learning = false;
    for (let i = m.tokStart; i < m.tokEnd; i++) {
      institute ||= keys[i] === 'institute';
      trade ||= TRADE_WORDS.has(keys[i]);
      learning ||= LEARNING_WORDS.has(keys[i]);
    }
    if (institute && trade && !learning) (out ??= [...mentions])[k] = copyMention(m, { agent: 'BUS', actor: m.country ? `${m.country}BUS` : null, rule: `${m.rule}+trade-institute` });
  }
  return out ?? [...mentions];
}
