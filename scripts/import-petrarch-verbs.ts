// Converts a PETRARCH/TABARI verb dictionary (CAMEO.2.0.txt format) into detente's lexicon format
// (data/events/verbs.yaml layout), so it can be passed to loadEventResources({ eventLexicons: [...] }).
// Usage: npx tsx scripts/import-petrarch-verbs.ts <CAMEO.2.0.txt> [out.yaml] [--name cameo2]
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { importPetrarchVerbs } from '../src/extract/events/petrarch-import.js';
import { loadCameoTable } from '../src/extract/events/cameo-codes.js';
import { dataPath } from '../src/resources/data-path.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const nameFlag = process.argv.indexOf('--name');
const name = nameFlag > 0 ? process.argv[nameFlag + 1] : 'petrarch';
if (args.length === 0) {
  console.error('usage: import-petrarch-verbs <dictionary.txt> [out.yaml] [--name id-prefix]');
  process.exit(2);
}
const [input, output] = args.filter((a) => a !== name);
const imported = importPetrarchVerbs(readFileSync(input, 'utf8'), name);
// keep rules whose codes are in the CAMEO table (dictionaries carry a few local or WEIS-era codes)
const cameo = loadCameoTable(dataPath('cameo', 'event-codes.tsv'));
let dropped = 0;
const entries = imported.entries
  .map((e) => ({
    ...e,
    rules: e.rules.filter((r) => {
      const ok = cameo.has(r.code);
      if (!ok) dropped++;
      return ok;
    }),
  }))
  .filter((e) => e.rules.length > 0);
const doc = {
  version: `${name}-import`,
  entries,
};
const yaml = `# Imported from ${input} by scripts/import-petrarch-verbs.ts (${imported.report.blocks} blocks, ` +
  `${imported.report.verbs} verbs, ${imported.report.patterns} patterns, ${imported.report.skipped} skipped).\n` +
  stringify(doc, { lineWidth: 140, aliasDuplicateObjects: false });
if (output) writeFileSync(output, yaml);
else process.stdout.write(yaml);
console.error(`imported ${imported.report.verbs} verbs and ${imported.report.patterns} patterns in ${imported.report.blocks} blocks; codes used: ${imported.codes.size}; ${dropped} rules dropped for codes outside the CAMEO table`);
