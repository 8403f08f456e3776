// Builds data/actors/common-words.json: the words that news text writes in lower case inside sentences at
// least --min-lower of the times (default 0.7) among at least --min-count uses (default 10): ordinary English
// words ("project", "tools", "expensive", "domain"). A guessed person name made only of such words
// ("Developer Tools", "Public Domain", "Too Expensive") is no person (see common-word-persons.ts).
// Counted on UNLABELLED news read in place from ../shared (DETENTE_SHARED), never from an evaluation set,
// with the same reading as scripts/build-word-names.ts: corpora/bbc-fulltext (BBC 2004–05, titles left
// out), corpora/reuters-21578 (<BODY> text), corpora/tempeval3/derived/*.jsonl (newswire). Only words inside
// a sentence count (not after . ! ? : a quotation mark, a bracket or a dash, not at a line start). The file
// holds words only (facts), no text. Deterministic.
// Usage: npx tsx scripts/build-common-words.ts [-- --min-count 10 --min-lower 0.7]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countInSentenceCase, mostlyLowerCase, wordListJson } from './in-sentence-case.js';
import { REPO_ROOT, scriptOption, sharedDir } from './script-setup.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => scriptOption(name, dflt, args);
const minCount = Number(opt('min-count', '10'));
const minLower = Number(opt('min-lower', '0.7'));
const counts = countInSentenceCase(sharedDir());
const words = mostlyLowerCase(counts, counts.lower.keys(), minCount, minLower);
writeFileSync(
  join(REPO_ROOT, 'data', 'actors', 'common-words.json'),
  wordListJson({
    $comment:
      'Words that news text mostly writes in lower case inside sentences (ordinary words). Built by scripts/build-common-words.ts from in-sentence counts over the BBC, Reuters-21578 and TempEval-3 news in ../shared (facts only, no text).',
    minCount,
    minLower,
    words,
  }),
);
console.log(`${words.length} words are mostly written in lower case: ${words.slice(0, 40).join(' ')} …`);
