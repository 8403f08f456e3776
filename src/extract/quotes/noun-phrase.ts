import type { Doc } from '../../nlp/doc.js';
import { spacedBothSides } from './doc-helpers.js';
import { tickerStartBefore } from '../../nlp/bracketed-ticker.js';

/** A token range `[start, end)` of a noun phrase, with the index of its head token. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
  readonly head: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);
/** Quantifiers that head a subject on their own: "many said", "a third said", "those who said", "most agreed". */
const QUANTITY_HEADS = /^(those|many|some|most|others|few|both|all|half|third|quarter|majority|minority|plurality|none|several)$/;
const NP_CORE = new Set(['PROPN', 'NOUN', 'NUM']);
const NP_MODIFIER = new Set(['PROPN', 'NOUN', 'NUM', 'ADJ', 'DET']);
const NP_LINKS = new Set(['of', 'for', 'at', 'in', 'and', 'from', '&']);
/** Possessive marks after a name, as tokens ("Roe's claim", "Sanders’ vote"). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '\u2019s', "'", '\u2019']);
/** Possessive pronouns, which open a noun phrase ("his plan"). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const POSSESSIVE = new Set([...POSSESSIVE_MARKS, ...POSSESSIVE_PRONOUNS]);
const HYPHEN = new Set(['-', '\u2010', '\u2011']);
/** Day words that wire copy glues to a subject ("The council Friday condemned", "Late Saturday the minister said"). */
const DAY_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
/** Words that make a day word part of a name or a time phrase of its own ("Super Tuesday", "last Friday", "on Monday"). */
const DAY_NAME_LEADS = /^(super|bloody|black|good|easter|palm|ash|holy|cyber|green|shrove|last|next|this|every|each|on|of|by|since|until|late|early)$/;

function isQuoteMark(s: string): boolean {
  return /^["'\u2018\u2019\u201C\u201D\u00AB\u00BB]$/.test(s);
}

/** A capitalised content word: a name part even when the tagger calls it a verb ("Oliver K. Hedge"). */
function isTitleWord(doc: Doc, i: number): boolean {
  const p = doc.pos[i];
  return (p === 'PROPN' || p === 'NOUN' || p === 'VERB' || p === 'ADJ') && /^\p{Lu}/u.test(doc.text[doc.starts[i]] ?? '');
}

/** "the deposed president", "an embattled leader": a past participle between a determiner and a noun. */
function participleModifier(doc: Doc, i: number, min: number): boolean {
  return (
    doc.pos[i] === 'VERB' &&
    /ed$/.test(doc.lower[i]) &&
    i - 1 >= min &&
    (doc.pos[i - 1] === 'DET' || doc.pos[i - 1] === 'ADJ') &&
    i + 1 < doc.tokenCount &&
    (doc.pos[i + 1] === 'NOUN' || doc.pos[i + 1] === 'ADJ' || doc.pos[i + 1] === 'PROPN')
  );
}

/**
 * A bare apostrophe marking the possessive of a word ending in s, which the tagger reads as punctuation: "Sanders’
 * withdrawal", "the voters' union" (attached to the word before it, a space and a noun or adjective after it).
 */
function possessiveMark(doc: Doc, i: number): boolean {
  if ((doc.lower[i] !== "'" && doc.lower[i] !== '\u2019') || i === 0 || i + 1 >= doc.tokenCount) return false;
  return doc.ends[i - 1] === doc.starts[i] && /s$/.test(doc.lower[i - 1]) && doc.starts[i + 1] > doc.ends[i] && NP_CORE_OR_ADJ.has(doc.pos[i + 1]);
}

const NP_CORE_OR_ADJ = new Set(['PROPN', 'NOUN', 'NUM', 'ADJ']);

/**
 * A word inside a hyphenated compound, glued to a hyphen on each side: the `in` of "Editor-in-Chief",
 * "commander-in-chief", "mother-in-law", the `of` of "Chief-of-Staff" (the tagger reads it as a preposition).
 */
function hyphenInner(doc: Doc, i: number): boolean {
  if (i === 0 || i + 1 >= doc.tokenCount || !/^\p{L}+$/u.test(doc.lower[i])) return false;
  return HYPHEN.has(doc.lower[i - 1]) && HYPHEN.has(doc.lower[i + 1]) && doc.ends[i - 1] === doc.starts[i] && doc.ends[i] === doc.starts[i + 1];
}

function isNpToken(doc: Doc, i: number): boolean {
  const p = doc.pos[i];
  if (NP_MODIFIER.has(p)) return !isQuoteMark(doc.lower[i]);
  if (p === 'PART' || p === 'PRON') return POSSESSIVE.has(doc.lower[i]);
  if (p === 'PUNCT') return (HYPHEN.has(doc.lower[i]) && !spacedBothSides(doc, i)) || doc.lower[i] === '.' || possessiveMark(doc, i);
  return doc.lower[i] === 'mr.' || doc.lower[i] === 'mrs.' || doc.lower[i] === 'ms.' || doc.lower[i] === 'dr.';
}

/** Subordinators that open a clause and are never its subject ("When asked whether …", "When pushed to say …"). */
const SUBORDINATORS = /^(when|whenever|if|once|while|although|though|because|unless|until|after|before|since|as)$/;

/**
 * True when a phrase taken for a speaker is one subordinator, which the chunker takes for a name when it opens the
 * sentence capitalised ("When asked whether he agreed, …" gave the speaker `When`; review 8).
 * @param doc the token layer; `range` the speaker phrase
 */
export function isLoneSubordinator(doc: Doc, range: TokenRange): boolean {
  return range.end - range.start === 1 && SUBORDINATORS.test(doc.lower[range.start]);
}

/**
 * The later part of a hyphenated modifier, glued to a hyphen glued to a word before it: the `owned` of "state-owned",
 * the `led` of "US-led", the `backed` of "Iranian-backed" (tagged as verbs, they had cut "the head of the state-owned
 * gas company" to "gas company"; review 8).
 */
function hyphenTail(doc: Doc, i: number, min: number): boolean {
  if (i - 2 < min || !/^\p{L}+$/u.test(doc.lower[i]) || !HYPHEN.has(doc.lower[i - 1])) return false;
  return doc.ends[i - 2] === doc.starts[i - 1] && doc.ends[i - 1] === doc.starts[i] && /[\p{L}\p{N}]$/u.test(doc.lower[i - 2]);
}

/**
 * True when the parenthesis `[open, close]` holds a relative clause with a verb of its own ("(who has said she backs
 * X)", "(which …)") rather than a tag of the name before it ("(D-Ohio)", "(58)", "(a Democrat elected in 2012)"). Found
 * on a user report: "The mayor (who has said he supports X) said …" gave the outer cue the whole parenthesis as its
 * speaker, and the country of X as its actor; the clause is the relative's own attribution, not part of the name.
 */
function parenthesisedClause(doc: Doc, open: number, close: number): boolean {
  if (!/^(who|whom|whose|which|that)$/.test(doc.lower[open + 1] ?? '')) return false;
  for (let t = open + 2; t < close; t++) if (doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') return true;
  return false;
}

/**
 * The first part of a hyphenated modifier, glued to a hyphen glued to the word after it: the `well` of "well-known", the
 * `long` of "long-serving" (an adverb or adjective the phrase would otherwise stop at: "The well-known economist said"
 * gave the speaker "known economist").
 */
function hyphenHead(doc: Doc, i: number): boolean {
  if (i + 2 >= doc.tokenCount || !/^\p{L}+$/u.test(doc.lower[i]) || !HYPHEN.has(doc.lower[i + 1])) return false;
  return doc.ends[i] === doc.starts[i + 1] && doc.ends[i + 1] === doc.starts[i + 2];
}

/** Longest company name Reuters writes between angle brackets, in tokens ("<Quellmark Timber and Paper Holdings Co Ltd>"). */
const MAX_BRACKETED_TOKENS = 12;

/**
 * The phrase a closing angle bracket at `last` ends: the name before a stock ticker ("Acme Corp <ACME.L>": "Acme Corp",
 * the ticker left out of the range) or a capitalised name between the brackets ("<Brelvo Foods Ltd>": the name without
 * its brackets); null when neither.
 */
function bracketedPhrase(doc: Doc, last: number, min: number): TokenRange | null {
  const ticker = tickerStartBefore(doc, last, min);
  if (ticker >= 0) {
    const inner = ticker - 1 >= min ? nounPhraseEndingAt(doc, ticker - 1, min) : null;
    return inner ? { start: inner.start, end: ticker, head: inner.head } : null;
  }
  let open = last - 1;
  while (open >= min && open > last - MAX_BRACKETED_TOKENS && doc.lower[open] !== '<' && doc.lower[open] !== '>') open--;
  if (open < min || doc.lower[open] !== '<' || open + 1 === last || !/^\p{Lu}/u.test(doc.text.slice(doc.starts[open + 1], doc.ends[open + 1]))) return null;
  return { start: open + 1, end: last, head: last - 1 };
}

/**
 * The noun phrase that ends at token `last` and starts no earlier than `min` (the subject to the left
 * of a cue: "the president and officials in the capital", "China's foreign ministry", "he").
 * Links inside a phrase ("of", "in", "and") are kept only between nouns. The head is the last noun of
 * the first group (Biden in "Joe Biden and officials").
 * @param doc the token layer
 * @param last index of the phrase's last token
 * @param min first token the phrase may use (sentence or clause start)
 * @returns the range, or null when `last` cannot end a noun phrase
 */
export function nounPhraseEndingAt(doc: Doc, last: number, min: number): TokenRange | null {
  if (last < min) return null;
  // a parenthesis after a name belongs to it: "Rep. Jane Doe (D-Ohio)"; a relative clause does not ("The mayor (who has
  // said she backs Ms Roe)": its names must not speak for the phrase)
  if (doc.lower[last] === ')') {
    let open = last - 1;
    while (open > Math.max(min, last - 10) && doc.lower[open] !== '(') open--;
    if (doc.lower[open] !== '(' || parenthesisedClause(doc, open, last)) return null;
    const inner = nounPhraseEndingAt(doc, open - 1, min);
    return inner ? { start: inner.start, end: last + 1, head: inner.head } : null;
  }
  // Reuters' angle brackets: a ticker after a name belongs to it but is left out of the phrase ("Acme Corp <ACME.L>"
  // → "Acme Corp"); a name in brackets is the phrase ("<Brelvo Foods Ltd>": a company with no listing)
  if (doc.lower[last] === '>') return bracketedPhrase(doc, last, min);
  const lw = doc.lower[last];
  const dayless = trailingDayTrimmed(doc, last, min);
  if (dayless) return dayless;
  if (doc.pos[last] === 'PRON' && SUBJECT_PRONOUNS.has(lw)) return { start: last, end: last + 1, head: last };
  // "three-fourths of them", "most of us": a quantity of a pronoun
  if (/^(them|us)$/.test(lw) && last - 2 >= min && doc.lower[last - 1] === 'of') {
    const q = nounPhraseEndingAt(doc, last - 2, min);
    if (q) return { start: q.start, end: last + 1, head: q.head };
  }
  // a capitalised word right before the cue is a name even when tagged as a verb ("Lynch said", "Rep. Ann Hedge said")
  const titled = isTitleWord(doc, last) && (last === min || doc.pos[last - 1] === 'PROPN' || isTitleWord(doc, last - 1));
  // "the premier" tagged as an adjective: a determiner and an adjective make a nominal head
  const adjHead =
    doc.pos[last] === 'ADJ' &&
    last - 1 >= min &&
    (doc.pos[last - 1] === 'DET' ||
      doc.pos[last - 1] === 'ADJ' ||
      (lw === 'general' && NP_CORE.has(doc.pos[last - 1])) || // "attorney general"
      (doc.pos[last - 1] === 'PROPN' && last - 2 >= min && doc.pos[last - 2] === 'DET')); // "the Republican incumbent"
  if (!titled && !adjHead && !NP_CORE.has(doc.pos[last]) && !(doc.pos[last] === 'PRON' && /^(one|someone|everyone|nobody|somebody|anyone|others?)$/.test(lw)) && !QUANTITY_HEADS.test(lw)) {
    return null;
  }
  let start = last;
  for (let i = last - 1; i >= min; i--) {
    if (isNpToken(doc, i) || isTitleWord(doc, i) || participleModifier(doc, i, min) || hyphenInner(doc, i) || hyphenTail(doc, i, min) || hyphenHead(doc, i)) {
      start = i;
      continue;
    }
    const w = doc.lower[i];
    // "attorney general of Ohio": the tagger may call a title's last word an adjective
    // ("the chief of the navy": a determiner and an adjective make a nominal head, as in nounPhraseEndingAt's `adjHead`)
    const coreBefore = i - 1 >= min && (NP_CORE.has(doc.pos[i - 1]) || (doc.pos[i - 1] === 'ADJ' && i - 2 >= min && (NP_CORE.has(doc.pos[i - 2]) || doc.pos[i - 2] === 'DET')));
    if (NP_LINKS.has(w) && coreBefore && NP_MODIFIER.has(doc.pos[i + 1])) {
      start = i;
      continue;
    }
    break;
  }
  while (start < last && (doc.pos[start] === 'PART' || NP_LINKS.has(doc.lower[start]) || doc.pos[start] === 'PUNCT')) start++;
  start = leadingDayTrimmed(doc, start, last);
  return { start, end: last + 1, head: firstGroupHead(doc, start, last + 1) };
}

/**
 * A phrase ending in a day word glued to it by wire style ("The UN Security Council Friday", "officials late
 * Thursday", "Police today"): the phrase without the day (and a `late`/`early` before it); null when `last` is no
 * such day word or nothing nominal stands before it ("Super Tuesday", "last Friday" stay as they are).
 */
function trailingDayTrimmed(doc: Doc, last: number, min: number): TokenRange | null {
  if (!DAY_WORDS.test(doc.lower[last]) || last <= min) return null;
  let k = last - 1;
  if (/^(late|early)$/.test(doc.lower[k]) && k > min) k--;
  if (DAY_NAME_LEADS.test(doc.lower[k]) || !(NP_CORE.has(doc.pos[k]) || doc.lower[k] === ')')) return null;
  return nounPhraseEndingAt(doc, k, min);
}

/**
 * The end of the phrase `[first, end)` without a day word glued to its close ("The head of the agency, Jo Roe Saturday",
 * "told reporters Saturday"), and a `late`/`early` before it; `end` itself when no such day closes it.
 */
function trailingDayEnd(doc: Doc, first: number, end: number): number {
  if (end - 2 < first || !DAY_WORDS.test(doc.lower[end - 1])) return end;
  let k = end - 2;
  if (/^(late|early)$/.test(doc.lower[k]) && k > first) k--;
  return DAY_NAME_LEADS.test(doc.lower[k]) || !(NP_CORE.has(doc.pos[k]) || doc.lower[k] === ')') ? end : k + 1;
}

/**
 * The start of a phrase after a day word opening it ("Thursday the freed hostages", "Late Saturday Semashko", "Sunday
 * Israel's cabinet"): the token after the day when a determiner, a number, a lower-case word or a possessive name
 * follows it, or `late`/`early` precedes it; `start` itself otherwise ("Sunday Telegraph" is a name).
 */
function leadingDayTrimmed(doc: Doc, start: number, last: number): number {
  let s = start;
  const timed = /^(late|early)$/.test(doc.lower[s]) && s + 1 < last && DAY_WORDS.test(doc.lower[s + 1]);
  if (timed) s++;
  if (!DAY_WORDS.test(doc.lower[s]) || s >= last || POSSESSIVE_MARKS.has(doc.lower[s + 1])) return start;
  const next = s + 1;
  const opensPhrase =
    timed ||
    doc.pos[next] === 'DET' ||
    doc.pos[next] === 'NUM' ||
    !/^\p{Lu}/u.test(doc.text[doc.starts[next]] ?? '') ||
    (next + 1 <= last && POSSESSIVE_MARKS.has(doc.lower[next + 1]));
  return opensPhrase ? next : start;
}

/**
 * The noun phrase that starts at token `first` and ends before `max` (a speaker after an inverted cue,
 * "said Mr Xi"; the agent of "according to the Post"; an addressee "told reporters").
 * @returns the range, or null when no noun phrase starts at `first`
 */
export function nounPhraseStartingAt(doc: Doc, first: number, max: number): TokenRange | null {
  if (first >= max) return null;
  const fw = doc.lower[first];
  if (doc.pos[first] === 'PRON' && !POSSESSIVE.has(fw)) {
    return /^(him|her|them|us|me|he|she|they|we|i|it|you)$/.test(fw) ? { start: first, end: first + 1, head: first } : null;
  }
  let end = first;
  let sawCore = false;
  for (let i = first; i < max; i++) {
    // "Moscow-based", "Chicago-born": a word glued to a hyphen belongs to the phrase whatever its tag
    const glued = i > first && HYPHEN.has(doc.lower[i - 1]) && doc.starts[i] === doc.ends[i - 1] && doc.starts[i - 1] === doc.ends[i - 2];
    const titleCase =
      glued ||
      (i > first && (doc.pos[i - 1] === 'PROPN' || doc.pos[i - 1] === 'DET') && isTitleWord(doc, i)) ||
      (i === first && midSentenceName(doc, first)) ||
      (doc.pos[i] === 'VERB' && /ing$/.test(doc.lower[i]) && i + 1 < max && doc.pos[i + 1] === 'NOUN'); // "exit polling data"
    // a determiner after the head starts a new phrase: "told the inquiry the breakdown was …"
    if (sawCore && doc.pos[i] === 'DET' && NP_CORE.has(doc.pos[i - 1]) && !POSSESSIVE.has(doc.lower[i])) break;
    // so does a possessive pronoun: "told the AP his firm had worked …"
    if (sawCore && i > first && NP_CORE.has(doc.pos[i - 1]) && /^(his|her|their|its|my|our|your)$/.test(doc.lower[i])) break;
    if (titleCase || (isNpToken(doc, i) && !(doc.lower[i] === '.' && i > first && doc.pos[i - 1] !== 'PROPN'))) {
      if (NP_CORE.has(doc.pos[i]) || titleCase) sawCore = true;
      end = i + 1;
      continue;
    }
    const w = doc.lower[i];
    if (sawCore && w === '(') {
      let close = i + 1;
      while (close < Math.min(max, i + 10) && doc.lower[close] !== ')') close++;
      if (close < max && doc.lower[close] === ')') {
        end = close + 1;
        i = close;
        continue;
      }
    }
    if (sawCore && NP_LINKS.has(w) && w !== 'and' && i + 1 < max && NP_MODIFIER.has(doc.pos[i + 1]) && NP_CORE.has(doc.pos[i - 1])) {
      continue;
    }
    break;
  }
  // "said the premier," tagged as an adjective: a determiner, an adjective and then punctuation
  if (!sawCore && doc.pos[first] === 'DET' && end - first >= 2 && doc.pos[end - 1] === 'ADJ' && (end >= max || /^[.,;:!?]$/.test(doc.lower[end]))) {
    return { start: first, end, head: end - 1 };
  }
  while (end > first && doc.lower[end - 1] !== ')' && !NP_CORE.has(doc.pos[end - 1]) && !/^\p{Lu}/u.test(doc.text[doc.starts[end - 1]] ?? '') && !hyphenGlued(doc, end - 1, first)) end--;
  end = trailingDayEnd(doc, first, end);
  if (!sawCore || end <= first) return null;
  // "the 46-year-old", "a Moscow-based": a hyphenated compound closing the phrase is its head
  return { start: first, end, head: hyphenGlued(doc, end - 1, first) ? end - 1 : firstGroupHead(doc, first, end) };
}

/** True when token `i` is glued to a hyphen glued to the word before it ("46-year-old": "old"; "Moscow-based": "based"). */
function hyphenGlued(doc: Doc, i: number, first: number): boolean {
  return i - 2 >= first && HYPHEN.has(doc.lower[i - 1]) && doc.starts[i] === doc.ends[i - 1] && doc.starts[i - 1] === doc.ends[i - 2];
}

/**
 * True when a capitalised word the tagger read as a verb, adjective or noun stands after a word of its sentence and
 * before another capitalised word or punctuation: a name ("said Skelly, explaining …", "said Josh Earnest, the …").
 */
function midSentenceName(doc: Doc, i: number): boolean {
  if (i === 0 || doc.pos[i] === 'PROPN' || !isTitleWord(doc, i) || !/^[\p{L}]/u.test(doc.lower[i - 1]) || i + 1 >= doc.tokenCount) return false;
  return doc.pos[i + 1] === 'PROPN' || /^[.,;:!?]$/.test(doc.lower[i + 1]);
}

/**
 * The head of the phrase `[start, end)`: the last noun of its first group (before "of", "in", "and" or a comma) —
 * "the head of the agency" is a head — except in a title that runs into a name: a capitalised head, "of", then
 * capitalised words only, ending in a proper noun ("Secretary of State Jo Roe"; not "Governor of the Bank Jo Roe":
 * "the" is lower case) is headed by the name's last word, so the speaker is the person, not the office.
 */
export function firstGroupHead(doc: Doc, start: number, end: number): number {
  let head = -1;
  for (let i = start; i < end; i++) {
    const w = doc.lower[i];
    if (w === 'of' && head >= 0 && (titleRunsIntoName(doc, head, i, end) || bodyTitleRunsIntoName(doc, head, i, end))) return end - 1;
    if ((NP_LINKS.has(w) && !hyphenInner(doc, i)) || w === ',' ) break;
    if (NP_CORE.has(doc.pos[i]) || (doc.pos[i] === 'PRON' && !POSSESSIVE.has(w))) head = i;
  }
  return head >= 0 ? head : end - 1;
}

/**
 * Offices whose title goes on with "of" ("Secretary of State", "Chief of Staff", "Minister of Finance", "Governor of
 * the Bank of Japan"): head words chosen by hand after the titles of data/actors/roles.json that take an "of". Not a company's or a
 * place's head ("Stock Exchange of Hong Kong", "Jo Roe of Acme Corp": a person named before "of" is the head).
 */
const OFFICE_HEADS = /^(secretary|minister|chief|president|governor|director|chairman|chairwoman|chairperson|inspector|commissioner|ambassador|mayor|attorney|chancellor|commander|speaker|general|comptroller|administrator|undersecretary|under-secretary)$/;

/** True when the title word `head` and the capitalised words after the "of" at `of` run to a name closing `[…, end)`. */
function titleRunsIntoName(doc: Doc, head: number, of: number, end: number): boolean {
  // at least three capitalised words after "of": the office's own word and a name of two ("State Jo Roe"); with two,
  // they are the office's ("Director of Central Intelligence", "Chief of Naval Operations" name no one)
  if (!OFFICE_HEADS.test(doc.lower[head]) || !isTitleWord(doc, head) || end - of < 4 || doc.pos[end - 1] !== 'PROPN') return false;
  for (let k = of + 1; k < end; k++) if (!isTitleWord(doc, k)) return false;
  return true;
}

/** Role words between a body's name and a person's ("Bank of Japan governor Jo Roe", "University of Leeds economist Ana Lee"). */
const BODY_ROLES = /^(governor|president|chairman|chairwoman|chairperson|director|chief|head|spokesman|spokeswoman|spokesperson|economist|analyst|professor|official|executive|officer|manager|adviser|advisor|strategist|researcher|lawyer|secretary|minister|commissioner|ambassador|deputy|vice|senior|managing|general)$/;

/**
 * True when a body's name with "of" runs through a role into a person's name closing `[…, end)`: the capitalised head
 * and words after the "of" at `of` name the body, one to three role words ({@link BODY_ROLES}, either case) follow, then
 * proper nouns only ("Bank of Japan governor Jo Roe", "Bank of England Deputy Governor Ana Lee"): the person speaks.
 */
function bodyTitleRunsIntoName(doc: Doc, head: number, of: number, end: number): boolean {
  if (!isTitleWord(doc, head) || doc.pos[end - 1] !== 'PROPN') return false;
  let k = of + 1;
  while (k < end && isTitleWord(doc, k) && !BODY_ROLES.test(doc.lower[k])) k++;
  if (k === of + 1) return false;
  const role = k;
  while (k < end && BODY_ROLES.test(doc.lower[k])) k++;
  if (k === role || k - role > 3 || k >= end) return false;
  for (; k < end; k++) if (doc.pos[k] !== 'PROPN' || !isTitleWord(doc, k)) return false;
  return true;
}

/** Adjectives that take a prepositional object inside a subject: "people familiar with", "a source close to". */
const MODIFIER_ADJECTIVES = new Set(['familiar', 'close', 'loyal', 'opposed', 'sympathetic', 'allied', 'involved', 'briefed', 'responsible']);
/** Words that open a clause, so a subject starts right after them. */
const CLAUSE_OPENERS = new Set([',', ';', ':', '(', '\u2014', '\u2013', '--', 'and', 'but', 'that', 'because', 'while', 'although', 'though', 'as', 'since', 'if', 'when', 'after', 'before', 'so']);

/**
 * The subject of a clause whose noun phrase carries post-modifiers between it and its verb, which
 * {@link nounPhraseEndingAt} cannot chunk: "a person with knowledge of the talks", "people familiar with her
 * thinking", "majorities of voters in four states heading to the polls on Monday", "a source close to him". Walks left
 * from `last` over modifier tokens (nouns, adjectives, determiners, numbers, prepositions, possessive and object
 * pronouns, participles) to the clause opening (`min`, a comma, a conjunction, "that"); the noun phrase that opens
 * the run is the subject when a preposition, a participle or an adjective such as "familiar" follows it.
 * Finite verbs and subject pronouns stop the walk (no subject then).
 * @param doc the token layer
 * @param last index of the last token before the verb (after its auxiliaries)
 * @param min first token the subject may use
 * @returns the subject's range (its head is the noun phrase's head), or null
 */
export function modifiedSubjectEndingAt(doc: Doc, last: number, min: number): TokenRange | null {
  let b = last;
  let sawModifier = false;
  for (; b > min && last - b < 16; b--) {
    const t = b - 1;
    const w = doc.lower[t];
    if (CLAUSE_OPENERS.has(w) && doc.pos[t] !== 'DET') break;
    const p = doc.pos[t];
    if (p === 'ADP' || (p === 'VERB' && /(ing|ed)$/.test(w)) || MODIFIER_ADJECTIVES.has(w) || (w === 'being' && doc.pos[t + 1] === 'VERB') || (p === 'VERB' && t > min && doc.lower[t - 1] === 'being')) {
      sawModifier = true;
      continue;
    }
    if (NP_MODIFIER.has(p) || p === 'PART' || HYPHEN.has(w) || w === ')') continue;
    if (p === 'PRON' && !SUBJECT_PRONOUNS.has(w)) continue;
    return null;
  }
  if (!sawModifier || (b > min && last - b >= 16)) return null;
  const np = nounPhraseStartingAt(doc, b, last + 1);
  if (!np || np.end > last) return null;
  const next = np.end;
  const after = doc.lower[next];
  if (!(doc.pos[next] === 'ADP' || (doc.pos[next] === 'VERB' && /(ing|ed)$/.test(after)) || MODIFIER_ADJECTIVES.has(after) || (after === 'being' && doc.pos[next + 1] === 'VERB'))) return null;
  return np;
}

/**
 * The subject of a clause whose noun phrase carries a short relative clause before its verb: "groups that have
 * endorsed him say …", "voters who backed the plan said …". Looks left from `last` (the token before the verb) for
 * "who" or "that" within ten tokens, with a verb after it and no comma or clause opening between; the noun phrase
 * ending right before the relative pronoun is the subject.
 * @param doc the token layer
 * @param last index of the last token before the verb (after its auxiliaries)
 * @param min first token the subject may use
 * @returns the subject's range, or null
 */
export function relativeSubjectEndingAt(doc: Doc, last: number, min: number): TokenRange | null {
  let verb = false;
  for (let t = last; t > min && last - t < 10; t--) {
    const w = doc.lower[t];
    if (w === 'who' || (w === 'that' && doc.pos[t] !== 'DET')) {
      if (!verb) return null;
      const np = nounPhraseEndingAt(doc, t - 1, min);
      return np && doc.pos[np.head] !== 'PRON' && NP_CORE.has(doc.pos[np.head]) ? np : null;
    }
    if (CLAUSE_OPENERS.has(w) || isQuoteMark(w)) return null;
    if (doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') verb = true;
  }
  return null;
}

/**
 * The end of a list of noun phrases whose first comma is at `comma` ("women, Mexicans and Muslims", "Ohio, Iowa, and
 * Texas"): every item after a comma is a plain noun phrase, and the last one follows "and" / "or"; -1 when the words after
 * the comma are no such list (an apposition, a clause, ", and" right after the first item) or it runs past `ce`.
 * @param doc the token layer; `comma` the comma after the first item; `ce` the first token the list may not reach;
 *   `quoted` per-token flags, non-zero inside quotation marks
 * @returns the end (exclusive) of the last item, or -1
 */
export function nounListEnd(doc: Doc, comma: number, ce: number, quoted: Uint8Array): number {
  let t = comma;
  for (let items = 0; items < 8; items++) {
    let k = t + 1;
    const last = doc.lower[k] === 'and' || doc.lower[k] === 'or';
    // ", and" right after the first item joins clauses ("backed Roe, and Doe has …"), not a list
    if (last && items === 0 && doc.lower[t] === ',') return -1;
    if (last) k++;
    if (k >= ce || quoted[k]) return -1;
    const np = nounPhraseStartingAt(doc, k, ce);
    if (!np || doc.pos[np.head] === 'PRON') return -1;
    if (last) return np.end;
    const next = doc.lower[np.end];
    if (next === ',' && np.end < ce) t = np.end;
    else if ((next === 'and' || next === 'or') && np.end + 1 < ce) t = np.end - 1; // the next item opens with the conjunction
    else return -1;
  }
  return -1;
}
