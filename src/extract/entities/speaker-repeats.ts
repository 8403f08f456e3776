import type { DocView } from './doc-view.js';
import type { EntityResources } from './resources.js';
import { startsUpper } from './letter-case.js';
import { copyMention, type RawMention } from './raw-mention.js';
import { sortByStart } from './sort-by-start.js';

/**
 * Verbs of saying (and of a speaker's stated view) that make the name before them a speaker: "Umbro said", "Virgin
 * says", "BT told", "Akamai declined to comment". Also the verb before a name that ends its clause ("…, said Wenger.").
 */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'announced', 'announces', 'warned', 'warns', 'claimed', 'claims',
  'insisted', 'insists', 'confirmed', 'confirms', 'stated', 'states', 'explained', 'explains', 'argued', 'argues',
  'reported', 'reports', 'admitted', 'admits', 'denied', 'denies', 'declined', 'declines', 'agreed', 'agrees',
  'believes', 'believed', 'expects', 'expected', 'predicted', 'predicts', 'forecast', 'forecasts', 'blamed', 'blames',
  'stressed', 'stresses', 'noted', 'notes', 'commented', 'comments', 'revealed', 'reveals', 'described', 'describes',
  'urged', 'urges', 'welcomed', 'welcomes', 'criticised', 'criticized', 'rejected', 'rejects', 'dismissed', 'dismisses',
]);

/** Words that may stand between the name and its verb: "Cairn also said", "Ahold has admitted", "Virgin Blue had warned". */
const BETWEEN: ReadonlySet<string> = new Set(['also', 'has', 'had', 'have', 'later', 'then', 'now', 'previously', 'earlier', 'itself', 'themselves', 'himself', 'herself']);

/** Entity types whose untagged repeats in speaker position are taken (a place's is most often a team or a metonym read otherwise). */
const SPEAKER_TYPES: ReadonlySet<string> = new Set(['ORG', 'PERSON']);

/** A word of two or more capitals and nothing else ("BT", "ISP"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** Longest name (in tokens) spread. */
const MAX_WORDS = 4;

/**
 * One sense per discourse for speakers: a name the article gives an organisation or a person somewhere ("Umbro",
 * "Macrovision", "Datamonitor", "Yelling") that the tagger missed where it speaks ("… 2004. Umbro, which recently lost
 * …, said", "Macrovision says its new …", "according to BT", "…, said Wenger.") is a mention of that entity there:
 * the same words, case and all, on tokens no mention holds, not inside a longer capitalised run, and in speaker position:
 * right before a verb of saying ({@link SPEECH_VERBS}, after at most one of {@link BETWEEN}), or after "according to",
 * or after a verb of saying and before the end of its clause. A one-word name the article also writes in lower case is
 * a common word and not spread ("Virgin" in an article that writes "virgin" is not). Organisation repeats are not
 * spread everywhere (tagged-mentions.ts harmoniseSpans: 10 right to 38 wrong on GUM train); the speaker position is what
 * makes these names.
 * BBC news (bbc-fulltext, 2004–05): 138 quote speakers whose phrase was such a repeat had no entity.
 * @param view the article's DocView
 * @param mentions mentions in text order (not modified)
 * @returns the mentions with the repeats added (rule `speaker-repeat`, the type, key, name and codes of the first
 *   mention of that name, its span as evidence), in text order; the same array when none was added
 */
export function speakerRepeats(view: DocView, res: EntityResources, mentions: readonly RawMention[]): RawMention[] {
  const { doc, keys, lowercaseSeen } = view;
  const { text, starts, ends } = doc;
  const word = (i: number) => text.slice(starts[i], ends[i]);
  // first name mention of each surface, by its first word
  const byFirst = new Map<string, RawMention[]>();
  const seen = new Set<string>();
  // tokens held by a mention that is no weak guess (a weak guess, dropped later unless it fits a person, may be
  // replaced), or by a weak guess that fits a person named in full ("Kenteris" after "Kostas Kenteris")
  const personWords = new Set<string>();
  for (const m of mentions) if (m.kind === 'name' && m.type === 'PERSON' && !m.weak) for (const t of m.personTokens) personWords.add(t);
  const owned = new Uint8Array(doc.tokenCount);
  for (const m of mentions) {
    if (!m.weak || (m.type === 'PERSON' && m.personTokens.length > 0 && m.personTokens.every((t) => personWords.has(t)))) for (let i = m.tokStart; i < m.tokEnd; i++) owned[i] = 1;
    if (m.kind !== 'name' || m.weak || !SPEAKER_TYPES.has(m.type)) continue;
    const n = m.tokEnd - m.tokStart;
    if (n < 1 || n > MAX_WORDS || seen.has(m.name) || m.name !== text.slice(m.start, m.end)) continue;
    seen.add(m.name);
    let capitalised = true;
    for (let i = m.tokStart; i < m.tokEnd && capitalised; i++) capitalised = startsUpper(word(i)) || /^[&'.-]$/.test(word(i));
    if (!capitalised) continue;
    if (n === 1 && lowercaseSeen.has(keys[m.tokStart])) continue;
    const first = word(m.tokStart);
    const list = byFirst.get(first) ?? [];
    list.push(m);
    byFirst.set(first, list.sort((x, y) => y.tokEnd - y.tokStart - (x.tokEnd - x.tokStart)));
  }
  const added: RawMention[] = [];
  for (const s of byFirst.size > 0 ? doc.sentences : []) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (owned[i]) continue;
      const cands = byFirst.get(word(i));
      if (!cands) continue;
      // not the tail of a longer capitalised name ("Universities Scotland"); a sentence's first word may be capitalised
      if (i > s.firstToken && startsUpper(word(i - 1)) && !/^["'“‘(]$/.test(word(i - 1))) continue;
      for (const src of cands) {
        const n = src.tokEnd - src.tokStart;
        const j = i + n;
        if (j > s.endToken) continue;
        let same = true;
        for (let k = 0; k < n && same; k++) same = !owned[i + k] && word(i + k) === word(src.tokStart + k);
        if (!same || (j < s.endToken && startsUpper(word(j)))) continue;
        if (!speakerPosition(view, i, j, s.firstToken, s.endToken)) continue;
        added.push(copyMention(src, { start: starts[i], end: ends[j - 1], tokStart: i, tokEnd: j, sentence: s.index, rule: 'speaker-repeat', confidence: 0.7, evidence: [{ start: src.start, end: src.end }] }));
        for (let k = i; k < j; k++) owned[k] = 1;
        i = j - 1;
        break;
      }
    }
  }
  const confirmed = confirmSpeakingGuesses(view, res, mentions);
  if (added.length === 0 && confirmed.size === 0) return mentions as RawMention[];
  // a weak guess on the tokens of a repeat gives way to it
  const repeated = new Uint8Array(doc.tokenCount);
  for (const r of added) for (let k = r.tokStart; k < r.tokEnd; k++) repeated[k] = 1;
  const out: RawMention[] = [];
  for (const m of mentions) {
    let under = false;
    for (let k = m.tokStart; k < m.tokEnd && !under; k++) under = repeated[k] === 1;
    if (m.weak && under) continue;
    const c = confirmed.get(m);
    out.push(c ?? m);
  }
  out.push(...added);
  sortByStart(out);
  return out;
}

/**
 * Weak person guesses (capitalised runs the tagger did not confirm, dropped by buildEntities unless they match a
 * person) made firm by speaking: a guess of two or three words in speaker position ("said project manager Livio
 * Costantini.", "Cary Leahy, senior US economist at …, said"), and a one-word guess in speaker position that is the
 * last word of a two- or three-word guess elsewhere in the article, together with every occurrence of that longer guess
 * ("Arsene Wenger … said Wenger."). Not a run holding a word the article also writes in lower case, an ordinary word
 * of news text (`res.commonWords`: "Land Registry", "Ask Jeeves", "Continental Research" are businesses), an
 * organisation cue or job-title word, or an acronym ("BT Openzone"). BBC news: of 33 such guesses read, 22 were
 * organisations before the ordinary-word test, 2 after ("Standard Trust", "Labour MPs").
 * @returns the guesses confirmed, each mapped to its firm copy (rule `<rule>+speaker`)
 */
function confirmSpeakingGuesses(view: DocView, res: EntityResources, mentions: readonly RawMention[]): Map<RawMention, RawMention> {
  const { doc, keys, lowercaseSeen } = view;
  const out = new Map<RawMention, RawMention>();
  const guesses = mentions.filter((m) => m.weak && m.kind === 'name' && m.type === 'PERSON' && m.personTokens.length > 0 && m.tokEnd - m.tokStart <= 3);
  const plain = (m: RawMention) => {
    for (let i = m.tokStart; i < m.tokEnd; i++) {
      const w = doc.text.slice(doc.starts[i], doc.ends[i]);
      const k = keys[i];
      if (lowercaseSeen.has(k) || !startsUpper(w) || ACRONYM.test(w)) return false;
      if (res.commonWords.has(k) || res.orgCues.has(k) || res.jobTitleWords.has(k)) return false;
    }
    return true;
  };
  const sentence = (m: RawMention) => doc.sentences[m.sentence];
  const speaking = (m: RawMention) => {
    const s = sentence(m);
    return !!s && plain(m) && speakerPosition(view, m.tokStart, m.tokEnd, s.firstToken, s.endToken);
  };
  const firm = (m: RawMention) => copyMention(m, { weak: false, rule: `${m.rule}+speaker` });
  // the plain guesses of two or three words, by their last name token
  const bySurname = new Map<string, RawMention[]>();
  for (const g of guesses) {
    if (g.tokEnd - g.tokStart < 2 || g.personTokens.length < 2 || !plain(g)) continue;
    const last = g.personTokens[g.personTokens.length - 1];
    const list = bySurname.get(last);
    if (list) list.push(g);
    else bySurname.set(last, [g]);
  }
  for (const m of guesses) {
    const n = m.tokEnd - m.tokStart;
    if (n >= 2 && speaking(m)) out.set(m, firm(m));
    if (n !== 1 || !speaking(m)) continue;
    const full = bySurname.get(m.personTokens[m.personTokens.length - 1]);
    if (!full) continue;
    out.set(m, firm(m));
    for (const g of full) if (!out.has(g)) out.set(g, firm(g));
  }
  return out;
}

/**
 * Whether the name on tokens [a, b) of a sentence [first, end) is in speaker position: before a verb of saying (after at
 * most one of {@link BETWEEN}, or after a comma-enclosed clause of at most 12 tokens: "Umbro, which recently lost …,
 * said"), after "according to", or after a verb of saying at the end of its clause ("…," said Wenger.").
 */
function speakerPosition(view: DocView, a: number, b: number, first: number, end: number): boolean {
  const { keys, doc } = view;
  if (b < end && SPEECH_VERBS.has(keys[b])) return true;
  if (b + 1 < end && BETWEEN.has(keys[b]) && SPEECH_VERBS.has(keys[b + 1])) return true;
  if (b < end && keys[b] === ',') {
    for (let k = b + 1; k < Math.min(end, b + 14); k++) {
      if (keys[k] !== ',') continue;
      if (k + 1 < end && (SPEECH_VERBS.has(keys[k + 1]) || (BETWEEN.has(keys[k + 1]) && k + 2 < end && SPEECH_VERBS.has(keys[k + 2])))) return true;
      break;
    }
  }
  if (a - 2 >= first && keys[a - 2] === 'according' && keys[a - 1] === 'to') return true;
  if (a - 1 >= first && SPEECH_VERBS.has(keys[a - 1]) && (b >= end || /^[.,;:!?"”]$/.test(doc.text.slice(doc.starts[b], doc.ends[b])))) return true;
  return false;
}
