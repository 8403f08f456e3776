import type { Entity, Mention } from '../../model/entity.js';
import type { Doc, Sentence } from '../../nlp/doc.js';
import { tokenAtOrAfter } from '../../nlp/doc.js';
import { businessSectorAfter, companyBeforeOf } from './company-of-country.js';
import { modifiesNoun } from './statement-actors.js';

/** One actor as it appears in a sentence: the entity, the mention that names it here, its CAMEO code. */
export interface ActorRef {
  readonly entity: Entity;
  readonly mention: Mention;
  /** CAMEO actor code: the entity's `actor`, else its `country`, else null. */
  readonly actor: string | null;
  readonly firstToken: number;
  readonly endToken: number;
}

/**
 * Builds an {@link ActorRef}; every ref is built here, fields in one order, so all refs share one object shape (a ref
 * spread from another had a shape of its own, and each new shape met after V8 optimised actorChunks, nounCandidate or
 * codeEvents made them deoptimise and be compiled again; see src/ingest/README.md).
 * @param entity the entity; `mention` the mention; `actor` its CAMEO actor code or null; `firstToken`, `endToken` the
 *   mention's token range `[firstToken, endToken)`
 */
export function actorRef(entity: Entity, mention: Mention, actor: string | null, firstToken: number, endToken: number): ActorRef {
  return { entity, mention, actor, firstToken, endToken };
}

/**
 * An actor phrase of a sentence: consecutive entity mentions inside one noun phrase
 * ("US Secretary of State Antony Blinken", "The US and China"), split into conjuncts at "and"/"or"/",",
 * each conjunct reduced to its head (the last mention not followed by a possessive 's).
 */
export interface ActorChunk {
  readonly first: number;
  /** Token after the last mention token of the chunk. */
  readonly end: number;
  readonly heads: readonly ActorRef[];
  /** Lower-cased preposition (or "that") introducing the phrase, null when none. */
  readonly prep: string | null;
  /** Followed by a possessive 's ("Blinken's visit"). */
  readonly possessive: boolean;
}

/**
 * Entity mentions indexed by token: `mentionAt[i]` is an index into `refs`, −1 when none.
 * `partners[k]` lists the refs of other entities whose mention has exactly ref k's span: one phrase naming
 * several actors at once ("the two leaders", "both sides" after "X met Y"); empty for most refs.
 */
export interface ActorIndex {
  readonly refs: readonly ActorRef[];
  readonly mentionAt: Int32Array;
  readonly partners: ReadonlyMap<number, readonly number[]>;
}

/** Nouns after a nationality adjective that make the phrase a thing, not an actor. */
const NON_ACTOR_HEADS = new Set(['language', 'languages', 'cuisine', 'food', 'dish', 'art', 'literature', 'music', 'film', 'films', 'alphabet', 'script', 'dialect']);

/** Currency nouns after a country name ("US dollars", "Hong Kong dollar"). */
const CURRENCY_HEADS = new Set(['dollar', 'dollars', 'cent', 'cents', 'euro', 'euros', 'yuan', 'yen', 'rupee', 'rupees', 'rouble', 'roubles', 'ruble', 'rubles', 'franc', 'francs', 'peso', 'pesos', 'currency', 'currencies', 'treasuries']);

const KIND_RANK = { name: 3, nominal: 2, pronoun: 1 } as const;

/**
 * Indexes every entity mention by the tokens it covers. Where mentions overlap, the longer one wins
 * (a nominal "the top US diplomat" over the "US" inside it), then the better kind (name > nominal > pronoun).
 * A mention with exactly the span of another entity's mention (coreference gives "the two leaders" to both
 * people) is recorded as that mention's partner instead of competing with it.
 * @param doc the article's Doc
 * @param entities the entities layer (mentions are offsets into `doc.text`)
 */
export function indexActors(doc: Doc, entities: readonly Entity[]): ActorIndex {
  const refs: ActorRef[] = [];
  const mentionAt = new Int32Array(doc.tokenCount).fill(-1);
  const partners = new Map<number, number[]>();
  for (const entity of entities) {
    const actor = entity.actor ?? entity.country ?? null;
    for (const mention of entity.mentions) {
      const first = tokenAtOrAfter(doc, mention.start);
      let end = first;
      while (end < doc.tokenCount && doc.starts[end] < mention.end) end++;
      if (end === first) continue;
      const ref = actorRef(entity, mention, actor, first, end);
      const idx = refs.length;
      refs.push(ref);
      const owner = mentionAt[first];
      if (owner >= 0) {
        const o = refs[owner];
        if (o.entity !== entity && o.mention.start === mention.start && o.mention.end === mention.end) {
          const list = partners.get(owner);
          if (list) list.push(idx);
          else partners.set(owner, [idx]);
          continue;
        }
      }
      const len = mention.end - mention.start;
      for (let i = first; i < end; i++) {
        const cur = mentionAt[i];
        if (cur >= 0) {
          const old = refs[cur];
          const oldLen = old.mention.end - old.mention.start;
          if (oldLen > len || (oldLen === len && KIND_RANK[old.mention.kind] >= KIND_RANK[mention.kind])) continue;
        }
        mentionAt[i] = idx;
      }
    }
  }
  return { refs, mentionAt, partners };
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const CONJUNCTIONS = new Set(['and', 'or', '&', ',']);
const APPOSITION_DETS = new Set(['a', 'an', 'the']);

/** True for tokens that may sit between two mentions of one noun phrase. */
function npInternal(doc: Doc, i: number): boolean {
  const pos = doc.pos[i];
  const w = doc.lower[i];
  if (pos === 'DET' || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM') return true;
  if (pos === 'PART') return POSSESSIVE_MARKS.has(w);
  if (pos === 'CCONJ') return w === 'and' || w === 'or' || w === '&' || w === 'nor';
  if (pos === 'ADP') return w === 'of';
  if (pos === 'PUNCT') return w === ',' || w === '-' || w === '–';
  return false;
}

/**
 * The actor phrases of one sentence, in order. Mentions whose actor code is null still form phrases
 * (so "Microsoft's co-founder Bill Gates" has Gates as its head), but heads prefer coded mentions.
 * @param doc the Doc
 * @param index mentions by token ({@link indexActors})
 * @param sentence the sentence
 * @returns phrases sorted by first token
 */
export function actorChunks(doc: Doc, index: ActorIndex, sentence: Sentence): ActorChunk[] {
  const out: ActorChunk[] = [];
  const { mentionAt } = index;
  const refs = ethnicResidents(doc, localRefs(doc, index, sentence), mentionAt, sentence);
  const end = sentence.endToken;
  let i = sentence.firstToken;
  while (i < end) {
    if (mentionAt[i] < 0) {
      i++;
      continue;
    }
    // a nationality adjective on a thing, not on people: "the Russian language", "Chinese cuisine"
    const r = refs[mentionAt[i]];
    // a country naming a currency, not an actor: "150 million US dollars", "Hong Kong dollars"
    if (r.endToken < end && CURRENCY_HEADS.has(doc.lower[r.endToken])) {
      i = r.endToken;
      continue;
    }
    if (r.entity.type === 'NORP' && r.endToken < end && NON_ACTOR_HEADS.has(doc.lower[r.endToken])) {
      i = r.endToken;
      continue;
    }
    // a country joined to a participle names a backer or a base of the noun after it, not an actor of the event:
    // "the Cuban-backed Angolan government", "U.S.-backed rebels", "British-based U.S. planes"
    if (backerModifier(doc, r.endToken, end)) {
      i = r.endToken;
      continue;
    }
    const first = i;
    const conjuncts: { ref: ActorRef; possessive: boolean }[][] = [[]];
    let j = i;
    let hasAnd = false;
    let lastEnd = i;
    for (;;) {
      const m = mentionAt[j];
      let k = j;
      while (k < end && mentionAt[k] === m) k++;
      const possessive = k < end && POSSESSIVE_MARKS.has(doc.lower[k]) && doc.pos[k] !== 'PUNCT';
      // "Angola's U.S.-backed UNITA": the backer ends the phrase before it (and opens none, see above)
      if (j > first && backerModifier(doc, k, end)) break;
      const cur = conjuncts[conjuncts.length - 1];
      // a place naming an agreement, a meeting or a negotiating round ("flouting the Paris accord", "rejected the Uruguay
      // Round proposals") stays in the phrase without an actor code: the phrase is no actor, and no other is sought
      let ref = namesAnAct(doc, refs[m], end) || namesCurrency(doc, refs[m], end) ? actorRef(refs[m].entity, refs[m].mention, null, refs[m].firstToken, refs[m].endToken) : refs[m];
      // "Uruguayan suppliers", "Japanese steel mills": the country's business sector (company-of-country.ts)
      if (ref.actor !== null && ref.actor.length === 3 && (ref.entity.type === 'NORP' || ref.entity.type === 'GPE') && businessSectorAfter(doc, mentionAt, ref.endToken, end))
        ref = actorRef(ref.entity, ref.mention, `${ref.actor}BUS`, ref.firstToken, ref.endToken);
      // "the US-led coalition", "US-led security forces": the leading state's military (ledForces)
      else if (ref.actor !== null && ref.actor.length === 3 && (ref.entity.type === 'NORP' || ref.entity.type === 'GPE') && ledForces(doc, mentionAt, refs, ref.endToken, end))
        ref = actorRef(ref.entity, ref.mention, `${ref.actor}MIL`, ref.firstToken, ref.endToken);
      if (!cur.some((c) => c.ref.mention === ref.mention)) cur.push({ ref, possessive });
      // "the two leaders": one phrase, several actors, each its own conjunct as if joined by "and"
      for (const p of index.partners.get(m) ?? []) {
        conjuncts.push([{ ref: refs[p], possessive }]);
        hasAnd = true;
      }
      lastEnd = k;
      let sep = false;
      let comma = false;
      while (k < end && mentionAt[k] < 0 && npInternal(doc, k)) {
        const w = doc.lower[k];
        // "Serbia's suppression of Albanian unrest": a possessor and an of-phrase are different actors
        if (w === 'of' && possessive) break;
        // "Germany pressured Ukraine": a past-tense verb the tagger reads as an adjective, between two names
        if (doc.pos[k] === 'ADJ' && w.endsWith('ed') && mentionAt[k - 1] >= 0 && k + 1 < end && mentionAt[k + 1] >= 0) break;
        // "Pakistan, a key U.S. ally": an apposition opened by a determiner is a phrase of its own
        if (w === ',' && k + 1 < end && doc.pos[k + 1] === 'DET' && APPOSITION_DETS.has(doc.lower[k + 1]) && !listContinues(doc, mentionAt, k + 1, end)) break;
        if (w === 'and' || w === 'or' || w === '&' || w === 'nor') {
          sep = true;
          hasAnd = true;
        }
        if (w === ',') comma = true;
        k++;
      }
      // "… to Ukraine, Chancellor Olaf Scholz said": a name right before a verb after a comma starts a new clause
      if (comma && !sep && k < end && mentionAt[k] >= 0 && startsClause(doc, mentionAt, k, end)) break;
      // "Russia criticised NATO, and China accused Japan": after ", and"/", but" a name right before its own verb starts
      // a clause of its own, unless it ends a list ("Britain, France, and Germany agreed")
      if (comma && sep && conjuncts.length === 1 && k < end && mentionAt[k] >= 0 && startsClause(doc, mentionAt, k, end)) break;
      if (k < end && mentionAt[k] >= 0 && !(possessive && doc.lower[k - 1] === 'of')) {
        if (sep || comma) conjuncts.push([]);
        j = k;
        continue;
      }
      break;
    }
    // Commas split conjuncts only in lists ("A, B and C"); otherwise they mark an apposition.
    let groups = conjuncts;
    if (!hasAnd && conjuncts.length > 1) groups = [conjuncts.flat()];
    const heads: ActorRef[] = [];
    for (const g of groups) {
      if (g.length === 0) continue;
      const head = groupHead(doc, g);
      if (!heads.includes(head)) heads.push(head);
    }
    let prep = prepBefore(doc, first, sentence.firstToken);
    // "<Gandalf Technologies Inc> of Canada": a company from the country, its business sector (companyBeforeOf), in
    // the slot of the company name's own preposition ("an agreement with <…> of Canada")
    if (prep === 'of' && heads.length === 1 && heads[0].entity.type === 'GPE' && heads[0].actor !== null && heads[0].actor.length === 3) {
      const company = companyBeforeOf(doc, mentionAt, first, sentence.firstToken);
      if (company >= 0) {
        const h = heads[0];
        heads[0] = actorRef(h.entity, h.mention, `${h.actor}BUS`, h.firstToken, h.endToken);
        prep = prepBefore(doc, company, sentence.firstToken);
      }
    }
    out.push({
      first,
      end: lastEnd,
      heads,
      prep,
      possessive: lastEnd < end && POSSESSIVE_MARKS.has(doc.lower[lastEnd]) && doc.pos[lastEnd] !== 'PUNCT',
    });
    i = lastEnd;
  }
  return out;
}


/** Words between a person's possessive and a name that make the named person no agent of the possessor ("Mr Brown's former advisor", "his wife"). */
const NOT_ACTING_FOR: ReadonlySet<string> = new Set([
  'former', 'ex', 'one-time', 'onetime', 'erstwhile', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'widow', 'nephew', 'niece',
  'cousin', 'friend', 'rival', 'critic', 'opponent', 'biographer', 'predecessor', 'successor', 'challenger', 'accuser', 'lawyer', 'attorney',
]);

/** True when a word in {@link NOT_ACTING_FOR} lies between token `from` (a possessor's end) and `to` (the next name). */
function notActingFor(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NOT_ACTING_FOR.has(doc.lower[k])) return true;
  return false;
}

/**
 * The head of one conjunct of an actor phrase (its mentions in text order, each with whether a possessive mark follows
 * it): the most specific actor code among the non-possessors (a coded possessor, not a person, when no head is coded), a name before
 * a pronoun, ties to the last; a people right after its country word keeps the country ("Iraqi Kurds").
 */
function groupHead(doc: Doc, g: readonly { readonly ref: ActorRef; readonly possessive: boolean }[]): ActorRef {
  // possessors inside the phrase are modifiers ("China's President Xi"); the last mention is always a candidate
  const nonPoss = g.filter((c, k) => !c.possessive || k === g.length - 1);
  const pool = nonPoss.length ? nonPoss : g;
  // an uncoded head takes a coded possessor's place ("Lebanon's new President Elias Hrawi" → Lebanon; "President Bush's
  // spokesman Marlin Fitzwater" → Bush), not a person's former aide or a relative, friend or rival, who does not act for
  // that person ("Mr Brown's former advisor Ed Balls … said", BBC politics 361, was coded as Brown, GBRGOV)
  let coded = pool.some((c) => c.ref.actor !== null)
    ? pool.filter((c) => c.ref.actor !== null)
    : g.filter((c, k) => c.ref.actor !== null && !(c.possessive && c.ref.entity.type === 'PERSON' && k + 1 < g.length && notActingFor(doc, c.ref.endToken, g[k + 1].ref.firstToken)));
  // a name beats a pronoun inside one phrase ("Great Britain two of its nationals" → Great Britain)
  if (coded.some((c) => c.ref.mention.kind !== 'pronoun')) coded = coded.filter((c) => c.ref.mention.kind !== 'pronoun');
  // the most specific code wins ("Bree Prime Minister Romendacil": BREGOV over BRE), ties go to the last
  let head = pool[pool.length - 1].ref;
  let best = -1;
  for (const c of coded) {
    const len = c.ref.actor!.length;
    // a people right after a country word lives there: "Iraqi Kurds", "Bosnian Serbs" (CAMEO IRQKUR: the country comes first)
    const residents = len === best && c.ref.entity.type === 'NORP' && head.endToken === c.ref.firstToken && (head.entity.type === 'NORP' || head.entity.type === 'GPE');
    if (len >= best && !residents) {
      best = len;
      head = c.ref;
    }
  }
  return head;
}

/** Nouns naming an agreement or a meeting by the place where it was made or held ("the Paris accord", "the Geneva talks"). */
const ACT_HEADS: ReadonlySet<string> = new Set(['accord', 'accords', 'agreement', 'agreements', 'pact', 'treaty', 'convention', 'protocol', 'declaration', 'summit', 'conference', 'communique', 'talks', 'round', 'process',
  // a creditors' group named by its town: "the Paris Club", "the London club" (seventh hand check, reut2-014: FRAGOV)
  'club']);

/**
 * True when the mention names an act by its place, not an actor: a negotiating round ("the Uruguay Round", "the Tokyo
 * Round": a name ending in "Round"), or a town or a seat of power (a place whose actor code is not its country's own)
 * right before an agreement or meeting noun ("the Paris accord", "the Louvre agreement"). A country before such a noun
 * stays an actor ("the Soviet-American talks", "the Iran accord"); so does a creditors' club named by its town ("the Paris
 * Club" is no French government). Found in a hand check of Reuters-21578: "flouting the
 * Paris accord" had made the French government a target, and "the Uruguay proposals" Uruguay (see also issue notes).
 */
function namesAnAct(doc: Doc, r: ActorRef, end: number): boolean {
  const last = r.endToken - 1;
  if (last > r.firstToken && doc.lower[last] === 'round' && doc.text.charCodeAt(doc.starts[last]) === 82 /* R */) return true;
  const e = r.entity;
  if ((e.type !== 'GPE' && e.type !== 'LOC') || r.actor === e.country || r.endToken >= end) return false;
  return ACT_HEADS.has(doc.lower[r.endToken]);
}

/** Currency nouns a country word names ("U.S. dlrs", "Taiwan dollars", "Swiss francs"); not marks or pounds, which are verbs too ("Russia pounds …"). */
const CURRENCY_NOUNS: ReadonlySet<string> = new Set(['dlr', 'dlrs', 'dollar', 'dollars', 'franc', 'francs', 'yen', 'sterling', 'peso', 'pesos', 'lira', 'lire', 'rupee', 'rupees', 'guilder', 'guilders', 'rand', 'cruzado', 'cruzados', 'shilling', 'shillings', 'dinar', 'dinars', 'riyal', 'riyals', 'yuan', 'euro', 'euros', 'rouble', 'roubles', 'ruble', 'rubles', 'krona', 'kronor', 'krone', 'kroner', 'baht', 'ringgit', 'rupiah']);

/**
 * True when a country word only names a currency ("loans of 1.3 billion Brunei dlrs", "reserves of 51 billion U.S.
 * dollars"): the money is no actor, so the phrase has no actor code (a currency amount was the target of an
 * accusation, an appeal and a request in the ninth hand check; CAMEO codes actors, not the units of sums).
 */
function namesCurrency(doc: Doc, r: ActorRef, end: number): boolean {
  const e = r.entity;
  if ((e.type !== 'GPE' && e.type !== 'NORP' && e.type !== 'LOC') || r.endToken >= end) return false;
  return CURRENCY_NOUNS.has(doc.lower[r.endToken]) && doc.pos[r.endToken] !== 'VERB';
}

/**
 * Participles that, hyphened to a country word, make it a modifier of the noun after ("Iran-backed", "U.S.-based",
 * "state-owned"). Not "led": "the Saudi-led coalition" is coded as its leader (CAMEO coders code a coalition by
 * the state leading it). Found in a hand check of Reuters-21578 (reut2-010): "Velmora's U.S.-backed northern rebel front
 * has proposed…" (in that story's shape) coded the United States as the source, "fighting the Cuban-backed Angolan government" Cuba as the target.
 */
const BACKER_PARTICIPLES: ReadonlySet<string> = new Set(['backed', 'based', 'owned', 'sponsored', 'funded', 'financed', 'supported', 'trained', 'armed', 'equipped', 'built', 'made', 'born', 'educated', 'registered', 'flagged', 'listed', 'occupied', 'controlled', 'held', 'allied', 'aligned', 'installed', 'brokered', 'inspired']);

/** Nouns of armed forces a state may lead with others: "the US-led coalition", "Saudi-led forces". */
const LED_FORCE_NOUNS: ReadonlySet<string> = new Set(['coalition', 'coalitions', 'force', 'forces', 'troops', 'alliance', 'army', 'armies', 'military', 'contingent', 'mission', 'peacekeepers']);

/**
 * True when token `k` opens "-led" hyphened to the country word before it and the noun phrase after names armed forces
 * ({@link LED_FORCE_NOUNS}, adjectives and nouns before it: "the US-led coalition", "US-led security forces", "the
 * Saudi-led military coalition"), with no other coded actor mention in it: such a coalition is coded as the leading state's
 * military (USAMIL), as a state's forces are, where "-led" otherwise codes the leader itself ("the US-led invasion",
 * "the US-led war": the state). PETRARCH2's agents dictionary codes FORCES and TROOPS as MIL; re3d's and TempEval-3's
 * coalition air strikes, killings and accusations had USA (a helper brief of session 28).
 */
function ledForces(doc: Doc, mentionAt: Int32Array, refs: readonly ActorRef[], k: number, end: number): boolean {
  if (!(k + 2 < end && doc.lower[k] === '-' && doc.lower[k + 1] === 'led' && doc.starts[k] === doc.ends[k - 1] && doc.starts[k + 1] === doc.ends[k])) return false;
  for (let j = k + 2; j < end && j < k + 6; j++) {
    // (an uncoded mention of the forces is part of the phrase: "US-led security forces")
    if (mentionAt[j] >= 0 && refs[mentionAt[j]].actor !== null) return false;
    if (LED_FORCE_NOUNS.has(doc.lower[j]) && doc.pos[j] !== 'VERB') return !(j + 1 < end && (doc.pos[j + 1] === 'NOUN' || doc.pos[j + 1] === 'PROPN') && !LED_FORCE_NOUNS.has(doc.lower[j + 1]));
    if (doc.pos[j] !== 'ADJ' && doc.pos[j] !== 'NOUN' && doc.lower[j] !== '-') return false;
  }
  return false;
}

/** True when token `k` is a hyphen written close between the mention before it and a backer participle ({@link BACKER_PARTICIPLES}). */
function backerModifier(doc: Doc, k: number, end: number): boolean {
  return k + 1 < end && k > 0 && doc.lower[k] === '-' && doc.starts[k] === doc.ends[k - 1] && doc.starts[k + 1] === doc.ends[k] && BACKER_PARTICIPLES.has(doc.lower[k + 1]);
}

/**
 * True when the mentions from `k` are followed directly by a verb ("…, Chancellor Olaf Scholz said"), or by an
 * apposition opened by a determiner and closed by a comma, then a verb ("…, and Belarus, a close ally, accused Poland").
 */
function startsClause(doc: Doc, mentionAt: Int32Array, k: number, end: number): boolean {
  let j = k;
  while (j < end && mentionAt[j] >= 0) j++;
  j = afterApposition(doc, j, end);
  return j < end && (doc.pos[j] === 'VERB' || doc.pos[j] === 'AUX') && !POSSESSIVE_MARKS.has(doc.lower[j]);
}

/** Longest apposition skipped by {@link afterApposition}, in tokens between its commas ("a close ally of Moscow"). */
const MAX_APPOSITION_TOKENS = 8;

/**
 * The token after an apposition ", a close ally," starting at the comma `j`: a determiner ({@link APPOSITION_DETS})
 * opens it, a comma closes it within {@link MAX_APPOSITION_TOKENS} tokens, and no verb or "and"/"or" lies between (a
 * list "X, the Y and Z" or a clause is none); `j` itself when no apposition starts there.
 */
function afterApposition(doc: Doc, j: number, end: number): number {
  if (j + 1 >= end || doc.lower[j] !== ',' || doc.pos[j + 1] !== 'DET' || !APPOSITION_DETS.has(doc.lower[j + 1])) return j;
  for (let i = j + 2; i < end && i <= j + 1 + MAX_APPOSITION_TOKENS; i++) {
    const w = doc.lower[i];
    if (w === ',') return i + 1;
    if (doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX' || w === 'and' || w === 'or' || w === ';') return j;
  }
  return j;
}

/** True when the phrase from `from` goes on to "and"/"or" inside the noun phrase ("X, the awful Y, and Z": a list, not an apposition). */
function listContinues(doc: Doc, mentionAt: Int32Array, from: number, end: number): boolean {
  for (let k = from; k < end && (mentionAt[k] >= 0 || npInternal(doc, k)); k++) {
    const w = doc.lower[k];
    if (w === 'and' || w === 'or' || w === '&') return true;
  }
  return false;
}

/**
 * The index's refs as this sentence reads them: an office holder named by title alone, with an agent but no
 * country ("President Mugabe", "General Aoun"), belongs to the one country the sentence names ("… in Zimbabwe",
 * "Ugandan opposition candidates"); with no country or several, the ref stays uncoded.
 */
function localRefs(doc: Doc, index: ActorIndex, sentence: Sentence): readonly ActorRef[] {
  const { refs, mentionAt } = index;
  let person = -1;
  for (let i = sentence.firstToken; i < sentence.endToken && person < 0; i++) {
    const m = mentionAt[i];
    if (m >= 0 && refs[m].actor === null && refs[m].entity.type === 'PERSON' && refs[m].entity.agent) person = i;
  }
  if (person < 0) return refs;
  const personRef = refs[mentionAt[person]];
  const personPrep = prepBefore(doc, personRef.firstToken, sentence.firstToken);
  let country: string | null = null;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const m = mentionAt[i];
    if (m < 0) continue;
    const ref = refs[m];
    const e = ref.entity;
    // (a pronoun names no country of its own: "If the banks reject it, they risk …, for Minister X insisted" took the
    // banks' country from "they"; review 17, Reuters)
    if (ref.actor === null || i !== ref.firstToken || !e.country || e.agent === 'MED' || ref.mention.kind === 'pronoun') continue;
    // the office holder's country is named before him, as a nationality, a possessor, or a place he is in
    // ("Ugandan opposition candidates", "President Mugabe … in Zimbabwe", "to Lebanon's new President");
    // not a country he acts on or goes to ("Opposition leader X condemned Russia", "is travelling to America")
    const prep = prepBefore(doc, i, sentence.firstToken);
    // a state acting on him as its verb's direct object is his counterpart ("Ethiopia accused General X": X is no
    // Ethiopian general); a state hosting him stays his ("Kenya hosted talks with Prime Minister X")
    if (i < person && e.type === 'GPE' && ref.actor === e.country && personPrep === null && verbBetween(doc, ref.endToken, personRef.firstToken)) continue;
    // (an organisation in a prepositional phrase sets the scene too: "pressure by the Kenya Anti-Corruption Commission")
    const place = e.type === 'GPE' || e.type === 'LOC';
    // (and so does a country naming one: "by the Kenya Anti-Corruption Commission")
    const modifier = ref.endToken < sentence.endToken && doc.pos[ref.endToken] === 'PROPN';
    // (bounds-checked: reading past the last token deoptimised this function's compiled code)
    // (but not a partner after "with": "a strong friendship with the US Congress")
    const home = e.type === 'NORP' || POSSESSIVE_MARKS.has(ref.endToken < doc.tokenCount ? doc.lower[ref.endToken] : '') || i < person || (prep !== null && !COUNTERPART_PREPS.has(prep) && (RESIDENCE_PREPS.has(prep) || !place || modifier));
    if (!home) continue;
    // … but not a country word modifying a noun deep in another phrase ("Deputy Minister Dorell was speaking to
    // reporters about the cost to industry of U.S. Sanctions" is no U.S. minister; found in a review of
    // Reuters-21578); a place he is in stays ("the curfew imposed in Sudan", "Greece's biggest trial")
    if (i > person && nestedAfter(doc, refs[mentionAt[person]].endToken, i) && modifiesNoun(doc, index, ref, sentence.endToken, false)) continue;
    if (country !== null && country !== e.country) return refs;
    country = e.country;
  }
  if (country === null) return refs;
  const c = country;
  return refs.map((r) => {
    if (r.actor !== null || r.entity.type !== 'PERSON' || !r.entity.agent) return r;
    const actor = `${c}${r.entity.agent}`;
    return actorRef({ ...r.entity, actor, country: c }, r.mention, actor, r.firstToken, r.endToken);
  });
}

/** True when a verb (not an auxiliary) lies among the tokens `[from, to)`. */
function verbBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.pos[k] === 'VERB') return true;
  return false;
}

const RESIDENCE_PREPS = new Set(['in', 'of', 'near', 'across', 'throughout', 'inside']);

/**
 * True when the phrase at token `to` lies more than one prepositional phrase after token `from`, or in another clause
 * (a "that", "which" or "who" between): "talking to reporters about the effect of U.S. sanctions" (three
 * prepositions), not "President Mugabe in Zimbabwe" or "banned Nigerian opposition rallies".
 * @param doc the parsed article
 * @param from the token after the office holder's mention
 * @param to the first token of the country's mention
 */
function nestedAfter(doc: Doc, from: number, to: number): boolean {
  let preps = 0;
  for (let k = from; k < to; k++) {
    const w = doc.lower[k];
    if (w === 'that' || w === 'which' || w === 'who' || w === ';') return true;
    if (doc.pos[k] === 'ADP' && ++preps > 1) return true;
  }
  return false;
}

/** Prepositions that name whom an office holder deals with, not where he belongs (see localRefs). */
const COUNTERPART_PREPS = new Set(['with']);

/**
 * "Ethnic Albanians … in Macedonia": a people introduced by "ethnic" is coded with the country it lives in
 * (CAMEO codes ethnic groups under their country of residence: TURKUR, IRQKUR), the first country named after
 * in/of/near or as a possessor ("near Macedonia's border") that is not the people's own country.
 */
function ethnicResidents(doc: Doc, refs: readonly ActorRef[], mentionAt: Int32Array, sentence: Sentence): readonly ActorRef[] {
  const ethnic = new Set<number>();
  for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
    const m = mentionAt[i];
    if (m >= 0 && mentionAt[i - 1] !== m && doc.lower[i - 1] === 'ethnic' && refs[m].entity.type === 'NORP') ethnic.add(m);
  }
  if (ethnic.size === 0) return refs;
  let home: string | null = null;
  for (let i = sentence.firstToken; i < sentence.endToken && home === null; i++) {
    const m = mentionAt[i];
    if (m < 0 || (i > sentence.firstToken && mentionAt[i - 1] === m) || ethnic.has(m)) continue;
    const e = refs[m].entity;
    if (e.type !== 'GPE' || !e.country || [...ethnic].some((k) => refs[k].entity.country === e.country)) continue;
    const prep = prepBefore(doc, i, sentence.firstToken);
    const possessive = POSSESSIVE_MARKS.has(doc.lower[refs[m].endToken] ?? '');
    if ((prep !== null && RESIDENCE_PREPS.has(prep)) || possessive) home = e.country;
  }
  if (home === null) return refs;
  const c = home;
  return refs.map((r, k) => {
    if (!ethnic.has(k) || r.actor === null) return r;
    const actor = `${c}${r.actor.slice(3)}`;
    return actorRef({ ...r.entity, actor, country: c }, r.mention, actor, r.firstToken, r.endToken);
  });
}

/** Compass words that modify a place name ("south Lebanon", "northern Iraq"). */
const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central']);

/** Prepositions that open a fronted time phrase before a year ("In 2018 Peru …", "Since 1990 Chile …"). */
const TIME_PREPS: ReadonlySet<string> = new Set(['in', 'since', 'during', 'until']);

/** The preposition (or "that") right before a phrase, skipping determiners, adjectives and possessive pronouns. */
function prepBefore(doc: Doc, first: number, sentenceFirst: number): string | null {
  let k = first - 1;
  while (k >= sentenceFirst) {
    const pos = doc.pos[k];
    const w = doc.lower[k];
    // "that" right before a name opens a clause whatever its tag ("its demand today that Israel ease…")
    if (w === 'that' && k === first - 1 && doc.pos[first] === 'PROPN') return w;
    // "In 2018 Peru accused Chile": a year right after in/since/during is a fronted time phrase of its own, and the name
    // after it the subject, not the preposition's object ("clashed with 1500 Kurds" keeps its preposition)
    if (pos === 'NUM' && k === first - 1 && /^(?:1[6-9]|20)\d\d$/.test(w) && TIME_PREPS.has(doc.lower[k - 1] ?? '') && doc.pos[first] === 'PROPN') return null;
    // compass words are modifiers whatever the tagger says: "in south Lebanon", "in northern Iraq"
    if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || (pos === 'PRON' && POSSESSIVE_PRONOUNS.has(w)) || COMPASS.has(w)) {
      k--;
      continue;
    }
    // quantifiers are not prepositions: "up to 100 Albanians", "at least three Iraqis", "more than 50 Kurds"
    if ((w === 'to' && doc.lower[k - 1] === 'up') || (w === 'at' && (doc.lower[k + 1] === 'least' || doc.lower[k + 1] === 'most')) || w === 'than') {
      k -= w === 'than' ? 1 : w === 'to' ? 2 : 1;
      continue;
    }
    // an approximator before a count opening its clause is no preposition: "About 8,000 West German farmers marched",
    // "KIEL, March 9 - Around 300 workers walked out" (reut2-003: the farmers were no subject and their march no event)
    if (APPROXIMATORS.has(w) && doc.pos[k + 1] === 'NUM' && (k === sentenceFirst || CLAUSE_OPENERS.has(doc.lower[k - 1]))) return null;
    if (pos === 'ADP' || (pos === 'PART' && w === 'to') || (pos === 'SCONJ' && w === 'that')) return w;
    return null;
  }
  return null;
}

/** Words that give a count as approximate ("about 8,000 farmers", "some 300 workers"). */
const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over']);

/** Tokens after which a new clause, and so a subject, may begin (a dateline's dash, a comma, a conjunction). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['-', '--', '—', '–', ',', ';', ':', 'and', 'but', '(']);

/** Lower-cased words that end a clause for forward searches. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', 'but', 'while', 'whereas', 'although', 'because']);
export { COMPASS, CONJUNCTIONS, POSSESSIVE_MARKS };
