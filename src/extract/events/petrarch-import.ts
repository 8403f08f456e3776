import type { VerbEntry, VerbRule } from './verb-lexicon.js';

/**
 * Importers for PETRARCH/TABARI dictionaries (the CAMEO.2.0.txt verb format and the actor and agent
 * formats), so researchers can run detente with the dictionaries they maintain.
 *
 * Verb dictionary (PETRARCH 1/2, documented in PETRreader.read_verb_dictionary):
 * - `&NAME` starts a synonym set, `+WORD` lines are its members;
 * - `--- NAME [code] ---` starts a verb block with a default code (`[---]`: no event);
 * - verb lines `WORD {FORMS…}` or `WORD [code]`, multi-word verbs `+HEAD_PARTICLE {…}`;
 * - pattern lines `- words * words [code] # comment`: `*` is the verb, `$` the source, `+` the target,
 *   `%` a compound actor, `^` skips a phrase, `(…)` a prepositional phrase, `{…}` a phrase, `_` joins words,
 *   `&SET` a synonym set; codes may be `[040]`, `[036:036]`, `[:020]` or `[---]` (blocks the default).
 * The import keeps what detente's pattern language expresses: the words before and after the verb in order
 * (gaps allowed), the preposition introducing the source or target, and the code. It does not use parse trees.
 */

/** Counts of what an import read and what it could not express. */
export interface ImportReport {
  blocks: number;
  verbs: number;
  patterns: number;
  /** Lines not imported: patterns with no words to match, malformed headers, patterns and verb lines (each in `problems`). */
  skipped: number;
  /** Each line the import skipped or read only in part: its 1-based line in the dictionary and why. */
  problems: { line: number; reason: string }[];
}

/** A parsed PETRARCH verb dictionary as detente lexicon entries. */
export interface ImportedVerbs {
  readonly entries: VerbEntry[];
  readonly synsets: ReadonlyMap<string, readonly string[]>;
  readonly codes: ReadonlySet<string>;
  readonly report: ImportReport;
}

const PREPOSITIONS = new Set(['with', 'to', 'against', 'on', 'in', 'by', 'from', 'for', 'at', 'into', 'of', 'over', 'about', 'near', 'upon', 'toward', 'towards', 'between']);

/** Strips `#` comments and `<!-- -->` comment lines. */
function clean(line: string): string {
  const hash = line.indexOf('#');
  return (hash >= 0 ? line.slice(0, hash) : line).trim();
}

/** PETRARCH code field → detente code: `[036:036]` → 036, `[:020]` → 020, `[---]` → null. */
export function petrarchCode(field: string): string | null {
  const f = field.replace(/[[\]\s]/g, '');
  if (!f || /^-+$/.test(f)) return null;
  const parts = f.split(':');
  const pick = parts[0] && !/^-+$/.test(parts[0]) ? parts[0] : parts[1];
  return pick && !/^-+$/.test(pick) ? pick : null;
}

/**
 * The reverse code of a TABARI/PETRARCH complex code: `[032:033]` → 033 (the target → source event), null when
 * the field has no second part or either part is empty (`[:020]`, `[036]`).
 */
export function petrarchReverseCode(field: string): string | null {
  const parts = field.replace(/[[\]\s]/g, '').split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1] || /^-+$/.test(parts[0]) || /^-+$/.test(parts[1])) return null;
  return /^\d{2,4}$/.test(parts[1]) ? parts[1] : null;
}

/** Expands a pattern word into alternatives, lower case, resolving synonym sets (nested sets too). */
function alternatives(word: string, synsets: ReadonlyMap<string, readonly string[]>, depth = 0): string[] {
  if (word.startsWith('&')) {
    const members = synsets.get(word.replace(/_+$/, '')) ?? [];
    if (depth > 3) return [];
    return members.flatMap((m) => {
      const words = m.split(/[_\s]+/).filter(Boolean);
      if (words.length === 1) return alternatives(words[0], synsets, depth + 1);
      return words.some((w) => w.startsWith('&')) ? [] : [words.join(' ').toLowerCase()];
    });
  }
  return [word.toLowerCase()];
}

interface PatternSide {
  slots: string[][];
  sourcePrep: string | null | undefined;
  targetPrep: string | null | undefined;
}

/** Tokenises one side of a pattern (before or after `*`) into word slots and actor markers. */
function readSide(text: string, synsets: ReadonlyMap<string, readonly string[]>): PatternSide {
  const tokens = text.replace(/[(){}]/g, ' ').split(/\s+/).filter(Boolean);
  const slots: string[][] = [];
  let sourcePrep: string | null | undefined;
  let targetPrep: string | null | undefined;
  let lastWord: string | null = null;
  for (const tok of tokens) {
    if (tok === '$' || tok === '+' || tok === '%') {
      const prep = lastWord && PREPOSITIONS.has(lastWord) ? lastWord : null;
      if (tok === '$') sourcePrep = prep;
      else if (tok === '+') targetPrep = prep;
      else sourcePrep ??= prep;
      continue;
    }
    if (tok === '^' || tok === '/' || tok.startsWith('~')) continue;
    // words joined by "_" are adjacent in the text ("NEW_&TIETYPES_RELATIONS"); others may have words between
    const parts = tok
      .split('_')
      .map((w) => w.replace(/[^A-Za-z0-9&'\-/]/g, ''))
      .filter(Boolean);
    if (parts.length === 0) continue;
    let phrases: string[] = [''];
    for (const part of parts) {
      const alts = part.split('/').flatMap((w) => alternatives(w, synsets));
      if (alts.length === 0) {
        phrases = [];
        break;
      }
      const next: string[] = [];
      for (const p of phrases) for (const a of alts) if (next.length < 400) next.push(p ? `${p} ${a}` : a);
      phrases = next;
    }
    if (phrases.length === 0) continue;
    slots.push(phrases);
    lastWord = parts[parts.length - 1].toLowerCase();
  }
  return { slots, sourcePrep, targetPrep };
}

/**
 * Parses a PETRARCH verb dictionary into detente lexicon entries (rules most specific first, the block's
 * default code last).
 * @param text dictionary text (CAMEO.2.0.txt format)
 * @param name a short name for rule ids ("cameo2", "petr-validate")
 * @returns entries, synonym sets, every code used, and counts
 */
export function importPetrarchVerbs(text: string, name = 'petrarch'): ImportedVerbs {
  const synsets = new Map<string, string[]>();
  const entries: VerbEntry[] = [];
  const codes = new Set<string>();
  const report: ImportReport = { blocks: 0, verbs: 0, patterns: 0, skipped: 0, problems: [] };
  const skip = (line: number, reason: string) => {
    report.skipped++;
    report.problems.push({ line, reason });
  };
  let currentSet: string | null = null;
  let block: {
    /** The header's name and 1-based line ("MEET_PEOPLE", 5425). */
    name: string;
    line: number;
    code: string | null;
    reverse: string | null;
    verbs: { lemma: string; prev: string | null; next: string | null; code: string | null; line: number }[];
    patterns: VerbRule[];
  } | null = null;
  // the lines after a malformed header, up to the next block or synonym set, belong to no block: counted on its problem
  let orphaned: { line: number; reason: string; lines: number } | null = null;

  const flush = () => {
    if (!block || block.verbs.length === 0) {
      block = null;
      return;
    }
    // a speech block's patterns name what is said, announced or reported as its object, not words of the reported clause
    const speech = block.code?.startsWith('01') ?? false;
    const specific = [...block.patterns].sort((a, b) => weight(b) - weight(a)).map((p) => (speech && p.after ? { ...p, objectWords: true } : p));
    const header = `block ${block.name} at line ${block.line}`;
    // plain verbs share one entry (patterns + the block's default); verbs with a particle or a code of their own get theirs
    const plain = block.verbs.filter((v) => !v.next && !v.prev && v.code === null);
    if (plain.length) {
      const rules: VerbRule[] = [...specific];
      const base: VerbRule = { id: `${name}.${plain[0].lemma}.default.l${block.line}`, code: block.code ?? '010', note: `the default code of the ${header}` };
      if (block.code === null) base.suppress = true;
      if (block.reverse) base.reverse = block.reverse;
      rules.push(base);
      entries.push({ lemmas: [...new Set(plain.map((v) => v.lemma))], pos: 'verb', rules: rules.map(asImported) });
    }
    for (const v of block.verbs) {
      if (!v.next && !v.prev && v.code === null) continue;
      const code = v.code ?? block.code;
      const tag = `${v.prev ? `${v.prev}-` : ''}${v.lemma}${v.next ? `-${v.next}` : ''}`;
      const rules: VerbRule[] = specific.map((p) => ({
        ...p,
        id: `${p.id}.${tag}`,
        ...(v.next ? { after: [[v.next], ...(p.after ?? [])] } : {}),
        ...(v.prev ? { prev: [v.prev] } : {}),
      }));
      const base: VerbRule = { id: `${name}.${tag}.default.l${v.line}`, code: code ?? '010', note: `the verb line ${v.line} of the ${header}` };
      if (v.next) {
        base.after = [[v.next]];
        base.window = 2;
      }
      if (v.prev) base.prev = [v.prev];
      if (code === null) base.suppress = true;
      rules.push(base);
      entries.push({ lemmas: [v.lemma], pos: 'verb', rules: rules.map(asImported) });
    }
    block = null;
  };

  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
    const lineNo = n + 1;
    if (raw.trim().startsWith('<!--')) continue;
    const line = clean(raw);
    if (!line) continue;
    // "--- NAME [CODE] ---"; PETR.Validate also writes "--- LASH OUT  [122] ---" and "--- TROUBLED  [---]" (no closing dashes)
    const header = /^---\s+(\S.*?)\s+\[([^\]]*)\]/.exec(line);
    if (header) {
      flush();
      orphaned = null;
      currentSet = null;
      report.blocks++;
      const code = petrarchCode(header[2]);
      if (code) codes.add(code);
      const reverse = petrarchReverseCode(header[2]);
      if (reverse) codes.add(reverse);
      block = { name: header[1].replace(/\s+/g, '_'), line: lineNo, code, reverse, verbs: [], patterns: [] };
      const more = line.slice(header[0].length).match(/\[[^\]]*\]/g);
      if (more) report.problems.push({ line: lineNo, reason: `the block header has ${more.length + 1} codes; the first, [${header[2]}], is used` });
      continue;
    }
    if (line.startsWith('---')) {
      // a header PETRARCH would not read ("--- PRAISE [051 ---"): it ends the block before it, so the verbs that follow
      // are not coded with that block's code; they are skipped up to the next header
      flush();
      currentSet = null;
      orphaned = { line: lineNo, reason: `malformed block header (expected "--- NAME [CODE] ---"): ${JSON.stringify(line.slice(0, 60))}`, lines: 0 };
      report.problems.push(orphaned);
      report.skipped++;
      continue;
    }
    if (line.startsWith('&')) {
      flush();
      orphaned = null;
      currentSet = line.split(/\s+/)[0].replace(/_+$/, '');
      synsets.set(currentSet, []);
      continue;
    }
    if (currentSet && line.startsWith('+') && !block) {
      synsets.get(currentSet)!.push(line.slice(1).trim().replace(/_+$/, ''));
      continue;
    }
    if (!block) {
      if (orphaned) {
        orphaned.lines++;
        orphaned.reason = orphaned.reason.replace(/(; the \d+ lines? after it.*)?$/, `; the ${orphaned.lines} line${orphaned.lines > 1 ? 's' : ''} after it (to line ${lineNo}) skipped: they belong to no block`);
      } else skip(lineNo, `outside any "--- NAME [CODE] ---" block or "&SET" synonym set: ${JSON.stringify(line.slice(0, 60))}`);
      continue;
    }
    if (line.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(line);
      if (!m || !m[1].includes('*')) {
        skip(lineNo, `pattern line without ${m ? 'a "*" for the verb' : 'a closing "[CODE]"'} (expected "- words * words [CODE]"): ${JSON.stringify(line.slice(0, 60))}`);
        continue;
      }
      const [beforeText, afterText] = m[1].split('*', 2);
      const before = readSide(beforeText, synsets);
      const after = readSide(afterText ?? '', synsets);
      const code = petrarchCode(m[2]);
      if (code) codes.add(code);
      if (before.slots.length === 0 && after.slots.length === 0 && before.sourcePrep === undefined && after.targetPrep === undefined) {
        skip(lineNo, `pattern with no word or actor marker detente can match: ${JSON.stringify(line.slice(0, 60))}`);
        continue;
      }
      const rule: VerbRule = { id: `${name}.l${lineNo}`, code: code ?? '010', window: 10, note: `pattern "${line}" at line ${lineNo}, in the block ${block.name} at line ${block.line}` };
      if (code === null) rule.suppress = true;
      const reverse = petrarchReverseCode(m[2]);
      if (reverse && code !== null) {
        rule.reverse = reverse;
        codes.add(reverse);
      }
      if (before.slots.length) rule.before = before.slots;
      // "RECENTLY_*": a word joined to the verb by "_" must come right before it
      const lastBefore = before.slots[before.slots.length - 1];
      if (/_\s*$/.test(beforeText) && lastBefore && lastBefore.every((w) => !w.includes(' '))) {
        rule.prev = lastBefore;
        rule.before = before.slots.length > 1 ? before.slots.slice(0, -1) : undefined;
        if (!rule.before) delete rule.before;
      }
      if (after.slots.length) rule.after = after.slots;
      // "+ * IN $": target before the verb, source after a preposition (passive-like patterns)
      if (before.targetPrep !== undefined && after.sourcePrep !== undefined) {
        rule.target = ['subject'];
        rule.source = after.sourcePrep ? [after.sourcePrep] : ['object'];
      } else {
        if (after.targetPrep !== undefined) rule.target = after.targetPrep ? [after.targetPrep, 'object'] : ['object'];
        if (after.sourcePrep !== undefined) rule.source = after.sourcePrep ? [after.sourcePrep] : ['object'];
      }
      block.patterns.push(rule);
      report.patterns++;
      continue;
    }
    // a verb line: WORD {FORMS}, WORD [code], +HEAD_PARTICLE {…}
    if (line.startsWith('~')) {
      skip(lineNo, `a PETRARCH2 transformation rule ("~ a (a b ATTACK) SAY = a b 015"), which detente does not read: ${JSON.stringify(line.slice(0, 60))}`);
      continue;
    }
    // words written apart ("LASH OUT", as PETR.Validate does) are read joined ("LASH_OUT"), and said so
    const joined = line.replace(/^\+?[A-Z][A-Z0-9'_+-]*(?:\s+[A-Z][A-Z0-9'_+-]*)+(?=\s*(?:[{[]|$))/, (w) => w.replace(/\s+/g, '_'));
    if (joined !== line) report.problems.push({ line: lineNo, reason: `verb words separated by spaces, read as the multi-word verb ${joined.split(/[\s{[]/)[0]} (PETRARCH joins them with "_")` });
    const vm = /^(\+?)([A-Z][A-Z0-9'\-]*(?:_\+?[A-Z0-9'\-]*)*)_?\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*(?:;.*)?$/.exec(joined); // (";shan 8/30/93": a TABARI comment)
    if (!vm) {
      skip(lineNo, `neither a verb ("WORD {FORMS}", "WORD [CODE]"), a pattern ("- words * words [CODE]") nor a block header: ${JSON.stringify(line.slice(0, 60))}`);
      continue;
    }
    const words = vm[2].split('_').filter(Boolean);
    const code = vm[4] ? petrarchCode(vm[4]) : undefined;
    if (code) codes.add(code);
    // "WIRE_+TAP": the "+" marks the verb, the words before it must come right before it
    const head = Math.max(0, words.findIndex((w) => w.startsWith('+')));
    block.verbs.push({
      lemma: words[head].replace(/^\+/, '').toLowerCase(),
      prev: head > 0 ? words[head - 1].toLowerCase() : null,
      next: words.length > head + 1 ? words[head + 1].replace(/^\+/, '').toLowerCase() : null,
      code: code === undefined ? null : code,
      line: lineNo,
    });
    report.verbs++;
  }
  flush();
  return { entries, synsets, codes, report };
}

/** Specificity of a rule: the number of words its slots require (PETRARCH tries longer patterns first). */
function weight(r: VerbRule): number {
  // words, not slots: "MOST_CERTAINLY_&NEGATVAUXVRB_EVER *" (one joined slot of five words) outranks "&NEGATVAUXVRB EVER *"
  const words = (slots: string[][] | undefined) => (slots ?? []).reduce((n, alts) => n + Math.min(...alts.map((a) => a.split(' ').length)), 0);
  return words(r.after) + words(r.before) + (r.prev ? 1 : 0) + (r.target || r.source ? 0.5 : 0);
}

/** One actor of a PETRARCH actor dictionary: its phrases (words, prefix flags) and dated codes. */
export interface ImportedActor {
  /** Each phrase is a list of upper-case words; a word without a trailing `_` matches as a prefix. */
  readonly phrases: { words: string[]; exact: boolean[] }[];
  readonly codes: { code: string; from: string | null; until: string | null }[];
}

/**
 * Parses a PETRARCH actor dictionary: `NAME_WORDS [CODE]` lines, `+SYNONYM` lines, and dated codes
 * (`[CODE <YYMMDD]` valid before, `[CODE >YYMMDD]` valid after, `[CODE YYYYMMDD-YYYYMMDD]` valid in that
 * half-open range; the first dated code that holds wins, the undated one is the fallback; six-digit dates are 19xx).
 * @param text the actor dictionary text
 */
export function importPetrarchActors(text: string): ImportedActor[] {
  const actors: ImportedActor[] = [];
  let current: { phrases: ImportedActor['phrases']; codes: ImportedActor['codes'] } | null = null;
  const phraseOf = (raw: string) => {
    const words = raw.trim().split(/[_\s]+/);
    // TABARI/PETRARCH stems: a single word without a trailing "_" matches as a prefix ("ARGENTIN");
    // words of multi-word phrases match exactly ("THE_AU" is not "the Australian")
    const exact = words.map((_, i) => i < words.length - 1 || words.length > 1 || /_\s*$/.test(raw.trim()));
    const ws = words.filter(Boolean).map((w) => w.toUpperCase());
    return { words: ws, exact: exact.slice(0, ws.length) };
  };
  for (const raw of text.split('\n')) {
    if (raw.trim().startsWith('<') || raw.trim().startsWith('-->')) continue;
    const line = clean(raw);
    if (!line) continue;
    if (line.startsWith('+')) {
      current?.phrases.push(phraseOf(line.slice(1)));
      continue;
    }
    const codes = [...line.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1].trim());
    const namePart = line.replace(/\[[^\]]*\]/g, '').trim();
    if (namePart) {
      current = { phrases: [phraseOf(namePart.replace(/\s+$/, ''))], codes: [] };
      if (/_\s*$/.test(line.replace(/\[[^\]]*\]/g, ''))) current.phrases[0].exact = current.phrases[0].exact.map(() => true);
      actors.push(current);
    }
    const full = (d: string) => (d.length === 6 ? `19${d}` : d);
    for (const c of codes) {
      if (!current) continue;
      const range = /^([A-Za-z~-]+)\s+(\d{6,8})\s*-\s*(\d{6,8})$/.exec(c);
      if (range) {
        current.codes.push({ code: range[1].toUpperCase(), from: full(range[2]), until: full(range[3]) });
        continue;
      }
      const m = /^([A-Za-z~-]+)\s*(?:([<>])\s*(\d{6,8}))?$/.exec(c);
      if (!m) continue;
      const date = m[3] ? full(m[3]) : null;
      current.codes.push({ code: m[1].toUpperCase(), from: m[2] === '>' ? date : null, until: m[2] === '<' ? date : null });
    }
  }
  return actors.filter((a) => a.codes.length > 0 && a.phrases.length > 0);
}

/**
 * One agent of a PETRARCH agent dictionary: phrases and the agent code (e.g. "GOV" from `[~GOV]`); `prefix`
 * for codes written before the country (`[NGO~]`: "MSF Arnor" → NGOARN).
 */
export interface ImportedAgent {
  readonly phrases: string[][];
  readonly code: string;
  readonly prefix: boolean;
}

/**
 * Parses a PETRARCH agent dictionary: `!MACRO! = A, B` substitutions, `PHRASE {PLURALS} [~CODE]` entries.
 * @param text the agent dictionary text
 */
export function importPetrarchAgents(text: string): ImportedAgent[] {
  const macros = new Map<string, string[]>();
  const agents: ImportedAgent[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim().startsWith('<!--')) continue;
    const line = clean(raw);
    if (!line) continue;
    const macro = /^(![A-Z]+!)\s*=\s*(.*)$/.exec(line);
    if (macro) {
      macros.set(macro[1], macro[2].split(',').map((w) => w.trim().toUpperCase()).filter(Boolean));
      continue;
    }
    const m = /^(.*?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]/.exec(line);
    if (!m) continue;
    const code = m[3].replace(/~/g, '').trim().toUpperCase();
    if (!code) continue;
    const prefix = /^\s*[A-Za-z]+\s*~\s*$/.test(m[3]);
    const forms = [m[1], ...(m[2] ? m[2].slice(1, -1).split(/\s+/) : [])].filter((f) => f.trim());
    const phrases: string[][] = [];
    for (const form of forms) {
      const expanded: string[] = [];
      const mac = /![A-Z]+!/.exec(form);
      if (mac && macros.has(mac[0])) for (const sub of macros.get(mac[0])!) expanded.push(form.replace(mac[0], sub));
      else expanded.push(form);
      for (const e of expanded) phrases.push(e.toUpperCase().split(/[_\s]+/).filter(Boolean));
    }
    // regular plural of the last word
    const plural = phrases.map((p) => [...p.slice(0, -1), p[p.length - 1] + (p[p.length - 1].endsWith('S') ? 'ES' : 'S')]);
    agents.push({ phrases: [...phrases, ...(m[2] ? [] : plural)], code, prefix });
  }
  return agents;
}

/** The code of an actor on a date (`YYYYMMDD`), honouring `<` / `>` validity, or null. */
export function actorCodeOn(actor: ImportedActor, date: string | null): string | null {
  let fallback: string | null = null;
  for (const c of actor.codes) {
    if (!c.from && !c.until) {
      fallback ??= c.code;
      continue;
    }
    if (!date) continue;
    if (c.from && c.until) {
      if (date >= c.from && date < c.until) return c.code;
    } else if (c.until && date < c.until) return c.code;
    else if (c.from && !c.until && date > c.from) return c.code;
  }
  return fallback;
}

/** The target slots of detente's own statement rule (data/events/verbs.yaml `say.statement`): an addressee or a topic. */
const STATEMENT_TARGETS: VerbRule['target'] = ['about', 'on', 'regarding', 'prepositional'];

/**
 * An imported rule with a statement code (CAMEO root 01) as detente's own statement rules are written: weak (coded
 * only when nothing more specific happens in the sentence, never with a target from inside what was said) and, when
 * the pattern names no target, the target slots of `say.statement`. Without it, PETRARCH2's SAY and ANNOUNCE blocks
 * coded "X said Y would …" as X → Y 010 (fresh-eyes review 21: 01x events on reut2-021 6 → 55, 1 of 10 right).
 * A speech block's pattern with a code of its own keeps its reading ("conceded that X is a trusted friend" is 051).
 */
function asStatement(rule: VerbRule): VerbRule {
  if (rule.suppress || !rule.code.startsWith('01')) return rule;
  return { ...rule, weak: true, target: rule.target ?? STATEMENT_TARGETS };
}

/**
 * CAMEO roots whose imported patterns may take the place an act happens in as its target: aid (07) given in a country
 * is given to its people, coercion and force (17–20) used in it are used against it. Measured with PETRARCH2's
 * CAMEO.2.0.txt on reut2-021, 011 and 014: of 20 place targets of imported patterns 3 were right, all of these roots
 * (aid for refugees, food aid for drought victims, shops set on fire, each "in" a country), 2 arguable (an investment
 * in a country, a statement on aid) and 15 wrong: where something was monitored, bought, authorised, planned, supported
 * or declined (a broadcast "monitored in" a capital was USA → CYP 090).
 */
const PLACE_TARGET_ROOTS: ReadonlySet<string> = new Set(['07', '17', '18', '19', '20']);

/**
 * An imported rule as detente's own reading needs it: a statement as {@link asStatement}, and no place target
 * ("in X") outside {@link PLACE_TARGET_ROOTS} (PETRARCH takes a target from the verb's object or the preposition its
 * pattern names, never from a locative phrase).
 */
function asImported(rule: VerbRule): VerbRule {
  const read = asStatement(rule);
  return PLACE_TARGET_ROOTS.has(read.code.slice(0, 2)) ? read : { ...read, placeTarget: false };
}
