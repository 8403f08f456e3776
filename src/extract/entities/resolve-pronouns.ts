import type { DocView } from './doc-view.js';
import { COMPANY_COUNTRY_RULE } from './group-countries.js';
import type { DraftEntity } from './build-entities.js';
import { bystanderMention, oneSide } from './pair-bystanders.js';
import { rawMention, type RawMention } from './raw-mention.js';
import { sortByStart } from './sort-by-start.js';

type PronounClass = 'male' | 'female' | 'plural' | 'neuter';

/** Third-person pronouns and the antecedents they agree with. */
const PRONOUNS: ReadonlyMap<string, PronounClass> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
  ['they', 'plural'], ['them', 'plural'], ['their', 'plural'], ['theirs', 'plural'], ['themselves', 'plural'],
  ['its', 'neuter'], ['it', 'neuter'],
]);

/**
 * Verbs after which "it" is an organisation or state speaking or acting ("the ministry said it would"),
 * not the expletive "it" ("it is vital that…"). Lemmas.
 */
const IT_VERBS = new Set([
  'say', 'add', 'warn', 'announce', 'deny', 'claim', 'insist', 'accuse', 'urge', 'plan', 'want', 'hope', 'expect', 'reject', 'welcome', 'condemn', 'agree', 'refuse', 'intend', 'vow', 'pledge', 'threaten', 'respond', 'argue', 'believe', 'seek', 'call',
  // reporting and stance verbs of business and agency copy ("It estimated …", "it noted", "It blamed …", "it pointed to …")
  'estimate', 'note', 'blame', 'point', 'predict', 'forecast', 'cite', 'report', 'state', 'tell', 'confirm', 'explain', 'decline', 'recommend', 'propose', 'acknowledge', 'admit', 'complain', 'stress', 'disclose', 'reveal', 'allege', 'promise', 'reiterate', 'declare', 'reply', 'concede', 'contend', 'maintain', 'caution',
]);

/**
 * Words that may stand between a speaking "it" and its verb: auxiliaries, the negation and a few adverbs ("It has said",
 * "It did not say", "it also plans", "It has already pumped"); "is"/"was"/"are" only before an -ing form ("It is predicting"),
 * so that "It is expected that …" (a passive, expletive "it") stays out. Lower-case keys.
 */
const IT_BETWEEN: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'not', "n't", '’t',
  'also', 'still', 'now', 'later', 'previously', 'already', 'earlier', 'further', 'again', 'recently', 'repeatedly', 'then', 'however',
]);
/** Progressive auxiliaries: allowed between "it" and its verb only before an -ing form. */
const IT_PROGRESSIVE: ReadonlySet<string> = new Set(['is', 'was', 'are', "'s", '’s']);
/** Most words between "it" and its verb (see {@link IT_BETWEEN}). */
const IT_MAX_BETWEEN = 3;

/** How far back (in sentences) an antecedent may be. */
const WINDOW = 3;
/**
 * Farthest a candidate may end before the pronoun, in tokens: four news sentences are about 100 tokens, so this
 * only binds in text with overlong sentences (a 760,000-character text with no full stops made every earlier
 * mention a candidate of every pronoun: quadratic, 5.9 s of 9.8).
 */
const MAX_TOKEN_DISTANCE = 400;

interface Candidate {
  entity: DraftEntity;
  mention: RawMention;
  score: number;
}

/**
 * The first token of the clause segment mention `m` stands in: inside quotation marks, the token after
 * the opening mark; outside, the sentence start.
 */
function segmentStart(view: DocView, m: RawMention): number {
  const s = view.doc.sentences[m.sentence];
  if (view.inQuote[m.tokStart] === 0) return s.firstToken;
  let i = m.tokStart - 1;
  while (i >= s.firstToken && view.inQuote[i] !== 2) i--;
  return i + 1;
}

/**
 * A number naming the clause segment of mention `m` whose first token is `start` (from segmentStart):
 * -(sentence + 1) outside quotation marks, start × sentence count + sentence inside them, so that no
 * string key is built per mention.
 */
function segmentKey(view: DocView, m: RawMention, start: number): number {
  return view.inQuote[m.tokStart] !== 0 ? start * view.doc.sentences.length + m.sentence : -(m.sentence + 1);
}

/** Reflexive pronouns, bound within their clause ({@link resolvePronouns}). */
const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves']);

/** Reporting verbs that, after a mention, make it the speaker ("…, Mr Howard said"). */
const REPORTING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'argued', 'insisted', 'stressed', 'claimed', 'concluded', 'declared']);

/**
 * Whether `m` is the speaker of an attribution that follows what was said: outside quotation marks, right after a
 * comma or a closing quotation mark (a determiner, adjectives and names between: "the Tory leader"), and right before a reporting verb
 * ("…, the Tory leader said after …", "…," he added).
 */
function attributionAfterContent(view: DocView, m: RawMention): boolean {
  if (view.inQuote[m.tokStart] !== 0 || m.tokEnd >= view.doc.tokenCount || !REPORTING_VERBS.has(view.keys[m.tokEnd])) return false;
  let k = m.tokStart - 1;
  while (k >= 0 && (view.doc.pos[k] === 'DET' || view.doc.pos[k] === 'ADJ' || view.doc.pos[k] === 'PROPN')) k--;
  return k >= 0 && (view.keys[k] === ',' || view.inQuote[k] === 2);
}

/**
 * Whether mention `m` is the subject of its segment (the sentence outside quotation marks, or the quoted
 * stretch it stands in): the first entity mention of the segment, before its first verb, not right after
 * a preposition, not a possessor ("Mr Brown's Budget"); or the speaker of an attribution after its content
 * ({@link attributionAfterContent}: "…, the Tory leader said"). BBC politics 364 (2005): "He urged the chancellor" after "…, the Tory leader
 * said" went to the chancellor named at the sentence's start as a possessor.
 */
function isSubject(view: DocView, m: RawMention, firstInSegment: Map<number, number>): boolean {
  // the speaker of a report given after its content ("…, the Tory leader said after …") is its sentence's subject
  if (attributionAfterContent(view, m)) return true;
  const start = segmentStart(view, m);
  const quoted = view.inQuote[m.tokStart] !== 0;
  if (firstInSegment.get(segmentKey(view, m, start)) !== m.start) return false;
  for (let i = start; i < m.tokStart; i++) {
    if ((view.inQuote[i] !== 0) !== quoted || view.inQuote[i] === 2) continue;
    const pos = view.doc.pos[i];
    if (pos === 'VERB' || pos === 'AUX') return false;
  }
  const prev = m.tokStart - 1;
  if (prev >= start && view.doc.pos[prev] === 'ADP') return false;
  // a possessor opening the sentence is no subject: "Mr Brown's Budget was not about …" is about the Budget
  return !(m.tokEnd < view.doc.tokenCount && (view.keys[m.tokEnd] === "'s" || view.keys[m.tokEnd] === '’s'));
}

/**
 * The token index of the opening mark of a quotation that ends right before token `t` (only closing
 * punctuation between), or doc.tokenCount when there is none (so no token is after it).
 */
function quotationJustBefore(view: DocView, t: number): number {
  let j = t - 1;
  while (j >= 0 && view.inQuote[j] !== 2 && /^[,.!?;:]$/.test(view.keys[j])) j--;
  if (j < 0 || view.inQuote[j] !== 2) return view.doc.tokenCount;
  let o = j - 1;
  while (o >= 0 && view.inQuote[o] !== 2) o--;
  return o >= 0 ? o : view.doc.tokenCount;
}

/**
 * Resolves third-person pronouns to entities by salience: candidates are mentions (names and resolved
 * descriptions) in the same sentence before the pronoun or up to three sentences back; they must agree
 * in gender (he/she → persons whose gender is that or unknown) or number (they → plural groups and
 * peoples only; its, and "it" before a reporting verb → organisations and states). The score prefers
 * the same sentence (+4) over the previous ones (+2, +1, +0.5), subjects of their sentence or quoted
 * stretch (+2), a known matching gender (+1) and entities mentioned often (+0.1 per mention, up to
 * 0.5); ties go to the nearest. A pronoun outside quotation marks skips the names quoted in its own sentence
 * ('"I thank President Ruiz," he wrote'). A clear he/she link sets the gender of a person whose name did not.
 * A he/she outside quotation marks with no candidate in the window goes to the person the last he/she outside
 * quotation marks went to, when that one is within the window (rule `pronoun-chain`, confidence 0.6), else to the
 * article's most mentioned person of that known gender (two name mentions or more; rule `pronoun-topic`, 0.45).
 * A plural pronoun or a "the two leaders"/"both sides" description after "X and Y" (two name mentions of
 * different entities, persons for "they") refers to both: it is added to each (rules
 * `pronoun-coordination`, `pair-description`, evidence both names); otherwise "they" is left unresolved
 * right after coordinated names. A "two"/"both" description with no "X and Y" before it refers to the two
 * entities of its type its sentence (else the sentence before) names, when there are exactly two
 * (`pair-description-two`: "Scholz met Macron, and the two leaders pledged …"). "The two sides" and "both parties" never
 * take mediators, hosts or places travelled to ("talks chaired by X and Y"), and no pair is one side named twice ("Nepal"
 * in "Nepal's government", "chairman Anton Weller of Norway"; pair-bystanders.ts).
 * Rule after Lappin & Leass (1994), simplified to surface salience.
 * @param view the article's DocView; `entities` drafts whose mentions are extended in place
 * @returns the number of pronouns linked
 */
export function resolvePronouns(view: DocView, entities: readonly DraftEntity[]): number {
  const { doc } = view;
  const all: { entity: DraftEntity; mention: RawMention }[] = [];
  for (const e of entities) for (const m of e.mentions) all.push({ entity: e, mention: m });
  all.sort((a, b) => a.mention.start - b.mention.start);
  const firstInSegment = new Map<number, number>();
  for (const { mention: m } of all) {
    // a wire dateline's place opens its sentence but is not its subject ("WASHINGTON, March 16 - Acme Inc said …")
    if (inDateline(view, m)) continue;
    const key = view.inQuote[m.tokStart] !== 0 ? segmentKey(view, m, segmentStart(view, m)) : -(m.sentence + 1);
    if (!firstInSegment.has(key)) firstInSegment.set(key, m.start);
  }
  const covered = new Uint8Array(doc.tokenCount);
  for (const { mention: m } of all) for (let i = m.tokStart; i < m.tokEnd; i++) covered[i] = 1;
  const orgCovered = new Uint8Array(doc.tokenCount);
  for (const { entity, mention: m } of all) if (entity.type === 'ORG') for (let i = m.tokStart; i < m.tokEnd; i++) orgCovered[i] = 1;

  const added: { entity: DraftEntity; mention: RawMention }[] = [];
  let linked = 0;
  let cursor = 0;
  // A pronoun's candidates, in parallel arrays reused from pronoun to pronoun (nc of them): an object and an
  // array a pronoun were most of this function's allocation.
  const candEntity: DraftEntity[] = [];
  const candMention: RawMention[] = [];
  const candScore: number[] = [];
  // the last he and she outside quotation marks that were resolved, for a pronoun with nobody in its window
  let lastMale: { entity: DraftEntity; mention: RawMention; sentence: number } | null = null;
  let lastFemale: { entity: DraftEntity; mention: RawMention; sentence: number } | null = null;
  // the last pronoun linked one by one (a reflexive's binder, when it stands between the reflexive and the nearest name)
  let lastLinked: { entity: DraftEntity; sentence: number; cls: PronounClass; start: number } | null = null;
  // the last "it" outside quotation marks that was resolved to a subject or speaker ("The agency said … It said …")
  let lastIt = null as { entity: DraftEntity; mention: RawMention; sentence: number } | null;
  for (let t = 0; t < doc.tokenCount; t++) {
    // Every pronoun opens with h, s, t or i: other tokens skip the map lookup.
    const c0 = view.keys[t].charCodeAt(0);
    if (c0 !== 0x68 && c0 !== 0x73 && c0 !== 0x74 && c0 !== 0x69) continue;
    const cls = PRONOUNS.get(view.keys[t]);
    if (!cls || covered[t]) continue;
    if (view.keys[t] === 'it' && !itRefers(view, t)) continue;
    const sentence = view.sentenceOf[t];
    const start = doc.starts[t];
    while (cursor < all.length && all[cursor].mention.start < start) cursor++;
    let nc = 0;
    const justQuoted = quotationJustBefore(view, t);
    // an "it" that speaks or acts ("It said", "said it would") is an organisation or a state, never a mere place
    const speaks = view.keys[t] === 'it';
    for (let k = cursor - 1; k >= 0; k--) {
      const { entity, mention } = all[k];
      const dist = sentence - mention.sentence;
      if (dist > WINDOW || t - mention.tokEnd > MAX_TOKEN_DISTANCE) break;
      if (!agrees(cls, entity)) continue;
      // the country inside "a US car company": "its" after it is the company's, which starts at the same word
      if (mention.rule === COMPANY_COUNTRY_RULE) continue;
      if (speaks && placeOnly(view, entity, mention)) continue;
      // "The US firm …. It has argued", "The UK's biggest mortgage lender said …. It is predicting": a country that
      // modifies a noun is not what "it"/"its" is
      if (cls === 'neuter' && modifiesNoun(view, entity, mention)) continue;
      // '"I thank President Ruiz," he wrote': a pronoun outside quotation marks is not someone its own
      // sentence's quotation names, nor the quotation right before it ('"… WIN!" he wrote', split into two
      // sentences after '!'): the speaker names others; other quoted names of earlier sentences stay candidates
      if (view.inQuote[t] === 0 && view.inQuote[mention.tokStart] !== 0 && (dist === 0 || mention.tokStart > justQuoted)) continue;
      let score = dist === 0 ? 4 : dist === 1 ? 2 : dist === 2 ? 1 : 0.5;
      if (isSubject(view, mention, firstInSegment)) score += 2;
      // "Iran reported an attack, while Baghdad said its forces had repelled it": the speaker right before the reported
      // clause the pronoun opens is who it is, over the sentence's subject
      if (dist === 0 && speakerOfClause(view, mention, t)) score += 3;
      // an organisation or state that spoke ("…, the paper said", "The bank said") before an "it" that speaks
      if (speaks && spoke(view, mention)) score += 1.5;
      if (cls !== 'plural' && entity.gender === cls) score += 1;
      score += Math.min(entity.mentions.length, 5) * 0.1;
      candEntity[nc] = entity;
      candMention[nc] = mention;
      candScore[nc] = score;
      nc++;
    }
    // "The report said …. It also called on …", "The advisory alerts operators …, but it does not recommend": the
    // subject before the "it" is a thing no entity names, and the "it" is that thing, no organisation
    if (cls === 'neuter' && thingSubjectBefore(view, t, covered, orgCovered)) continue;
    if (cls === 'neuter' && lastIt && sentence - lastIt.sentence <= WINDOW && speakingIt(view, t)) {
      // "The institute said … It said … It said the deficit …": an "it" that speaks goes on the chain of the last such
      // "it", as salient as a subject of its sentence; names in the predicates between ("the U.S. current account
      // deficit", "the OECD") took it before (reut2-003: a research unit's forecast, its "It said" went to whatever
      // organisation or country the sentence before named)
      const dist = sentence - lastIt.sentence;
      candEntity[nc] = lastIt.entity;
      candMention[nc] = lastIt.mention;
      candScore[nc] = (dist === 0 ? 4 : dist === 1 ? 2 : dist === 2 ? 1 : 0.5) + 2 + Math.min(lastIt.entity.mentions.length, 5) * 0.1;
      nc++;
    }
    if (cls === 'plural') {
      // "Putin and Xi met … They agreed": a plural pronoun after "X and Y" refers to both.
      const pair = coordinationBefore(view, all, cursor, t, PERSON_PAIR);
      // The candidates come nearest first, so the first one starts last.
      if (pair && (nc === 0 || pair[0].mention.start > candMention[0].start)) {
        for (const x of pair) added.push({ entity: x.entity, mention: pluralMention(view, t, t + 1, x.entity, pair, 'pronoun-coordination') });
        linked++;
        continue;
      }
    }
    let fallback = false;
    let chained = false;
    const last = cls === 'male' ? lastMale : cls === 'female' ? lastFemale : null;
    if (nc === 0 && last && view.inQuote[t] === 0 && sentence - last.sentence <= WINDOW) {
      // '…, he said. "…" "…," he concluded': nobody named in the window, but the same pronoun a few sentences
      // before was resolved: the chain goes on (BBC politics 364, 2005: "he concluded" went to the article's most
      // mentioned man, Gordon Brown, not Michael Howard, who "said" two sentences before)
      candEntity[0] = last.entity;
      candMention[0] = last.mention;
      candScore[0] = 0;
      nc = 1;
      chained = true;
    }
    if (nc === 0 && (cls === 'male' || cls === 'female')) {
      // Nobody within the window: the article's most mentioned person of that known gender so far (the
      // topic of a profile or interview is referred to by pronoun long after the name).
      const topic = topicPerson(all, cursor, cls);
      if (topic) {
        candEntity[0] = topic.entity;
        candMention[0] = topic.mention;
        candScore[0] = 0;
        nc = 1;
      }
      fallback = topic !== null;
    }
    if (nc === 0) continue;
    if (cls === 'plural' && coordinatedBefore(view, t)) continue;
    let b = 0;
    // A reflexive ("turned himself in") is bound in its own clause (binding principle A, Chomsky 1981): the
    // nearest agreeing name of its sentence, whatever the salience of the others (the candidates come nearest first).
    // A pronoun of the same class between that name and the reflexive is its binder ("Under the care of Dr Ruiz, he
    // was told not to restrain himself"): the reflexive goes where that pronoun went.
    const bound = !fallback && !chained && REFLEXIVES.has(view.keys[t]) && candMention[0].sentence === sentence;
    const binder = bound && lastLinked && lastLinked.sentence === sentence && lastLinked.cls === cls && lastLinked.start > candMention[0].start ? lastLinked.entity : null;
    if (binder) {
      for (let c = 0; c < nc; c++) if (candEntity[c] === binder) {
        b = c;
        break;
      }
    } else if (!bound) for (let c = 1; c < nc; c++) if (candScore[c] > candScore[b]) b = c;
    const best: Candidate = { entity: candEntity[b], mention: candMention[b], score: candScore[b] };
    let runnerUp = -Infinity;
    for (let c = 0; c < nc; c++) if (candEntity[c] !== best.entity && candScore[c] > runnerUp) runnerUp = candScore[c];
    const margin = best.score - runnerUp;
    const confidence = fallback ? 0.45 : chained ? 0.6 : Math.max(0.4, Math.min(0.95, margin === Infinity ? 0.9 : 0.5 + margin / 8));
    // A clear "he"/"she" link tells the gender of a person whose name did not (Lappin & Leass keep
    // agreement features on the discourse referent): later pronouns must then agree with it.
    if ((cls === 'male' || cls === 'female') && best.entity.gender === null && margin >= 2) best.entity.gender = cls;
    added.push({
      entity: best.entity,
      mention: rawMention(
        { start, end: doc.ends[t], tokStart: t, tokEnd: t + 1, sentence, evidence: [{ start: best.mention.start, end: best.mention.end }] },
        {
          kind: 'pronoun',
          type: best.entity.type,
          key: best.entity.key,
          name: doc.text.slice(start, doc.ends[t]),
          actor: null,
          country: null,
          agent: null,
          rule: fallback ? 'pronoun-topic' : chained ? 'pronoun-chain' : 'pronoun-salience',
          confidence: view.inQuote[t] === 1 ? confidence * 0.8 : confidence,
        },
      ),

    });
    lastLinked = { entity: best.entity, sentence, cls, start };
    // a chain starts only at a pronoun resolved to the subject of its sentence ("…, Mr Howard said. …, he said"), not
    // to a name in a predicate ("One of his fellow students was Vladimir Putin. …, he was posted": the profile's
    // subject is someone else) nor by the topic guess; and it is not renewed by the pronouns it resolves, so it
    // reaches only the window after that pronoun (an obituary's "he" long after a quoted reaction is the topic's)
    if (view.inQuote[t] === 0 && !fallback && !chained && isSubject(view, best.mention, firstInSegment)) {
      if (cls === 'male') lastMale = { entity: best.entity, mention: best.mention, sentence };
      else if (cls === 'female') lastFemale = { entity: best.entity, mention: best.mention, sentence };
    }
    // the "it" chain starts at an "it"/"its" resolved to a subject and, unlike the he/she chain, is renewed by the "it"
    // it resolves: wire copy runs "It said …" on for paragraphs after naming its source once
    if (cls === 'neuter' && view.inQuote[t] === 0 && itSpeaker(view, best.entity, best.mention) && (best.mention === lastIt?.mention || isSubject(view, best.mention, firstInSegment))) {
      lastIt = { entity: best.entity, mention: best.mention, sentence };
    }
    linked++;
  }
  // "the two leaders", "both sides": a plural description after "X and Y" refers to both.
  const startByEnd = new Map<number, number>();
  for (const { mention: m } of all) startByEnd.set(m.tokEnd, m.tokStart);
  for (let t = 0; t < doc.tokenCount; t++) {
    const d = pairDescriptionAt(view, t);
    if (!d || covered[t]) continue;
    let c = 0;
    while (c < all.length && all[c].mention.start < doc.starts[t]) c++;
    // "the two sides", "both parties": never mediators, hosts or places travelled to (pair-bystanders.ts)
    const skip = d.participants ? (m: RawMention) => bystanderMention(view, startByEnd, m) : null;
    const coordinated = coordinationBefore(view, all, c, t, d.types, skip);
    const pair = coordinated ?? onlyTwoBefore(view, all, c, t, d.types, skip);
    if (!pair || oneSide(view, pair[0].mention, pair[1].mention)) continue;
    const rule = coordinated ? 'pair-description' : 'pair-description-two';
    for (const x of pair) added.push({ entity: x.entity, mention: pluralMention(view, t, d.end, x.entity, pair, rule, 'nominal') });
    for (let i = t; i < d.end; i++) covered[i] = 1;
    linked++;
    t = d.end - 1;
  }
  for (const { entity, mention } of added) entity.mentions.push(mention);
  for (const e of entities) sortByStart(e.mentions);
  return linked;
}

/**
 * Whether token `t` is an "It" opening its sentence, outside quotation marks, before a reporting or stance verb ("It
 * said …", "It expects …"): the only "it" the "it" chain resolves. An "it"/"its" inside a sentence goes by salience,
 * where a name in the same sentence comes first ("a carmaker's news that it will sell its holding in a supplier": a
 * first version gave that "it" to the country of the chain).
 */
function speakingIt(view: DocView, t: number): boolean {
  return view.keys[t] === 'it' && view.inQuote[t] === 0 && t === view.doc.sentences[view.sentenceOf[t]].firstToken && speechVerbAfter(view, t);
}

/**
 * Whether an "it" resolved to mention `m` of entity `e` may start or renew the "it" chain: an organisation, or a
 * country named as such (a country code), and not a place in a wire dateline ("HORSHAM, Pa., March 5 - The company
 * said …": the dateline city opens the sentence and looks like its subject; a first version chained the company's
 * "It said" to the town in 20 of 43 changed links over BBC politics 1-200 + reut2-010).
 */
function itSpeaker(view: DocView, e: DraftEntity, m: RawMention): boolean {
  return (e.type === 'ORG' || (e.type === 'GPE' && e.actor !== null && e.actor.length === 3)) && !inDateline(view, m);
}

/**
 * Whether mention `m` of entity `e` names a place that cannot be the "it" that speaks or acts (the only "it" resolved:
 * itRefers): a wire dateline's place ("WASHINGTON, March 16 - Acme Inc told …"), or a place with no actor code (a
 * city, a region: "Belgrade", not the state "Yugoslavia" nor a seat of government coded as such). Fresh-eyes review 20:
 * a company's "It said" went to the dateline city Washington, and a news agency's "It" to a place named before it.
 */
function placeOnly(view: DocView, e: DraftEntity, m: RawMention): boolean {
  if (e.type !== 'GPE') return false;
  return e.actor === null || inDateline(view, m);
}

/**
 * Whether mention `m` is the speaker of a reported clause that pronoun `t` opens: the mention, a reporting verb, then
 * at most "that" or a day word, then the pronoun ("Baghdad said its forces …", "the ministry said today it …"), all
 * outside quotation marks.
 */
function speakerOfClause(view: DocView, m: RawMention, t: number): boolean {
  const k = m.tokEnd;
  if (k >= t || view.inQuote[t] !== 0 || view.inQuote[m.tokStart] !== 0 || !REPORTING_VERBS.has(view.keys[k])) return false;
  let j = k + 1;
  if (j < t && (view.keys[j] === 'today' || view.keys[j] === 'yesterday')) j++;
  if (j < t && view.keys[j] === 'that') j++;
  return j === t;
}

/**
 * Whether mention `m` is a speaker: followed by a reporting or stance verb ("The bank said", "Acme Inc told") or the
 * attribution after its content ("…, the paper said").
 */
function spoke(view: DocView, m: RawMention): boolean {
  let after = m.tokEnd;
  // "the Institute for Fiscal Studies (IFS) said", "Manufacturers' organisation, the EEF, said": past a short form in
  // brackets, or the comma closing an apposition opened by a comma
  if (view.keys[after] === '(' && view.keys[after + 2] === ')') after += 3;
  else if (view.keys[after] === ',' && m.tokStart > 0 && (view.keys[m.tokStart - 1] === ',' || (view.keys[m.tokStart - 1] === 'the' && view.keys[m.tokStart - 2] === ','))) after++;
  return (after < view.doc.tokenCount && IT_VERBS.has(view.doc.lemmas[after])) || attributionAfterContent(view, m);
}

/** Part-of-speech tags of words between a country and the noun it modifies ("US car company", "UK's biggest mortgage lender"). */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);

/**
 * Whether mention `m` of a place or people `e` modifies a common noun of its noun phrase: "The US firm", "The UK's biggest
 * mortgage lender", "its existing US wine business" — a country so written is not the "it" or "its" of the firm, the lender
 * or the business (BBC business, 2004-05: "The US firm … It has argued" went to the United States). Not a country before a
 * name ("Russia's Yukos") nor one standing alone.
 */
function modifiesNoun(view: DocView, e: DraftEntity, m: RawMention): boolean {
  if (e.type !== 'GPE' && e.type !== 'NORP') return false;
  let i = m.tokEnd;
  if (view.keys[i] === "'s" || view.keys[i] === '’s') i++;
  let words = 0;
  while (i < view.doc.tokenCount && view.sentenceOf[i] === m.sentence && MODIFIER_TAGS.has(view.doc.pos[i]) && words < 4) {
    i++;
    words++;
  }
  return words > 0 && view.doc.pos[i - 1] === 'NOUN';
}

/**
 * Head nouns of things that say or recommend ("the report said", "The Express poll … It confirmed"): a subject so headed,
 * which no entity names, is what a following "it" is. Lower case.
 */
const THING_HEADS: ReadonlySet<string> = new Set([
  'report', 'poll', 'survey', 'study', 'advisory', 'paper', 'statement', 'review', 'document', 'letter', 'filing', 'research',
  'analysis', 'audit', 'article', 'book', 'bulletin', 'newsletter', 'memo', 'ruling', 'announcement',
  // (not figures, data, an index or a forecast: they say nothing, so a speaking "it" after them is the company named
  // before — "The figures beat forecasts. It said demand stayed strong.")
]);

/**
 * Whether the subject before an "it" at token `t` is a thing no entity names ({@link THING_HEADS}): the subject of its own
 * sentence when the "it" stands after that sentence's first verb ("The advisory alerts operators …, but it does not
 * recommend any action"), else the subject of the sentence before ("The report said … It also called on …"). The subject is
 * the noun phrase before the sentence's first verb, opened by a determiner or possessive; `covered` marks tokens of
 * entity mentions, `orgCovered` those of organisations' mentions. BBC business (2004-05): such "it"s went to an organisation or country named a sentence or two before.
 */
function thingSubjectBefore(view: DocView, t: number, covered: Uint8Array, orgCovered: Uint8Array): boolean {
  const { doc } = view;
  const own = doc.sentences[view.sentenceOf[t]];
  const verbAt = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX') return i;
    return -1;
  };
  let s = own;
  let v = verbAt(own.firstToken, t);
  if (v < 0) {
    if (view.sentenceOf[t] === 0) return false;
    s = doc.sentences[view.sentenceOf[t] - 1];
    v = verbAt(s.firstToken, s.endToken);
    if (v < 0) return false;
  }
  // the subject: not a noun inside an opening phrase ("In a statement, Qantas said", "Under the proposal, Snyder …"),
  // nor one whose phrase names an organisation ("the NIESR report", "The study, from the Centre for …, does"), whose
  // "it" the organisation may be
  let determiner = false;
  let opening = false;
  let found = false;
  for (let i = s.firstToken; i < v; i++) {
    const k = view.keys[i];
    if (doc.pos[i] === 'ADP' || doc.pos[i] === 'SCONJ') opening = true;
    if (k === ',') {
      opening = false;
      determiner = false;
    }
    if (orgCovered[i]) return false;
    if (opening) continue;
    if (k === 'the' || k === 'a' || k === 'an' || k === 'its' || k === "'s" || k === '’s') determiner = true;
    // (the tagger reads "The advisory alerts" as an adjective before a verb)
    const noun = doc.pos[i] === 'NOUN' || (doc.pos[i] === 'ADJ' && i + 1 === v);
    if (determiner && !covered[i] && noun && THING_HEADS.has(k) && (i + 1 === v || doc.pos[i + 1] !== 'NOUN')) found = true;
  }
  return found;
}

/** Whether mention `m` starts inside a wire dateline ("WASHINGTON, March 16 -"). */
function inDateline(view: DocView, m: RawMention): boolean {
  for (const d of view.doc.datelines) if (m.start >= d.start && m.start < d.end) return true;
  return false;
}

/**
 * Whether a reporting or stance verb ({@link IT_VERBS}) follows token `t` in its sentence, right after it or past
 * auxiliaries, the negation and adverbs ({@link IT_BETWEEN}): "it said", "It has said", "It did not say", "it also
 * plans", "It is predicting"; not "It is expected", "It has been said" (a passive or "been" stops the search). BBC business
 * (2004-05) + Reuters reut2-013: 134 of 334 "it" speakers of quotes were unresolved, most with an auxiliary or adverb
 * before the verb, or a verb of business copy ("It estimated", "it noted", "It blamed").
 */
function speechVerbAfter(view: DocView, t: number): boolean {
  const { doc } = view;
  const sentence = view.sentenceOf[t];
  for (let i = t + 1; i < doc.tokenCount && i <= t + 1 + IT_MAX_BETWEEN && view.sentenceOf[i] === sentence; i++) {
    if (IT_VERBS.has(doc.lemmas[i]) && !(i > t + 1 && IT_PROGRESSIVE.has(view.keys[i - 1]) && !view.keys[i].endsWith('ing'))) return true;
    if (IT_PROGRESSIVE.has(view.keys[i]) && i + 1 < doc.tokenCount && view.keys[i + 1].endsWith('ing')) continue;
    if (!IT_BETWEEN.has(view.keys[i])) return false;
  }
  return false;
}

/**
 * Whether "it" at token t refers to an actor: followed by a reporting or stance verb ("it said", "it
 * denied", "It has said": {@link speechVerbAfter}), or the subject of a reported modal ("the ministry said it would") — otherwise it is taken
 * as expletive or as referring to a thing.
 */
function itRefers(view: DocView, t: number): boolean {
  const { doc } = view;
  if (speechVerbAfter(view, t)) return true;
  const prev = t > 0 ? doc.lemmas[t - 1] : '';
  return (prev === 'say' || prev === 'announce' || prev === 'add') && /^(will|would|could|can|may|might|had|has|have|did|does)$/.test(view.keys[t + 1] ?? '');
}

function agrees(cls: PronounClass, e: DraftEntity): boolean {
  // Loops, not some() with an arrow: called for every candidate of every pronoun.
  if (cls === 'neuter') return (e.type === 'ORG' || e.type === 'GPE') && !hasRule(e.mentions, 'country-group-plural', 'capital-location');
  if (cls === 'plural') return hasRule(e.mentions, 'demonym-plural', 'country-group-plural');
  return e.type === 'PERSON' && (e.gender === null || e.gender === cls);
}

/** Whether some mention's rule is `a` or `b`. */
function hasRule(mentions: readonly RawMention[], a: string, b: string): boolean {
  for (let k = 0; k < mentions.length; k++) if (mentions[k].rule === a || mentions[k].rule === b) return true;
  return false;
}

/**
 * True when "and" between two proper nouns stands before token `t` in its sentence ("X and Y", whose plural pronoun
 * means both: the caller then leaves "they" unresolved).
 */
function coordinatedBefore(view: DocView, t: number): boolean {
  const s = view.doc.sentences[view.sentenceOf[t]];
  for (let i = t - 1; i > s.firstToken; i--) {
    if (view.keys[i] === 'and' && view.doc.pos[i - 1] === 'PROPN' && view.doc.pos[i + 1] === 'PROPN') return true;
  }
  return false;
}

/**
 * The person with the most name mentions before `upto` (index into `all`, sorted by offset) whose
 * gender is known and equals `gender`, with that person's latest mention; ties go to the most recent.
 */
function topicPerson(all: readonly { entity: DraftEntity; mention: RawMention }[], upto: number, gender: 'male' | 'female'): { entity: DraftEntity; mention: RawMention } | null {
  const counts = new Map<DraftEntity, { n: number; mention: RawMention }>();
  for (let k = 0; k < upto; k++) {
    const { entity, mention } = all[k];
    if (entity.type !== 'PERSON' || entity.gender !== gender || mention.kind !== 'name') continue;
    const c = counts.get(entity);
    counts.set(entity, { n: (c?.n ?? 0) + 1, mention });
  }
  let best: { entity: DraftEntity; mention: RawMention; n: number } | null = null;
  for (const [entity, c] of counts) if (!best || c.n > best.n || (c.n === best.n && c.mention.start > best.mention.start)) best = { entity, mention: c.mention, n: c.n };
  return best && best.n >= 2 ? { entity: best.entity, mention: best.mention } : null;
}

/** Entity types a pair of conjuncts may have: persons for "they" and "the two leaders". */
const PERSON_PAIR: ReadonlySet<string> = new Set(['PERSON']);
/** Entity types for "the two sides", "both countries": states, organisations, persons (as their sides). */
const ANY_PAIR: ReadonlySet<string> = new Set(['PERSON', 'GPE', 'ORG', 'NORP']);
/** Plural heads of "the two …"/"both …" descriptions and the conjunct types they refer to. */
const PAIR_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['leaders', 'men', 'women', 'presidents', 'ministers', 'officials', 'diplomats', 'politicians', 'heads'].map((w) => [w, PERSON_PAIR] as const),
  ...['sides', 'countries', 'nations', 'governments', 'states', 'parties', 'capitals', 'neighbours', 'neighbors', 'allies', 'rivals'].map((w) => [w, ANY_PAIR] as const),
]);
/** How many sentences back "X and Y" may stand before the plural that refers to both. */
const PAIR_WINDOW = 2;

/**
 * "the two leaders", "both sides", "both men" at token t: the end token of the description and the
 * entity types its conjuncts may have, or null.
 */
function pairDescriptionAt(view: DocView, t: number): { end: number; types: ReadonlySet<string>; participants: boolean } | null {
  const k = view.keys;
  let i = t;
  if (k[i] === 'the' && k[i + 1] === 'two') i += 2;
  else if (k[i] === 'both') {
    i += 1;
    if (k[i] === 'the') i++;
  } else return null;
  const types = PAIR_HEADS.get(k[i] ?? '');
  return types && view.sentenceOf[i] === view.sentenceOf[t] ? { end: i + 1, types, participants: k[i] === 'sides' || k[i] === 'parties' } : null;
}

/**
 * The most recent coordination "X and Y" of two name mentions of different entities of the given types
 * before token t (within {@link PAIR_WINDOW} sentences): `all` sorted by offset, `upto` the index of the
 * first mention at or after t; `skip` passes over a coordination whose first conjunct it holds (a bystander).
 */
function coordinationBefore(view: DocView, all: readonly { entity: DraftEntity; mention: RawMention }[], upto: number, t: number, types: ReadonlySet<string>, skip: ((m: RawMention) => boolean) | null = null): { entity: DraftEntity; mention: RawMention }[] | null {
  const sentence = view.sentenceOf[t];
  for (let k = upto - 1; k > 0; k--) {
    const b = all[k];
    if (sentence - b.mention.sentence > PAIR_WINDOW) break;
    if (b.mention.kind !== 'name' || !types.has(b.entity.type)) continue;
    const a = all[k - 1];
    if (a.mention.kind !== 'name' || a.entity === b.entity || !types.has(a.entity.type)) continue;
    if (a.mention.tokEnd + 1 !== b.mention.tokStart || view.keys[a.mention.tokEnd] !== 'and') continue;
    // "X and Y" must not itself be inside a longer list ("X, Y and Z").
    if (k >= 2 && view.keys[a.mention.tokStart - 1] === ',') continue;
    if (skip?.(a.mention)) continue;
    return [a, b];
  }
  return null;
}

/**
 * Without "X and Y": the two entities of the given types named by name in the sentence of token t before
 * it, or else in the sentence before ("Scholz met Macron in Paris, and the two leaders pledged …"), when
 * that sentence names exactly two different ones; "two"/"both" in the description is the evidence. None when
 * `skip` holds one of the two (a bystander).
 */
function onlyTwoBefore(view: DocView, all: readonly { entity: DraftEntity; mention: RawMention }[], upto: number, t: number, types: ReadonlySet<string>, skip: ((m: RawMention) => boolean) | null = null): { entity: DraftEntity; mention: RawMention }[] | null {
  const sentence = view.sentenceOf[t];
  for (const s of [sentence, sentence - 1]) {
    const named: { entity: DraftEntity; mention: RawMention }[] = [];
    for (let k = upto - 1; k >= 0 && all[k].mention.sentence >= s; k--) {
      const x = all[k];
      if (x.mention.sentence !== s || x.mention.kind !== 'name' || !types.has(x.entity.type)) continue;
      if (!named.some((n) => n.entity === x.entity)) named.unshift(x);
    }
    // (a bystander still counts as one of the names: it is never one of the two)
    if (named.length === 2) return skip && named.some((n) => skip(n.mention)) ? null : named;
    if (named.length > 2) return null;
  }
  return null;
}

/** A pronoun or description [a, b) that refers to each entity of a coordinated pair. */
function pluralMention(view: DocView, a: number, b: number, entity: DraftEntity, pair: readonly { mention: RawMention }[], rule: string, kind: 'pronoun' | 'nominal' = 'pronoun'): RawMention {
  const { doc } = view;
  const start = doc.starts[a];
  const end = doc.ends[b - 1];
  const evidence = pair.map((x) => ({ start: x.mention.start, end: x.mention.end }));
  return rawMention(
    { start, end, tokStart: a, tokEnd: b, sentence: view.sentenceOf[a], evidence },
    { kind, type: entity.type, key: entity.key, name: doc.text.slice(start, end), actor: null, country: null, agent: null, rule, confidence: 0.7 },
  );
}
