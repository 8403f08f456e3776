// Builds data/actors/word-names.json: the given names of our first-name lists (data/actors/first-names.json,
// from the @stdlib name datasets) that news text mostly writes in lower case, i.e. that are ordinary English
// words ("job", "bear", "olive", "chase", "summer"). A capitalised run opening with such a word ("Job
// Title", "Olive Garden", "Bear Stearns") is no evidence of a person by itself (see word-names.ts).
// Counted on UNLABELLED news read in place from ../shared (DETENTE_SHARED), never from an evaluation set:
//   corpora/bbc-fulltext (BBC 2004–05), corpora/reuters-21578 (Reuters 1987, <BODY> text),
//   corpora/tempeval3/derived/*.jsonl (AFP, AP, NYT, Xinhua… newswire).
// Only words inside a sentence count (not after . ! ? : or a quotation mark, not at a line start), so a
// sentence-initial capital says nothing. A name is listed when it occurs there at least --min-count times
// and in lower case at least --min-lower of those times. The file holds names only (facts), no text.
// The curated common given names (data/actors/given-names.json: "Bill", "Mark") are never listed.
// Deterministic. Usage: npx tsx scripts/build-word-names.ts [-- --min-count 5 --min-lower 0.5]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countInSentenceCase, mostlyLowerCase, wordListJson } from './in-sentence-case.js';
import { REPO_ROOT, scriptOption, sharedDir } from './script-setup.js';

const root = REPO_ROOT;
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => scriptOption(name, dflt, args);
const minCount = Number(opt('min-count', '5'));
const minLower = Number(opt('min-lower', '0.5'));

const lists = JSON.parse(readFileSync(join(root, 'data', 'actors', 'first-names.json'), 'utf8')) as { male: string[]; female: string[] };
const curated = JSON.parse(readFileSync(join(root, 'data', 'actors', 'given-names.json'), 'utf8')) as { male: string[]; female: string[] };
const exempt = new Set([...curated.male, ...curated.female].map((n) => n.toLowerCase()));
// Name particles are written in lower case inside names ("al-Assad", "de Gaulle", "van Gogh"): not words.
const PARTICLES = new Set(['al', 'el', 'ad', 'de', 'del', 'della', 'der', 'des', 'di', 'da', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten', 'bin', 'ben', 'ibn', 'abu', 'st']);
const names = new Set([...lists.male, ...lists.female].filter((n) => /^[a-z]+$/.test(n) && !exempt.has(n) && !PARTICLES.has(n)));
const words = mostlyLowerCase(countInSentenceCase(sharedDir(), (key) => names.has(key)), names, minCount, minLower);
writeFileSync(
  join(root, 'data', 'actors', 'word-names.json'),
  wordListJson({
    $comment:
      'Given names of data/actors/first-names.json that news text mostly writes in lower case (ordinary words). Built by scripts/build-word-names.ts from in-sentence counts over the BBC, Reuters-21578 and TempEval-3 news in ../shared (facts only, no text).',
    minCount,
    minLower,
    names: words,
  }),
);
console.log(`${words.length} of ${names.size} given names are mostly lower-case words: ${words.slice(0, 80).join(' ')} …`);
