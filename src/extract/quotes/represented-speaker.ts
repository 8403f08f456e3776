import { tokenAtOrAfter, type Doc } from '../../nlp/doc.js';
import type { TokenRange } from './noun-phrase.js';
import type { ResolvedSpeaker, SpeakerResolver } from './speaker-resolver.js';

/** Heads of a phrase naming someone who speaks for a body or a person ("a Lufthansa spokesman", "a spokesman for Mr Prescott"). */
const SPOKES_HEADS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople', 'office']);
/** Heads of a phrase naming members of a body who speak for it ("Opec officials", "analysts at Barclays", "Senate sources"). */
const MEMBER_HEADS: ReadonlySet<string> = new Set(['official', 'officials', 'source', 'sources', 'representative', 'representatives', 'analyst', 'analysts', 'economist', 'economists', 'researcher', 'researchers']);
/** Heads of a phrase naming what a body published ("a US government report", "Labor Department figures", "the Reuters news agency"). */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set(['report', 'figures', 'statement', 'survey', 'study', 'data', 'agency', 'poll', 'research', 'statistics']);
/** Words that may stand between the body and the head ("Mr Blair's official spokesman", "EEF chief economist"). */
const BETWEEN: ReadonlySet<string> = new Set(["'s", '\u2019s', "'", '\u2019', 'official', 'chief', 'senior', 'press', 'deputy', 'news', 'latest', 'new', 'annual', 'own']);
/** Prepositions that name the body after the head ("a spokesman for the firm", "analysts at Barclays"). */
const BODY_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'at', 'from', 'of', 'by']);
/** Post-nominal letters after a name ("Frank Field MP"). */
const POSTNOMINALS: ReadonlySet<string> = new Set(['mp', 'mps', 'qc', 'mep', 'msp', 'am']);

/**
 * The entity a speaker phrase speaks for when its head names no entity: the organisation a spokesperson, an office,
 * officials or analysts speak for ("a Lufthansa spokesman", "a spokesman for the firm", "analysts at Barclays", "Senate
 * sources"), the organisation that published a report, figures or a statement ("a US government report", "the Reuters
 * news agency"; a person only as a possessor: "Mr Tanzi's statement"), or the person a title names ("Trade and Industry
 * Secretary Patricia Hewitt", "Former welfare minister Frank Field MP"). Quote databases attribute the words of an
 * organisation's spokesperson to the organisation (GDELT and PETRARCH code an official by the body he speaks for): so
 * does this. A person's spokesman (`Mr Blair's official spokesman`, `a spokesman for President Roe`), lawyer or colleagues
 * are not that person, and a role of an organisation (`the Tory leader`, `Lloyd's chief executive`) is a person the
 * entities layer may resolve, not the organisation: all stay unresolved (the actor code of the body still applies).
 * @param doc the token layer; `phrase` the speaker phrase (half-open token range, with its head)
 * @param resolver the article's entity lookups
 * @returns the entity spoken for, with the mention that names it, or null
 */
export function representedSpeaker(doc: Doc, phrase: TokenRange, resolver: SpeakerResolver): ResolvedSpeaker | null {
  const head = doc.lower[phrase.head];
  const spokes = SPOKES_HEADS.has(head);
  const member = MEMBER_HEADS.has(head);
  const document = DOCUMENT_HEADS.has(head);
  if (spokes || member || document) {
    // the body before the head: "a Lufthansa spokesman", "Mr Blair's official spokesman", "Labor Department figures"
    let k = phrase.head - 1;
    while (k >= phrase.start && BETWEEN.has(doc.lower[k])) k--;
    if (k >= phrase.start) {
      const possessed = k + 1 < phrase.head && /^['\u2019]s?$/.test(doc.lower[k + 1]);
      const body = nameEndingAt(doc, resolver, phrase.start, k);
      if (body && (bodyType(resolver, body) === 'ORG' || (document && possessed && bodyType(resolver, body) === 'PERSON'))) return body;
    }
    // the body after a preposition: "a spokesman for the firm", "researchers at BDO Stoy Hayward", "a report by the OECD"
    const p = phrase.head + 1;
    if (p < phrase.end && BODY_PREPOSITIONS.has(doc.lower[p]) && !(document && doc.lower[p] !== 'by' && doc.lower[p] !== 'from')) {
      const body = firstMention(doc, resolver, p + 1, phrase.end);
      if (body && bodyType(resolver, body) === 'ORG') return body;
    }
    return null;
  }
  // a title before a name: "Trade and Industry Secretary Patricia Hewitt", "Former welfare minister Frank Field MP"
  let last = phrase.end - 1;
  if (last > phrase.start && POSTNOMINALS.has(doc.lower[last])) last--;
  const person = nameEndingAt(doc, resolver, phrase.start, last);
  if (!person || bodyType(resolver, person) !== 'PERSON' || person.mention.kind !== 'name') return null;
  // the word before the name (and its honorific) is a title: capitalised ("Secretary", "Exchequer") or a title noun
  // ("minister", "head of research"); not "of", "and", "'s" or a description ("the parents of 14-year-old Jo Roe",
  // "executive partner of Tods Murray", "the likes of … and Lord Roe": the name is not the speaker there)
  let before = tokenAtOrAfter(doc, person.mention.start) - 1;
  while (before > phrase.start && HONORIFICS.has(doc.lower[before])) before--;
  if (before < phrase.start) return null;
  const w = doc.lower[before];
  const capitalised = /^\p{Lu}/u.test(doc.text[doc.starts[before]] ?? '') && doc.pos[before] !== 'DET' && doc.pos[before] !== 'ADP' && doc.pos[before] !== 'CCONJ';
  return capitalised || TITLE_WORDS.has(w) ? person : null;
}

/** Honorifics stepped over before a name ("Mr Tomlinson"). */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'lord', 'lady', 'sir', 'dame', 'baroness']);
/** Lower-case words that end a title before a name ("minister Frank Field", "head of research Peter Kim"). */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'executive', 'director', 'chairman', 'chairwoman',
  'president', 'governor', 'leader', 'economist', 'analyst', 'frontbencher', 'peer', 'member', 'founder', 'inspector', 'head',
  'officer', 'commissioner', 'chancellor', 'mp', 'research', 'women', 'schools', 'manager', 'editor', 'professor', 'chair',
]);

/** The entity of a name or description mention ending at token `last` and starting at or after `from`, or null. */
function nameEndingAt(doc: Doc, resolver: SpeakerResolver, from: number, last: number): ResolvedSpeaker | null {
  const found = resolver.resolve(doc.starts[from], doc.ends[last], doc.starts[last], doc.ends[last]);
  return found && found.mention.kind !== 'pronoun' && found.mention.end === doc.ends[last] && found.mention.start >= doc.starts[from] ? found : null;
}

/** The entity of the first non-pronoun mention starting within two tokens of `from` and ending by token `end` (exclusive), or null. */
function firstMention(doc: Doc, resolver: SpeakerResolver, from: number, end: number): ResolvedSpeaker | null {
  for (let t = from; t < Math.min(end, from + 2); t++) {
    for (let u = end - 1; u >= t; u--) {
      const found = resolver.resolve(doc.starts[t], doc.ends[u], doc.starts[u], doc.ends[u]);
      if (found && found.mention.kind !== 'pronoun' && found.mention.start >= doc.starts[from] && found.mention.end <= doc.ends[end - 1]) return found;
    }
  }
  return null;
}

function bodyType(resolver: SpeakerResolver, r: ResolvedSpeaker): string | undefined {
  return resolver.byId(r.entity)?.type;
}
