import type { Doc } from '../../nlp/doc.js';
import type { ActorIndex, ActorRef } from './actor-chunks.js';
import { capitalised, titleCase } from './name-words.js';

// Nouns after a nationality or country word that name people acting for it ("Japanese officials", "U.S. negotiators"):
// the phrase is still an actor.
const AGENT_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'government', 'governments', 'leader', 'leaders', 'leadership', 'authorities', 'authority', 'force', 'forces',
  'troops', 'soldiers', 'army', 'navy', 'military', 'police', 'negotiator', 'negotiators', 'delegation', 'delegations', 'delegate',
  'delegates', 'diplomat', 'diplomats', 'minister', 'ministers', 'ministry', 'president', 'premier', 'embassy', 'envoy', 'envoys',
  'side', 'sides', 'administration', 'spokesman', 'spokeswoman', 'spokesmen', 'sources', 'source', 'parliament', 'legislators',
  'lawmakers', 'senators', 'congressmen', 'team', 'representatives', 'representative', 'counterparts', 'counterpart', 'regime',
  'people', 'state', 'states', 'warplanes', 'jets', 'planes', 'warships', 'gunboats', 'guards', 'rebels', 'guerrillas', 'militants',
  'workers', 'farmers', 'students', 'citizens', 'nationals', 'residents', 'companies', 'company', 'firms', 'firm', 'banks', 'bank',
  'producers', 'exporters', 'importers', 'traders', 'investors', 'creditors', 'bankers', 'businessmen', 'industry', 'agency', 'agencies',
  'personnel', 'crew', 'crews', 'brigade', 'brigades', 'division', 'divisions', 'battalion', 'battalions', 'commanders',
]);

// Nouns after a country word that name its act ("the Israel action", "Soviet-American talks", "the Iranian attack"): a
// statement about the act is about the country, which stays the target.
const ACT_NOUNS: ReadonlySet<string> = new Set([
  'action', 'actions', 'move', 'moves', 'decision', 'decisions', 'attack', 'attacks', 'raid', 'raids', 'offensive', 'invasion',
  'occupation', 'aggression', 'talks', 'negotiations', 'proposal', 'proposals', 'offer', 'plan', 'plans', 'policy', 'policies', 'stance',
  'position', 'refusal', 'threat', 'threats', 'retaliation', 'sanctions', 'intervention', 'involvement', 'relations',
]);

/**
 * True when an actor cannot be the speaker of a statement (CAMEO 01, the weak statement rules): people known only by
 * the place they are in ("oil traders in New York said …": a crowd, no political actor), a people word that is the
 * surname of a person of the article ("Christians said", {@link surnameOfPerson}), or a nationality word that
 * opens a name the entities layer did not know ("American Express said", "Canadian Pacific said": the company speaks,
 * not the United States or Canada), or a news medium ({@link newsMedium}). Found in a review of Reuters-21578, where such
 * 010 events made up much of the 40% of all rows that were statements.
 * @param doc the parsed article
 * @param index the article's actor index (mentions by token)
 * @param ref the candidate speaker
 * @param first the sentence's first token; `end` its end token (exclusive)
 */
export function notASpeaker(doc: Doc, index: ActorIndex, ref: ActorRef, first: number, end: number): boolean {
  if (ref.entity.id.endsWith('~crowd')) return true;
  if (newsMedium(doc, ref, first, end)) return true;
  if (ref.entity.type !== 'NORP') return false;
  if (surnameOfPerson(index, ref)) return true;
  const k = ref.endToken;
  if (k >= end || index.mentionAt[k] >= 0 || !capitalised(doc, k) || AGENT_NOUNS.has(doc.lower[k])) return false;
  // a capitalised word in prose is part of the name whatever its tag ("American Express" is read as a verb); in a
  // headline only a proper noun is
  return doc.pos[k] === 'PROPN' || !titleCase(doc, first, end);
}

// Nouns that make a phrase a news medium ("Beirut radio stations", "the Iraqi news agency INA", "Soviet television")
const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  'radio', 'radios', 'television', 'tv', 'newspaper', 'newspapers', 'daily', 'dailies', 'weekly', 'weeklies',
  'broadcaster', 'broadcasters', 'station', 'stations', 'magazine', 'magazines', 'reporter', 'reporters', 'correspondent',
  'correspondents', 'journalist', 'journalists', 'press',
]);

/**
 * True when the speaker phrase is a news medium: the actor's agent is MED, or a medium noun stands in its noun phrase
 * right after the mention ("Beirut radio stations said", "the Iraqi press said") or right before it ("the Iraqi news
 * agency INA said"; "agency" only after "news"). A medium relays what others said or did; it is the source of the
 * report, not a party to a statement (PETRARCH2's CAMEO.2.0 dictionary codes REPORT [---], nothing). In the reut2-014
 * hand check such 010s had a capital or a wrong country as speaker: "Beirut radio stations said" LBNGOV, "INA" JPN.
 * @param doc the parsed article
 * @param ref the candidate speaker
 * @param first the sentence's first token; `end` its end token (exclusive)
 */
export function newsMedium(doc: Doc, ref: ActorRef, first: number, end: number): boolean {
  if (ref.entity.agent === 'MED' || (ref.actor ?? '').endsWith('MED')) return true;
  if (ref.mention.kind === 'pronoun') return false;
  const medium = (k: number) => MEDIUM_NOUNS.has(doc.lower[k]) || (doc.lower[k] === 'agency' && k > 0 && doc.lower[k - 1] === 'news');
  for (let k = ref.endToken; k < Math.min(end, ref.endToken + 3); k++) {
    if (doc.pos[k] !== 'NOUN' && doc.pos[k] !== 'PROPN' && doc.pos[k] !== 'ADJ') break;
    if (medium(k)) return true;
  }
  for (let k = ref.firstToken - 1; k >= Math.max(first, ref.firstToken - 3); k--) {
    if (doc.pos[k] !== 'NOUN' && doc.pos[k] !== 'PROPN' && doc.pos[k] !== 'ADJ') break;
    if (medium(k)) return true;
  }
  return false;
}

/**
 * True when a people word (a religion or nationality: NORP) is written as the surname of a person the article names:
 * "But Christians said the bank …" after "joint spokesman F. Wilhelm Christians said" (reut2-012) speaks for the
 * person, not for Christians (CHR). Surnames match case-sensitively, as written.
 * @param index the article's actor index (every entity's mentions)
 * @param ref the candidate speaker, a NORP mention
 */
function surnameOfPerson(index: ActorIndex, ref: ActorRef): boolean {
  const surface = ref.mention.text;
  for (const r of index.refs) {
    if (r.entity.type !== 'PERSON' || r.mention.kind !== 'name') continue;
    const name = r.mention.text;
    if (name.length > surface.length && name.endsWith(surface) && name[name.length - surface.length - 1] === ' ') return true;
  }
  return false;
}

/**
 * True when a statement's target mention only modifies the noun after it ("the Iranian coast", "U.S. truck sales",
 * "Japanese financial institutions", "the U.S. dollar"): the statement is about a thing of that country, not addressed
 * to or about the country as an actor (PETRARCH codes a country word inside a noun phrase only with an agent noun:
 * "Japanese officials"), nor one naming the country's act ("the Israel action", "Soviet-American talks": the statement
 * is about the country). Adjectives, numbers and hyphens between are skipped; a possessive ('s) is no modifier.
 * @param doc the parsed article
 * @param index the article's actor index (mentions by token)
 * @param ref the candidate target
 * @param end the sentence's end token (exclusive)
 * @param actsAreActors true (default): a noun naming the country's act keeps it an actor; false: only agent nouns do
 *   (an office holder's country is not that of "U.S. sanctions" he talks about)
 */
export function modifiesNoun(doc: Doc, index: ActorIndex, ref: ActorRef, end: number, actsAreActors = true): boolean {
  const type = ref.entity.type;
  if (type !== 'NORP' && type !== 'GPE') return false;
  let k = ref.endToken;
  while (k < end && (doc.pos[k] === 'ADJ' || doc.pos[k] === 'NUM' || doc.lower[k] === '-') && index.mentionAt[k] < 0) k++;
  if (k >= end || index.mentionAt[k] >= 0) return false;
  if (doc.pos[k] !== 'NOUN' && doc.pos[k] !== 'PROPN') return false;
  return !AGENT_NOUNS.has(doc.lower[k]) && !(actsAreActors && ACT_NOUNS.has(doc.lower[k]));
}

/**
 * True when a statement's target is a nationality word after a form of "be" ("said the grain on sale was Belgian",
 * "is largely French"): it says where something is from, it names no actor the statement is made to or about (as a
 * country word modifying a noun, {@link modifiesNoun}). A noun after the word ("was Belgian grain") is left to that
 * test.
 * @param doc the parsed article
 * @param ref the candidate target
 * @param first the sentence's first token
 * @param end the sentence's end token (exclusive)
 */
export function predicateNationality(doc: Doc, ref: ActorRef, first: number, end: number): boolean {
  if (ref.entity.type !== 'NORP' && ref.entity.type !== 'GPE') return false;
  if (!/^\p{Lu}\p{Ll}+(?:an|ian|ish|ese|i|ch|ic)$/u.test(doc.text.slice(doc.starts[ref.firstToken], doc.ends[ref.endToken - 1]))) return false;
  let k = ref.firstToken - 1;
  while (k > first && doc.pos[k] === 'ADV') k--;
  if (k < first || doc.lemmas[k] !== 'be') return false;
  const next = ref.endToken;
  return next >= end || (doc.pos[next] !== 'NOUN' && doc.pos[next] !== 'PROPN');
}

/**
 * True when a statement's target only possesses a thing named after it ("stressed Labour's election pledge", "the
 * cornerstone of Labour's programme", "said it liked Brazil's coffee"): the statement is about the thing, not made to or
 * about its owner as an actor. A possessed agent noun ("Brazil's negotiators") or act noun ("Brazil's decision", "its
 * plans") or a noun naming what the owner said ("at odds with Brazil's prediction") keeps the owner: the statement is
 * about what the actor does or says. Found in the sixth hand check (BBC politics 300–360: a government's statements
 * about "Labour's achievements" and "Labour's programme" coded GBRGOV → GBRPTY).
 * @param doc the parsed article
 * @param index the article's actor index (mentions by token)
 * @param ref the candidate target
 * @param end the sentence's end token (exclusive)
 */
export function possessorOfThing(doc: Doc, index: ActorIndex, ref: ActorRef, end: number): boolean {
  let k = ref.endToken;
  if (k >= end || !(doc.lower[k] === "'s" || doc.lower[k] === "'" || doc.lower[k] === '’s')) return false;
  k++;
  let head = -1;
  while (k < end && index.mentionAt[k] < 0 && (doc.pos[k] === 'ADJ' || doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || doc.pos[k] === 'NUM')) {
    if (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN') head = k;
    k++;
  }
  // a possessed phrase that goes on to another actor ("met Brazil's Workers Party cabinet") is that actor's
  if (k < end && index.mentionAt[k] >= 0) return false;
  return head >= 0 && !AGENT_NOUNS.has(doc.lower[head]) && !ACT_NOUNS.has(doc.lower[head]) && !SPEECH_NOUNS.has(doc.lower[head]);
}

// Nouns naming what an actor said ("at odds with the mayor's forecast"): a statement about it answers its owner
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'prediction', 'predictions', 'claim', 'claims', 'remarks', 'comments', 'comment', 'statement', 'statements', 'words', 'warning',
  'warnings', 'accusation', 'accusations', 'promise', 'promises', 'pledge', 'pledges', 'demand', 'demands', 'request', 'call', 'calls',
]);

/**
 * True when a statement's target is the subject of what was said: its mention, with the nouns it modifies or possesses
 * ("said Japanese officials had asked", "said Japan's market was closed") and the other members of a compound subject
 * ("said Britain and Japan were close"), is followed by the clause's verb ("Canada said Brazil was drafting new rules",
 * "a party said its chancellor would lead the push"). Such an actor is whom the report is about, not whom the statement
 * is made to. PETRARCH2 decides so: its SAY (the EXPLAIN_VERBAL [010] block of CAMEO.2.0.txt) takes a target from its
 * own object or prepositional phrase, and a reported clause whose subject acts on no one gives it none (PETRtree.py,
 * VerbPhrase.get_meaning drops a lower event with neither target nor code); the CAMEO 1.1b3 manual's 010 example (a
 * general saying an alliance must stay strong) names no target either. Where the reported clause is itself an act on
 * someone, that act is coded (a that-clause event), not a statement about its subject.
 * @param doc the parsed article
 * @param index the article's actor index (mentions by token)
 * @param ref the candidate target
 * @param end the sentence's end token (exclusive)
 */
export function subjectOfReport(doc: Doc, index: ActorIndex, ref: ActorRef, end: number): boolean {
  // "said the U.S. Was shielding its arms makers": in wire copy that capitalises the word after "U.S.", the
  // mention ran over the clause's verb, which is its last word
  if (ref.endToken - ref.firstToken > 1 && CLAUSE_AUXILIARIES.has(doc.lower[ref.endToken - 1])) return true;
  let k = skipParenthesis(doc, ref.endToken, end);
  // the rest of a compound subject: "Britain and Japan", "Britain, France and Japan", "the Dutch and the Danes, as well
  // as Norway," (a determiner may open a member; "as well as" joins one)
  for (;;) {
    let m = k;
    if (m + 1 < end && (doc.lower[m] === 'and' || doc.lower[m] === 'or' || doc.lower[m] === ',')) m++;
    else break;
    if (m + 2 < end && doc.lower[m] === 'as' && doc.lower[m + 1] === 'well' && doc.lower[m + 2] === 'as') m += 3;
    const determiner = m < end && doc.pos[m] === 'DET' && index.mentionAt[m] < 0;
    if (determiner) m++;
    if (m >= end || index.mentionAt[m] < 0) break;
    while (m < end && index.mentionAt[m] >= 0) m++;
    // "with Uganda and the Ugandan border was open": a determiner's phrase that goes on to a noun is a clause's
    // subject of its own, no member
    if (determiner && m < end && (doc.pos[m] === 'NOUN' || doc.pos[m] === 'PROPN' || doc.pos[m] === 'ADJ')) break;
    k = skipParenthesis(doc, m, end);
  }
  // the comma closing an "as well as" member: "…, as well as Norway, kept ships there"
  if (k < end && doc.lower[k] === ',' && k + 1 < end && (doc.pos[k + 1] === 'VERB' || doc.pos[k + 1] === 'AUX')) k++;
  // an aside between commas after the subject: "said that Peru, under pressure from its miners, was holding out"
  k = pastCommaAside(doc, k, end);
  // a possessor stands for the noun after it ("Japan's market"), a modifier heads on its noun ("Brazilian officials")
  const possessor = k < end && (doc.lower[k] === "'s" || doc.lower[k] === "'" || doc.lower[k] === '’s');
  if (possessor) k++;
  let nouns = 0;
  while (k < end && nouns < 4 && index.mentionAt[k] < 0 && (doc.pos[k] === 'ADJ' || doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || doc.pos[k] === 'NUM')) {
    k++;
    nouns++;
    k = skipParenthesis(doc, k, end);
    // the noun may own the subject in turn: "said the EU panel's scheme will raise costs"
    if (k + 1 < end && (doc.lower[k] === "'s" || doc.lower[k] === '’s') && (doc.pos[k + 1] === 'NOUN' || doc.pos[k + 1] === 'ADJ')) k++;
  }
  if (possessor && nouns === 0) return false;
  while (k < end && (doc.pos[k] === 'ADV' || doc.lower[k] === 'not' || doc.lower[k] === "n't")) k++;
  if (k >= end) return false;
  return doc.pos[k] === 'AUX' || (doc.pos[k] === 'VERB' && !doc.lower[k].endsWith('ing'));
}

// Words that open an aside after a clause's subject: a prepositional phrase ("under pressure from X") or a relative clause
const ASIDE_OPENERS: ReadonlySet<string> = new Set([
  'under', 'with', 'without', 'despite', 'in', 'like', 'unlike', 'after', 'before', 'for', 'as', 'among', 'along', 'backed', 'led', 'which', 'who', 'whose',
]);

// Reporting verbs that may follow their content ('…, said officials'), not verbs of a reported clause
export const INVERTED_REPORTING: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'declared', 'noted', 'wrote', 'reported', 'explained', 'argued', 'insisted']);

/**
 * The token after an aside between commas that opens at `k` ("Peru, under pressure from its miners, was …", "Peru,
 * which joined the group last year, would …"), or `k` itself when none does: the aside opens with a preposition or a
 * relative word ({@link ASIDE_OPENERS}), closes with a comma within 15 tokens and holds no finite verb unless it is a
 * relative clause. The caller then asks whether the clause's verb follows. Found in the eighth hand check (reut2-019:
 * a prime minister's remark that a neighbour, pressed by its farmers, stood alone against a reform was coded as a
 * statement to that neighbour).
 * @param doc the parsed article
 * @param k the token after the subject
 * @param end the sentence's end token (exclusive)
 */
function pastCommaAside(doc: Doc, k: number, end: number): number {
  if (k + 2 >= end || doc.lower[k] !== ',' || !ASIDE_OPENERS.has(doc.lower[k + 1])) return k;
  const relative = doc.lower[k + 1] === 'which' || doc.lower[k + 1] === 'who' || doc.lower[k + 1] === 'whose';
  for (let j = k + 2; j < Math.min(end, k + 17); j++) {
    const w = doc.lower[j];
    // '…Chile, which ignored the warnings, said officials': an inverted reporting verb after the aside is no clause's verb
    if (w === ',') return j > k + 2 && !(j + 1 < end && INVERTED_REPORTING.has(doc.lower[j + 1])) ? j + 1 : k;
    if (w === ';' || w === ':' || w === 'that' || w === '"' || w === '“' || w === '”') return k;
    if (!relative && (doc.pos[j] === 'AUX' || (doc.pos[j] === 'VERB' && !w.endsWith('ing') && !w.endsWith('ed')))) return k;
  }
  return k;
}

// Auxiliaries that open a clause's verb phrase; a multi-word mention ending in one has swallowed the verb
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set([
  'was', 'is', 'were', 'are', 'has', 'had', 'have', 'would', 'could', 'should', 'might', 'did', 'does',
]);
// (not "may", "will", "can" or "must": names end in them, "Theresa May")

/**
 * The token after a parenthesis that opens at `k` ("Group of Seven (G-7) ministers", "the Organisation (OECD) said"),
 * or `k` itself when none opens there or it does not close within 6 tokens.
 * @param doc the parsed article
 * @param k a token index
 * @param end the sentence's end token (exclusive)
 */
function skipParenthesis(doc: Doc, k: number, end: number): number {
  if (k >= end || doc.lower[k] !== '(') return k;
  for (let j = k + 1; j < Math.min(end, k + 7); j++) if (doc.lower[j] === ')') return j + 1;
  return k;
}

// Words that open a place or an example in what was said: "licensed to sell in Canada and Japan", "countries such as
// Turkey", "loans made to India", "on his return from a visit to Japan"
// … or a time: "spoke to reporters after a summit of EU leaders in Porto"; … or a venue: "will come up at next
// month's session of the Fund"
const PLACE_OR_EXAMPLE_WORDS: ReadonlySet<string> = new Set(['in', 'to', 'as', 'including', 'like', 'across', 'throughout', 'after', 'before', 'during', 'at']);
// Nouns whose "to" names an audience, not a place: "a speech to the Commons", "a letter to the EU"
const AUDIENCE_NOUNS: ReadonlySet<string> = new Set(['speech', 'speeches', 'address', 'letter', 'letters', 'message', 'messages', 'remarks', 'statement', 'testimony', 'briefing', 'appeal', 'report', 'submission', 'note']);

/**
 * True when a statement's target is a place, a venue or an example named in what was said: the phrase, or the list it
 * ends ("in three eastern provinces, northern Chile and Peru"), follows "in", "to", "at", "such as", "including", "like",
 * "across" or "throughout". A country where something is sold, to which loans went or that a speaker visited is what the statement
 * is about, not whom it is made to (the fifth hand check, reut2-016: 6 of 50 sampled events, all wrong, were 010s with
 * such a target). An addressee is no such phrase: right after the reporting verb ("said to Japan") or after a speech
 * or a letter ("in a speech to the Commons").
 * @param doc the parsed article
 * @param ref the candidate target
 * @param trigger the reporting verb's token
 */
export function placeOrExample(doc: Doc, ref: ActorRef, trigger: number): boolean {
  let k = ref.firstToken - 1;
  // back over the list the phrase ends and the words that open it: "in three eastern provinces, northern Chile and Peru"
  // and over "of" inside the phrase: "in the port area of Tampico, Mexico"
  for (let steps = 0; k > trigger && steps < 12; steps++, k--) {
    const p = doc.pos[k];
    if (p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'PROPN' || p === 'NOUN' || p === 'CCONJ' || doc.lower[k] === ',') continue;
    // "at next month's session of the Fund": a possessive inside the phrase
    if ((doc.lower[k] === "'s" || doc.lower[k] === '\u2019s') && k - 1 > trigger && doc.pos[k - 1] === 'NOUN') continue;
    if (doc.lower[k] === 'of' && k - 1 > trigger && (doc.pos[k - 1] === 'NOUN' || doc.pos[k - 1] === 'PROPN')) continue;
    break;
  }
  if (k <= trigger + 1 && doc.lower[k] === 'to') return false;
  // "in his speech to the Commons": the audience of a speech or a letter is whom the statement is made to
  if (doc.lower[k] === 'to' && k > 0 && AUDIENCE_NOUNS.has(doc.lower[k - 1])) return false;
  // "said before leaving Tripoli that …", "after visiting Japan": a time phrase of the saying, no addressee
  if (k - 1 > trigger && doc.lower[k].endsWith('ing') && GERUND_TIME_WORDS.has(doc.lower[k - 1])) return true;
  return k > trigger && PLACE_OR_EXAMPLE_WORDS.has(doc.lower[k]);
}

// Words before a gerund that make a time phrase: "before leaving X", "after visiting X", "on arriving in X"
const GERUND_TIME_WORDS: ReadonlySet<string> = new Set(['before', 'after', 'while', 'when', 'on', 'upon', 'since']);

// Possessive pronouns that may open an addressee phrase ("told his cabinet")
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * True when a statement made with "tell" has an addressee that is no coded political actor (reporters, a news
 * conference, the newsletter, a military parade, "them") and the candidate target stands after that addressee's phrase:
 * the statement was made to the addressee, and what comes after it ("told reporters at a news briefing held after
 * talks with X", "told the newsletter that … OPEC oil …", "told a parade there was no tension with X") is an occasion
 * or what was said, not whom it was made to. PETRARCH2's SAY (CAMEO.2.0.txt) takes its target from its own object or
 * prepositional phrase; here the object is the addressee, and an uncoded or news-medium addressee gives none. A coded
 * actor in the addressee's phrase is whom the statement was made to, and then every target stays ("told Brazil", "told
 * the Commons", "told a conference of ASEAN ministers", "told a meeting attended by Chilean officials"). Found in the
 * sixth hand check (five statements whose target stood past an uncoded addressee) and in reut2-017.
 * @param doc the parsed article
 * @param index the article's actor index (mentions by token)
 * @param trigger the reporting verb's token
 * @param tgt the candidate target
 * @param end the sentence's end token (exclusive)
 */
export function pastUncodedAddressee(doc: Doc, index: ActorIndex, trigger: number, tgt: ActorRef, end: number): boolean {
  if (doc.lemmas[trigger] !== 'tell' || tgt.firstToken <= trigger) return false;
  let k = trigger + 1;
  const mentionIsMedium = (m: number) => newsMedium(doc, index.refs[index.mentionAt[m]], trigger + 1, end);
  if (k < end && doc.pos[k] === 'PRON' && !POSSESSIVE_PRONOUNS.has(doc.lower[k])) return tgt.firstToken > k;
  // the addressee's noun phrase, with "of", "from" and "attended by" phrases inside it
  let nouns = 0;
  for (;;) {
    // (a pronoun other than a possessive one opens what was said: "told reporters he would seek a meeting with X")
    while (k < end && (doc.pos[k] !== 'PRON' || POSSESSIVE_PRONOUNS.has(doc.lower[k])) && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'NUM' || doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || POSSESSIVE_PRONOUNS.has(doc.lower[k]) || doc.lower[k] === "'s" || doc.lower[k] === '’s' || index.mentionAt[k] >= 0)) {
      // a coded actor in the addressee's phrase is whom it was said to: that target and the others stay
      if (index.mentionAt[k] >= 0 && doc.pos[k] !== 'PRON' && index.refs[index.mentionAt[k]].actor !== null && !mentionIsMedium(k)) return false;
      if (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || index.mentionAt[k] >= 0) nouns++;
      k++;
    }
    if (k < end && (doc.lower[k] === 'of' || doc.lower[k] === 'from')) k++;
    else if (k + 1 < end && doc.lower[k] === 'attended' && doc.lower[k + 1] === 'by') k += 2;
    else break;
  }
  return nouns > 0 && tgt.firstToken >= k;
}

/** Nouns of a party's own audience after its name ("a Labour Party gathering", "the Tory conference", "Labour MPs"). */
const PARTY_AUDIENCE: ReadonlySet<string> = new Set([
  'gathering', 'gatherings', 'conference', 'conferences', 'rally', 'rallies', 'meeting', 'meetings', 'members', 'mps', 'activists',
  'faithful', 'supporters', 'candidates', 'councillors', 'delegates', 'audience', 'dinner', 'forum', 'congress', 'convention',
]);

/**
 * Whether a statement made with "tell" is addressed to a party audience of the speaker's own country ("told the
 * Parliamentary Labour Party", "told a Labour Party meeting", "told the Tory conference"): a leader or minister
 * speaking at a party's meeting speaks to his own party, whose members are his audience, not the target of what he
 * says. The knowledge base records no party of an office holder (the prime minister is GBRGOV, his party GBRPTY), so
 * such statements were coded as a government's statements to a party (CAMEO 010 GBRGOV → GBRPTY). The party must be
 * the addressee right after the verb (determiners and name words between), named as a party ("… Party") or followed by
 * an audience noun; "told the Tories they had no plan" (a party named as the one spoken to) keeps its target. Found in
 * the sixth and tenth events hand checks (BBC politics: three statements to the speaker's own party).
 * @param doc the parsed article
 * @param trigger the reporting verb's token
 * @param src the source; `tgt` the candidate target
 * @param end the sentence's end token (exclusive)
 */
export function ownPartyAudience(doc: Doc, trigger: number, src: ActorRef, tgt: ActorRef, end: number): boolean {
  if (doc.lemmas[trigger] !== 'tell' || tgt.actor === null || src.actor === null || !tgt.actor.endsWith('PTY')) return false;
  if (src.actor.slice(0, 3) !== tgt.actor.slice(0, 3) || tgt.firstToken <= trigger || tgt.firstToken - trigger > 4) return false;
  for (let k = trigger + 1; k < tgt.firstToken; k++) if (doc.pos[k] !== 'DET' && doc.pos[k] !== 'ADJ' && doc.pos[k] !== 'PROPN') return false;
  return doc.lower[tgt.endToken - 1] === 'party' || (tgt.endToken < end && PARTY_AUDIENCE.has(doc.lower[tgt.endToken]));
}
