import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { DetenteError } from '../../pipeline/errors.js';
import { createGumEntityTracker } from './gum-entity-tracker.js';
import type { LabelledSentence } from './ner-train.js';
import { tokenKey, type Gazetteer } from './gazetteer.js';
import { isLegalFormWord } from './company-suffixes.js';

/**
 * A predicate telling single-word titles and honorifics ("Senator", "Mr") from the gazetteer's roles,
 * used to strip titles from gold person names so all corpora follow the CoNLL convention.
 */
export function demonymPredicate(gazetteer: Gazetteer): (word: string) => boolean {
  return (word) => !!gazetteer.get(tokenKey(word))?.some((p) => p.keys.length === 1 && p.entries.some((e) => e.kind === 'demonym'));
}

/** Like {@link titleWordPredicate}, for demonyms ("Texans" is not, "Americans" is). */
export function titleWordPredicate(gazetteer: Gazetteer): (word: string) => boolean {
  return (word) => !!gazetteer.get(tokenKey(word))?.some((p) => p.keys.length === 1 && p.entries.some((e) => e.kind === 'personRole' || e.kind === 'honorific'));
}

/**
 * A predicate telling the words that open a person's title before the name in re3d-style mentions
 * ("Iraqi President Fuad Masum", "Foreign Secretary Boris Johnson", "Deputy Prime Minister …"): a
 * demonym, an honorific, or any word that opens a role phrase of the gazetteer ("foreign" of "foreign
 * secretary", "deputy" of "deputy prime minister", "prime" of "prime minister"), case-insensitive.
 * Used by {@link keepNamedMentions} to leave titles out of person names as CoNLL does.
 */
export function namePrefixPredicate(gazetteer: Gazetteer): (word: string) => boolean {
  const isPeople = demonymPredicate(gazetteer);
  return (word) => isPeople(word) || !!gazetteer.get(tokenKey(word))?.some((p) => p.entries.some((e) => e.kind === 'personRole' || e.kind === 'honorific'));
}

/** A gold sentence for evaluation or training: tokens, BIO labels in our type names, document id. */
export interface GoldSentence extends LabelledSentence {
  readonly doc: string;
}

/**
 * Reads the first file of a ZIP archive (stored or deflated) using its central directory.
 * @throws DetenteError E_ZIP when the archive cannot be read
 */
export function readFirstZipEntry(path: string): Buffer {
  const buf = readFileSync(path);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DetenteError('E_ZIP', `${path}: no ZIP end-of-central-directory record`);
  const cd = buf.readUInt32LE(eocd + 16);
  if (buf.readUInt32LE(cd) !== 0x02014b50) throw new DetenteError('E_ZIP', `${path}: bad central directory`);
  const method = buf.readUInt16LE(cd + 10);
  const compressed = buf.readUInt32LE(cd + 20);
  const local = buf.readUInt32LE(cd + 42);
  const nameLen = buf.readUInt16LE(local + 26);
  const extraLen = buf.readUInt16LE(local + 28);
  const data = buf.subarray(local + 30 + nameLen + extraLen, local + 30 + nameLen + extraLen + compressed);
  if (method === 0) return Buffer.from(data);
  if (method === 8) return inflateRawSync(data);
  throw new DetenteError('E_ZIP', `${path}: unsupported compression method ${method}`);
}

const GMB_TYPES: Record<string, string> = { per: 'PER', org: 'ORG', geo: 'LOC', gpe: 'NORP' };

/**
 * Groningen Meaning Bank NER CSV (Kaggle export; Latin-1; columns "Sentence #,Word,POS,Tag"):
 * per → PER, org → ORG, geo → LOC, gpe → NORP (GMB's gpe is mostly demonyms); tim, art, eve, nat → O.
 * @param zipPath path of ner_dataset.csv.zip
 */
export function readGmb(zipPath: string): GoldSentence[] {
  const text = readFirstZipEntry(zipPath).toString('latin1');
  const out: GoldSentence[] = [];
  let words: string[] = [];
  let labels: string[] = [];
  const flush = () => {
    if (words.length > 0) out.push({ words, labels, doc: `gmb-${out.length}` });
    words = [];
    labels = [];
  };
  const lines = text.split(/\r?\n/);
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li];
    if (!line) continue;
    const m = /^(Sentence: \d+)?,("(?:[^"]|"")*"|[^,]*),([^,]*),(.*)$/.exec(line);
    if (!m) continue;
    if (m[1]) flush();
    let word = m[2];
    if (word.startsWith('"') && word.endsWith('"') && word.length >= 2) word = word.slice(1, -1).replace(/""/g, '"');
    const tag = m[4].trim();
    const t = tag === 'O' ? undefined : GMB_TYPES[tag.slice(2)];
    words.push(word);
    labels.push(t ? `${tag[0]}-${t}` : 'O');
  }
  flush();
  return out;
}

/**
 * CoNLL/IOB2 files: UNER (`# ` comments, columns id, word, tag) or re3d (word, tag). Tags are mapped
 * by `typeMap` (unmapped types → O).
 * @param path the file; `typeMap` e.g. { Person: 'PER' }
 */
export function readIob(path: string, typeMap: Record<string, string>, wordCol: number, tagCol: number): GoldSentence[] {
  const out: GoldSentence[] = [];
  let words: string[] = [];
  let labels: string[] = [];
  let doc = path;
  const flush = () => {
    if (words.length > 0) out.push({ words, labels, doc });
    words = [];
    labels = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('# newdoc id = ')) doc = line.slice(14);
    if (line.startsWith('#')) continue;
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const cols = line.split('\t').length > 1 ? line.split('\t') : line.split(/\s+/);
    const tag = cols[tagCol] ?? 'O';
    const t = tag === 'O' ? undefined : typeMap[tag.slice(2)];
    words.push(cols[wordCol]);
    labels.push(t ? `${tag[0]}-${t}` : 'O');
  }
  flush();
  // Repair I- after O produced by dropping types.
  return out.map((s) => ({ ...s, labels: s.labels.map((l, i) => (l[0] === 'I' && (i === 0 || s.labels[i - 1].slice(2) !== l.slice(2)) ? `B-${l.slice(2)}` : l)) }));
}

/** Parts of speech of a word that opens what a possessive possesses ("NASA 's budget", "her mother 's own"). */
const POSSESSED_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'VERB']);

/**
 * Whether the word at `e` (after a mention ending in a possessive) opens a possessed noun phrase: a noun, proper noun,
 * adjective, number, or an adverb or participle modifying one ("Powell 's which …", "at Tony 's ." possess nothing).
 */
function possessedAfter(words: readonly string[], pos: readonly string[], e: number): boolean {
  if (e >= words.length) return false;
  return POSSESSED_POS.has(pos[e]) || words[e] === '"' || words[e] === '(';
}

const GUM_TYPES: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const NAME_POS = new Set(['PROPN', 'ADP', 'DET', 'PART', 'PUNCT', 'NUM', 'CCONJ']);
/** A place phrase inside a mention ("Museum of Flight in Seattle") makes it two entities in CoNLL style. */
const LOCATIVE = new Set(['in', 'at', 'from', 'on', 'near']);
/** Separators of the parts of a GUM mention: "Cape Canaveral, Florida", "Kennedy Space Center (KSC)". */
const SEPARATORS = new Set([',', '(', ')']);

interface GumMention {
  start: number;
  end: number;
  type: string;
  identity: string;
}

/**
 * Whether GUM mention `m` is two entity mentions joined by "and" ("Jensen Ackles and Misha Collins",
 * "Bernoulli and Euler", "Poland and Sweden"): one nested mention of a named-entity type opens it (after a
 * determiner, if any) and ends right before an "and", another starts right after it (or after a
 * determiner) and closes it. A name with "and" inside whose parts are not both entity mentions
 * ("Newfoundland and Labrador Court of Appeal", "Department of Housing and Urban Development") is none.
 */
function isCoordination(m: GumMention, mentions: readonly GumMention[], words: readonly string[], pos: readonly string[]): boolean {
  let a = m.start;
  while (a < m.end && pos[a] === 'DET') a++;
  for (let k = a + 1; k < m.end - 1; k++) {
    if (words[k] !== 'and') continue;
    let b = k + 1;
    while (b < m.end && pos[b] === 'DET') b++;
    const left = mentions.some((n) => n !== m && GUM_TYPES[n.type] && n.end === k && (n.start === a || n.start === m.start));
    const right = mentions.some((n) => n !== m && GUM_TYPES[n.type] && n.end === m.end && (n.start === b || n.start === k + 1));
    if (left && right) return true;
  }
  return false;
}

/**
 * GUM conllu documents → named-entity sentences. GUM annotates every mention; a mention counts as a
 * named entity when it starts with a proper noun (UPOS PROPN or XPOS NNP/NNPS) and consists of proper nouns (with function words:
 * "the University of Texas"), without a comma or a locative "in/at/from" inside; a leading determiner is left out, as in CoNLL and UNER. Types person →
 * PER, organization → ORG, place → LOC; outermost named mentions win.
 * @param files conllu paths; `isTitleWord` tells title words ("Senator") to strip from person names
 */
export function readGum(files: readonly string[], isTitleWord?: (word: string) => boolean, isPeople?: (word: string) => boolean): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const file of files) {
    const docName = file.replace(/^.*\//, '').replace(/\.conllu$/, '');
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    let words: string[] = [];
    let pos: string[] = [];
    let misc: string[] = [];
    const entities = createGumEntityTracker();
    let mentions: GumMention[] = [];
    const flush = () => {
      if (words.length === 0) return;
      const labels: string[] = new Array(words.length).fill('O');
      // "Cape Canaveral, Florida" is one GUM place; CoNLL-style NER has one entity per comma-separated
      // part, so a part that no nested mention overlaps becomes a mention of its own. Likewise "the
      // Museum of Flight in Seattle": the part before a locative preposition is the name (CoNLL tags
      // "Museum of Flight" and "Seattle"). Only mentions nested inside this one can cover a part (an
      // enclosing mention cannot: "Los Angeles" in "the Science Center in Los Angeles, California").
      const parts: GumMention[] = [];
      for (const m of mentions) {
        if (!GUM_TYPES[m.type]) continue;
        const inner = words.slice(m.start, m.end);
        // A comma before a company's legal form ("Atlantic Lottery Corporation, Inc.") separates nothing.
        const separates = (k: number) => SEPARATORS.has(words[k]) && !(words[k] === ',' && k + 1 < m.end && isLegalFormWord(words[k + 1]));
        if (!inner.some((w, q) => separates(m.start + q) || LOCATIVE.has(w))) continue;
        const nested = mentions.filter((n) => n !== m && GUM_TYPES[n.type] && n.start >= m.start && n.end <= m.end && n.end - n.start < m.end - m.start);
        let a = m.start;
        let cut = false;
        for (let k = m.start; k <= m.end; k++) {
          if (k < m.end && !separates(k) && !(LOCATIVE.has(words[k]) && !cut && m.type !== 'person')) continue;
          // A part is left to the mentions nested in it unless it contains them whole ("National Museum
          // of the U.S. Air Force"); a possessive or coordinated part ("Smithsonian's … Center", "Warsaw
          // and Wrocław") is left to them too.
          // After the first comma a person's parts are appositions ("John Doe, Republican"), not names.
          const crossed = nested.some((n) => n.start < k && a < n.end && (n.start < a || n.end > k));
          const possessive = words.slice(a, k).some((w, q) => w === "'s" || w === '\u2019s' || (w === 'and' && nested.some((n) => n.end === a + q) && nested.some((n) => n.start === a + q + 1)));
          if (!cut && k > a && !crossed && !possessive && !(m.type === 'person' && a > m.start)) parts.push({ start: a, end: k, type: m.type, identity: m.identity });
          // After a locative the rest of the part is a place phrase ("in Seattle"), left to nested mentions.
          cut = k < m.end && LOCATIVE.has(words[k]) && m.type !== 'person';
          if (k < m.end && separates(k)) cut = false;
          a = k + 1;
        }
      }
      mentions.push(...parts);
      // "Jensen Ackles and Misha Collins", "Poland and Sweden": a mention made of two nested entity
      // mentions joined by "and" is a coordination, not a name; CoNLL-style NER tags the two names.
      const coordinations = new Set(mentions.filter((m) => isCoordination(m, mentions, words, pos)));
      const named = mentions
        .filter((m) => GUM_TYPES[m.type] && !coordinations.has(m))
        .map((m) => {
          let s = m.start;
          let e = m.end;
          while (s < e && pos[s] === 'DET') s++;
          // A possessive ending is not part of the name ("NASA 's" → "NASA"), unless nothing it possesses follows: then it
          // names a shop or a restaurant after its owner ("shopping at Powell 's", "the McDonald 's ."), as GUM's own span
          // and UNER keep it (possessedAfter).
          if (possessedAfter(words, pos, e)) while (e > s + 1 && (words[e - 1] === "'s" || words[e - 1] === "'" || words[e - 1] === '\u2019s' || words[e - 1] === '\u2019')) e--;
          if (m.type === 'person') {
            // GUM person mentions include titles and affiliations ("U.S. Senator John Cornyn",
            // "NASA Administrator Charles Bolden"); CoNLL-style NER keeps only the name: cut after the
            // last nested mention of another entity, then drop leading title words.
            for (const n of mentions) if (n !== m && n.start >= s && n.end < e && GUM_TYPES[n.type] !== 'PER') s = Math.max(s, n.end);
            // "Fernando Cheung of the Labour Party": an organisation after "of" closing the mention is the
            // person's affiliation, a name of its own (as "John Doe, Republican" is an apposition).
            for (const n of mentions) {
              if (n === m || GUM_TYPES[n.type] !== 'ORG' || n.end !== e || n.start <= s + 1) continue;
              const of = words[n.start - 1] === 'of' ? n.start - 1 : words[n.start - 2] === 'of' && pos[n.start - 1] === 'DET' ? n.start - 2 : -1;
              // A one-word head is a description, not a name ("Members of Congress", "Fellow of the Royal Society").
              if (of > s + 1) e = of;
            }
            while (s < e - 1 && (isTitleWord?.(words[s]) || words[s] === 'of' || pos[s] !== 'PROPN')) s++;
          }
          return { ...m, start: s, end: e };
        })
        // A lone title ("Administrator") or a people's name ("Texans") left over is not a person name.
        .filter((m) => !(m.type === 'person' && m.end - m.start === 1 && (isTitleWord?.(words[m.start]) || isPeople?.(words[m.start]))))
        .filter((m) => m.start < m.end && pos[m.start] === 'PROPN' && words.slice(m.start, m.end).every((w, k) => NAME_POS.has(pos[m.start + k]) && (w !== ',' || (m.start + k + 1 < m.end && isLegalFormWord(words[m.start + k + 1]))) && !LOCATIVE.has(w)))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      let covered = -1;
      for (const m of named) {
        if (m.start < covered) continue;
        for (let k = m.start; k < m.end; k++) labels[k] = `${k === m.start ? 'B' : 'I'}-${GUM_TYPES[m.type]}`;
        covered = m.end;
      }
      out.push({ words, labels, doc: docName });
      words = [];
      pos = [];
      misc = [];
      mentions = [];
    };
    for (const line of lines) {
      if (line.startsWith('#')) continue;
      if (line.trim() === '') {
        flush();
        continue;
      }
      const cols = line.split('\t');
      if (cols[0].includes('-') || cols[0].includes('.')) continue;
      const i = words.length;
      words.push(cols[1]);
      // GUM gives name words that are adjectives or participles their UD part of speech ("New" in
      // "New York City" ADJ, "United" in "the United States" VERB) and PTB NNP/NNPS as XPOS: a name word
      // is a proper noun here, or "New York City" and "the United States" would be no names at all.
      pos.push(/^NNPS?$/.test(cols[4]) ? 'PROPN' : cols[3]);
      misc.push(cols[9]);
      for (const m of entities.feed(cols[9], i)) {
        mentions.push({ start: m.first, end: m.last + 1, type: m.parts[1] ?? '', identity: m.parts.slice(7).join('-') });
      }
    }
    flush();
  }
  return out;
}

/**
 * The GUM document names of one split of the official splits.md ("train", "dev", "test", and "test2": GENTLE,
 * GUM's out-of-domain test set).
 * @param gumDir ../shared/gold/ner/gum
 */
export function gumSplit(gumDir: string, split: 'train' | 'dev' | 'test' | 'test2'): string[] {
  const md = readFileSync(join(gumDir, 'splits.md'), 'utf8');
  const names: string[] = [];
  let current = '';
  for (const line of md.split(/\r?\n/)) {
    const h = /^##\s+(\S+)/.exec(line);
    if (h) current = h[1];
    const item = /^\s*\*\s+(\S+)/.exec(line);
    if (item && current === split) names.push(item[1]);
  }
  return names;
}

/** Paths of GUM conllu files for document names (from dep_all/). */
export function gumFiles(gumDir: string, names: readonly string[]): string[] {
  const dir = join(gumDir, 'dep_all');
  const have = new Set(existsSync(dir) ? readdirSync(dir) : []);
  return names.filter((n) => have.has(`${n}.conllu`)).map((n) => join(dir, `${n}.conllu`));
}

/** Words that open a noun phrase without being part of a name ("the United States" → "United States"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Personal pronouns, capitalised at a sentence start ("We", "She") but never names. */
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'them']);

/**
 * Keeps only the named mentions of a corpus that also marks descriptions and pronouns (re3d marks "the
 * terrorist group", "she", "the United States"), in the CoNLL convention the other sets follow: a
 * leading determiner is left out, leading title words are left out of person names ("Lt Gen Sergei
 * Rudskoi" → "Sergei Rudskoi"), and a mention whose first remaining word is not capitalised, or that is
 * a lone pronoun ("We" opening a sentence), or a person mention of title words only ("Foreign Secretary"),
 * is not a name (labels → O). The same conversion the GUM reader applies (readGum).
 * @param sentences gold sentences with BIO labels; `isTitleWord` tells title words (titleWordPredicate)
 * @returns new sentences (inputs are not modified)
 */
export function keepNamedMentions(sentences: readonly GoldSentence[], isTitleWord: (word: string) => boolean): GoldSentence[] {
  return sentences.map((s) => {
    const labels: string[] = new Array(s.labels.length).fill('O');
    let i = 0;
    while (i < s.labels.length) {
      if (s.labels[i][0] !== 'B') {
        i++;
        continue;
      }
      const type = s.labels[i].slice(2);
      let e = i + 1;
      while (e < s.labels.length && s.labels[e] === `I-${type}`) e++;
      let a = i;
      while (a < e - 1 && DETERMINERS.has(s.words[a].toLowerCase())) a++;
      if (type === 'PER') while (a < e - 1 && isTitleWord(s.words[a])) a++;
      // A lone title left over ("Foreign Secretary" → "Secretary") is no name, as in readGum.
      const loneTitle = type === 'PER' && a === e - 1 && isTitleWord(s.words[a]);
      if (!loneTitle && /^\p{Lu}/u.test(s.words[a]) && !(e - a === 1 && (DETERMINERS.has(s.words[a].toLowerCase()) || PRONOUNS.has(s.words[a].toLowerCase())))) {
        for (let k = a; k < e; k++) labels[k] = `${k === a ? 'B' : 'I'}-${type}`;
      }
      i = e;
    }
    return { ...s, labels };
  });
}
