import { isMonthWord } from '../../nlp/calendar-words.js';

/**
 * Whether a date expression of a sentence lies in the scope of the trigger's event or in a phrase that only tells of
 * something the event is about: what was said, a noun it mentions, a state that began then. resolve-date.ts asks
 * these before it lets an expression date an event; an expression out of scope dates nothing, and the event takes
 * another expression of its own clause or the publication date (GDELT's SQLDATE convention: the day of the report
 * when the text gives no date of the event itself).
 *
 * Found in a fresh-eyes review of all of Reuters-21578: 24 of 551 statements were dated before their publication
 * month, about half of them from a year or month in what was said or in a phrase modifying an object.
 */

/**
 * "negotiating since last June", "has ruled since 1979", "ever since early 2014": the start of a state that still
 * holds when the story is filed, not the day of the event reported (which GDELT dates on the day it is reported).
 * @param before the sentence text before the expression (chrono-node leaves "last" and "early" out of its text)
 */
export function startOfState(before: string): boolean {
  return /\bsince\s+(?:(?:last|early|late|mid-?)\s*|the\s+(?:start|beginning|end|middle)\s+of\s+)?$/i.test(before);
}

/**
 * Whether a state that "since" dates was begun by the trigger's own act: a person "missing in the capital since
 * January 20" or "held since 1985" who "had been kidnapped" or "was seized" went missing or was held from the day of
 * the seizure, so the date is the trigger's (CAMEO 181, 173: the day the abduction or arrest took place). Only
 * seizing verbs ("kidnapped", "abducted", "seized", "captured", "arrested", "detained", "taken hostage") take it: a
 * release or a trial of someone "held since 1985" happened on another day. Found in the review of date-scope.ts
 * (reut2-008: a church envoy's kidnapping dated on publication).
 * @param before the sentence text before the expression (ending with "since", as {@link startOfState} reads it)
 * @param trigger the sentence text from the trigger on (its first word is read)
 */
export function stateBegunByTrigger(before: string, trigger: string): boolean {
  return SEIZING_TRIGGER.test(trigger) && SEIZED_STATE_SINCE.test(before);
}

/** A seizing verb or noun: the act that begins a captivity. */
const SEIZING_TRIGGER = /^(?:kidnap|abduct|seiz|captur|arrest|detain|taken\b|took\b|snatch|hostage)/i;

/** A captivity state and "since", at most a few words (a place) between them and no clause break: "missing in Beirut since". */
const SEIZED_STATE_SINCE =
  /\b(?:missing|held|captive|hostage|detained|kidnapped|abducted|jailed|imprisoned|custody)\b[^,;:.]{0,40}?\bsince\s+(?:(?:last|early|late|mid-?)\s*|the\s+(?:start|beginning|end|middle)\s+of\s+)?$/i;

/** A month name or abbreviation, any case, with or without a point ("June", "Sept.", "MARCH"), from calendar-words.ts. */
const isMonth = (word: string): boolean => isMonthWord(word.toLowerCase().replace(/\.$/, ''));

/**
 * Whether "last" opens a bare month name ("last June", "last Sept"): the latest such month before the publication's
 * month, so the same month a year earlier when the story is of that month ("talks since last June" in a June story).
 * chrono-node leaves "last" out of its text and reads the bare month, which names the publication's own month.
 * @param before the sentence text before the expression
 * @param text chrono-node's text of the expression
 */
export function lastNamedMonth(before: string, text: string): boolean {
  return /\blast\s+$/i.test(before) && isMonth(text.trim());
}

/**
 * A possessive date ("last November's truce", "Monday's vote", "1986's harvest") names a thing of that time: it
 * dates that noun's event only — the trigger when the trigger is the noun it modifies (at most two words between:
 * "Monday's emergency meeting") or the verb right before it ("attended Monday's meeting") —, never a verb the phrase
 * is a more distant object of ("reaffirmed his support for last November's truce"). A phrase after "in", "during" or
 * "amid" before the trigger is the occasion of its clause ("In Tuesday's unrest, hundreds threw stones": the stones
 * were thrown on Tuesday), which it dates; found in fresh-eyes review 24, where such an act took the publication day.
 * @param after the sentence text right after the expression
 * @param between the sentence text between the trigger word and the expression (trigger first) or between the
 *   expression and the trigger (expression first)
 * @param triggerFirst whether the trigger comes before the expression
 * @param before the sentence text right before the expression (a few words suffice), '' when not known
 */
export function possessiveDate(after: string, between: string, triggerFirst: boolean, before = ''): boolean {
  if (!/^['\u2019]s\b/.test(after)) return false;
  // "In Tuesday's unrest, … threw": the occasion of the trigger's clause (a comma closes the phrase, no clause word after it)
  if (!triggerFirst && OCCASION_BEFORE.test(before) && /^['\u2019]s(?:\s+[\w-]+){1,4}\s*,\s*(?![^,;:]*\b(?:which|who|when|while|after|before|because)\b)[^;:]*$/i.test(between)) return false;
  // "offered loan options in last week's meeting": the event took place at the meeting the date names
  if (triggerFirst) return !/^\s*(?:(?:last|this|the)\s+)?$/i.test(between) && !/\b(?:in|at|during)\s+(?:(?:last|this|the)\s+)?$/i.test(between);
  // the trigger heads the noun phrase the date opens ("last Friday's alleged missile attack"): words of the phrase only
  return !/^['\u2019]s(?:\s+(?!(?:of|for|to|in|on|at|by|with|that|which|and|but)\b)[\w.-]+){0,6}\s+$/i.test(between);
}

/** A preposition of an occasion right before a possessive date ("In Tuesday's unrest", "during last week's talks"). */
const OCCASION_BEFORE = /\b(?:in|during|amid|amidst)\s+(?:(?:last|this|the)\s+)?$/i;

/**
 * A year after a common noun and "of" ("the floods of 1953", "the floods of 1953"): it names the noun's event, which is
 * what the sentence talks about ("dismissed any parallel with the floods of 1953"), not when its trigger happened —
 * unless that noun is the trigger. A capitalised name ("the Trade Act of 1974") resolve-date.ts leaves out already;
 * a month ("in March of 1987") is chrono-node's.
 * @param before the sentence text before "of"
 * @param triggerInNoun whether the trigger is the noun right before "of"
 */
export function yearOfNoun(before: string, triggerInNoun: boolean): boolean {
  const noun = /(\S+)\s+$/.exec(before)?.[1] ?? '';
  return !triggerInNoun && /\b\p{Ll}[\p{L}-]{2,}\s+$/u.test(before) && !isMonth(noun) && !PERIOD_NOUN.test(noun);
}

/** Nouns that name a part of a year: "at the start of 1986", "in the spring of 1990" are dates. */
const PERIOD_NOUN = /^(?:start|beginning|end|middle|half|quarter|part|spring|summer|autumn|fall|winter|course|months?|weeks?)$/i;

/** Words after which a participle is a verb of the main clause (an auxiliary, a pronoun subject, a conjunction), not a reduced relative. */
const NOT_RELATIVE_BEFORE = /^(?:has|have|had|is|are|was|were|be|been|being|he|she|it|they|we|i|you|who|which|that|and|or|but|then|also|not|never|jointly|formally|officially|reportedly|later|earlier|first|unanimously|and\/or)$/i;

/** Irregular past participles that open a reduced relative as often as the regular -ed ones ("a pact signed", "talks held"). */
const IRREGULAR_PARTICIPLE = /^(?:held|made|won|taken|given|struck|built|sold|bought|paid|brought|sent|set|put|hit|shot|seen|written|begun|broken|chosen|driven|drawn|fought|kept|left|lost|met|spent|thrown|told|undertaken)$/i;

/** Words that go on with a reduced relative clause after its participle. */
const RELATIVE_GOES_ON = /^(?:by|of|in|on|at|for|with|from|to|into|during|between|under|after|before|last|this|earlier|previously|recently|jointly|here|there|over|since|when|then|early|late)$/i;

/** Reporting verbs: "…, the agency reported on Tuesday" is a clause of its own, never a reduced relative. */
const REPORTING_PAST = /^(?:reported|stated|announced|added|noted|claimed|declared|insisted|argued|stressed|told)$/i;

/**
 * Whether, between the trigger and a later expression, a participle after a noun opens a reduced relative clause
 * that the expression belongs to: "vowed reprisals over a border pact signed last September", "overturned fines imposed
 * by the regulator last October" date the signing and the fining, not the vow or the overturning; "arrested a soldier
 * accused of abuses during a mission in 1993" dates the abuses, not the arrest (fresh-eyes review 24: dated 1993). A
 * participle after an auxiliary, a pronoun or a conjunction ("was signed", "and signed") is the main clause's verb.
 * @param between the sentence text from the end of the trigger word to the expression
 */
export function reducedRelativeBetween(between: string): boolean {
  const words = between.replace(/[,;:()"\u201c\u201d]/g, ' ').trim().split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if (!(/^[a-z]{3,}ed$/.test(w) || IRREGULAR_PARTICIPLE.test(w)) || REPORTING_PAST.test(w)) continue;
    // a participle before a noun is an adjective ("motorised tools", "a threatened strike"): a reduced relative goes on
    // with an agent, a preposition, an adverb or the expression itself ("signed last September", "imposed by the regulator")
    if (k + 1 < words.length && !RELATIVE_GOES_ON.test(words[k + 1])) continue;
    const prev = words[k - 1];
    // a noun before it: a lower-case word that is no function word, or a name ("Iran signed" is a clause, but a
    // capitalised word there is mostly the subject of one: left to the other rules)
    if (NOT_RELATIVE_BEFORE.test(prev) || !/^\p{Ll}[\p{L}-]+$/u.test(prev) || /^(?:the|a|an|to|of|in|on|at|for|by|with|its|his|her|their|our)$/.test(prev)) continue;
    return true;
  }
  return false;
}

/**
 * Whether a reporting trigger closes the sentence after a comma ("… 2.1 mln tonnes in 1985/86, the trade ministry said"),
 * and the expression lies before that comma in what was said, not in a fronted adverbial of the saying ("On Monday,
 * the minister said …" has only the expression and its preposition before the comma). A saying that goes on with
 * what was said ("In a letter sent on Monday, the minister told his colleague that …", "Speaking late on Monday, the
 * envoy said the case was settled") is dated by the fronted phrase.
 * @param sentenceText the sentence; `s`, `e` the expression's offsets in it; `t` the trigger's (after `e`)
 * @param rest the sentence text after the trigger word
 */
export function inFrontedReport(sentenceText: string, s: number, e: number, t: number, rest: string): boolean {
  // the attribution closes the sentence: a few words of its own ("in its annual report on the country") and no "that"
  if (rest.trim().split(/\s+/).filter(Boolean).length > 8 || /\bthat\b/i.test(rest)) return false;
  const between = sentenceText.slice(e, t);
  const comma = Math.max(between.lastIndexOf(','), between.lastIndexOf('\u201d'), between.lastIndexOf('"'));
  if (comma < 0) return false;
  // the attribution: a short subject and the verb ("the trade ministry said", "said a spokesman" has the verb first)
  if (between.slice(comma + 1).trim().split(/\s+/).filter(Boolean).length > 7) return false;
  // a fronted adverbial is only the expression and a preposition or two before it, or a phrase that opens the sentence
  // with a preposition and holds no verb ("In the spring of 1998, Ruritania accused Freedonia": a season, a part of a year)
  const lead = sentenceText.slice(0, s).trim().split(/\s+/).filter(Boolean);
  const tail = between.slice(0, comma).trim().split(/\s+/).filter(Boolean);
  if (lead.length + tail.length <= 3) return false;
  return !(FRONTED_PREPOSITION.test(lead[0] ?? '') && ![...lead.slice(1), ...tail].some((w) => CLAUSE_VERB.test(w)));
}

/** A preposition that opens a fronted time adverbial ("In the spring of 1998, …", "During the summer of 1998, …"). */
const FRONTED_PREPOSITION = /^(?:in|during|at|on|by|over|through|throughout)$/i;

/** A word that makes a clause of what precedes the comma ("prices fell in 1985, the ministry said"): a finite verb form. */
const CLAUSE_VERB = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|did|does|do|said|says|\w{3,}(?:ed|es))$/i;
