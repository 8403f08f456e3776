import type { UserActorsFile } from './actor-kb.js';

/**
 * Parses a PETRARCH date ("950701", or "20120219" as some Phoenix entries write it) into YYYY-MM-DD; two-digit
 * years below 30 are 20xx, as in the Phoenix dictionaries (which run from the 1940s to the 2010s).
 */
function petrarchDate(d: string): string | null {
  if (/^(19|20)\d{6}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (!/^\d{6}$/.test(d)) return null;
  const yy = Number(d.slice(0, 2));
  return `${yy < 30 ? 2000 + yy : 1900 + yy}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
}

/**
 * Reads the code of a "[CODE]": PETRARCH takes CAMEO codes with digits (the hierarchical religion and ethnic codes,
 * "NGOCHRPRO214", "G77") and in lower case ("[pse]" in PETRARCH's own validation dictionary), and "[FRO/BIL/SAM]" codes
 * a name as several actors at once (its unit tests expect one event per actor). Letters are upper-cased; of a
 * compound code the first is used and the others are returned for a warning.
 * @returns the code and the other codes of a compound, or null when a part is no code (3 to 21 letters or digits, a letter among them)
 */
function readCode(raw: string): { actor: string; others: string[] } | null {
  const parts = raw.toUpperCase().split('/');
  if (!parts.every((p) => /^[A-Z0-9]{3,21}$/.test(p) && /[A-Z]/.test(p))) return null;
  return { actor: parts[0], others: parts.slice(1) };
}

function phrase(raw: string): string {
  return raw.replace(/_+$/g, '').replace(/[_\s]+/g, ' ').trim().toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

interface Block {
  /** 1-based line of the block's name line. */
  line: number;
  names: string[];
  /** Whether the block holds PETRARCH's null code "[---]" (a phrase that names no actor on purpose). */
  nullCode: boolean;
  codes: { actor: string; from: string | null; to: string | null }[];
}

/**
 * A block or line of a PETRARCH dictionary that the importer skipped or read only in part: its 1-based line and why (an
 * unclosed "[CODE", a code that is no CAMEO code, a block without any code, a compound code of which only the first is used).
 */
export interface SkippedDictionaryLine {
  readonly line: number;
  readonly reason: string;
}

/**
 * Imports a PETRARCH/TABARI actor dictionary (e.g. Phoenix.Countries.actors.txt): blocks of a name line,
 * "+SYNONYM" lines and "[CODE date-range]" codes (on the name line or on indented lines), where a date range
 * is "YYMMDD-YYMMDD", ">YYMMDD" (from) or "<YYMMDD" (until). Blocks with dated codes become people with
 * terms; the others become organisations (type GPE when the code is a bare country code in `countries`; a
 * synonym of such a block that is a known city — Phoenix.Countries lists JERUSALEM_ and HAIFA_ under ISRAEL —
 * becomes a place of its own name with the country's code, so it keeps its name as an event's place).
 * Format: PETRARCH2 dictionary documentation (Schrodt, "CAMEO/PETRARCH dictionaries").
 * @param text the dictionary file's text
 * @param countries known CAMEO country codes
 * @param firstNames lower-case given names: an undated entry starting with one becomes a person
 * @param cities lower-case city names (data/actors/places.tsv); default none
 * @param onSkip called for each block or code the importer cannot read (its line and the reason): a block whose
 *   only code is malformed ("KESTREL_FOUNDATION_ [NGOHLH" without "]") is left out, and the caller says so
 * @returns a user actors file ({@link UserActorsFile}) with `people` and `organisations`
 */
export function importPetrarchActors(
  text: string,
  countries: ReadonlySet<string>,
  firstNames: ReadonlySet<string>,
  cities: ReadonlySet<string> = new Set(),
  onSkip: (skipped: SkippedDictionaryLine) => void = () => {},
): UserActorsFile {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const codeRe = /\[([^\]]*)\]/g;
  const lines = text.split(/\r?\n/);
  const warned = new Set<number>();
  const skip = (s: SkippedDictionaryLine) => {
    warned.add(s.line);
    onSkip(s);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    const indented = /^\s/.test(line);
    const body = line.trim();
    if (body.startsWith('+')) {
      if (current) current.names.push(body.slice(1).replace(/\[.*$/, '').trim());
    } else if (!indented && !body.startsWith('[') && current && current.codes.length === 0 && !current.nullCode && !warned.has(current.line)) {
      // name lines in a row share the codes that follow them (LEONID_BREZHNEV_ / LEONID_ILYICH_BREZHNEV / [RUSGOV …])
      current.names.push(body.replace(/\[.*$/, '').trim());
    } else if (!indented && !body.startsWith('[')) {
      current = { line: i + 1, names: [body.replace(/\[.*$/, '').trim()], nullCode: false, codes: [] };
      blocks.push(current);
    }
    if (!current) continue;
    if ((body.match(/\[/g)?.length ?? 0) > (body.match(/\]/g)?.length ?? 0)) skip({ line: i + 1, reason: `unclosed "[" (expected "[CODE]" or "[CODE date-range]"): ${JSON.stringify(body.slice(0, 60))}` });
    for (const m of body.matchAll(codeRe)) {
      const [code, range] = m[1].trim().split(/\s+/);
      if (code === '---') {
        current.nullCode = true;
        continue;
      }
      const read = readCode(code);
      if (!read) {
        skip({ line: i + 1, reason: `"[${m[1]}]" is no CAMEO code (3 to 21 letters or digits: USAGOV, NGOCHRPRO214)` });
        continue;
      }
      if (read.others.length > 0) {
        onSkip({ line: i + 1, reason: `"[${code}]" codes ${read.others.length + 1} actors at once; detente gives a name one code and uses ${read.actor}` });
      }
      let from: string | null = null;
      let to: string | null = null;
      if (range) {
        if (range.startsWith('>')) from = petrarchDate(range.slice(1));
        else if (range.startsWith('<')) to = petrarchDate(range.slice(1));
        else if (range.includes('-')) {
          const [a, b] = range.split('-');
          from = petrarchDate(a);
          to = petrarchDate(b);
        }
      }
      // (an inverted range holds on no date: the JSON actors file rejects it, so the dictionary's reader says so too)
      if (from && to && from > to) {
        skip({ line: i + 1, reason: `"[${m[1].trim()}]": the date range ends (${to}) before it starts (${from}): that code is left out` });
        continue;
      }
      current.codes.push({ actor: read.actor, from, to });
    }
  }
  const people: NonNullable<UserActorsFile['people']> = [];
  const organisations: NonNullable<UserActorsFile['organisations']> = [];
  for (const b of blocks) {
    if (b.codes.length === 0) {
      if (!b.nullCode && !warned.has(b.line)) onSkip({ line: b.line, reason: `the block "${b.names[0]}" has no readable actor code: skipped` });
      continue;
    }
    const names = [...new Set(b.names.map(phrase).filter((n) => n.length > 1))];
    if (names.length === 0) continue;
    const dated = b.codes.some((c) => c.from || c.to);
    const first = names[0].split(' ')[0].toLowerCase();
    if (dated || (firstNames.has(first) && names[0].includes(' '))) {
      people.push({ name: names[0], aliases: names.slice(1), terms: b.codes.map((c) => ({ actor: c.actor, role: null, from: c.from, to: c.to })) });
    } else {
      const actor = b.codes[0].actor;
      if (!countries.has(actor)) {
        organisations.push({ name: names[0], aliases: names.slice(1), actor, type: 'ORG' });
        continue;
      }
      // a country's block lists its cities too (JERUSALEM_, HAIFA_ under ISRAEL): each stays a place of its own
      // name with the country's code, so the event's place is Jerusalem, not Israel
      const synonyms = names.slice(1);
      const isCity = (n: string) => cities.has(n.toLowerCase());
      organisations.push({ name: names[0], aliases: synonyms.filter((n) => !isCity(n)), actor, type: 'GPE' });
      for (const city of synonyms.filter(isCity)) organisations.push({ name: city, aliases: [], actor, type: 'GPE' });
    }
  }
  return { people, organisations };
}

/**
 * What the built-in roles (data/actors/roles.json) already read, for {@link importPetrarchAgents}, all lower case.
 */
export interface BuiltInRoles {
  /** The phrases of its person roles, group roles and organisation cue words. */
  readonly phrases: ReadonlySet<string>;
  /** Its organisation cue words ("association", "court", "bank", "ltd"): a name ending in one is an organisation. */
  readonly cueWords: ReadonlySet<string>;
  /** The head words of its singular group roles ("government", "parliament", "supreme court" → court). */
  readonly bodyHeads: ReadonlySet<string>;
}

/**
 * Head words of bodies in PETRARCH agents files that roles.json has neither as an organisation cue nor as a group
 * noun ("HOUSE_OF_COMMONS", "BUREAU_OF_SPECIAL_OPERATIONS", "BOARD_OF_DIRECTORS", "CHAMBER_OF_COMMERCE").
 */
const EXTRA_BODY_HEADS: ReadonlySet<string> = new Set(['house', 'bureau', 'board', 'chamber', 'directorate', 'secretariat', 'junta', 'regime', 'panel']);

/** The head word of an agent phrase: the word before "of" ("house of commons" → house), else the last word. */
function headWord(phrase: string): string {
  const words = phrase.split(' ');
  const of = words.indexOf('of');
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

/**
 * Imports a PETRARCH agents dictionary (Phoenix.agents.txt): "NOUN_PHRASE [~CODE]" lines become roles with the
 * primary agent (first three letters of the code), the way data/actors/roles.json reads role words:
 * - a phrase the built-in roles already know ("government", "parliament", "court", "authority") is left to them, as
 *   a PETRARCH actors file leaves built-in names alone (docs/actors.md): PETRARCH's agents name people and bodies
 *   alike, and a body read as a person's title retyped "the Brazilian government" as a PERSON and cut
 *   "House of Commons of Canada" out of its sentence;
 * - a body whose head word (the word before "of", else the last) is a built-in organisation cue word ("superior
 *   court", "commercial bank", "election commission") is left to that cue: the tagger reads "Superior Court" as an
 *   organisation, and a role there cut "First Commercial Bank" and "United States District Court" out of their names;
 * - another body (its head word a built-in group noun or house, bureau, board, chamber …: "house of commons",
 *   "constituent assembly") becomes a singular group role, like the built-in "parliament", never a person's title
 *   nor a plural;
 * - any other phrase is a person's role (singular) and a group role (its regular plural), as PETRARCH 0.5 forms
 *   the plurals itself (the file's own header).
 * "!SYNSET! = …" lines and "{…}" pattern parts are skipped.
 * @param text the dictionary file's text
 * @param builtIn what the built-in roles read ({@link BuiltInRoles}); default none (every phrase imported)
 * @returns a user actors file with `personRoles` and `groupRoles`
 */
export function importPetrarchAgents(text: string, builtIn: BuiltInRoles = { phrases: new Set(), cueWords: new Set(), bodyHeads: new Set() }): UserActorsFile {
  const personRoles: NonNullable<UserActorsFile['personRoles']> = [];
  const groupRoles: NonNullable<UserActorsFile['groupRoles']> = [];
  const seen = new Set<string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const m = /^([A-Z0-9_'.\-]+)\s*(?:\{[^}]*\})?\s*\[~?([A-Z]{3,})~?\]/.exec(line);
    if (!m || m[1].includes('!')) continue;
    const p = m[1].replace(/_+$/g, '').replace(/_+/g, ' ').toLowerCase();
    if (p.length < 3 || seen.has(p)) continue;
    seen.add(p);
    if (builtIn.phrases.has(p)) continue;
    const agent = m[2].slice(0, 3);
    const head = headWord(p);
    if (builtIn.cueWords.has(head)) continue;
    if (builtIn.bodyHeads.has(head) || EXTRA_BODY_HEADS.has(head)) {
      groupRoles.push({ phrase: p, agent, plural: false });
      continue;
    }
    const plural = /(s|x|ch|sh)$/.test(p) ? `${p}es` : /[^aeiou]y$/.test(p) ? `${p.slice(0, -1)}ies` : `${p}s`;
    personRoles.push({ phrase: p, agent, categories: [p] });
    if (!builtIn.phrases.has(plural)) groupRoles.push({ phrase: plural, agent, plural: true });
  }
  return { personRoles, groupRoles };
}
