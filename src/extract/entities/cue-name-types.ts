import type { DocView } from './doc-view.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * Christian denominations whose "… Church" is the church as an organisation ("the Catholic Church",
 * "the Russian Orthodox Church", "the United Methodist Church"), besides the religious groups of
 * `res.groups` ("Coptic", "Protestant").
 */
const DENOMINATIONS: ReadonlySet<string> = new Set(['orthodox', 'anglican', 'methodist', 'baptist', 'lutheran', 'presbyterian', 'episcopal', 'evangelical', 'pentecostal', 'mormon', 'reformed', 'apostolic', 'adventist', 'unification', 'catholic', 'protestant', 'coptic', 'armenian', 'syriac', 'maronite', 'moravian', 'mennonite', 'scientology']);

/** Words that open the name of a church building after "Church of" ("Church of St Mary", "Church of the Holy Sepulchre", "Church of Our Lady"). */
const BUILDING_AFTER_OF: ReadonlySet<string> = new Set(['st', 'st.', 'saint', 'sainte', 'san', 'santa', 'holy', 'our', 'the']);

/**
 * Corrects the type of capitalised names that the rules typed by a facility word (rule
 * "cue-word-name", `find-mentions.ts`): a church named by its denomination or "Church of" a faith ("the
 * Catholic Church", "Greek Orthodox Church", "Church of Scientology", "Church of England") is the
 * organisation, not a building; "St Mary's Church", "Church of the Holy Sepulchre" stay facilities. A
 * "Centre for …"/"Center for …" is an institution ("Centre for Control of Iodine Deficiency Disorders",
 * "Center for Strategic and International Studies"), an organisation, not a building.
 * Found on GUM news (train and dev documents, with a tagger trained without GUM).
 * @param view the article's DocView; `raw` rule mentions in text order (not modified)
 * @returns the mentions, corrected ones replaced by copies
 */
export function retypeCueNames(view: DocView, res: EntityResources, raw: readonly RawMention[]): RawMention[] {
  return raw.map((m) => {
    if (m.rule !== 'cue-word-name' || m.type === 'ORG' || m.type === 'PERSON') return m;
    if (churchOrganisation(view, res, m.tokStart, m.tokEnd) || centreFor(view, m.tokStart, m.tokEnd)) return copyMention(m, { type: 'ORG', key: `ORG|${m.name.toLowerCase()}` });
    return m;
  });
}

/** Whether the name over tokens `[a, b)` holds "Centre for" / "Center for" (an institution). */
function centreFor(view: DocView, a: number, b: number): boolean {
  const { keys } = view;
  for (let i = a; i < b - 1; i++) if ((keys[i] === 'centre' || keys[i] === 'center') && keys[i + 1] === 'for') return true;
  return false;
}

/**
 * Whether the name over tokens `[a, b)` names a church as an organisation: "Church" preceded by a
 * denomination or religious group word, or "Church of" followed by no saint or "Holy"/"Our Lady".
 */
export function churchOrganisation(view: DocView, res: EntityResources, a: number, b: number): boolean {
  const { keys } = view;
  const isFaith = (k: string) => DENOMINATIONS.has(k) || res.groups.get(k)?.kind === 'religious';
  if (keys[b - 1] === 'church' && b - 2 >= a && isFaith(keys[b - 2])) return true;
  for (let i = a; i < b - 2; i++) {
    if (keys[i] === 'church' && keys[i + 1] === 'of') return !BUILDING_AFTER_OF.has(keys[i + 2]);
  }
  return false;
}
