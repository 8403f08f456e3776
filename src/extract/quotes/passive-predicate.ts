import type { Doc } from '../../nlp/doc.js';
import type { CueEntry } from './resources.js';

/**
 * Prepositions that open what an agentless passive says of its subject ("is known for …", "was seen as …", "is accused
 * of …", "are worried about …"). Not "on" and "with": after a passive they are mostly adjuncts ("was announced on
 * Saturday", "was posted on a website", "was confirmed with broad support") or a legal charge ("was charged with
 * assault"); on PolNeAR train they gave 5 gold contents for 12 predictions that matched none.
 */
const PREDICATE_PREPOSITIONS: ReadonlySet<string> = new Set(['as', 'for', 'of', 'about']);

/** Tags that open the phrase after such a preposition: a noun phrase, a pronoun or a gerund. */
const PHRASE_START: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON']);

/**
 * The end of the cue of an agentless passive of a lexicon verb followed by a prepositional predicate about its subject
 * ("the old senator was known for his love of sailing", "the clerk was criticized for losing …", "the town is known
 * as a backwater", "Roe is accused of lying"): the token after the preposition, which PolNeAR puts in the cue more often than
 * in the content (about 40 to 20 on train); -1 when the verb is not so followed. PolNeAR joins the subject and the phrase
 * after the preposition as the content, like a raised subject. Source: PolNeAR train (Newell, Margolin & Ruths 2018): of
 * 506 agentless passives of lexicon verbs that no rule read, 221 are gold cues (`known` 29 of 38).
 * @param doc the token layer; `end` the token after the verb; `s1` the clause end; `quoted` quotation flags
 * @returns the cue's end token (exclusive), or -1
 */
export function passivePredicateEnd(doc: Doc, end: number, s1: number, quoted: Uint8Array): number {
  if (end + 1 >= s1 || quoted[end] || !PREDICATE_PREPOSITIONS.has(doc.lower[end])) return -1;
  const next = end + 1;
  if (adjunctAfter(doc, end, s1)) return -1;
  const opens = PHRASE_START.has(doc.pos[next]) || (doc.pos[next] === 'VERB' && doc.lower[next].endsWith('ing')) || quoted[next] !== 0;
  return opens ? next : -1;
}

/** Words of a count of time after "for" ("for another five years", "for decades"). */
const TIME_SPANS = /^(years?|months?|weeks?|days?|hours?|decades?|centuries|century|time|times|now|ever|good|long|life)$/;

/**
 * True when the preposition at `p` opens an adjunct of time or of a larger whole rather than a predicate about the
 * subject ("were reported for the first time", "was confirmed for another five years", "was approved for years",
 * "was announced as part of the budget", "was confirmed as early as May"): PolNeAR marks no content there, and such
 * phrases are common after neutral reporting verbs (review 16b found all five shapes on made-up sentences).
 * @param doc the token layer; `p` the preposition's token; `s1` the clause end (exclusive)
 * @returns whether the phrase after `p` is such an adjunct
 */
function adjunctAfter(doc: Doc, p: number, s1: number): boolean {
  const w = doc.lower[p];
  const a = doc.lower[p + 1] ?? '';
  const b = p + 2 < s1 ? doc.lower[p + 2] : '';
  if (w === 'as') return (a === 'part' && b === 'of') || /^(early|late|soon|long|well|much|many|recently)$/.test(a);
  if (w !== 'for') return false;
  if (TIME_SPANS.test(a)) return true;
  // "for the first time", "for another five years", "for a further month", "for several weeks", "for 20 years"
  for (let k = p + 1; k < Math.min(s1, p + 5); k++) {
    const t = doc.lower[k];
    if (TIME_SPANS.test(t)) return k > p + 1;
    if (!/^(the|a|an|another|further|more|several|many|few|some|first|second|third|last|next|final|other|two|three|four|five|six|seven|eight|nine|ten|twelve)$/.test(t) && doc.pos[k] !== 'NUM') return false;
  }
  return false;
}

/**
 * The entry a passive predicate cue takes: a verb of speech or writing becomes `stance` ("was criticized for trading …",
 * "is accused of lying" say what others hold against the subject, with no words of anyone reported), so
 * `--cue-class speech,writing` leaves such quotes out; other classes (`known for`: belief) keep their entry.
 * @param entry the verb's lexicon entry
 * @returns the entry to record on the cue
 */
export function passivePredicateEntry(entry: CueEntry): CueEntry {
  return entry.class === 'speech' || entry.class === 'writing' ? Object.freeze({ ...entry, class: 'stance' as const }) : entry;
}
