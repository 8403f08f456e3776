import type { Doc, Sentence } from '../../nlp/doc.js';
import type { EntityType } from '../../model/entity.js';
import type { DocView } from './doc-view.js';
import {
  matchAt,
  type CountryEntry,
  type DemonymEntry,
  type GazetteerEntry,
  type GroupRoleEntry,
  type HonorificEntry,
  type OrgEntry,
  type PersonRoleEntry,
  type SeatEntry,
} from './gazetteer.js';
import { hasLetter, startsUpper, startsWithLetter } from './letter-case.js';
import { isTitleCaseLine } from './title-case-line.js';
import { copyMention, rawMention, type MentionPlace, type RawMention } from './raw-mention.js';
import type { EntityResources, GroupEntry } from './resources.js';
import { isCalendarName } from '../../nlp/calendar-words.js';
import { isLegalFormAt } from './company-short-names.js';

/** A chunk of a sentence: a gazetteer phrase, a run of capitalised words, a possessive or another token. */
interface Chunk {
  readonly kind: 'gaz' | 'name' | 'poss' | 'tok';
  readonly start: number;
  readonly end: number;
  readonly entries: readonly GazetteerEntry[];
}

type ModEntry = CountryEntry | SeatEntry | DemonymEntry | OrgEntry;

/** The entries of every chunk that is no gazetteer phrase (shared: chunks never change their entries). */
const NO_ENTRIES: readonly GazetteerEntry[] = Object.freeze([]);

/** {@link startsUpper} of token `i`'s surface, without slicing it for an ASCII first character. */
function tokenStartsUpper(text: string, starts: Int32Array, ends: Int32Array, i: number): boolean {
  const c = text.charCodeAt(starts[i]);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return startsUpper(text.slice(starts[i], ends[i]));
}

const NAME_CONNECTORS = new Set(['of', 'for', 'de', 'da', 'del', 'dos', 'das', 'do', 'di', 'della', 'van', 'von', 'der', 'den', 'ter', 'bin', 'bint', 'binti', 'ibn', 'le', 'la', 'du']);
const POSSESSIVE = new Set(["'s", "'"]);
const PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'at', 'az', 'an', 'ar', 'ul', 'abu', 'bin', 'ibn', 'bint', 'ben']);

function firstOf<K extends GazetteerEntry['kind']>(chunk: Chunk | undefined, kind: K): Extract<GazetteerEntry, { kind: K }> | undefined {
  if (!chunk || chunk.kind !== 'gaz') return undefined;
  // An index loop: for…of made an iterator object a call here (four calls a chunk through modOf).
  const entries = chunk.entries;
  for (let k = 0; k < entries.length; k++) if (entries[k].kind === kind) return entries[k] as Extract<GazetteerEntry, { kind: K }>;
  return undefined;
}

function modOf(chunk: Chunk | undefined): ModEntry | undefined {
  return firstOf(chunk, 'org') ?? firstOf(chunk, 'country') ?? firstOf(chunk, 'seat') ?? firstOf(chunk, 'demonym');
}

/**
 * The chunk whose country qualifies a name at chunk `c`: the chunk before it, or, when that is a possessive, a
 * country's or seat of power's name before the possessive ("Japan's Finance Ministry", "Tokyo's Fair Trade
 * Commission": JPN, as "the Japanese Finance Ministry" is). Reuters wire copy writes ministries so, and they were left
 * uncoded (review of issue 3). An organisation's possessive ("Toyota's Finance Division") gives no country here.
 * @param chunks the sentence's chunks
 * @param c the index of the name's chunk
 * @param view the article's DocView
 */
function ownerOrPrevious(view: DocView, chunks: readonly Chunk[], c: number): Chunk | undefined {
  const prev = chunkAt(chunks, c - 1);
  if (prev?.kind !== 'poss') return prev;
  const owner = chunkAt(chunks, c - 2);
  const mod = modOf(owner);
  // "Electrolux AB of Sweden's White Consolidated Industries": the possessor is the company (named with its legal form)
  // of that country, whose subsidiary may be of another; "the head of Kuwait's Burgan Bank" stays Kuwait's
  const of = chunkAt(chunks, c - 3);
  if (of?.kind === 'tok' && view.keys[of.start] === 'of' && of.start > 0 && isLegalFormAt(view, of.start - 1)) return prev;
  return mod && (mod.kind === 'country' || mod.kind === 'seat') ? owner : prev;
}

function isProperKind(e: GazetteerEntry): boolean {
  return e.kind === 'country' || e.kind === 'seat' || e.kind === 'demonym' || e.kind === 'org' || e.kind === 'honorific';
}

function capitalised(s: string): boolean {
  const ch = s[0];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Finds entity mentions by rule in every sentence: gazetteer phrases (countries, demonyms, seats of
 * power, organisations), titled persons ("China's President Xi Jinping"), honorific names ("Mr Xi": the
 * mention is "Xi", the honorific its evidence),
 * country + group nouns ("the Chinese government"), role descriptions ("the top US diplomat", as
 * unresolved nominal mentions) and capitalised names classified by cue words or given names.
 * One token belongs to at most one mention; a country word inside a title or group phrase is evidence,
 * not a separate mention.
 * @param view the article's {@link DocView}
 * @param res entity resources
 * @returns raw mentions in text order; nominal mentions have `key` "" until resolved
 */
export function findMentions(view: DocView, res: EntityResources): RawMention[] {
  const out: RawMention[] = [];
  for (const s of view.doc.sentences) scanSentence(view, res, s, out);
  return out;
}

/** The surface of token `i`. */
function tokenText(doc: Doc, i: number): string {
  return doc.text.slice(doc.starts[i], doc.ends[i]);
}

/**
 * Whether token `i` may start a name: capitalised, not a known non-name, not "I"; at the start of a
 * sentence (`first`) also a proper noun that the article never writes in lower case.
 */
function nameable(view: DocView, res: EntityResources, i: number, first: boolean): boolean {
  const { doc, keys } = view;
  if (!tokenStartsUpper(doc.text, doc.starts, doc.ends, i) || res.nonNames.has(keys[i]) || (doc.ends[i] - doc.starts[i] === 1 && doc.text.charCodeAt(doc.starts[i]) === 0x49)) return false; // 'I'
  if (!first) return true;
  return doc.pos[i] === 'PROPN' && !view.lowercaseSeen.has(keys[i]);
}

function chunkSentence(view: DocView, res: EntityResources, s: Sentence): Chunk[] {
  const { doc, keys } = view;
  const chunks: Chunk[] = [];
  let i = s.firstToken;
  while (i < s.endToken) {
    const matches = matchAt(res.gazetteer, doc, keys, i, s.endToken);
    const sentenceInitial = i === s.firstToken || view.inQuote[i - 1] === 2 || keys[i - 1] === '-';
    if (matches.length > 0) {
      // One phrase (the usual case): its frozen entries as they are, not a copy.
      const entries = matches.length === 1 ? matches[0].phrase.entries : matches.flatMap((m) => m.phrase.entries);
      const end = matches[0].end;
      // A sentence-initial role word ("President", "Leader") is still a role; a proper phrase must be capitalised.
      chunks.push({ kind: 'gaz', start: i, end, entries });
      i = end;
      continue;
    }
    if (nameable(view, res, i, sentenceInitial)) {
      let j = i + 1;
      let hasCue = res.orgCues.has(keys[i]);
      while (j < s.endToken) {
        const t = tokenText(doc, j);
        if (startsUpper(t) && !res.nonNames.has(keys[j])) {
          const m = matchAt(res.gazetteer, doc, keys, j, s.endToken);
          // "Valeska Paris": a one-word place name right after a given name is a surname.
          const surname = m.length > 0 && m[0].end === j + 1 && j === i + 1 && (res.firstNames.has(keys[i]) || doc.pos[i] === 'PROPN') && m.every((x) => x.phrase.entries.every((e) => e.kind === 'seat' || e.kind === 'country'));
          // "Industrial Bank of Japan", "Royal Bank of Canada": a known organisation named by a cue word ("Bank of Japan")
          // after a capitalised word is the tail of a longer name, not that organisation.
          const cueLedOrg = res.orgCues.has(keys[j]) && m.every((x) => x.phrase.entries.every((e) => e.kind === 'org'));
          if (m.length > 0 && !hasCue && !surname && !cueLedOrg && m.some((x) => x.phrase.entries.some(isProperKind))) break;
          if (m.length > 0 && !hasCue && m.every((x) => x.phrase.entries.every((e) => e.kind === 'personRole' || e.kind === 'groupRole')) && !res.orgCues.has(keys[j]) && !possessiveCue(view, res, j + 1, s.endToken)) break;
          hasCue ||= res.orgCues.has(keys[j]);
          j++;
          continue;
        }
        // Arabic and other particles written with a hyphen: "Hassan al-Alfi", "Nasrallah el-Sayed".
        if (t.indexOf('-') > 0 && /^(al|el|ad|ash|as|at|az|an|ar|ul|abu|bin|ibn|bint|ben)-\p{Lu}/u.test(t)) {
          j++;
          continue;
        }
        if (PARTICLES.has(keys[j]) && keys[j + 1] === '-' && j + 2 < s.endToken && startsUpper(tokenText(doc, j + 2))) {
          j += 3;
          continue;
        }
        // A plural possessive inside an organisation's name: "Transport and General Workers' Union", "National Farm
        // Workers' Union" (the run stopped at the apostrophe, and the name lost its first words or was not found).
        if (possessiveCue(view, res, j, s.endToken)) {
          j++;
          continue;
        }
        if (NAME_CONNECTORS.has(keys[j])) {
          let k = j + 1;
          if (k < s.endToken && keys[k] === 'the') k++;
          if (k < s.endToken && startsUpper(tokenText(doc, k)) && (hasCue || keys[j] !== 'of')) {
            j = k;
            continue;
          }
        }
        break;
      }
      chunks.push({ kind: 'name', start: i, end: j, entries: NO_ENTRIES });
      i = j;
      continue;
    }
    chunks.push({ kind: POSSESSIVE.has(keys[i]) ? 'poss' : 'tok', start: i, end: i + 1, entries: NO_ENTRIES });
    i++;
  }
  return chunks;
}

/**
 * Whether token `j` is the apostrophe of a plural possessive inside an organisation's name, before its capitalised cue
 * word: "Workers' Union", "Farmers' Association" (a word ending in "s", then "'", then the cue).
 * @param end the sentence's end token
 */
function possessiveCue(view: DocView, res: EntityResources, j: number, end: number): boolean {
  const { keys, doc } = view;
  return j > 0 && j + 1 < end && keys[j] === "'" && keys[j - 1].endsWith('s') && res.orgCues.has(keys[j + 1]) && startsUpper(tokenText(doc, j + 1));
}

/**
 * Spans and surfaces of one sentence's token ranges (methods rather than closures made per sentence).
 */
class SentencePlaces {
  constructor(
    private readonly doc: Doc,
    private readonly sentence: number,
  ) {}

  /** The character span of tokens `[a, b)`. */
  span(a: number, b: number): { start: number; end: number } {
    return { start: this.doc.starts[a], end: this.doc.ends[b - 1] };
  }

  /** A mention place over tokens `[a, b)` with no evidence. */
  base(a: number, b: number): MentionPlace {
    return { start: this.doc.starts[a], end: this.doc.ends[b - 1], tokStart: a, tokEnd: b, sentence: this.sentence, evidence: [] };
  }

  /** The surface text of tokens `[a, b)`. */
  surfaceOf(a: number, b: number): string {
    return this.doc.text.slice(this.doc.starts[a], this.doc.ends[b - 1]);
  }
}

/**
 * `chunks[i]`, or undefined past either end. The scan of a sentence looks one or two chunks ahead or back and reads
 * past the end at the last chunks; a plain out-of-bounds read deoptimises scanSentence's compiled code (V8 reason "out
 * of bounds", once for each such read site, each one recompiling the whole function), a bounds check does not.
 * @param chunks the chunks of a sentence
 * @param i any integer index
 * @returns the chunk at `i`, undefined when `i` is outside the array (as a plain read of a dense array gives)
 */
function chunkAt(chunks: readonly Chunk[], i: number): Chunk | undefined {
  return i >= 0 && i < chunks.length ? chunks[i] : undefined;
}

/**
 * The chunk when it names a political party, for a party description ("the Lib Dem leader"): a known organisation coded
 * PTY ("Lib Dem", "SNP", "Labour Party": data/actors/organisations.json), a one-token context name read as a party for
 * some country ("Tory", "Labour": data/actors/context-names.json) or a capitalised name of up to three words a party leader list names the
 * party by ("Conservative", "Liberal Democrat": data/actors/party-leaders.json, no mention of its own: "the Conservative government" of
 * another country is an adjective); else undefined.
 * @param chunk the chunk after "the" and its modifiers
 */
function partyNameChunk(view: DocView, res: EntityResources, chunk: Chunk | undefined): Chunk | undefined {
  if (!chunk) return undefined;
  if (firstOf(chunk, 'org')?.actor?.endsWith('PTY')) return chunk;
  if (modOf(chunk)) return undefined;
  // a capitalised name a leader list writes ("Conservative", "Liberal Democrat"), up to three words
  if (chunk.kind === 'name' && chunk.end - chunk.start <= 3 && res.partyLeaders.has(view.keys.slice(chunk.start, chunk.end).join(' '))) return chunk;
  if (chunk.end !== chunk.start + 1) return undefined;
  return res.contextNames.get(view.keys[chunk.start])?.some((r) => r.actor.endsWith('PTY')) ? chunk : undefined;
}

/** Prepositions after a party office that place it in one body ("the Lib Dem leader in the Scottish Parliament"). */
const BODY_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at']);

function scanSentence(view: DocView, res: EntityResources, s: Sentence, out: RawMention[]): void {
  const { doc, keys } = view;
  const chunks = chunkSentence(view, res, s);
  const text = doc.text;
  const at = new SentencePlaces(doc, s.index);

  for (let c = 0; c < chunks.length; c++) {
    const ch = chunks[c];
    // A possessive, or another plain word that neither opens a role description ("the") nor modifies a
    // title ("senior"), starts none of the patterns below: skip the tests.
    if (ch.kind === 'poss' || (ch.kind === 'tok' && keys[ch.start] !== 'the' && !res.nominalModifiers.has(keys[ch.start]))) continue;

    // Role description: "the (top) (US) diplomat" not followed by a name → nominal, resolved later.
    if (ch.kind === 'tok' && keys[ch.start] === 'the') {
      let k = c + 1;
      while (chunkAt(chunks, k)?.kind === 'tok' && res.nominalModifiers.has(keys[chunks[k].start])) k++;
      let mod: ModEntry | undefined;
      const m = modOf(chunkAt(chunks, k));
      // "the Tory leader", "the Lib Dem leader": a party's name before a party office; its country depends on the
      // article, so the description is linked by role alone (agent PTY). BBC politics 364 (2005): "…, the Tory leader
      // said …" was no mention, so the next "He" went to Brown.
      const party = partyNameChunk(view, res, chunkAt(chunks, k));
      if (party && firstOf(chunkAt(chunks, k + 1), 'personRole')?.phrase === 'leader') k++;
      else if (m && (m.kind === 'country' || m.kind === 'demonym')) {
        mod = m;
        k++;
        while (chunkAt(chunks, k)?.kind === 'tok' && res.nominalModifiers.has(keys[chunks[k].start])) k++;
      }
      const role = firstOf(chunkAt(chunks, k), 'personRole');
      const partyRole = party !== undefined && k > c + 1 && chunks[k - 1] === party;
      const after = chunkAt(chunks, k + 1);
      // "the Lib Dem leader in the Scottish Parliament", "the Tory leader on the council": the party's leader in one body,
      // not the leader of the party
      if (partyRole && after?.kind === 'tok' && BODY_PREPOSITIONS.has(keys[after.start])) continue;
      if (role && after?.kind !== 'name' && !firstOf(after, 'personRole')) {
        // a known party's name ("Lib Dem") stays its mention, as the chunk alone makes it (a context name is found later)
        const partyOrg = partyRole ? firstOf(party, 'org') : undefined;
        if (partyOrg) out.push(orgMention(at.base(party!.start, party!.end), partyOrg, 'known-organisation'));
        out.push(
          // a party description covers only its role word: the party name stays a mention of the party ("Tory" is the
          // Conservative Party when no party leader is named to link "leader" to)
          rawMention(at.base(partyRole ? chunks[k].start : ch.start, chunks[k].end), {
            kind: 'nominal',
            type: 'PERSON',
            key: '',
            name: at.surfaceOf(ch.start, chunks[k].end),
            actor: null,
            country: mod && mod.kind !== 'org' ? mod.code : null,
            agent: partyRole ? 'PTY' : role.agent,
            role: role.phrase,
            categories: role.categories,
            rule: 'role-description',
            confidence: 0.7,
          }),
        );
        c = k;
        continue;
      }
    }

    // Titled person: (mod ('s)?) (modifiers) role+ Name.
    {
      let k = c;
      let mod: ModEntry | undefined;
      let modChunk: Chunk | undefined;
      let unknownOrg: Chunk | undefined;
      const m = modOf(ch);
      // "EU Trade Commissioner Karl Berg", "Chile's Mining Minister Ana Soto": a capitalised portfolio word between the
      // country or organisation and the role word is part of the title (the organisation's or country's officer:
      // IGOEUREEC, USAGOV), not a name of its own that cut the title off its country
      const p = chunkAt(chunks, k + 1)?.kind === 'poss' ? k + 2 : k + 1;
      const portfolio = m !== undefined && isPortfolio(view, res, chunkAt(chunks, p)) && firstOf(chunkAt(chunks, p + 1), 'personRole') !== undefined;
      if (m && (firstOf(chunkAt(chunks, k + 1), 'personRole') || (chunkAt(chunks, k + 1)?.kind === 'poss' && firstOf(chunkAt(chunks, k + 2), 'personRole')) || chunkAt(chunks, k + 1)?.kind === 'tok' || spokespersonOf(chunks, k + 1) || portfolio)) {
        mod = m;
        modChunk = ch;
        k++;
        if (chunkAt(chunks, k)?.kind === 'poss') k++;
      } else if (ch.kind === 'name' && chunkAt(chunks, k + 1)?.kind === 'poss' && firstOf(chunkAt(chunks, k + 2), 'personRole')) {
        unknownOrg = ch;
        k += 2;
      }
      while (chunkAt(chunks, k)?.kind === 'tok' && res.nominalModifiers.has(keys[chunks[k].start])) k++;
      const roleStart = k;
      if (mod && isPortfolio(view, res, chunkAt(chunks, k)) && firstOf(chunkAt(chunks, k + 1), 'personRole')) k++;
      const roles: PersonRoleEntry[] = [];
      const speaksFor = spokespersonOf(chunks, k);
      if (speaksFor) k++;
      while (firstOf(chunkAt(chunks, k), 'personRole')) {
        roles.push(firstOf(chunkAt(chunks, k), 'personRole')!);
        k++;
      }
      const roleEnd = k;
      // "Turkey's ambassador", "Japan's foreign minister" with no name after: a description of that country's office
      // holder, as "the Turkish ambassador" is (fresh-eyes review 21: the event took the country alone, TUR, as actor).
      // A noun or adjective after the role word makes it an adjective ("Japan's major banks", "Nigeria's official rate").
      const next = chunkAt(chunks, roleEnd);
      const nounAfter = next !== undefined && (next.kind !== 'tok' || doc.pos[next.start] === 'NOUN' || doc.pos[next.start] === 'ADJ' || doc.pos[next.start] === 'PROPN');
      if (mod?.kind === 'country' && chunkAt(chunks, c + 1)?.kind === 'poss' && roles.length > 0 && !speaksFor && !nounAfter) {
        const role = roles[roles.length - 1];
        const end = chunks[roleEnd - 1].end;
        // the country keeps its own mention (NER corpora mark "Turkey" there); the description covers the role words
        out.push(countryMention(at.base(ch.start, ch.end), mod));
        out.push(rawMention(at.base(chunks[roleStart].start, end), { kind: 'nominal', type: 'PERSON', key: '', name: at.surfaceOf(ch.start, end), actor: null, country: mod.code, agent: role.agent, role: role.phrase, categories: role.categories, rule: 'role-description', confidence: 0.7 }));
        c = roleEnd - 1;
        continue;
      }
      // "Home Office Minister Lord Falconer", "Police Commissioner Sir John Stevens": an honorific between the
      // title and the name (BBC politics, 2004-05) is evidence of the titled person, not a mention of its own.
      const honorific = roles.length > 0 && chunkAt(chunks, k + 1)?.kind === 'name' ? firstOf(chunkAt(chunks, k), 'honorific') : undefined;
      if (honorific) k++;
      const nameChunk = chunkAt(chunks, k);
      if (roles.length > 0 && nameChunk?.kind === 'name' && !cueBeforeOf(res, keys, nameChunk.start, nameChunk.end) && !adjectiveBeforeWord(res, keys, roles, nameChunk)) {
        const lastKey = keys[nameChunk.end - 1];
        const cue = res.orgCues.get(lastKey);
        const role = roles[roles.length - 1];
        if (cue) {
          // "Justice Department": a role word heading an organisation name.
          out.push(namedOrg(at.base(chunks[roleStart].start, nameChunk.end), at.surfaceOf(chunks[roleStart].start, nameChunk.end), cue.type, mod, cue.agent, 'role-org-name'));
          c = k;
          continue;
        }
        // "Justice Department Inspector General Michael Horowitz": an organisation, a title, then the
        // person from the first given name on.
        const inner = innerOrganisation(res, keys, nameChunk.start, nameChunk.end);
        if (inner) {
          const [cueAt, given] = inner;
          const orgCue = res.orgCues.get(keys[cueAt])!;
          const orgStart = chunks[roleStart].start;
          out.push(namedOrg(at.base(orgStart, cueAt + 1), at.surfaceOf(orgStart, cueAt + 1), 'ORG', mod, orgCue.agent, 'role-org-name'));
          const country = mod && mod.kind !== 'org' ? mod.code : mod?.country ?? null;
          const agent = orgCue.agent ?? role.agent;
          const place = at.base(given, nameChunk.end);
          place.evidence = [at.span(orgStart, given)];
          out.push(
            rawMention(place, {
              kind: 'name',
              type: 'PERSON',
              key: '',
              name: at.surfaceOf(given, nameChunk.end),
              actor: country && agent ? country + agent : null,
              country,
              agent,
              role: given > cueAt + 1 ? at.surfaceOf(cueAt + 1, given) : null,
              personTokens: nameTokens(keys, given, nameChunk.end),
              rule: 'titled-person',
              confidence: 0.85,
            }),
          );
          c = k;
          continue;
        }
        let country: string | null = null;
        let agent = role.agent ?? speaksFor?.agent ?? null;
        let actor: string | null = null;
        if (mod) {
          if (mod.kind === 'org') {
            out.push(orgMention(at.base(modChunk!.start, modChunk!.end), mod, 'title-organisation'));
            country = mod.country;
            // "Hamas leader X", "Sinaloa Cartel leader Y": the leader of a rebel, criminal or opposition body is of that
            // body (PSEREB, MEXCRM), not his country's government, which the role word 'leader' alone gives (GOV)
            // ("Hamas prime minister Ismail Haniya" held a state office: GOV stays)
            const officer = speaksFor !== undefined || (roles.length > 0 && GROUP_OFFICES.has(roles[roles.length - 1].phrase.split(' ').pop()!));
            agent = officer && mod.agent !== null && mod.agent !== undefined && NON_STATE_AGENTS.has(mod.agent) ? mod.agent : agent ?? mod.agent;
            if (!country && mod.actor) actor = mod.actor;
          } else country = mod.code;
        }
        if (unknownOrg) {
          out.push(namedOrg(at.base(unknownOrg.start, unknownOrg.end), at.surfaceOf(unknownOrg.start, unknownOrg.end), 'ORG', undefined, role.agent, 'title-organisation'));
        }
        const titleStart = modChunk ? modChunk.start : unknownOrg ? unknownOrg.start : chunks[roleStart].start;
        const former = formerTitle(keys, titleStart, chunks[roleStart].start);
        // "former president Jair Bolsonaro": a former official of the state is one of its elites, ELI, not its government
        if (former && !actor && agent !== null && STATE_AGENTS.has(agent)) agent = 'ELI';
        actor = actor ?? (country && agent ? country + agent : null);
        const roleText = at.surfaceOf(chunks[roleStart].start, chunks[roleEnd - 1].end);
        const tokens = nameTokens(keys, nameChunk.start, nameChunk.end);
        const place = at.base(nameChunk.start, nameChunk.end);
        place.evidence = [at.span(titleStart, chunks[k - 1].end)];
        out.push(
          rawMention(place, {
            kind: 'name',
            type: 'PERSON',
            key: '',
            name: at.surfaceOf(nameChunk.start, nameChunk.end),
            actor,
            country,
            agent,
            role: former ? `former ${roleText}` : roleText,
            categories: roles.flatMap((r) => r.categories),
            gender: honorific?.gender ?? null,
            personTokens: tokens,
            rule: 'titled-person',
            confidence: 0.9,
          }),
        );
        c = k;
        continue;
      }
    }

    // Honorific + name: "Mr Xi", "Ms Okafor".
    const hon = firstOf(ch, 'honorific');
    if (hon && chunkAt(chunks, c + 1)) {
      const next = chunks[c + 1];
      const nameLike = next.kind === 'name' || (next.kind === 'gaz' && capitalised(text.slice(doc.starts[next.start], doc.ends[next.start])));
      if (nameLike) {
        // The mention is the name ("Xi", as NER corpora mark it); the honorific is its evidence.
        out.push(personByHonorific({ ...at.base(next.start, next.end), evidence: [at.span(ch.start, ch.end)] }, at.surfaceOf(next.start, next.end), hon, nameTokens(keys, next.start, next.end)));
        c++;
        continue;
      }
    }

    // Country/demonym/seat/org + group noun: "the Chinese government", "US state department", "NATO troops".
    {
      const m = modOf(ch);
      let k = c + 1;
      if (chunkAt(chunks, k)?.kind === 'poss') k++;
      // One lower-case modifier may stand between: "the Kenyan interior ministry", "US trade officials".
      let modified = false;
      if (m && chunkAt(chunks, k)?.kind === 'tok' && /^\p{Ll}+$/u.test(keys[chunks[k].start]) && (doc.pos[chunks[k].start] === 'NOUN' || doc.pos[chunks[k].start] === 'ADJ') && firstOf(chunkAt(chunks, k + 1), 'groupRole')) {
        k++;
        modified = true;
      }
      const group = firstOf(chunkAt(chunks, k), 'groupRole');
      // "a Pakistani military chief" is a person described by a role, not the military.
      const personAfter = firstOf(chunkAt(chunks, k + 1), 'personRole');
      if (m && group && !personAfter) {
        // "Ministry of Energy": a capitalised group noun continues through "of (the) Name".
        let end = chunks[k].end;
        let last = k;
        if (capitalised(text.slice(doc.starts[chunks[k].start], doc.ends[chunks[k].start])) && chunkAt(chunks, k + 1)?.kind === 'tok' && keys[chunks[k + 1].start] === 'of') {
          let q = k + 2;
          if (chunkAt(chunks, q)?.kind === 'tok' && keys[chunks[q].start] === 'the') q++;
          if (chunks[q] && chunks[q].kind !== 'tok' && chunks[q].kind !== 'poss') {
            end = chunks[q].end;
            last = q;
          }
        }
        out.push(groupMention(at.base(ch.start, end), at.surfaceOf(ch.start, end), m, group, last !== k || modified));
        c = last;
        continue;
      }
    }

    if (ch.kind === 'gaz') {
      const org = firstOf(ch, 'org');
      const country = firstOf(ch, 'country');
      const seat = firstOf(ch, 'seat');
      const dem = firstOf(ch, 'demonym');
      const b = at.base(ch.start, ch.end);
      // "Anglo American Corp", "Zorvak American Inc": a demonym between a capitalised name and a legal form is a word
      // of a company's name, which gives the company no country (Reuters-21578 coded a South African miner USA by it);
      // not before "of" ("… Corp of <Country> Ltd": the name goes on, left to the rules after)
      const prev = chunkAt(chunks, c - 1);
      if (dem && !org && prev?.kind === 'name' && prev.end === ch.start && ch.end < s.endToken && isLegalFormAt(view, ch.end) && keys[ch.end + 1] !== 'of') {
        while (out.length > 0 && out[out.length - 1].tokStart >= prev.start) out.pop();
        const surface = at.surfaceOf(prev.start, ch.end + 1);
        out.push(rawMention(at.base(prev.start, ch.end + 1), { kind: 'name', type: 'ORG', key: `ORG|${surface.toLowerCase()}`, name: surface, actor: null, country: null, agent: 'BUS', rule: 'demonym-company', confidence: 0.8 }));
        while (c + 1 < chunks.length && chunks[c + 1].start <= ch.end) c++;
        continue;
      }
      if (org) out.push(orgMention(b, org, 'known-organisation'));
      // A word that is both a country alias and a demonym ("Saudi", "Thai") is mostly the adjective.
      else if (country && !(dem && !dem.plural)) out.push(countryMention(b, country));
      else if (seat) out.push(seatMention(b, seat, isLocative(view, res, ch.start) || (!seat.building && beforeNamePart(view, ch.end))));
      else if (dem) out.push(demonymMention(b, dem, res));
      continue;
    }

    if (ch.kind === 'name' && ch.end - ch.start <= 2) {
      // An ethnic or religious group: "Hutu militias", "Sunnis protested", "Sunni Muslim clerics" (the
      // last word names the group).
      const group = res.groups.get(keys[ch.end - 1]);
      if (group && (ch.end - ch.start === 1 || res.groups.has(keys[ch.start]))) {
        out.push(groupNameMention(at.base(ch.start, ch.end), group));
        continue;
      }
    }

    if (ch.kind === 'name' && !isCompoundModifier(view, ch.end)) {
      const m = classifyName(view, res, ch, ownerOrPrevious(view, chunks, c), at.base(ch.start, ch.end));
      // "Iraqi Islamic Party", "Moroccan Islamic Combatant Group": a demonym right before an
      // organisation name is part of the name (the country stays the organisation's country).
      const prev = chunkAt(chunks, c - 1);
      const last = out[out.length - 1];
      if (m && m.rule === 'cue-word-name' && m.type === 'ORG' && prev?.end === ch.start && firstOf(prev, 'demonym') && !modOf(prev)?.kind.match(/^(org|country|seat)$/) && last?.tokStart === prev.start && last.type === 'NORP') {
        out.pop();
        const surface = at.surfaceOf(prev.start, ch.end);
        out.push(copyMention(m, { ...at.base(prev.start, ch.end), name: surface, key: `ORG|${surface.toLowerCase()}` }));
        continue;
      }
      if (m) out.push(m);
      // "Royal Bank of Canada Chairman Allan Taylor": the organisation ended before a title (classifyName); the
      // person after the title is that organisation's, coded with its country and agent.
      if (m && m.type === 'ORG' && m.tokEnd < ch.end) {
        const p = personAfterTitle(view, res, at, m, ch.end);
        if (p) out.push(p);
      }
    }
  }
}

/**
 * The person named after an organisation and a title inside one capitalised run ("Royal Bank of Canada Chairman
 * Allan Taylor", "Home Office Minister Lord Falconer" when the office is no known organisation): title phrases and
 * honorifics from the organisation's end, then the name to `end`. Coded with the organisation's country and its agent,
 * else the title's ("Minister" GOV); PETRARCH codes a person by the organisation whose title he holds (CAMEO 1.1b3
 * manual, ch. 2, "agents"). Reviewers of Reuters wire copy found such persons with no code and the place inside the
 * organisation's name (Canada) taken for the actor.
 * @param org the organisation mention ending before the title (token `org.tokEnd`)
 * @param end the token after the capitalised run
 * @returns a titled-person mention, or null when no title, or no capitalised name after it, follows the organisation
 */
function personAfterTitle(view: DocView, res: EntityResources, at: SentencePlaces, org: RawMention, end: number): RawMention | null {
  const { doc, keys } = view;
  let k = org.tokEnd;
  let role: PersonRoleEntry | undefined;
  let gender: 'male' | 'female' | null = null;
  while (k < end) {
    const m = matchAt(res.gazetteer, doc, keys, k, end);
    const r = m.length > 0 ? m.flatMap((x) => x.phrase.entries).find((e) => e.kind === 'personRole' || e.kind === 'honorific') : undefined;
    if (!r) break;
    if (r.kind === 'personRole') role = r;
    else gender = r.gender;
    k = m[0].end;
  }
  if (!role || k >= end) return null;
  for (let i = k; i < end; i++) if (!startsUpper(tokenText(doc, i))) return null;
  const tokens = nameTokens(keys, k, end);
  if (tokens.length === 0) return null;
  const country = org.country;
  const agent = org.agent ?? role.agent;
  const place = at.base(k, end);
  place.evidence = [at.span(org.tokStart, k)];
  return rawMention(place, {
    kind: 'name',
    type: 'PERSON',
    key: '',
    name: at.surfaceOf(k, end),
    actor: country && agent ? country + agent : null,
    country,
    agent,
    role: at.surfaceOf(org.tokEnd, k),
    categories: role.categories,
    gender,
    personTokens: tokens,
    rule: 'titled-person',
    confidence: 0.85,
  });
}

/**
 * Whether a chunk is a capitalised government portfolio of one or two words ("Trade", "Commerce", "Home Affairs"):
 * every word in `res.portfolioWords`. A name chunk only: a known phrase ("Foreign Minister") is a role of its own.
 */
function isPortfolio(view: DocView, res: EntityResources, chunk: Chunk | undefined): boolean {
  if (!chunk || chunk.kind !== 'name' || chunk.end - chunk.start > 2) return false;
  for (let i = chunk.start; i < chunk.end; i++) if (!res.portfolioWords.has(view.keys[i])) return false;
  return true;
}

/**
 * Whether the name ending before token `end` is the first part of a hyphenated modifier ("Trump-era
 * tariffs", "Hamas-run ministry"): a hyphen then a lower-case word. Such a name modifies a noun and is
 * not a mention of its own.
 * @param view the article's DocView; `end` the token after the name
 */
export function isCompoundModifier(view: DocView, end: number): boolean {
  const { doc, keys } = view;
  if (end + 1 >= doc.tokenCount || keys[end] !== '-' || doc.starts[end] !== doc.ends[end - 1]) return false;
  // "Lashkar-e-Toiba", "Hezb-i-Islami": a particle inside a name is not a modifier.
  if (end + 2 < doc.tokenCount && keys[end + 2] === '-') return false;
  return /^\p{Ll}{3,}/u.test(doc.text.slice(doc.starts[end + 1], doc.ends[end + 1]));
}

/** Lower-case name tokens of a token range, hyphenated words split ("al-alfi" → "al", "alfi"). */
export function nameTokens(keys: readonly string[], a: number, b: number): string[] {
  const t: string[] = [];
  for (let i = a; i < b; i++) {
    const key = keys[i];
    if (key.indexOf('-') < 0) {
      if (hasLetter(key)) t.push(key);
    } else for (const part of key.split('-')) if (hasLetter(part)) t.push(part);
  }
  return t;
}

function isLocative(view: DocView, res: EntityResources, tok: number): boolean {
  let p = tok - 1;
  const s = view.doc.sentences[view.sentenceOf[tok]];
  if (p >= s.firstToken && view.keys[p] === 'the') p--;
  return p >= s.firstToken && res.locativePrepositions.has(view.keys[p]);
}


/**
 * True when token `tok` (the token after a capital city) is a capitalised noun, proper noun or adjective of the same
 * sentence, no month or weekday, outside a title-case line (title-case-line.ts: there capitals say nothing): the city is
 * then the first word of a longer name ("London Exchange sources", "Washington Public Power", "the Paris Club"), a place
 * in that name and not the government it stands for alone ("London said"). Review 17: "London Exchange sources said"
 * and "the London Interbank Offered Rate" were coded GBRGOV; review 17b: "Washington Slams Beijing …" lost USAGOV.
 */
function beforeNamePart(view: DocView, tok: number): boolean {
  const { doc } = view;
  if (tok >= doc.tokenCount || view.sentenceOf[tok] !== view.sentenceOf[tok - 1]) return false;
  const pos = doc.pos[tok];
  if ((pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'ADJ') || isCalendarName(view.keys[tok])) return false;
  return /^\p{Lu}\p{Ll}/u.test(doc.text.slice(doc.starts[tok], doc.ends[tok])) && !isTitleCaseLine(view, view.sentenceOf[tok]);
}

type Base = MentionPlace;

function orgMention(b: Base, org: OrgEntry, rule: string): RawMention {
  return rawMention(b, { kind: 'name', type: org.type, key: `ORG|${org.name}`, name: org.name, actor: org.actor, country: org.country, agent: org.agent, rule, confidence: 0.95 });
}

function countryMention(b: Base, c: CountryEntry): RawMention {
  return rawMention(b, { kind: 'name', type: 'GPE', key: `GPE|${c.code}`, name: c.name, actor: c.code, country: c.code, agent: null, rule: 'country-name', confidence: 0.95 });
}

function seatMention(b: Base, seat: SeatEntry, locative: boolean): RawMention {
  // Spellings of one capital ("Kyiv"/"Kiev", "Naypyidaw"/"Naypyitaw") are one entity: a city seat is
  // keyed by its country, a building by its name.
  const city = seat.building ? seat.name : 'capital';
  if (locative && !seat.building) {
    return rawMention(b, { kind: 'name', type: 'GPE', key: `LOC|${seat.code}|${city}`, name: seat.name, actor: null, country: seat.code, agent: null, rule: 'capital-location', confidence: 0.85 });
  }
  return rawMention(b, {
    kind: 'name',
    type: seat.building ? 'ORG' : 'GPE',
    key: `SEAT|${seat.code}${seat.agent}|${city}`,
    name: seat.name,
    actor: seat.code + seat.agent,
    country: seat.code,
    agent: seat.agent,
    rule: 'seat-metonym',
    confidence: 0.8,
  });
}

function demonymMention(b: Base, d: DemonymEntry, res: EntityResources): RawMention {
  const name = res.demonymNames.get(d.code) ?? d.code;
  return rawMention(b, { kind: 'name', type: 'NORP', key: `NORP|${d.code}`, name, actor: d.code, country: d.code, agent: null, rule: d.plural ? 'demonym-plural' : 'demonym', confidence: 0.85 });
}

function groupNameMention(b: Base, g: GroupEntry): RawMention {
  return rawMention(b, {
    kind: 'name',
    type: 'NORP',
    key: `NORP|group:${g.name}`,
    name: g.name,
    actor: g.code,
    country: null,
    agent: null,
    role: g.kind === 'ethnic' ? 'ethnic group' : 'religious group',
    rule: g.kind === 'ethnic' ? 'ethnic-group' : 'religious-group',
    confidence: 0.85,
  });
}

/** CAMEO agents of armed non-state groups (rebels, insurgents): their fighters are the group. */
const ARMED_GROUP_AGENTS: ReadonlySet<string> = new Set(['REB', 'INS']);
/** Agents of group nouns for armed men ("gunmen" UAF, "militants" REB, "fighters", "insurgents"). */
const ARMED_MEN_AGENTS: ReadonlySet<string> = new Set(['UAF', 'REB', 'INS', 'MIL']);

/**
 * A country's or organisation's group ("the Chinese government", "North Korea's army": PRKMIL): the modifier's country + the
 * group role's agent (an organisation without a country, or an armed group's armed men: the organisation's own code), rule country-group(-plural).
 * @param b the place; `surface` its text; `named` keys it by its own words (a capitalised name) rather than its role
 */
export function groupMention(b: Base, surface: string, mod: ModEntry, group: GroupRoleEntry, named = false): RawMention {
  let actor: string | null;
  let country: string | null;
  if (mod.kind === 'org') {
    country = mod.country;
    // "Boko Haram gunmen", "Taliban fighters": the armed men of a named armed group are that group (NGAREB), not
    // unidentified armed forces (UAF; fresh-eyes review 27)
    const armedGroup = mod.actor !== null && mod.agent !== null && ARMED_GROUP_AGENTS.has(mod.agent) && ARMED_MEN_AGENTS.has(group.agent);
    actor = armedGroup ? mod.actor : country ? country + group.agent : mod.actor;
  } else {
    country = mod.code;
    actor = mod.code + group.agent;
  }
  const name = surface.replace(/\s+/g, ' ');
  return rawMention(b, {
    kind: 'name',
    type: 'ORG',
    key: named ? `GRP|${actor}|${name.toLowerCase()}` : `GRP|${actor}|${group.phrase}`,
    name,
    actor,
    country,
    agent: group.agent,
    role: group.phrase,
    rule: group.plural ? 'country-group-plural' : 'country-group',
    confidence: 0.85,
  });
}

/**
 * The group a title's role speaks for when the role has no agent of its own: "army" in "(Israeli) army spokesman",
 * "police" in "police spokeswoman" (a group role right before a person role without an agent).
 * @returns the group role at chunk `k`, or undefined
 */
function spokespersonOf(chunks: readonly Chunk[], k: number): GroupRoleEntry | undefined {
  const group = firstOf(chunkAt(chunks, k), 'groupRole');
  return group && firstOf(chunkAt(chunks, k + 1), 'personRole')?.agent === null ? group : undefined;
}

function namedOrg(b: Base, surface: string, type: 'ORG' | 'FAC' | 'LOC' | 'GPE', mod: ModEntry | undefined, agent: string | null, rule: string): RawMention {
  const country = mod ? (mod.kind === 'org' ? mod.country : mod.code) : null;
  return rawMention(b, {
    kind: 'name',
    type,
    key: `ORG|${surface.toLowerCase()}`,
    name: surface,
    actor: type === 'ORG' && country && agent ? country + agent : null,
    country,
    agent: type === 'ORG' ? agent : null,
    rule,
    confidence: 0.75,
  });
}

function personByHonorific(b: Base, surface: string, hon: HonorificEntry, tokens: string[]): RawMention {
  return rawMention(b, { kind: 'name', type: 'PERSON', key: '', name: surface, actor: null, country: null, agent: null, gender: hon.gender, personTokens: tokens, rule: 'honorific-name', confidence: 0.9 });
}

/**
 * Inside a capitalised run after a title ("Department Inspector General Michael Horowitz"): the last
 * organisation word before the end and the first known given name after it, or null when there is none.
 * @returns `[cueAt, given]` token indices
 */
function innerOrganisation(res: EntityResources, keys: readonly string[], a: number, b: number): [number, number] | null {
  for (let i = b - 2; i >= a; i--) {
    if (res.orgCues.get(keys[i])?.type !== 'ORG') continue;
    for (let g = i + 1; g < b - 1; g++) if (res.firstNames.has(keys[g])) return [i, g];
    return null;
  }
  return null;
}

/**
 * Agents of the state's offices (government, armed forces, legislature, judiciary, police, intelligence) whose former
 * holders are elites, ELI: CAMEO 1.1b3 Table 3.1 ("ELI: former government officials") and section 3.1.6 (TABARI codes
 * "former" before an agent as ELI: "former Federal Reserve Chairman Alan Greenspan" USAELI). Other agents ("former chief
 * executive", BUS) keep theirs.
 */
const STATE_AGENTS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

/**
 * Agents of bodies that act against or outside the state (CAMEO 1.1b3 Table 3.1: rebels, insurgents, separatists,
 * unidentified armed forces, criminals, opposition, labour): their officers take the body's agent, not the one the
 * role word gives ("leader" GOV in data/actors/roles.json).
 */
const NON_STATE_AGENTS: ReadonlySet<string> = new Set(['REB', 'INS', 'SEP', 'UAF', 'CRM', 'OPP', 'LAB']);

/** Last words of the roles that make a person an officer of the body named before them ("leader", "commander"), not a state office ("prime minister"). */
const GROUP_OFFICES: ReadonlySet<string> = new Set(['leader', 'chief', 'head', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'chairman', 'chairwoman', 'founder', 'boss', 'secretary-general']);

/** Words that make a title one its bearer no longer holds: "former chancellor", "ex-Conservative chancellor", "retired general". */
const FORMER_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'retired']);

/**
 * Whether a title run is one its bearer held before: a word of {@link FORMER_WORDS} or an "ex-" word among the two
 * tokens before the title or between its start and the role word ("former US president", "ex-Conservative
 * chancellor"). The role is then written "former …", which no role description of the office links to
 * (resolve-nominals.ts officeNames: "the chancellor" is not "ex-Conservative chancellor Ken Clarke"; fresh-eyes
 * review 23, BBC politics: 4 of the chancellor's quotes went to him).
 * @param titleStart token index where the title starts, `roleStart` the token index of its first role word
 */
function formerTitle(keys: readonly string[], titleStart: number, roleStart: number): boolean {
  for (let t = Math.max(0, titleStart - 2); t < roleStart; t++) if (FORMER_WORDS.has(keys[t]) || keys[t].startsWith('ex-')) return true;
  return false;
}

/** Role words that English also uses as adjectives before a noun: "General Election", "Major Incident", "Private Sector". */
const ADJECTIVE_ROLES: ReadonlySet<string> = new Set(['general', 'major', 'private', 'principal', 'chief']);

/**
 * Whether a title run is an adjective before an ordinary noun rather than a title before a name: its only role word
 * is one of {@link ADJECTIVE_ROLES}, right before a one-word name chunk that news mostly writes in lower case
 * (`res.commonWords`) and that is no given name — "the General Election" (BBC politics: "Election" a titled person
 * in 14 articles). "General Motors", "General Smith", "Attorney General Election" (two role words) stay as they were.
 * @param roles the role entries of the run, `name` the name chunk after them (token indices, half-open)
 */
function adjectiveBeforeWord(res: EntityResources, keys: readonly string[], roles: readonly PersonRoleEntry[], name: { start: number; end: number }): boolean {
  if (roles.length !== 1 || name.end - name.start !== 1) return false;
  const key = keys[name.start];
  return ADJECTIVE_ROLES.has(roles[0].phrase) && res.commonWords.has(key) && !res.firstNames.has(key);
}

/**
 * Whether an organisation word followed by "of" is among the tokens `[a, b)` ("Bank of Brazil", "Ministry of
 * Finance"): such a run after a title word is an organisation, not the titled person ("a guarantee offered by the
 * official Bank of Brazil" made a person of the bank, and every "Brazil" of the story that person's name; Reuters-21578).
 */
function cueBeforeOf(res: EntityResources, keys: readonly string[], a: number, b: number): boolean {
  for (let i = a; i < b - 2; i++) if (keys[i + 1] === 'of' && res.orgCues.get(keys[i])?.type === 'ORG') return true;
  return false;
}

/** The CAMEO code of a country named by the tokens after the last "of" in `[a, b)` ("… Authority of Nepal"), or null. */
function countryAfterOf(view: DocView, res: EntityResources, a: number, b: number): string | null {
  const { keys } = view;
  let of = -1;
  for (let i = b - 2; i > a; i--) if (keys[i] === 'of') {
    of = i;
    break;
  }
  if (of < 0) return null;
  const m = matchAt(res.gazetteer, view.doc, keys, of + 1, b).find((x) => x.end === b);
  const c = m?.phrase.entries.find((e) => e.kind === 'country');
  return c && c.kind === 'country' ? c.code : null;
}

/** Whether a title or honorific word ("Commissioner", "Sir") is among the tokens `[a, b)`. */
function hasTitleAfter(res: EntityResources, keys: readonly string[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (res.gazetteer.get(keys[i])?.some((p) => p.entries.some((e) => e.kind === 'personRole' || e.kind === 'honorific'))) return true;
  return false;
}

/** A capitalised run as a mention (cue-word organisation or person), built on `b`; null when it names nothing. */
function classifyName(view: DocView, res: EntityResources, ch: Chunk, prev: Chunk | undefined, b: Base): RawMention | null {
  const { keys, doc } = view;
  const surface = doc.text.slice(doc.starts[ch.start], doc.ends[ch.end - 1]);
  let cue = null as null | { type: EntityType; agent: string | null };
  let cueAt = -1;
  for (let i = ch.end - 1; i >= ch.start; i--) {
    const c = res.orgCues.get(keys[i]);
    if (c) {
      cue = c;
      cueAt = i;
      break;
    }
  }
  const mod = modOf(prev);
  // "Metropolitan Police Commissioner Sir John Stevens": the organisation ends at its cue word when a
  // title or honorific follows it (after an "of <place>" that belongs to it); the person after it is its titled person.
  if (cue && cueAt > ch.start && cueAt < ch.end - 1 && hasTitleAfter(res, keys, cueAt + 1, ch.end)) {
    // "Royal Bank of Canada Chairman …": the name runs on through "of <place>" to the first title word.
    let stop = cueAt + 1;
    while (stop < ch.end && !hasTitleAfter(res, keys, stop, stop + 1)) stop++;
    if (!(keys[cueAt + 1] === 'of' && stop > cueAt + 2)) stop = cueAt + 1;
    const end = doc.ends[stop - 1];
    return classifyName(view, res, { ...ch, end: stop }, prev, { ...b, end, tokEnd: stop });
  }
  if (cue && ch.end - ch.start > 1) {
    // "Civil Aviation Authority of Nepal": a country after "of" at the end of the name is its country.
    const country = mod && mod.kind !== 'org' ? mod.code : countryAfterOf(view, res, ch.start, ch.end);
    const type = cue.type;
    return rawMention(b, {
      kind: 'name',
      type,
      key: `ORG|${surface.toLowerCase()}`,
      name: surface,
      actor: type === 'ORG' && country && cue.agent ? country + cue.agent : null,
      country,
      agent: type === 'ORG' ? cue.agent : null,
      rule: 'cue-word-name',
      confidence: 0.7,
    });
  }
  const tokens = nameTokens(keys, ch.start, ch.end);
  if (tokens.length === 0) return null;
  // A long capitalised run ("Janette Elbertson Administrative Coordinator") is a name followed by a
  // title or heading: only a guess, left to the tagger.
  const given = tokens.length <= 4 ? res.givenNames.get(tokens[0]) : undefined;
  const all = tokens.every(startsWithLetter);
  if (!all) return null;
  return rawMention(b, {
    kind: 'name',
    type: 'PERSON',
    key: '',
    name: surface,
    actor: null,
    country: null,
    agent: null,
    gender: tokens.length > 1 ? (given ?? null) : null,
    personTokens: tokens,
    // Only a known given name makes a capitalised run a person on its own; otherwise it must match a
    // person named elsewhere in the article (build-entities.ts) or it is dropped.
    weak: !(given && tokens.length > 1),
    rule: given && tokens.length > 1 ? 'given-name' : 'capitalised-name',
    confidence: given ? 0.7 : 0.5,
  });
}
