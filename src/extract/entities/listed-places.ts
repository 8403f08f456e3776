import type { DocView } from './doc-view.js';
import { GUESSED_PERSON_RULES, retypedFromPerson, type RawMention } from './raw-mention.js';
import type { EntityResources } from './resources.js';

/** Plural nouns of places after "and other": "Zummar and other towns". */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['cities', 'towns', 'villages', 'places', 'areas', 'regions', 'provinces', 'districts', 'countries', 'states', 'capitals', 'suburbs', 'islands', 'ports']);

/** Words joining the items of a list. */
const JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or']);

/** The fewest other places a list must name besides the guessed person. */
const MIN_OTHER_PLACES = 2;

/** How many words a guessed person in a list of places may have ("Tuz", "Kafr Qasim"). */
const MAX_WORDS = 2;

const isPlace = (x: RawMention) => x.kind === 'name' && (x.type === 'GPE' || x.type === 'LOC');

/**
 * A guessed person name (the tagger's, not a weak capitalisation guess: no title, honorific or known person) that
 * stands in a list of places — "nine dead in Kirkuk, Hawija and Zummar", "offices in Leeds, York or Halden" — or before
 * "and other cities" ("if Zummar and other towns fall") names a place: retyped GPE (rule `listed-place`). A list here is
 * a run of names joined by commas, "and" or "or" in one sentence, with "and" or "or" before its last item; besides the
 * guess it must hold at least two places and nothing but places. A name after a list's last item and a comma is none of
 * it ("talks between Kirkuk and Hawija, Zummar said": a speaker). Left alone: a first word that is a given name
 * ("Charlotte"), names of more than two words, lists of two ("Israel and Abbas" is no list of places), and weak guesses,
 * which later steps drop (a month after a town and its country in a date line is no place).
 * Found in the UNER English-EWT dev error study (2026-12-01): towns the tagger read as persons were the largest place
 * error besides shops (Iraqi towns such as Tuz and Samarra in a list or before "and other cities"); the third session's
 * version needed a town of the place list, which holds neither.
 * @param view the article's DocView; `res` entity resources (`givenNames`, `firstNames`)
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with such guesses retyped, in the same order
 */
export function listedPlaces(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { keys, sentenceOf } = view;
  let out: RawMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.weak || !GUESSED_PERSON_RULES.has(m.rule) || m.evidence.length > 0) continue;
    const words = m.tokEnd - m.tokStart;
    if (words > MAX_WORDS || res.givenNames.has(keys[m.tokStart]) || res.firstNames.has(keys[m.tokStart])) continue;
    const s = m.sentence;
    const same = (t: number) => t >= 0 && t < keys.length && sentenceOf[t] === s;
    // "Zummar and other towns"
    const other = same(m.tokEnd + 2) && keys[m.tokEnd] === 'and' && keys[m.tokEnd + 1] === 'other' && PLACE_NOUNS.has(keys[m.tokEnd + 2]);
    let places = 0;
    let others = 0;
    // a list ends in "and" or "or" before its last item: "Osaka, Burnside said" lists no Burnside
    let conjunction = false;
    let last = true;
    let conjunctionBefore = false;
    if (!other) {
      // walk the list both ways: each step a joiner (", and" counts as one) and a name ending or starting there
      let k = i;
      for (;;) {
        let t = mentions[k].tokStart - 1;
        if (!same(t) || !JOINERS.has(keys[t])) break;
        const conj = keys[t] !== ',';
        if (conj && same(t - 1) && keys[t - 1] === ',') t--;
        const prev = k > 0 ? mentions[k - 1] : undefined;
        if (!prev || prev.sentence !== s || prev.tokEnd !== t) break;
        if (k === i) conjunctionBefore = conj;
        conjunction ||= conj;
        k--;
        others++;
        if (isPlace(prev)) places++;
      }
      k = i;
      for (;;) {
        let t = mentions[k].tokEnd;
        if (!same(t) || !JOINERS.has(keys[t])) break;
        if (keys[t] === ',' && same(t + 1) && (keys[t + 1] === 'and' || keys[t + 1] === 'or')) t++;
        const next = k + 1 < mentions.length ? mentions[k + 1] : undefined;
        if (!next || next.sentence !== s || next.tokStart !== t + 1) break;
        conjunction ||= keys[t] !== ',';
        last = false;
        k++;
        others++;
        if (isPlace(next)) places++;
      }
    }
    if (!other && (places < MIN_OTHER_PLACES || places !== others || !conjunction || (last && !conjunctionBefore))) continue;
    (out ??= [...mentions])[i] = retypedFromPerson(m, 'GPE', 'listed-place');
  }
  return out ?? [...mentions];
}
