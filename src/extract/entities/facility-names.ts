import type { DocView } from './doc-view.js';
import { startsUpper } from './letter-case.js';
import { GUESSED_PERSON_RULES, rawMention, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';
import { sortByStart } from './sort-by-start.js';

/**
 * Head words of facility names that are no organisation cue words of the gazetteer (those change the NER tagger's
 * features): buildings, stations, roads, parks and monuments ("… Auditorium", "… Station", "… Road", "… Memorial").
 * Hotels, inns and restaurants are left out: the corpora type them as organisations or places as each writer chose;
 * libraries too, which GUM marks as institutions (organisations).
 */
const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'auditorium', 'garage', 'station', 'memorial', 'road', 'bridges', 'theater', 'theatre', 'mall', 'terminal',
  'gardens', 'park', 'boulevard', 'lane', 'highway', 'plaza', 'pier', 'monument', 'cemetery', 'zoo', 'aquarium',
]);

/** Most capitalised words before the head word ("Grand Central Terminal": two). */
const MAX_NAME_WORDS = 3;

/**
 * A capitalised name of one to three words ending in a capitalised facility word ({@link FACILITY_HEADS}: "Harlow
 * Auditorium", "Ferris Garage", "Quarry Road") that no mention covers is a facility, FAC (rule `facility-name`, no
 * actor). The NER tagger, trained mostly on news, misses most such names in web text (UNER English-EWT dev: eight
 * buildings, stations, roads and bridges of reviews and e-mails missed); GUM and UNER mark them as places.
 * Not read: a name opening its sentence (a title-case heading, "Gas Station Prices Rise"), a capitalised run that goes
 * on after the head word, with "of" or longer than four words ("Union Station Mall Cafe"), a run joined by a hyphen, a name
 * any other mention overlaps. A guessed person inside the name ("Ferris" of "Ferris Garage") goes, but not one that is the
 * whole name and opens with a given name ("Martin Lane", an actor: 1 of 22 firings over 600 BBC politics, entertainment
 * and sport articles; the other 21 were theatres, parks, grounds and a memorial).
 * @param view the article's DocView; `res` entity resources (`firstNames`, `givenNames`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such facilities added (a new array in text order)
 */
export function facilityNames(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys } = view;
  const surface = (t: number) => doc.text.slice(doc.starts[t], doc.ends[t]);
  const capitalised = (t: number) => startsUpper(surface(t)) && /^\p{L}/u.test(surface(t));
  let out: RawMention[] | null = null;
  for (const s of doc.sentences) {
    for (let h = s.firstToken + 1; h < s.endToken; h++) {
      if (!FACILITY_HEADS.has(keys[h]) || !capitalised(h)) continue;
      // the head ends the capitalised run, and the name does not go on with "of" ("… Park of the Nation")
      if (h + 1 < s.endToken && (capitalised(h + 1) || keys[h + 1] === '-' || keys[h + 1] === 'of')) continue;
      let a = h;
      while (a - 1 >= s.firstToken && h - (a - 1) <= MAX_NAME_WORDS && capitalised(a - 1)) a--;
      // no name word before the head, a run opening the sentence, or one longer than the limit
      if (a === h || a === s.firstToken || (a - 1 >= s.firstToken && (capitalised(a - 1) || keys[a - 1] === '-'))) continue;
      const inside: RawMention[] = [];
      let covered = false;
      for (const m of mentions) {
        if (m.tokEnd <= a || m.tokStart > h) continue;
        // a person guessed on a given name that is the whole name ("Martin Lane", an actor) stays a person
        const givenNamed = m.tokStart === a && m.tokEnd === h + 1 && (res.firstNames.has(keys[a]) || res.givenNames.has(keys[a]));
        if (m.tokStart >= a && m.tokEnd <= h + 1 && m.type === 'PERSON' && GUESSED_PERSON_RULES.has(m.rule) && !givenNamed) inside.push(m);
        else covered = true;
      }
      if (covered) continue;
      const name = doc.text.slice(doc.starts[a], doc.ends[h]);
      const m = rawMention(
        { start: doc.starts[a], end: doc.ends[h], tokStart: a, tokEnd: h + 1, sentence: s.index, evidence: [] },
        { kind: 'name', type: 'FAC', key: `FAC|${name.toLowerCase()}`, name, actor: null, country: null, agent: null, rule: 'facility-name', confidence: 0.6 },
      );
      out ??= [...mentions];
      if (inside.length > 0) out = out.filter((x) => !inside.includes(x));
      out.push(m);
    }
  }
  if (!out) return [...mentions];
  return sortByStart(out);
}
