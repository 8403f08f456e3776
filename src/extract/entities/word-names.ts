import type { DocView } from './doc-view.js';
import { isBusinessHead } from './business-names.js';
import { isInstrumentWord } from './law-names.js';
import { exactPlaces } from './place-names.js';
import { copyMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/**
 * A capitalised run whose given name is also an ordinary word ("Job Title", "Olive Garden", "Bear
 * Stearns", "Law Lords", "My Family") is no evidence of a person by itself: the rule's person guess
 * (rule `given-name`) becomes a weak guess (rule `capitalised-name`), so the NER tagger's reading of
 * the same words wins (`mergeTaggedMentions`: an organisation, a person, or nothing) and an unconfirmed
 * guess stands only when the article names that person elsewhere (build-entities.ts). A guess followed
 * by a comma and a role word stays a person ("Grant Dean, chair of …"), and so does a known town's name
 * ("Palm Beach"), which the place-name step reads by the article's country (place-names.ts). A guess ending in a word
 * no person's name ends in ("… Space Telescope", "… Prize", "… Road") is weak too, and so is one opening with a
 * given name outside the common ones ({@link rareGivenName}: "Gare Montparnasse", "Florida Keys"). Run before the tagger's spans
 * are merged. The word list is `res.wordNames` (given names news text mostly writes in lower case;
 * data/actors/word-names.json). Read over 1,000 BBC articles: of 90 changed mentions one real person
 * was lost before the apposition check, the rest were titles, clubs, companies and phrases.
 * @param view the article's DocView; `res` entity resources (`wordNames`, `gazetteer`)
 * @param raw rule mentions in text order (not modified)
 * @returns the mentions, with such person guesses weakened (new objects; others as they were)
 */
export function weakenWordNamePersons(view: DocView, res: EntityResources, raw: readonly RawMention[]): RawMention[] {
  return raw.map((m) =>
    m.rule === 'given-name' && m.personTokens.length > 0 && (((res.wordNames.has(m.personTokens[0]) || rareGivenName(view, res, m)) && !roleApposition(view, res, m.tokEnd) && exactPlaces(view, res, m.tokStart, m.tokEnd).length === 0) || NON_PERSON_HEADS.has(view.keys[m.tokEnd - 1]))
      ? copyMention(m, { weak: true, rule: 'capitalised-name', confidence: Math.min(m.confidence, 0.5) })
      : m,
  );
}

/**
 * Whether person guess `m` opens with a given name outside the common ones (`res.commonGivenNames`, the
 * 391 given names of data/actors/given-names.json): the 8,849 English first names of the stdlib lists
 * (`res.firstNames`) hold words that open many other names ("Gare Montparnasse", "Bay View", "Florida Keys",
 * "Hyatt Regency Houston", "Al Huwayjah", "Royal Family", "Welsh MPs", "Sheffield Hallam"), so such a guess is
 * left to the tagger. Names ending in a trade word ("El Paso Energy", business-names.ts) or an instrument word
 * ("Marshall Plan", law-names.ts) stay, since later steps read them. Found on UNER English-EWT dev folds
 * (reviews, answers) and re3d train (Iraqi and Syrian places opening with "Al", "Ayn").
 */
function rareGivenName(view: DocView, res: EntityResources, m: RawMention): boolean {
  const last = view.keys[m.tokEnd - 1];
  return !res.commonGivenNames.has(m.personTokens[0]) && !isInstrumentWord(last) && !isBusinessHead(last);
}

/**
 * Last words of capitalised names that no person has ("James Webb Space Telescope", "York Outer Ring
 * Road", "Stirling Prize", "Roman Empire", "North America", "LA Weekly"): a given-name guess ending in
 * one is weak, so the tagger decides. Found on GUM train (with a tagger that had not seen GUM).
 */
const NON_PERSON_HEADS: ReadonlySet<string> = new Set(['road', 'turnpike', 'highway', 'shelf', 'telescope', 'prize', 'medal', 'award', 'awards', 'empire', 'coast', 'series', 'world', 'society', 'farm', 'minster', 'america', 'europe', 'africa', 'asia', 'weekly', 'daily', 'catholic', 'catholicism', 'station', 'park', 'square', 'festival', 'cup', 'games', 'day', 'trophy', 'theatre', 'theater', 'gallery', 'library', 'museum', 'stadium', 'arena']);

/**
 * A one-word "person" that is an ordinary word opening a title ("Shadow foreign secretary Liam Fox",
 * "Shadow Home Secretary …" at a sentence start, where the tagger or the capitalised-run rule takes
 * "Shadow" for a name) is no mention: it is dropped when its word is in `res.wordNames` and a person
 * role phrase of the gazetteer follows it. Runs after the tagger's spans are merged.
 * @param view the article's DocView; `res` entity resources (`wordNames`, `gazetteer`)
 * @param mentions merged mentions in text order (not modified)
 * @returns the mentions without such words
 */
export function dropWordsBeforeTitles(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { keys } = view;
  return mentions.filter((m) => {
    if (m.type !== 'PERSON' || m.kind !== 'name' || m.tokEnd - m.tokStart !== 1 || !res.wordNames.has(keys[m.tokStart])) return true;
    const b = m.tokEnd;
    const role = res.gazetteer.get(keys[b])?.some((p) => p.entries.some((e) => e.kind === 'personRole') && p.keys.every((k, i) => b + i < keys.length && keys[b + i] === k));
    return !role;
  });
}

/** Role heads that the gazetteer lists only in longer phrases or not at all ("chair of the committee"). */
const EXTRA_ROLE_WORDS = new Set(['chair', 'chairperson', 'member', 'owner', 'partner', 'founder', 'author', 'actor', 'actress', 'singer', 'player', 'coach', 'manager']);

/**
 * Whether a comma and, within its next four words, a person role word follow token `end` ("Grant
 * Dean, chair of …", "…, a spokeswoman for …", "…, the club's new manager"): a role apposition.
 */
function roleApposition(view: DocView, res: EntityResources, end: number): boolean {
  const { keys, sentenceOf } = view;
  if (end >= keys.length || keys[end] !== ',') return false;
  for (let i = end + 1; i < Math.min(keys.length, end + 5) && sentenceOf[i] === sentenceOf[end]; i++) {
    const k = keys[i];
    if (k === ',' || k === 'of') return false;
    if (EXTRA_ROLE_WORDS.has(k) || res.jobTitleWords.has(k) || res.gazetteer.get(k)?.some((p) => p.keys.length === 1 && p.entries.some((e) => e.kind === 'personRole'))) return true;
  }
  return false;
}
